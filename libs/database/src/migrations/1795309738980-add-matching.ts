import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMatching1795309738980 implements MigrationInterface {
  name = 'AddMatching1795309738980';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "match_suggestion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "task_id" uuid NOT NULL, "score" double precision NOT NULL, "parts" jsonb NOT NULL, "explanation" text NOT NULL, "computed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "match_suggestion_organisation_member_task_key" UNIQUE ("organisation_id", "membership_id", "task_id"), CONSTRAINT "PK_ab739f4c463ccfd183b57ff210a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "match_suggestion_organisation_task_score_idx" ON "match_suggestion"  ("organisation_id", "task_id", "score") `);
    await queryRunner.query(`CREATE TABLE "match_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "requested_by_membership_id" uuid NOT NULL, "method" character varying(12), "total" double precision, "upper_bound" double precision, "lines" jsonb NOT NULL DEFAULT '[]', "error" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "computed_at" TIMESTAMP(3) WITH TIME ZONE, "offered_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_61503704c4443abc7589d500181" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "match_plan_organisation_created_idx" ON "match_plan"  ("organisation_id", "created_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."match_plan_organisation_created_idx"`);
    await queryRunner.query(`DROP TABLE "match_plan"`);
    await queryRunner.query(`DROP INDEX "public"."match_suggestion_organisation_task_score_idx"`);
    await queryRunner.query(`DROP TABLE "match_suggestion"`);
  }
}
