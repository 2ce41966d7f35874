import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPasswordReset1796578114832 implements MigrationInterface {
  name = 'AddPasswordReset1796578114832';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "password_reset_token_hash_key" ON "password_reset"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "password_reset_user_idx" ON "password_reset"  ("user_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."password_reset_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."password_reset_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
  }
}
