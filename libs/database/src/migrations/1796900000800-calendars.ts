import { MigrationInterface, QueryRunner } from 'typeorm';
import { ORGANISATION_POLICY } from '../row-security';

/**
 * Calendars: members' subscription feeds (hashed secrets), a calendar reference on queued e-mail (the
 * worker renders the .ics when it sends), and each task's calendar SEQUENCE, raised by a trigger whenever
 * what its calendar event shows changes (so no code path that edits a task can forget it).
 */
export class Calendars1796900000800 implements MigrationInterface {
  name = 'Calendars1796900000800';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_feed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "hash" character varying(64) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_24c0b9c80e4a4ac8752d854bc2e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "calendar_feed_organisation_hash_idx" ON "calendar_feed" ("organisation_id", "hash") `);
    await queryRunner.query(`CREATE INDEX "calendar_feed_organisation_member_idx" ON "calendar_feed" ("organisation_id", "membership_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY ${ORGANISATION_POLICY} ON "calendar_feed"
         USING (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                OR current_setting('app.cross_organisation', true) = 'on')
         WITH CHECK (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                     OR current_setting('app.cross_organisation', true) = 'on')`,
    );

    await queryRunner.query(`ALTER TABLE "email_message" ADD "attachment" jsonb`);

    await queryRunner.query(`ALTER TABLE "comms_task" ADD "calendar_sequence" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION crowdcomms_comms_task_calendar_sequence() RETURNS trigger
         LANGUAGE plpgsql AS $$
       BEGIN
         NEW.calendar_sequence := OLD.calendar_sequence + 1;
         RETURN NEW;
       END $$`,
    );
    // What a task's calendar event shows: its words, time and place, and whether it is cancelled
    // (OPEN ⇄ FILLED and DONE change nothing a calendar shows).
    await queryRunner.query(
      `CREATE TRIGGER "comms_task_calendar_sequence" BEFORE UPDATE ON "comms_task"
         FOR EACH ROW WHEN (
              OLD.title IS DISTINCT FROM NEW.title
           OR OLD.description IS DISTINCT FROM NEW.description
           OR OLD.kind IS DISTINCT FROM NEW.kind
           OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
           OR OLD.due_at IS DISTINCT FROM NEW.due_at
           OR OLD.location IS DISTINCT FROM NEW.location
           OR OLD.online_link IS DISTINCT FROM NEW.online_link
           OR OLD.remote IS DISTINCT FROM NEW.remote
           OR ((OLD.status = 'CANCELLED') IS DISTINCT FROM (NEW.status = 'CANCELLED')))
         EXECUTE FUNCTION crowdcomms_comms_task_calendar_sequence()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "comms_task_calendar_sequence" ON "comms_task"`);
    await queryRunner.query(`DROP FUNCTION crowdcomms_comms_task_calendar_sequence()`);
    await queryRunner.query(`ALTER TABLE "comms_task" DROP COLUMN "calendar_sequence"`);
    await queryRunner.query(`ALTER TABLE "email_message" DROP COLUMN "attachment"`);
    await queryRunner.query(`DROP INDEX "public"."calendar_feed_organisation_member_idx"`);
    await queryRunner.query(`DROP INDEX "public"."calendar_feed_organisation_hash_idx"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
  }
}
