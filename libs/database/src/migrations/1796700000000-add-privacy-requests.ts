import { MigrationInterface, QueryRunner } from 'typeorm';
import { ORGANISATION_POLICY } from '../row-security';

export class AddPrivacyRequests1796700000000 implements MigrationInterface {
  name = 'AddPrivacyRequests1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "privacy_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "status" character varying(10) NOT NULL, "membership_id" uuid, "requested_by_membership_id" uuid, "not_before" TIMESTAMP WITH TIME ZONE, "token_hash" character varying(64), "expires_at" TIMESTAMP WITH TIME ZONE, "archive" jsonb, "receipt" jsonb, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0f0855b007a744a88b91ef3b7b8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "privacy_request_due_idx" ON "privacy_request"  ("organisation_id", "not_before") WHERE "status" = 'PENDING'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "privacy_request_token_hash_key" ON "privacy_request"  ("organisation_id", "token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "privacy_request_one_pending_erasure_key" ON "privacy_request"  ("organisation_id", "membership_id") WHERE "kind" = 'ERASURE' AND "status" = 'PENDING'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "privacy_request_one_pending_export_key" ON "privacy_request"  ("organisation_id", "membership_id") WHERE "kind" = 'EXPORT' AND "status" = 'PENDING'`);
    await queryRunner.query(`CREATE INDEX "privacy_request_member_idx" ON "privacy_request"  ("organisation_id", "membership_id", "created_at") `);
    // Organisation data: the same row-level security as every other organisation table.
    await queryRunner.query(`ALTER TABLE "privacy_request" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "privacy_request" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY ${ORGANISATION_POLICY} ON "privacy_request"
         USING (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                OR organisation_id IS NULL
                OR current_setting('app.cross_organisation', true) = 'on')
         WITH CHECK (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                     OR current_setting('app.cross_organisation', true) = 'on')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."privacy_request_member_idx"`);
    await queryRunner.query(`DROP INDEX "public"."privacy_request_one_pending_export_key"`);
    await queryRunner.query(`DROP INDEX "public"."privacy_request_one_pending_erasure_key"`);
    await queryRunner.query(`DROP INDEX "public"."privacy_request_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."privacy_request_due_idx"`);
    await queryRunner.query(`DROP TABLE "privacy_request"`);
  }
}
