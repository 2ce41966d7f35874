import { MigrationInterface, QueryRunner } from 'typeorm';
import { ORGANISATION_POLICY } from '../row-security';

/** Workshops: attendee places (capacity, count) and an online link on the task; members' registrations and waitlist. */
export class WorkshopAttendees1796900000100 implements MigrationInterface {
  name = 'WorkshopAttendees1796900000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "workshop_registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "task_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "status" character varying(12) NOT NULL, "registered_at" TIMESTAMP(3) WITH TIME ZONE, "waitlisted_at" TIMESTAMP(3) WITH TIME ZONE, "cancelled_at" TIMESTAMP(3) WITH TIME ZONE, "reminded_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_339d81ff96ce1fd083ec3921cb7" PRIMARY KEY ("id"))`);
    // Organisation data: the same row-level security as every other organisation table.
    await queryRunner.query(`ALTER TABLE "workshop_registration" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "workshop_registration" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY ${ORGANISATION_POLICY} ON "workshop_registration"
         USING (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                OR current_setting('app.cross_organisation', true) = 'on')
         WITH CHECK (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                     OR current_setting('app.cross_organisation', true) = 'on')`,
    );
    await queryRunner.query(`CREATE INDEX "workshop_registration_organisation_member_idx" ON "workshop_registration"  ("organisation_id", "membership_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "workshop_registration_organisation_task_status_idx" ON "workshop_registration"  ("organisation_id", "task_id", "status", "waitlisted_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "workshop_registration_organisation_task_member_live_key" ON "workshop_registration"  ("organisation_id", "task_id", "membership_id") WHERE "status" IN ('REGISTERED', 'WAITLISTED')`);
    await queryRunner.query(`ALTER TABLE "comms_task" ADD "online_link" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "comms_task" ADD "attendee_capacity" integer`);
    await queryRunner.query(`ALTER TABLE "comms_task" ADD "attendees_registered" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "comms_task" ADD CONSTRAINT "comms_task_attendees" CHECK ("attendees_registered" >= 0 AND ("attendee_capacity" IS NULL OR "attendees_registered" <= "attendee_capacity"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comms_task" DROP CONSTRAINT "comms_task_attendees"`);
    await queryRunner.query(`ALTER TABLE "comms_task" DROP COLUMN "attendees_registered"`);
    await queryRunner.query(`ALTER TABLE "comms_task" DROP COLUMN "attendee_capacity"`);
    await queryRunner.query(`ALTER TABLE "comms_task" DROP COLUMN "online_link"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_registration_organisation_task_member_live_key"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_registration_organisation_task_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_registration_organisation_member_idx"`);
    await queryRunner.query(`DROP TABLE "workshop_registration"`);
  }
}
