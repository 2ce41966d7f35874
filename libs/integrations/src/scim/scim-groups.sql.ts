import { scopedSql, SqlStatement } from '@crowdcomms/data-access';

/**
 * Of `membershipIds`, those still in another group (than `exceptGroupId`) mapped to `role`: they keep
 * the role when they leave this group.
 */
export function stillGrantedRoleSql(
  organisationId: string,
  role: string,
  exceptGroupId: string,
  membershipIds: readonly string[],
): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT DISTINCT gm.membership_id AS "membershipId"
       FROM scim_group_member gm
       JOIN scim_group g ON g.organisation_id = gm.organisation_id AND g.id = gm.group_id
      WHERE gm.organisation_id = $1 AND g.role = $2 AND g.id <> $3 AND gm.membership_id = ANY($4::uuid[])`,
    [role, exceptGroupId, [...membershipIds]],
  );
}
