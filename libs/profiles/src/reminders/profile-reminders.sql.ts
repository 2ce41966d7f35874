import { scopedSql, SqlStatement } from '@crowdcomms/data-access';

/** Every organisation, for the monthly tick to fan out to (a cross-organisation read of ids only). */
export function reminderOrganisationsSql(): SqlStatement {
  return { text: `SELECT id FROM organisation ORDER BY id`, values: [] };
}

/**
 * Claims this month's reminder for one member: answers the row only the first time in the month,
 * so a job that runs twice (or two workers at once) e-mails once. $1 organisation, $2 member, $3 month.
 */
export function claimReminderSql(organisationId: string, membershipId: string, month: string): SqlStatement {
  return scopedSql(
    organisationId,
    `INSERT INTO profile_reminder (organisation_id, membership_id, month) VALUES ($1, $2, $3)
ON CONFLICT DO NOTHING
RETURNING membership_id AS "membershipId"`,
    [membershipId, month],
  );
}
