import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCommunity1795306412276 implements MigrationInterface {
  name = 'AddCommunity1795306412276';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "post" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "author_membership_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "link_url" character varying(2000), "link_title" character varying(200), "group_id" uuid, "hashtags" text array NOT NULL DEFAULT '{}', "topic_ids" uuid array NOT NULL DEFAULT '{}', "mentioned_membership_ids" uuid array NOT NULL DEFAULT '{}', "comment_count" integer NOT NULL DEFAULT '0', "reaction_count" integer NOT NULL DEFAULT '0', "edited_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be5fda3aac270b134ff9c21cdee" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "post_organisation_group_created_idx" ON "post"  ("organisation_id", "group_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "post_organisation_author_created_idx" ON "post"  ("organisation_id", "author_membership_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "post_organisation_created_idx" ON "post"  ("organisation_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "post_id" uuid NOT NULL, "parent_comment_id" uuid, "author_membership_id" uuid NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "edited_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "comment_organisation_created_idx" ON "comment"  ("organisation_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "comment_organisation_post_created_idx" ON "comment"  ("organisation_id", "post_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "reaction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "post_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reaction_organisation_post_member_key" UNIQUE ("organisation_id", "post_id", "membership_id"), CONSTRAINT "PK_41fbb346da22da4df129f14b11e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "reaction_organisation_created_idx" ON "reaction"  ("organisation_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "topic" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "tag" character varying(50) NOT NULL, "description" character varying(2000), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "topic_organisation_tag_key" UNIQUE ("organisation_id", "tag"), CONSTRAINT "PK_33aa4ecb4e4f20aa0157ea7ef61" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "topic_manager" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "topic_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "appointed_by_membership_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "topic_manager_organisation_topic_member_key" UNIQUE ("organisation_id", "topic_id", "membership_id"), CONSTRAINT "PK_9832c973465ca5739aadcf94a75" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "topic_manager_organisation_member_idx" ON "topic_manager"  ("organisation_id", "membership_id") `);
    await queryRunner.query(`CREATE TABLE "topic_pin" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "topic_id" uuid NOT NULL, "post_id" uuid NOT NULL, "pinned_by_membership_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "topic_pin_organisation_topic_post_key" UNIQUE ("organisation_id", "topic_id", "post_id"), CONSTRAINT "PK_07115328b4269f6135f60407155" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "topic_pin_organisation_post_idx" ON "topic_pin"  ("organisation_id", "post_id") `);
    await queryRunner.query(`CREATE TABLE "community_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "description" character varying(2000), "privacy" character varying(10) NOT NULL, "created_by_membership_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "community_group_organisation_name_key" UNIQUE ("organisation_id", "name"), CONSTRAINT "PK_de70485816ae1bd91d6fd7a2237" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "group_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "group_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "role" character varying(10) NOT NULL DEFAULT 'MEMBER', "status" character varying(10) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_member_organisation_group_member_key" UNIQUE ("organisation_id", "group_id", "membership_id"), CONSTRAINT "PK_65634517a244b69a8ef338d03c3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "group_member_organisation_member_idx" ON "group_member"  ("organisation_id", "membership_id") `);
    await queryRunner.query(`CREATE TABLE "follow" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "follower_membership_id" uuid NOT NULL, "target_type" character varying(10) NOT NULL, "target_id" uuid NOT NULL, "following" boolean NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "follow_organisation_follower_target_key" UNIQUE ("organisation_id", "follower_membership_id", "target_type", "target_id"), CONSTRAINT "PK_fda88bc28a84d2d6d06e19df6e5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "follow_organisation_target_idx" ON "follow"  ("organisation_id", "target_type", "target_id") `);
    await queryRunner.query(`CREATE TABLE "community_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "follow_everyone" boolean NOT NULL DEFAULT false, "digest_frequency" character varying(10) NOT NULL DEFAULT 'WEEKLY', "last_digest_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "community_member_organisation_member_key" UNIQUE ("organisation_id", "membership_id"), CONSTRAINT "PK_520250d7bb8234f4149f5ff9b46" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "community_member_organisation_digest_idx" ON "community_member"  ("organisation_id", "digest_frequency", "last_digest_at") `);
    await queryRunner.query(`CREATE TABLE "community_visit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "day" date NOT NULL, "membership_id" uuid NOT NULL, CONSTRAINT "community_visit_organisation_day_member_key" UNIQUE ("organisation_id", "day", "membership_id"), CONSTRAINT "PK_936c2346b953fc31e3ccbb284b6" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "community_visit"`);
    await queryRunner.query(`DROP INDEX "public"."community_member_organisation_digest_idx"`);
    await queryRunner.query(`DROP TABLE "community_member"`);
    await queryRunner.query(`DROP INDEX "public"."follow_organisation_target_idx"`);
    await queryRunner.query(`DROP TABLE "follow"`);
    await queryRunner.query(`DROP INDEX "public"."group_member_organisation_member_idx"`);
    await queryRunner.query(`DROP TABLE "group_member"`);
    await queryRunner.query(`DROP TABLE "community_group"`);
    await queryRunner.query(`DROP INDEX "public"."topic_pin_organisation_post_idx"`);
    await queryRunner.query(`DROP TABLE "topic_pin"`);
    await queryRunner.query(`DROP INDEX "public"."topic_manager_organisation_member_idx"`);
    await queryRunner.query(`DROP TABLE "topic_manager"`);
    await queryRunner.query(`DROP TABLE "topic"`);
    await queryRunner.query(`DROP INDEX "public"."reaction_organisation_created_idx"`);
    await queryRunner.query(`DROP TABLE "reaction"`);
    await queryRunner.query(`DROP INDEX "public"."comment_organisation_post_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."comment_organisation_created_idx"`);
    await queryRunner.query(`DROP TABLE "comment"`);
    await queryRunner.query(`DROP INDEX "public"."post_organisation_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."post_organisation_author_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."post_organisation_group_created_idx"`);
    await queryRunner.query(`DROP TABLE "post"`);
  }
}
