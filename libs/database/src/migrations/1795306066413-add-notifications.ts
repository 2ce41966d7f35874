import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotifications1795306066413 implements MigrationInterface {
  name = 'AddNotifications1795306066413';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "recipient_membership_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "data" jsonb NOT NULL, "group_key" character varying(200), "count" integer NOT NULL DEFAULT '1', "read_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_unread_group_key" ON "notification"  ("organisation_id", "recipient_membership_id", "group_key") WHERE "read_at" IS NULL AND "group_key" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "notification_recipient_created_idx" ON "notification"  ("organisation_id", "recipient_membership_id", "created_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."notification_recipient_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_unread_group_key"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
