import { scopedSql, SqlStatement } from '@crowdcomms/data-access';

/** A member as a directory sees them: the membership with its account's e-mail and name. */
const MEMBER = `m.id, m.user_id AS "userId", u.email, u.display_name AS "displayName", m.status, m.department,
  m.roles, m.created_at AS "createdAt"`;

/** Which members a directory asks for: by e-mail, by ids, or all (null). */
export interface DirectoryMemberFilter {
  email?: string | null;
  ids?: readonly string[] | null;
}

const WHERE = `m.organisation_id = $1 AND ($2::text IS NULL OR u.email = $2) AND ($3::uuid[] IS NULL OR m.id = ANY($3::uuid[]))`;
const filterValues = (f: DirectoryMemberFilter) => [f.email?.toLowerCase() ?? null, f.ids ? [...f.ids] : null];

/** A page of the organisation's members (any status), oldest first. */
export function directoryMembersSql(
  organisationId: string,
  filter: DirectoryMemberFilter,
  offset: number,
  limit: number,
): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT ${MEMBER} FROM membership m JOIN "user" u ON u.id = m.user_id
      WHERE ${WHERE} ORDER BY m.created_at, m.id OFFSET $4 LIMIT $5`,
    [...filterValues(filter), offset, limit],
  );
}

/** How many members match (for a directory's `totalResults`). */
export function countDirectoryMembersSql(organisationId: string, filter: DirectoryMemberFilter): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT count(*)::int AS n FROM membership m JOIN "user" u ON u.id = m.user_id WHERE ${WHERE}`,
    filterValues(filter),
  );
}

/** A person by e-mail (people are global, not organisation data). */
export function accountByEmailSql(email: string): SqlStatement {
  return { text: `SELECT id FROM "user" WHERE email = $1`, values: [email] };
}

/** A new account without a password anyone knows (its owner signs in through their organisation or a reset link). */
export function insertAccountSql(email: string, displayName: string, passwordHash: string): SqlStatement {
  return {
    text: `INSERT INTO "user" (email, display_name, password_hash) VALUES ($1, $2, $3)
           ON CONFLICT (email) DO NOTHING RETURNING id`,
    values: [email, displayName, passwordHash],
  };
}

/** A new MEMBER membership; nothing when the person already has one here (active or not). */
export function insertDirectoryMembershipSql(
  organisationId: string,
  userId: string,
  department: string | null,
): SqlStatement {
  return scopedSql(
    organisationId,
    `INSERT INTO membership (organisation_id, user_id, roles, department) VALUES ($1, $2, ARRAY['MEMBER'], $3)
     ON CONFLICT ON CONSTRAINT membership_organisation_user_key DO NOTHING RETURNING id`,
    [userId, department],
  );
}

/** Sets a member's department. */
export function setDepartmentSql(
  organisationId: string,
  membershipId: string,
  department: string | null,
): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE membership SET department = $3 WHERE organisation_id = $1 AND id = $2 RETURNING id`,
    [membershipId, department],
  );
}

/** Renames an account and changes its e-mail (only for accounts the organisation's directory made). */
export function updateAccountSql(userId: string, email: string, displayName: string): SqlStatement {
  return {
    text: `UPDATE "user" SET email = $2, display_name = $3 WHERE id = $1 RETURNING id`,
    values: [userId, email, displayName],
  };
}

/** Adds a role to a member who lacks it. */
export function grantRoleSql(organisationId: string, membershipId: string, role: string): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE membership SET roles = array_append(roles, $3::text)
      WHERE organisation_id = $1 AND id = $2 AND NOT ($3::text = ANY(roles)) RETURNING id`,
    [membershipId, role],
  );
}

/** Takes a role from a member who holds it. */
export function withdrawRoleSql(organisationId: string, membershipId: string, role: string): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE membership SET roles = array_remove(roles, $3::text)
      WHERE organisation_id = $1 AND id = $2 AND $3::text = ANY(roles) RETURNING id`,
    [membershipId, role],
  );
}
