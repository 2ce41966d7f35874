import { MigrationInterface, QueryRunner } from 'typeorm';
import { ORGANISATION_POLICY } from '../row-security';

/** Organisation API tokens: their hashes, what they may do, whom they act as, until when. */

export class ApiTokens1796900000500 implements MigrationInterface {
  name = 'ApiTokens1796900000500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "access" character varying(10) NOT NULL, "created_by_membership_id" uuid NOT NULL, "hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "api_token_organisation_created_idx" ON "api_token"  ("organisation_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "api_token_organisation_hash_idx" ON "api_token"  ("organisation_id", "hash") `);
    // Organisation data: the same row-level security as every other organisation table.
    await queryRunner.query(`ALTER TABLE "api_token" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "api_token" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY ${ORGANISATION_POLICY} ON "api_token"
         USING (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                OR current_setting('app.cross_organisation', true) = 'on')
         WITH CHECK (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                     OR current_setting('app.cross_organisation', true) = 'on')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."api_token_organisation_hash_idx"`);
    await queryRunner.query(`DROP INDEX "public"."api_token_organisation_created_idx"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
  }
}
