import { MigrationInterface, QueryRunner } from 'typeorm';
import { ORGANISATION_POLICY } from '../row-security';

/** Each organisation's retention period per kind of record, and what the daily job last removed. */

export class RetentionPolicies1796800000400 implements MigrationInterface {
  name = 'RetentionPolicies1796800000400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "retention_policy" ("organisation_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "days" integer, "changed_at" TIMESTAMP(3) WITH TIME ZONE, "last_run_at" TIMESTAMP(3) WITH TIME ZONE, "last_removed" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_6ec30ba52f89b0beb1127b949ef" PRIMARY KEY ("organisation_id", "kind"))`);
    // Organisation data: the same row-level security as every other organisation table.
    await queryRunner.query(`ALTER TABLE "retention_policy" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "retention_policy" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY ${ORGANISATION_POLICY} ON "retention_policy"
         USING (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                OR current_setting('app.cross_organisation', true) = 'on')
         WITH CHECK (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                     OR current_setting('app.cross_organisation', true) = 'on')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "retention_policy"`);
  }
}
