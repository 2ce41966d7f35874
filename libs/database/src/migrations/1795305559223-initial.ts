import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795305559223 implements MigrationInterface {
  name = 'Initial1795305559223';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "slug" character varying(80) NOT NULL, "settings" jsonb NOT NULL DEFAULT '{"defaultProfileVisibility":"HR_ONLY","followEveryoneByDefault":false}', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b800a0efd2f9f19719d0c4d793d" UNIQUE ("slug"), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "password_hash" character varying(255) NOT NULL, "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e12875dfb3b1d92d7d7c5377e22" UNIQUE ("email"), CONSTRAINT "user_email_lower_case" CHECK ("email" = lower("email")), CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "roles" text array NOT NULL, "department" character varying(120), "grade" character varying(60), "location" character varying(120), "status" character varying(20) NOT NULL DEFAULT 'ACTIVE', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "membership_organisation_user_key" UNIQUE ("organisation_id", "user_id"), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "membership_user_idx" ON "membership"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "membership_organisation_created_idx" ON "membership"  ("organisation_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "roles" text array NOT NULL, "department" character varying(120), "grade" character varying(60), "location" character varying(120), "token_hash" character varying(64) NOT NULL, "invited_by_membership_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitation_organisation_email_pending_key" ON "invitation"  ("organisation_id", "email") WHERE "accepted_at" IS NULL AND "revoked_at" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitation_organisation_token_hash_key" ON "invitation"  ("organisation_id", "token_hash") `);
    await queryRunner.query(`CREATE TABLE "auth_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(40), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "auth_session_organisation_user_idx" ON "auth_session"  ("organisation_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "session_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "refresh_token_organisation_hash_key" ON "refresh_token"  ("organisation_id", "token_hash") `);
    await queryRunner.query(`CREATE INDEX "refresh_token_organisation_session_idx" ON "refresh_token"  ("organisation_id", "session_id") `);
    await queryRunner.query(`CREATE TABLE "email_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid, "to_address" character varying(254) NOT NULL, "subject" character varying(250) NOT NULL, "text_body" text NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'QUEUED', "provider_message_id" character varying(250), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9fe3a0a31f2ffe66dd976851792" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "email_message_organisation_created_idx" ON "email_message"  ("organisation_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "outbox_entry" ("id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL, "organisation_id" uuid, "queue" character varying(60) NOT NULL, "job_name" character varying(60) NOT NULL, "job_id" character varying(200) NOT NULL, "payload" jsonb NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "dispatched_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cc1823a87798db5e4bf91f7ec7c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "outbox_entry_job_id_key" ON "outbox_entry"  ("job_id") `);
    await queryRunner.query(`CREATE INDEX "outbox_entry_pending_idx" ON "outbox_entry"  ("id") WHERE "dispatched_at" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outbox_entry_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_entry_job_id_key"`);
    await queryRunner.query(`DROP TABLE "outbox_entry"`);
    await queryRunner.query(`DROP INDEX "public"."email_message_organisation_created_idx"`);
    await queryRunner.query(`DROP TABLE "email_message"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_organisation_session_idx"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_organisation_hash_key"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."auth_session_organisation_user_idx"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_organisation_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_organisation_email_pending_key"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."membership_organisation_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."membership_user_idx"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
  }
}
