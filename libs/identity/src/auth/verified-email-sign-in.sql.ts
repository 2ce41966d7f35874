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

/** A first membership as MEMBER; nothing if the person already has one (active or not). */
export function joinAsMemberSql(
  organisationId: string,
  userId: string,
  department: string | null,
  grade: string | null,
): SqlStatement {
  return scopedSql(
    organisationId,
    `INSERT INTO membership (organisation_id, user_id, roles, department, grade)
     VALUES ($1, $2, ARRAY['MEMBER'], $3, $4)
     ON CONFLICT ON CONSTRAINT membership_organisation_user_key DO NOTHING
     RETURNING id`,
    [userId, department, grade],
  );
}

/** The grades the organisation's members already have. */
export function knownGradesSql(organisationId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT DISTINCT grade FROM membership WHERE organisation_id = $1 AND grade IS NOT NULL`,
  );
}
