import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tasks volunteers may take up without an offer; the volunteer's own report of what they did; comms' endorsement. */
export class TasksTakeUpDirectly1796800000300 implements MigrationInterface {
  name = 'TasksTakeUpDirectly1796800000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comms_task" ADD "take_up_directly" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "assignment" ADD "work_done" text`);
    await queryRunner.query(`ALTER TABLE "assignment" ADD "endorsed_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "assignment" ADD "endorsed_by_membership_id" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assignment" DROP COLUMN "endorsed_by_membership_id"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP COLUMN "endorsed_at"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP COLUMN "work_done"`);
    await queryRunner.query(`ALTER TABLE "comms_task" DROP COLUMN "take_up_directly"`);
  }
}
