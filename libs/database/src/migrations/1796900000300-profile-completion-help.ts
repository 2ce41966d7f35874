import { MigrationInterface, QueryRunner } from 'typeorm';
import { ORGANISATION_POLICY } from '../row-security';

/**
 * Help to complete a profile: skills suggested from the member's own text (kept once decided, so
 * a dismissed one never returns), the monthly reminder's claim per member and month, the opt-out
 * for it, and "podcast editing" as a name of the shipped skill Audio editing.
 */
export class ProfileCompletionHelp1796900000300 implements MigrationInterface {
  name = 'ProfileCompletionHelp1796900000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "skill_suggestion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "profile_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "sentence" text NOT NULL, "source" character varying(10) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'PENDING', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "skill_suggestion_organisation_profile_skill_key" UNIQUE ("organisation_id", "profile_id", "skill_id"), CONSTRAINT "PK_f84fd81793144c5ccea5189861f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "profile_reminder" ("organisation_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "month" character varying(7) NOT NULL, "sent_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca97243fbd22ac449e5d8a831f4" PRIMARY KEY ("organisation_id", "membership_id", "month"))`);
    await queryRunner.query(`ALTER TABLE "profile" ADD "completion_reminders" boolean NOT NULL DEFAULT true`);
    // Organisation data: the same row-level security as every other organisation table.
    for (const table of ['skill_suggestion', 'profile_reminder']) {
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
    // The taxonomy's seed reads the data file, so fresh databases have the alias already.
    await queryRunner.query(
      `UPDATE "skill" SET "aliases" = array_append("aliases", 'podcast editing')
        WHERE "organisation_id" IS NULL AND "slug" = 'audio-editing' AND NOT ('podcast editing' = ANY("aliases"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "skill" SET "aliases" = array_remove("aliases", 'podcast editing') WHERE "organisation_id" IS NULL AND "slug" = 'audio-editing'`,
    );
    await queryRunner.query(`ALTER TABLE "profile" DROP COLUMN "completion_reminders"`);
    await queryRunner.query(`DROP TABLE "profile_reminder"`);
    await queryRunner.query(`DROP TABLE "skill_suggestion"`);
  }
}
