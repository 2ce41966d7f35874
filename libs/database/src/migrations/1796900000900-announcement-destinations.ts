import { MigrationInterface, QueryRunner } from 'typeorm';
import { ORGANISATION_POLICY } from '../row-security';

/** Where an organisation's announcements are posted (Teams, Slack, generic webhooks), sealed, with their delivery log. */

export class AnnouncementDestinations1796900000900 implements MigrationInterface {
  name = 'AnnouncementDestinations1796900000900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "announcement_destination" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "kind" character varying(10) NOT NULL, "events" character varying(40) array NOT NULL DEFAULT '{}', "sealed_url" text NOT NULL, "url_host" character varying(255) NOT NULL, "sealed_signing_secret" text, "paused_at" TIMESTAMP(3) WITH TIME ZONE, "last_status" character varying(10), "last_error" character varying(300), "last_attempt_at" TIMESTAMP(3) WITH TIME ZONE, "last_success_at" TIMESTAMP(3) WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "consecutive_failures" integer NOT NULL DEFAULT '0', "created_by_membership_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_announcement_destination" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "announcement_destination_organisation_created_idx" ON "announcement_destination"  ("organisation_id", "created_at") `);
    // Organisation data: the same row-level security as every other organisation table.
    await queryRunner.query(`ALTER TABLE "announcement_destination" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "announcement_destination" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY ${ORGANISATION_POLICY} ON "announcement_destination"
         USING (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                OR current_setting('app.cross_organisation', true) = 'on')
         WITH CHECK (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                     OR current_setting('app.cross_organisation', true) = 'on')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."announcement_destination_organisation_created_idx"`);
    await queryRunner.query(`DROP TABLE "announcement_destination"`);
  }
}
