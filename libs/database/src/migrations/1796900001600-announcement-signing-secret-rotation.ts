import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A generic webhook's signing secret can be rotated: the secret it had before stays (sealed) beside the new
 * one until `previous_secret_expires_at`, and deliveries carry a signature with each, so that the receiver
 * can switch to the new secret without refusing a delivery in between.
 */
export class AnnouncementSigningSecretRotation1796900001600 implements MigrationInterface {
  name = 'AnnouncementSigningSecretRotation1796900001600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "announcement_destination" ADD "sealed_previous_signing_secret" text,
         ADD "previous_secret_expires_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "announcement_destination" DROP COLUMN "previous_secret_expires_at",
         DROP COLUMN "sealed_previous_signing_secret"`,
    );
  }
}
