import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCampaigns1795310068955 implements MigrationInterface {
  name = 'AddCampaigns1795310068955';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "buddy_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "pair_id" uuid NOT NULL, "author_membership_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fcb10db39e7f272b92ffe39b1a4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "buddy_message_organisation_pair_created_idx" ON "buddy_message"  ("organisation_id", "pair_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "buddy_pair" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "round" integer NOT NULL, "member_ids" uuid array NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0578647238f1851075b4234ae8e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "buddy_pair_organisation_campaign_round_idx" ON "buddy_pair"  ("organisation_id", "campaign_id", "round") `);
    await queryRunner.query(`CREATE TABLE "campaign" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "aims" text array NOT NULL DEFAULT '{}', "starts_on" date NOT NULL, "ends_on" date NOT NULL, "cadence" character varying(10) NOT NULL DEFAULT 'MONTHLY', "target_per_period" integer NOT NULL DEFAULT '1', "audience" character varying(10) NOT NULL DEFAULT 'EVERYONE', "participant_member_ids" uuid array NOT NULL DEFAULT '{}', "participant_group_ids" uuid array NOT NULL DEFAULT '{}', "channels" text array NOT NULL, "created_by_membership_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "campaign_organisation_starts_idx" ON "campaign"  ("organisation_id", "starts_on", "id") `);
    await queryRunner.query(`CREATE TABLE "campaign_digest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "period_index" integer NOT NULL, "highlight_share_ids" uuid array NOT NULL DEFAULT '{}', "note" text, "body" text, "post_id" uuid, "published_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "campaign_digest_organisation_campaign_period_key" UNIQUE ("organisation_id", "campaign_id", "period_index"), CONSTRAINT "PK_635aafb1d5cc7950a5a419b44db" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "campaign_reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "period_index" integer NOT NULL, "membership_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "campaign_reminder_organisation_campaign_period_member_key" UNIQUE ("organisation_id", "campaign_id", "period_index", "membership_id"), CONSTRAINT "PK_02889e076b58da7f517e997ee11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "campaign_share" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "channel" character varying(20) NOT NULL, "form" character varying(20) NOT NULL, "url" character varying(2000) NOT NULL, "title" character varying(300) NOT NULL, "shared_on" date NOT NULL, "likes" integer NOT NULL DEFAULT '0', "comments" integer NOT NULL DEFAULT '0', "reshares" integer NOT NULL DEFAULT '0', "views" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "campaign_share_organisation_url_key" UNIQUE ("organisation_id", "url"), CONSTRAINT "PK_24013cdce15f1337602ae61440e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "campaign_share_organisation_campaign_shared_idx" ON "campaign_share"  ("organisation_id", "campaign_id", "shared_on") `);
    await queryRunner.query(`CREATE INDEX "campaign_share_organisation_member_shared_idx" ON "campaign_share"  ("organisation_id", "membership_id", "shared_on") `);
    await queryRunner.query(`CREATE TABLE "follower_snapshot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "channel" character varying(20) NOT NULL, "taken_on" date NOT NULL, "followers" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "follower_snapshot_organisation_channel_day_key" UNIQUE ("organisation_id", "channel", "taken_on"), CONSTRAINT "PK_f7ec9fbfd17aba9112928062a43" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "survey" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "anonymous" boolean NOT NULL DEFAULT false, "questions" jsonb NOT NULL, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f0da32b9181e9c02ecf0be11ed3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "survey_organisation_campaign_idx" ON "survey"  ("organisation_id", "campaign_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "survey_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "survey_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "answers" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "survey_response_organisation_survey_member_key" UNIQUE ("organisation_id", "survey_id", "membership_id"), CONSTRAINT "PK_d9326eb52bf8b23d56a39ce419a" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "survey_response"`);
    await queryRunner.query(`DROP INDEX "public"."survey_organisation_campaign_idx"`);
    await queryRunner.query(`DROP TABLE "survey"`);
    await queryRunner.query(`DROP TABLE "follower_snapshot"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_share_organisation_member_shared_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_share_organisation_campaign_shared_idx"`);
    await queryRunner.query(`DROP TABLE "campaign_share"`);
    await queryRunner.query(`DROP TABLE "campaign_reminder"`);
    await queryRunner.query(`DROP TABLE "campaign_digest"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_organisation_starts_idx"`);
    await queryRunner.query(`DROP TABLE "campaign"`);
    await queryRunner.query(`DROP INDEX "public"."buddy_pair_organisation_campaign_round_idx"`);
    await queryRunner.query(`DROP TABLE "buddy_pair"`);
    await queryRunner.query(`DROP INDEX "public"."buddy_message_organisation_pair_created_idx"`);
    await queryRunner.query(`DROP TABLE "buddy_message"`);
  }
}
