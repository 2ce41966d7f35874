import { scopedSql, SqlStatement } from '@crowdcomms/data-access';

/**
 * Every column of every organisation table that can hold a person's id or words, read from
 * PostgreSQL's own catalogue: a table or column added later is anonymised without a change here.
 */
export const ORGANISATION_COLUMNS_SQL = `
  SELECT c.table_name AS "table", c.column_name AS "column", c.udt_name AS type,
         c.character_maximum_length AS "maxLength"
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
   WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
     AND c.column_name NOT IN ('id', 'organisation_id')
     AND c.udt_name IN ('uuid', '_uuid', 'text', 'varchar', 'bpchar', '_text', '_varchar', 'json', 'jsonb')
     AND EXISTS (SELECT 1 FROM information_schema.columns o
                  WHERE o.table_schema = c.table_schema AND o.table_name = c.table_name
                    AND o.column_name = 'organisation_id')
   ORDER BY 1, 2`;

export interface OrganisationColumn {
  table: string;
  column: string;
  type: string;
  maxLength: number | null;
}

/** What identifies the person in stored values, and what replaces it. */
export interface Identifiers {
  /** Their membership and user ids. */
  ids: string[];
  /** Replaces their ids where a row must keep an id (an author of a post others replied to). */
  pseudonym: string;
  /** A case-insensitive regular expression (PostgreSQL ARE) matching their e-mail, names and @handles. */
  words: string;
}

/** What their words become in other people's text. */
export const FORMER_MEMBER = 'a former member';

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Escapes a literal for a PostgreSQL regular expression. */
export function regexLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The regular expression of a person's words: their e-mail, each name (at least 3 characters,
 * so an initial never wipes other text), and each name as an @mention (`@ann.smith`, `@annsmith`).
 */
export function wordsPattern(email: string, names: readonly string[], handles: readonly string[]): string {
  const parts = [regexLiteral(email)];
  for (const name of names) if (name.trim().length >= 3) parts.push(regexLiteral(name.trim()));
  for (const handle of handles) {
    if (handle.length >= 2) parts.push('@' + [...handle].map(regexLiteral).join('[._-]?'));
  }
  return parts.join('|');
}

/**
 * Anonymises one column for one organisation: ids of the person become the pseudonym (or leave
 * an array), their e-mail, names and handles become "a former member". Returns the rows changed.
 */
export function anonymiseColumnSql(organisationId: string, c: OrganisationColumn, who: Identifiers): SqlStatement {
  const col = ident(c.column);
  const table = ident(c.table);
  const idsPattern = who.ids.map(regexLiteral).join('|');
  const fitted = (expr: string) => (c.maxLength ? `left(${expr}, ${c.maxLength})` : expr);
  const replaced = (expr: string) =>
    `regexp_replace(regexp_replace(${expr}, $2, $3, 'g'), $4, '${FORMER_MEMBER}', 'gi')`;
  switch (c.type) {
    case 'uuid':
      return scopedSql(
        organisationId,
        `UPDATE ${table} SET ${col} = $3 WHERE organisation_id = $1 AND ${col} = ANY($2::uuid[])`,
        [who.ids, who.pseudonym],
      );
    case '_uuid':
      return scopedSql(
        organisationId,
        `UPDATE ${table}
            SET ${col} = array(SELECT x FROM unnest(${col}) WITH ORDINALITY AS u(x, i) WHERE x <> ALL($2::uuid[]) ORDER BY i)
          WHERE organisation_id = $1 AND ${col} && $2::uuid[]`,
        [who.ids],
      );
    case '_text':
    case '_varchar':
      return scopedSql(
        organisationId,
        `UPDATE ${table}
            SET ${col} = array(SELECT ${replaced('x')} FROM unnest(${col}) WITH ORDINALITY AS u(x, i) ORDER BY i)
          WHERE organisation_id = $1 AND array_to_string(${col}, ' ') ~* ($2 || '|' || $4)`,
        [idsPattern, who.pseudonym, who.words],
      );
    case 'json':
    case 'jsonb':
      return scopedSql(
        organisationId,
        `UPDATE ${table} SET ${col} = (${replaced(`${col}::text`)})::${c.type}
          WHERE organisation_id = $1 AND ${col}::text ~* ($2 || '|' || $4)`,
        [idsPattern, who.pseudonym, who.words],
      );
    default:
      return scopedSql(
        organisationId,
        `UPDATE ${table} SET ${col} = ${fitted(replaced(col))}
          WHERE organisation_id = $1 AND ${col} ~* ($2 || '|' || $4)`,
        [idsPattern, who.pseudonym, who.words],
      );
  }
}

/** Jobs still waiting in the outbox for the person (a matching recompute, say) are dropped with them. */
export function dropOutboxJobsSql(organisationId: string, ids: string[]): SqlStatement {
  return scopedSql(
    organisationId,
    `DELETE FROM outbox_entry WHERE organisation_id = $1 AND (payload::text ~ $2 OR job_id ~ $2)`,
    [ids.map(regexLiteral).join('|')],
  );
}

/** Posts and comments the person wrote and others reacted to or commented on: their ids first. */
export function touchedPostsSql(organisationId: string, membershipId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT array(
       SELECT post_id FROM comment WHERE organisation_id = $1 AND author_membership_id = $2
        UNION SELECT post_id FROM reaction WHERE organisation_id = $1 AND membership_id = $2) AS ids`,
    [membershipId],
  );
}

/** Deletes the person's comments that nobody replied to (run until it deletes nothing: replies go first). */
export function deleteLeafCommentsSql(organisationId: string, membershipId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `DELETE FROM comment c
      WHERE c.organisation_id = $1 AND c.author_membership_id = $2
        AND NOT EXISTS (SELECT 1 FROM comment r WHERE r.organisation_id = $1 AND r.parent_comment_id = c.id)`,
    [membershipId],
  );
}

/**
 * Comments others replied to stay, as "a former member": with their text removed, or — when the
 * organisation keeps content — with it (the person's names and handles are scrubbed afterwards).
 */
export function keepRepliedCommentsSql(
  organisationId: string,
  membershipId: string,
  pseudonym: string,
  keepText: boolean,
): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE comment SET ${keepText ? '' : `body = '', body_html = '', `}author_membership_id = $3
      WHERE organisation_id = $1 AND author_membership_id = $2`,
    [membershipId, pseudonym],
  );
}

/**
 * Posts others commented on stay, as "a former member": with their text, link and tags removed,
 * or — when the organisation keeps content — with them (names and handles scrubbed afterwards).
 */
export function keepRepliedPostsSql(
  organisationId: string,
  membershipId: string,
  pseudonym: string,
  keepText: boolean,
): SqlStatement {
  const blanked = `body = '', body_html = '', link_url = NULL, link_title = NULL, hashtags = '{}', topic_ids = '{}',
            mentioned_membership_ids = '{}', `;
  return scopedSql(
    organisationId,
    `UPDATE post p
        SET ${keepText ? '' : blanked}author_membership_id = $3
      WHERE p.organisation_id = $1 AND p.author_membership_id = $2
        AND EXISTS (SELECT 1 FROM comment c WHERE c.organisation_id = $1 AND c.post_id = p.id)`,
    [membershipId, pseudonym],
  );
}

/** The person's other posts go, with the reactions and pins on them. */
export function deleteOwnPostsSql(organisationId: string, membershipId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `WITH doomed AS (SELECT id FROM post WHERE organisation_id = $1 AND author_membership_id = $2),
          reactions AS (DELETE FROM reaction r USING doomed WHERE r.organisation_id = $1 AND r.post_id = doomed.id),
          pins AS (DELETE FROM topic_pin p USING doomed WHERE p.organisation_id = $1 AND p.post_id = doomed.id)
     DELETE FROM post p USING doomed WHERE p.organisation_id = $1 AND p.id = doomed.id`,
    [membershipId],
  );
}

/** Posts whose comments or reactions went with the person count again. */
export function recountPostsSql(organisationId: string, postIds: string[]): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE post p
        SET comment_count = (SELECT count(*) FROM comment c WHERE c.organisation_id = $1 AND c.post_id = p.id),
            reaction_count = (SELECT count(*) FROM reaction r WHERE r.organisation_id = $1 AND r.post_id = p.id)
      WHERE p.organisation_id = $1 AND p.id = ANY($2::uuid[])`,
    [postIds],
  );
}

/** Memberships the person still has in other organisations (their account stays for those). */
export function otherMembershipsSql(organisationId: string, userId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT count(*)::int AS n FROM membership WHERE user_id = $2 AND organisation_id <> $1`,
    [userId],
  );
}

/**
 * The account itself, once no organisation holds a membership of it: its password-reset links,
 * its account e-mails (which belong to no organisation) and the user row. Not organisation data.
 */
export function deleteAccountSql(userId: string, email: string): SqlStatement[] {
  return [
    { text: `DELETE FROM password_reset WHERE user_id = $1`, values: [userId] },
    { text: `DELETE FROM email_message WHERE organisation_id IS NULL AND lower(to_address) = $1`, values: [email] },
    {
      text: `DELETE FROM "user" u WHERE u.id = $1 AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id)`,
      values: [userId],
    },
  ];
}

/**
 * Holds the membership being erased for the rest of the erasure: a job that read the person just
 * before (a matching recompute) either commits its writes first — and they are erased with the
 * rest — or waits, then finds them gone.
 */
export function holdMembershipSql(organisationId: string, membershipId: string): SqlStatement {
  return scopedSql(organisationId, `SELECT id FROM membership WHERE organisation_id = $1 AND id = $2 FOR UPDATE`, [
    membershipId,
  ]);
}
