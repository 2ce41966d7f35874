import { scopedSql, SqlStatement } from '@crowdcomms/data-access';

/** A person by e-mail (people are global, not organisation data). */
export function userByEmailSql(email: string): SqlStatement {
  return {
    text: `SELECT id, email, display_name AS "displayName" FROM "user" WHERE email = $1`,
    values: [email],
  };
}

/** A new person who has no password they know (they sign in through their organisation); none if the e-mail is taken. */
export function insertUserSql(email: string, displayName: string, passwordHash: string): SqlStatement {
  return {
    text: `INSERT INTO "user" (email, display_name, password_hash) VALUES ($1, $2, $3)
           ON CONFLICT (email) DO NOTHING
           RETURNING id, email, display_name AS "displayName"`,
    values: [email, displayName, passwordHash],
  };
}

/** The organisation's id, name and slug. */
export function organisationSql(organisationId: string): SqlStatement {
  return scopedSql(organisationId, `SELECT id, name, slug FROM organisation WHERE id = $1`);
}

/** What an admin chose for someone they invited: their roles and placement. */
export interface Placement {
  roles: string[];
  department: string | null;
  grade: string | null;
  location: string | null;
}

/**
 * Marks the organisation's open invitations to `email` accepted and returns the newest one's roles and
 * placement: someone invited who then signs in through the organisation joins as they were invited.
 */
export function claimInvitationsSql(organisationId: string, email: string): SqlStatement {
  return scopedSql(
    organisationId,
    `WITH claimed AS (
       UPDATE invitation SET accepted_at = now()
        WHERE organisation_id = $1 AND lower(email) = $2
          AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
       RETURNING roles, department, grade, location, created_at)
     SELECT roles, department, grade, location FROM claimed ORDER BY created_at DESC LIMIT 1`,
    [email],
  );
}

/** A first membership; nothing if the person already has one (active or not). */
export function joinSql(organisationId: string, userId: string, placement: Placement): SqlStatement {
  return scopedSql(
    organisationId,
    `INSERT INTO membership (organisation_id, user_id, roles, department, grade, location)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT ON CONSTRAINT membership_organisation_user_key DO NOTHING
     RETURNING id`,
    [userId, placement.roles, placement.department, placement.grade, placement.location],
  );
}

/** The grades the organisation's members already have. */
export function knownGradesSql(organisationId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT DISTINCT grade FROM membership WHERE organisation_id = $1 AND grade IS NOT NULL`,
  );
}
