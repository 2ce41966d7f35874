import { MigrationInterface, QueryRunner } from 'typeorm';

export class EmailSecretLinks1796578764433 implements MigrationInterface {
  name = 'EmailSecretLinks1796578764433';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_message" ADD "secret_link" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_message" DROP COLUMN "secret_link"`);
  }
}
