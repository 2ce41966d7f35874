import { MigrationInterface, QueryRunner } from 'typeorm';
import { ORGANISATION_POLICY } from '../row-security';

/** Directory provisioning (SCIM 2.0): its bearer tokens' hashes, the directory's ids for members, its groups and their members. */

export class ScimProvisioning1796900000700 implements MigrationInterface {
  name = 'ScimProvisioning1796900000700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "scim_group_member" ("organisation_id" uuid NOT NULL, "group_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6be0676e298e31f50d82912223d" PRIMARY KEY ("organisation_id", "group_id", "membership_id"))`);
    await queryRunner.query(`CREATE INDEX "scim_group_member_organisation_member_idx" ON "scim_group_member"  ("organisation_id", "membership_id") `);
    await queryRunner.query(`CREATE TABLE "scim_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "display_name" character varying(256) NOT NULL, "external_id" character varying(255), "role" character varying(10), "community_group_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7c1aa55b2b5914cb8c22ca5f800" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "scim_group_organisation_external_idx" ON "scim_group"  ("organisation_id", "external_id") WHERE "external_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "scim_group_organisation_name_idx" ON "scim_group"  ("organisation_id", "display_name") `);
    await queryRunner.query(`CREATE TABLE "scim_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "hash" character varying(64) NOT NULL, "created_by_membership_id" uuid NOT NULL, "last_used_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a5715b8446ee4a9cc6c0f19054d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "scim_token_organisation_created_idx" ON "scim_token"  ("organisation_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "scim_token_organisation_hash_idx" ON "scim_token"  ("organisation_id", "hash") `);
    await queryRunner.query(`CREATE TABLE "scim_user" ("organisation_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "external_id" character varying(255), "account_created" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_abcb8bfc863c6b265372a252950" PRIMARY KEY ("organisation_id", "membership_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "scim_user_organisation_external_idx" ON "scim_user"  ("organisation_id", "external_id") WHERE "external_id" IS NOT NULL`);
    // Organisation data: the same row-level security as every other organisation table.
    for (const table of ['scim_token', 'scim_user', 'scim_group', 'scim_group_member']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY ${ORGANISATION_POLICY} ON "${table}"
           USING (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                  OR current_setting('app.cross_organisation', true) = 'on')
           WITH CHECK (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                       OR current_setting('app.cross_organisation', true) = 'on')`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."scim_user_organisation_external_idx"`);
    await queryRunner.query(`DROP TABLE "scim_user"`);
    await queryRunner.query(`DROP INDEX "public"."scim_token_organisation_hash_idx"`);
    await queryRunner.query(`DROP INDEX "public"."scim_token_organisation_created_idx"`);
    await queryRunner.query(`DROP TABLE "scim_token"`);
    await queryRunner.query(`DROP INDEX "public"."scim_group_organisation_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."scim_group_organisation_external_idx"`);
    await queryRunner.query(`DROP TABLE "scim_group"`);
    await queryRunner.query(`DROP INDEX "public"."scim_group_member_organisation_member_idx"`);
    await queryRunner.query(`DROP TABLE "scim_group_member"`);
  }
}
