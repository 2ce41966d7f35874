import { scopedSql, SqlStatement } from '@crowdcomms/data-access';
import { PersonalTable } from './personal-data.catalogue';

/** Whose data: one membership of one organisation, with the account and e-mail behind it. */
export interface Person {
  organisationId: string;
  membershipId: string;
  userId: string;
  /** Lower-cased. */
  email: string;
  /** Their respondent key for each survey of the organisation: how their anonymous answers are found. */
  surveyKeys: string[];
}

/** Binds the person once: `person.org` ($1), `person.m`, `person.u`, `person.e`, `person.k` (survey keys). */
const PERSON = `WITH person AS (SELECT $1::uuid AS org, $2::uuid AS m, $3::uuid AS u, $4::text AS e, $5::text[] AS k)`;

const values = (p: Person) => [p.membershipId, p.userId, p.email.toLowerCase(), p.surveyKeys];

/** The organisation's survey ids, to derive a person's respondent keys from. */
export function surveyIdsSql(organisationId: string): SqlStatement {
  return scopedSql(organisationId, `SELECT id FROM survey WHERE organisation_id = $1`);
}

/** The person's rows of one catalogue table, as a JSON array of the exported columns. */
export function exportRowsSql(p: Person, entry: PersonalTable): SqlStatement {
  const columns = entry.exported.map((c) => (/\s/.test(c) ? c : `t.${c}`)).join(', ');
  return scopedSql(
    p.organisationId,
    `${PERSON}
     SELECT coalesce(jsonb_agg(to_jsonb(r)), '[]'::jsonb) AS rows
       FROM (SELECT ${columns} FROM person, ${entry.table} t
              WHERE t.organisation_id = person.org AND (${entry.rows})
              ${orderBy(entry)}) r`,
    values(p),
  );
}

/** The person's account as this organisation may show it (never the password hash). */
export function exportAccountSql(p: Person): SqlStatement {
  return scopedSql(
    p.organisationId,
    `${PERSON}
     SELECT u.id, u.email, u.display_name, u.created_at, u.password_changed_at
       FROM person, "user" u
      WHERE u.id = person.u
        AND EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = person.org AND m.id = person.m AND m.user_id = u.id)`,
    values(p),
  );
}

/** Deletes the rows erasure removes outright from one catalogue table; returns how many. */
export function deleteRowsSql(p: Person, entry: PersonalTable): SqlStatement | null {
  const condition = entry.erased === undefined ? entry.rows : entry.erased;
  if (condition === null) return null;
  return scopedSql(
    p.organisationId,
    `${PERSON}
     DELETE FROM ${entry.table} t USING person
      WHERE t.organisation_id = person.org AND (${condition})`,
    values(p),
  );
}

function orderBy(entry: PersonalTable): string {
  // Every catalogue table has created_at but visits (by day), match suggestions (by when computed), reminders
  // (sent) and e-mail settings (changed).
  const column =
    (
      {
        community_visit: 'day',
        match_suggestion: 'computed_at',
        profile_reminder: 'sent_at',
        notification_preference: 'updated_at',
      } as Record<string, string>
    )[entry.table] ?? 'created_at';
  return `ORDER BY t.${column} NULLS LAST`;
}

/** The person behind a membership of the organisation: ids, e-mail and every name they go by. */
export function personSql(organisationId: string, membershipId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT m.id AS "membershipId", u.id AS "userId", lower(u.email) AS email,
            array_remove(ARRAY[u.display_name, p.display_name], NULL) AS names
       FROM membership m
       JOIN "user" u ON u.id = m.user_id
       LEFT JOIN profile p ON p.organisation_id = m.organisation_id AND p.membership_id = m.id
      WHERE m.organisation_id = $1 AND m.id = $2`,
    [membershipId],
  );
}

/** The organisation's name, for the archive's summary. */
export function organisationNameSql(organisationId: string): SqlStatement {
  return scopedSql(organisationId, `SELECT name FROM organisation WHERE id = $1`);
}
