import { MigrationInterface, QueryRunner } from 'typeorm';
import { ORGANISATION_POLICY } from '../row-security';

/**
 * A call's e-mail to the members it targets (when and how many), members' e-mail settings,
 * and the structured intake on a sign-up (channels, confidence per skill, what they want
 * to do, hours a month, and when the volunteer copied it to their profile).
 */

export class CallsLinksIntakeBulkInvitations1796900000400 implements MigrationInterface {
  name = 'CallsLinksIntakeBulkInvitations1796900000400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification_preference" ("organisation_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "email_ambassador_calls" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e416293ddcc75accdd014ca4a1b" PRIMARY KEY ("organisation_id", "membership_id"))`);
    // Organisation data: the same row-level security as every other organisation table.
    await queryRunner.query(`ALTER TABLE "notification_preference" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "notification_preference" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY ${ORGANISATION_POLICY} ON "notification_preference"
         USING (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                OR current_setting('app.cross_organisation', true) = 'on')
         WITH CHECK (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                     OR current_setting('app.cross_organisation', true) = 'on')`,
    );
    await queryRunner.query(`ALTER TABLE "ambassador_call" ADD "emailed_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "ambassador_call" ADD "emailed_count" integer`);
    await queryRunner.query(`ALTER TABLE "sign_up" ADD "intake_channels" character varying(20) array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "sign_up" ADD "intake_channels_other" character varying(200) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "sign_up" ADD "intake_confidence" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "sign_up" ADD "intake_wants_to_do" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "sign_up" ADD "intake_hours_per_month" smallint`);
    await queryRunner.query(`ALTER TABLE "sign_up" ADD "intake_recorded_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "sign_up" ADD "intake_copied_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "sign_up" ADD CONSTRAINT "sign_up_intake_hours" CHECK ("intake_hours_per_month" IS NULL OR "intake_hours_per_month" BETWEEN 0 AND 200)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sign_up" DROP CONSTRAINT "sign_up_intake_hours"`);
    await queryRunner.query(`ALTER TABLE "sign_up" DROP COLUMN "intake_copied_at"`);
    await queryRunner.query(`ALTER TABLE "sign_up" DROP COLUMN "intake_recorded_at"`);
    await queryRunner.query(`ALTER TABLE "sign_up" DROP COLUMN "intake_hours_per_month"`);
    await queryRunner.query(`ALTER TABLE "sign_up" DROP COLUMN "intake_wants_to_do"`);
    await queryRunner.query(`ALTER TABLE "sign_up" DROP COLUMN "intake_confidence"`);
    await queryRunner.query(`ALTER TABLE "sign_up" DROP COLUMN "intake_channels_other"`);
    await queryRunner.query(`ALTER TABLE "sign_up" DROP COLUMN "intake_channels"`);
    await queryRunner.query(`ALTER TABLE "ambassador_call" DROP COLUMN "emailed_count"`);
    await queryRunner.query(`ALTER TABLE "ambassador_call" DROP COLUMN "emailed_at"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
  }
}
