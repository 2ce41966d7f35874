import { scopedSql, SqlStatement } from '@crowdcomms/data-access';
import { visiblePost } from './visibility';

/** A name reduced to its handle in SQL: letters and digits, lower-cased, without accents (as `mentionHandle`). */
const handleOf = (expr: string) => `lower(regexp_replace(crowdcomms_unaccent(${expr}), '[^[:alnum:]]+', '', 'g'))`;
const FULL = handleOf('u.display_name');
const FIRST = handleOf(`split_part(btrim(u.display_name), ' ', 1)`);

const CANDIDATE_COLUMNS = `m.id AS "membershipId", u.display_name AS "displayName",
       ${FULL} AS "fullHandle", ${FIRST} AS "firstHandle"`;

/** Active members whose full name or first name has one of `handles`: who the mentions of a post may mean. */
export function mentionCandidatesSql(organisationId: string, handles: readonly string[]): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT ${CANDIDATE_COLUMNS}
       FROM membership m JOIN "user" u ON u.id = m.user_id
      WHERE m.organisation_id = $1 AND m.status = 'ACTIVE'
        AND (${FULL} = ANY($2::text[]) OR ${FIRST} = ANY($2::text[]))`,
    [[...handles]],
  );
}

/**
 * Active members a mention being typed may mean: a word of their name starts with `prefix` (a handle).
 * Writing in a group (`groupId`), only people who can read its posts; never the writer. Exact first
 * names first, then by name.
 */
export function mentionSuggestionsSql(
  organisationId: string,
  writerId: string,
  prefix: string,
  groupId: string | null,
  limit: number,
): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT ${CANDIDATE_COLUMNS}
       FROM membership m JOIN "user" u ON u.id = m.user_id
       CROSS JOIN (SELECT $1::uuid AS organisation_id, $4::uuid AS group_id) AS target
      WHERE m.organisation_id = $1 AND m.status = 'ACTIVE' AND m.id <> $2
        AND (${FULL} LIKE $3 || '%' OR EXISTS (
              SELECT 1 FROM regexp_split_to_table(crowdcomms_unaccent(u.display_name), '[^[:alnum:]]+') AS w(word)
               WHERE lower(w.word) LIKE $3 || '%'))
        AND ${visiblePost('target', 'm.id')}
      ORDER BY (${FIRST} = $3) DESC, lower(u.display_name), m.id
      LIMIT $5`,
    [writerId, prefix, groupId, limit],
  );
}
