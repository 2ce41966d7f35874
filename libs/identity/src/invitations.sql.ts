import { scopedSql, SqlStatement } from '@crowdcomms/data-access';

/** The departments the organisation already uses: its members' and its pending invitations'. */
export function knownDepartmentsSql(organisationId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT department FROM membership WHERE organisation_id = $1 AND department IS NOT NULL
     UNION
     SELECT department FROM invitation
      WHERE organisation_id = $1 AND department IS NOT NULL AND accepted_at IS NULL AND revoked_at IS NULL`,
  );
}
