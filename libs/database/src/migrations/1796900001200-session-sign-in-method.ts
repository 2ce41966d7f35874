import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each session began (`PASSWORD` or `SSO`), so that an organisation turning on "require single sign-on"
 * ends the sessions that began with a password. Sessions from before are taken as password sessions.
 */
export class SessionSignInMethod1796900001200 implements MigrationInterface {
  name = 'SessionSignInMethod1796900001200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "auth_session" ADD "signed_in_with" character varying(20) NOT NULL DEFAULT 'PASSWORD'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_session" DROP COLUMN "signed_in_with"`);
  }
}
