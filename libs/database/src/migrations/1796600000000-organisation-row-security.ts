import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, ORGANISATION_POLICY, organisationTables } from '../row-security';

/**
 * Row-level security as the backstop behind the scoped queries — first step:
 * the role and the policies (the app does not work as the role yet).
 *
 * - `crowdcomms_app` owns no table, so the policies bind it (created here unless
 *   an operator made it already, and granted to the migrations' owner).
 * - Every table with an organisation_id (read from the catalogue, so none is
 *   forgotten) gets ENABLE ROW LEVEL SECURITY and one policy: a session sees and
 *   writes only the rows of the organisation in `app.organisation_id`, or every
 *   organisation's when `app.cross_organisation = on`. Rows with no organisation
 *   (the shipped skill taxonomy, system e-mail) are readable by all. Owners (and
 *   superusers) are not bound: FORCE comes with the app working as the role.
 */
export class OrganisationRowSecurity1796600000000 implements MigrationInterface {
  name = 'OrganisationRowSecurity1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} NOLOGIN;
        END IF;
        -- The owner's connection may work as the app role (SET ROLE), as npm start and the tests do.
        IF NOT pg_has_role(current_user, '${APP_ROLE}', 'MEMBER') THEN
          EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user);
        END IF;
      END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
    // Tables later migrations create (as this same owner) are the app's to use too.
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`,
    );
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`);
    for (const table of await organisationTables(queryRunner)) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${ORGANISATION_POLICY} ON "${table}" ${ORGANISATION_POLICY_BODY}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of await organisationTables(queryRunner)) {
      await queryRunner.query(`DROP POLICY IF EXISTS ${ORGANISATION_POLICY} ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ${APP_ROLE}`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${APP_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE}`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
    // The role is cluster-wide (other databases may use it): it stays.
  }
}

/** Frozen here (not imported) so this migration keeps creating what it created. */
const ORGANISATION_POLICY_BODY = `
  USING (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
         OR organisation_id IS NULL
         OR current_setting('app.cross_organisation', true) = 'on')
  WITH CHECK (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
              OR current_setting('app.cross_organisation', true) = 'on')`;
