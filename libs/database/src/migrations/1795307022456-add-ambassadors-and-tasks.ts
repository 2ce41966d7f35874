import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAmbassadorsAndTasks1795307022456 implements MigrationInterface {
  name = 'AddAmbassadorsAndTasks1795307022456';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "ambassador_call" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "pitch" text NOT NULL, "skill_ids" uuid array NOT NULL DEFAULT '{}', "opens_at" TIMESTAMP(3) WITH TIME ZONE, "closes_at" TIMESTAMP(3) WITH TIME ZONE, "status" character varying(10) NOT NULL DEFAULT 'DRAFT', "created_by_membership_id" uuid NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_77bcba5a2503ab9dacce1ea3083" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ambassador_call_organisation_created_idx" ON "ambassador_call"  ("organisation_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ambassador_call_organisation_status_created_idx" ON "ambassador_call"  ("organisation_id", "status", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "intake_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "sign_up_id" uuid NOT NULL, "author_membership_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_efc934cf24aa9fe65aebe27b2ec" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "intake_note_organisation_sign_up_created_idx" ON "intake_note"  ("organisation_id", "sign_up_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "sign_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "call_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "motivation" text NOT NULL, "ideas" text NOT NULL DEFAULT '', "availability" text NOT NULL DEFAULT '', "available_hours_per_month" smallint, "status" character varying(10) NOT NULL DEFAULT 'APPLIED', "status_changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "activated_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sign_up_organisation_call_member_key" UNIQUE ("organisation_id", "call_id", "membership_id"), CONSTRAINT "sign_up_hours" CHECK ("available_hours_per_month" IS NULL OR "available_hours_per_month" BETWEEN 0 AND 200), CONSTRAINT "PK_7dc025543e948dd1cc22d89c0bd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sign_up_organisation_member_idx" ON "sign_up"  ("organisation_id", "membership_id") `);
    await queryRunner.query(`CREATE INDEX "sign_up_organisation_status_created_idx" ON "sign_up"  ("organisation_id", "status", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "sign_up_organisation_call_status_created_idx" ON "sign_up"  ("organisation_id", "call_id", "status", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "task_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "status" character varying(12) NOT NULL, "score" real, "explanation" text, "offer_message" text, "offered_by_membership_id" uuid, "offered_at" TIMESTAMP(3) WITH TIME ZONE, "waitlisted_at" TIMESTAMP(3) WITH TIME ZONE, "accepted_at" TIMESTAMP(3) WITH TIME ZONE, "declined_at" TIMESTAMP(3) WITH TIME ZONE, "decline_reason" text, "withdrawn_at" TIMESTAMP(3) WITH TIME ZONE, "withdrawn_by" character varying(10), "withdraw_reason" text, "completed_at" TIMESTAMP(3) WITH TIME ZONE, "feedback" text, "impact" text, "hours_contributed" numeric(6,1), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_43c2f5a3859f54cedafb270f37e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "assignment_organisation_created_idx" ON "assignment"  ("organisation_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "assignment_organisation_member_created_idx" ON "assignment"  ("organisation_id", "membership_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "assignment_organisation_task_status_idx" ON "assignment"  ("organisation_id", "task_id", "status", "waitlisted_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "assignment_organisation_task_member_live_key" ON "assignment"  ("organisation_id", "task_id", "membership_id") WHERE "status" IN ('SUGGESTED', 'INTERESTED', 'WAITLISTED', 'OFFERED', 'ACCEPTED', 'COMPLETED')`);
    await queryRunner.query(`CREATE TABLE "comms_task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "description" text NOT NULL DEFAULT '', "effort_hours" numeric(6,1) NOT NULL, "seats" integer NOT NULL, "seats_taken" integer NOT NULL DEFAULT '0', "starts_at" TIMESTAMP(3) WITH TIME ZONE, "due_at" TIMESTAMP(3) WITH TIME ZONE, "remote" boolean NOT NULL DEFAULT true, "location" character varying(160), "status" character varying(10) NOT NULL DEFAULT 'DRAFT', "created_by_membership_id" uuid NOT NULL, "opened_at" TIMESTAMP(3) WITH TIME ZONE, "filled_at" TIMESTAMP(3) WITH TIME ZONE, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "comms_task_dates" CHECK ("starts_at" IS NULL OR "due_at" IS NULL OR "starts_at" <= "due_at"), CONSTRAINT "comms_task_effort" CHECK ("effort_hours" > 0), CONSTRAINT "comms_task_seats" CHECK ("seats" >= 1 AND "seats_taken" >= 0 AND "seats_taken" <= "seats"), CONSTRAINT "PK_11276348d21cc3e987e973234a4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "comms_task_organisation_created_idx" ON "comms_task"  ("organisation_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "comms_task_organisation_status_created_idx" ON "comms_task"  ("organisation_id", "status", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "comms_task_skill" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "task_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "min_level" smallint NOT NULL, "weight" real NOT NULL DEFAULT '1', CONSTRAINT "comms_task_skill_organisation_task_skill_key" UNIQUE ("organisation_id", "task_id", "skill_id"), CONSTRAINT "comms_task_skill_weight" CHECK ("weight" > 0), CONSTRAINT "comms_task_skill_level" CHECK ("min_level" BETWEEN 1 AND 5), CONSTRAINT "PK_56505648764f2e8b845b9b3c0cc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "comms_task_skill_organisation_skill_idx" ON "comms_task_skill"  ("organisation_id", "skill_id") `);
    await queryRunner.query(`CREATE TABLE "skill_endorsement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "endorsed_by_membership_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "skill_endorsement_organisation_assignment_skill_key" UNIQUE ("organisation_id", "assignment_id", "skill_id"), CONSTRAINT "PK_c1a97ddb1e052f077a8f5382fa8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "skill_endorsement_organisation_member_idx" ON "skill_endorsement"  ("organisation_id", "membership_id", "skill_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."skill_endorsement_organisation_member_idx"`);
    await queryRunner.query(`DROP TABLE "skill_endorsement"`);
    await queryRunner.query(`DROP INDEX "public"."comms_task_skill_organisation_skill_idx"`);
    await queryRunner.query(`DROP TABLE "comms_task_skill"`);
    await queryRunner.query(`DROP INDEX "public"."comms_task_organisation_status_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."comms_task_organisation_created_idx"`);
    await queryRunner.query(`DROP TABLE "comms_task"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_organisation_task_member_live_key"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_organisation_task_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_organisation_member_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_organisation_created_idx"`);
    await queryRunner.query(`DROP TABLE "assignment"`);
    await queryRunner.query(`DROP INDEX "public"."sign_up_organisation_call_status_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sign_up_organisation_status_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sign_up_organisation_member_idx"`);
    await queryRunner.query(`DROP TABLE "sign_up"`);
    await queryRunner.query(`DROP INDEX "public"."intake_note_organisation_sign_up_created_idx"`);
    await queryRunner.query(`DROP TABLE "intake_note"`);
    await queryRunner.query(`DROP INDEX "public"."ambassador_call_organisation_status_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ambassador_call_organisation_created_idx"`);
    await queryRunner.query(`DROP TABLE "ambassador_call"`);
  }
}
