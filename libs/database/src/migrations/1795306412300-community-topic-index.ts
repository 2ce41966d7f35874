import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the generator cannot express for the community: the GIN index behind
 * topic threads and topic post counts (`topic_ids` contains a topic), leading
 * with organisation_id through btree_gin. The Post entity declares it with
 * `synchronize: false`.
 */
export class CommunityTopicIndex1795306412300 implements MigrationInterface {
  name = 'CommunityTopicIndex1795306412300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(
      `CREATE INDEX "post_organisation_topic_ids_idx" ON "post" USING gin ("organisation_id", "topic_ids")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."post_organisation_topic_ids_idx"`);
  }
}
