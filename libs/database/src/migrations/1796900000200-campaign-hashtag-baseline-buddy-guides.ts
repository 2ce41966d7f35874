import { MigrationInterface, QueryRunner } from 'typeorm';
import { ORGANISATION_POLICY } from '../row-security';

/**
 * Campaigns get a hashtag (null for existing ones: they keep counting every post everyone may see until
 * one is set), shares can be baseline shares (external sharing before the start), digests record when and
 * by whom they were unpublished, buddy rounds carry an interview guide and pairs record that they met.
 */
export class CampaignHashtagBaselineBuddyGuides1796900000200 implements MigrationInterface {
  name = 'CampaignHashtagBaselineBuddyGuides1796900000200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign" ADD "hashtag" character varying(50)`);
    await queryRunner.query(`ALTER TABLE "campaign_share" ADD "baseline" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "campaign_digest" ADD "unpublished_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "campaign_digest" ADD "unpublished_by_membership_id" uuid`);
    await queryRunner.query(`ALTER TABLE "buddy_pair" ADD "met_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "buddy_pair" ADD "met_recorded_by_membership_id" uuid`);
    await queryRunner.query(
      `CREATE TABLE "buddy_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "round" integer NOT NULL, "questions" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "buddy_round_organisation_campaign_round_key" UNIQUE ("organisation_id", "campaign_id", "round"), CONSTRAINT "PK_768217a008ec3e93a482bb676d9" PRIMARY KEY ("id"))`,
    );
    // Rounds paired before guides existed get the charity's default guide.
    await queryRunner.query(
      `INSERT INTO "buddy_round" (organisation_id, campaign_id, round, questions)
       SELECT DISTINCT organisation_id, campaign_id, round,
              ARRAY['What did you share?', 'What stopped you?', 'What would help?']
         FROM "buddy_pair"`,
    );
    await queryRunner.query(`ALTER TABLE "buddy_round" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "buddy_round" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY ${ORGANISATION_POLICY} ON "buddy_round"
         USING (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                OR current_setting('app.cross_organisation', true) = 'on')
         WITH CHECK (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                     OR current_setting('app.cross_organisation', true) = 'on')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "buddy_round"`);
    await queryRunner.query(`ALTER TABLE "buddy_pair" DROP COLUMN "met_recorded_by_membership_id"`);
    await queryRunner.query(`ALTER TABLE "buddy_pair" DROP COLUMN "met_at"`);
    await queryRunner.query(`ALTER TABLE "campaign_digest" DROP COLUMN "unpublished_by_membership_id"`);
    await queryRunner.query(`ALTER TABLE "campaign_digest" DROP COLUMN "unpublished_at"`);
    await queryRunner.query(`ALTER TABLE "campaign_share" DROP COLUMN "baseline"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP COLUMN "hashtag"`);
  }
}
