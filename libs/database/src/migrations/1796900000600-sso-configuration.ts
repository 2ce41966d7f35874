import { MigrationInterface, QueryRunner } from 'typeorm';
import { ORGANISATION_POLICY } from '../row-security';

/** Single sign-on: each organisation's OpenID Connect provider, its sealed client secret and whether SSO is required. */

export class SsoConfiguration1796900000600 implements MigrationInterface {
  name = 'SsoConfiguration1796900000600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sso_configuration" ("organisation_id" uuid NOT NULL, "issuer" character varying(500) NOT NULL, "client_id" character varying(255) NOT NULL, "client_secret_sealed" text NOT NULL, "allowed_domains" text array NOT NULL, "department_claim" character varying(100), "grade_claim" character varying(100), "require_sso" boolean NOT NULL DEFAULT false, "break_glass_membership_id" uuid, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5632e15d46438abd5e1aa95c15a" PRIMARY KEY ("organisation_id"))`);
    // Organisation data: the same row-level security as every other organisation table.
    await queryRunner.query(`ALTER TABLE "sso_configuration" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "sso_configuration" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY ${ORGANISATION_POLICY} ON "sso_configuration"
         USING (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                OR current_setting('app.cross_organisation', true) = 'on')
         WITH CHECK (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                     OR current_setting('app.cross_organisation', true) = 'on')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sso_configuration"`);
  }
}
