import { MigrationInterface, QueryRunner } from 'typeorm';

/** A campaign digest that failed to publish records why and how often, for comms to see (it is retried). */
export class CampaignDigestFailures1796576307441 implements MigrationInterface {
  name = 'CampaignDigestFailures1796576307441';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_digest" ADD "failed_attempts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "campaign_digest" ADD "last_error" text`);
    await queryRunner.query(`ALTER TABLE "campaign_digest" ADD "last_failed_at" TIMESTAMP(3) WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_digest" DROP COLUMN "last_failed_at"`);
    await queryRunner.query(`ALTER TABLE "campaign_digest" DROP COLUMN "last_error"`);
    await queryRunner.query(`ALTER TABLE "campaign_digest" DROP COLUMN "failed_attempts"`);
  }
}
