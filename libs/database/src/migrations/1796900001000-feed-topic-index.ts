import { MigrationInterface, QueryRunner } from 'typeorm';
import { ORGANISATION_POLICY } from '../row-security';

/**
 * `post_topic`: each post under each of its topics, in date order, so a feed that follows a few topics reads
 * each topic's newest posts through an index instead of walking the whole history (FeedService). A trigger on
 * `post` keeps it in step with `topic_ids` on every insert, edit and delete, whoever writes the post.
 */
export class FeedTopicIndex1796900001000 implements MigrationInterface {
  name = 'FeedTopicIndex1796900001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "post_topic" ("organisation_id" uuid NOT NULL, "topic_id" uuid NOT NULL,
         "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "post_id" uuid NOT NULL,
         CONSTRAINT "post_topic_pkey" PRIMARY KEY ("organisation_id", "topic_id", "created_at", "post_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "post_topic" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "post_topic" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY ${ORGANISATION_POLICY} ON "post_topic"
         USING (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                OR current_setting('app.cross_organisation', true) = 'on')
         WITH CHECK (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                     OR current_setting('app.cross_organisation', true) = 'on')`,
    );
    // Runs as the writer of the post, under the same row-level security.
    await queryRunner.query(
      `CREATE FUNCTION crowdcomms_post_topics() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
         IF TG_OP IN ('UPDATE', 'DELETE') THEN
           DELETE FROM post_topic
            WHERE organisation_id = OLD.organisation_id AND topic_id = ANY(OLD.topic_ids)
              AND created_at = OLD.created_at AND post_id = OLD.id;
         END IF;
         IF TG_OP IN ('INSERT', 'UPDATE') THEN
           INSERT INTO post_topic (organisation_id, topic_id, created_at, post_id)
           SELECT DISTINCT NEW.organisation_id, t, NEW.created_at, NEW.id FROM unnest(NEW.topic_ids) t;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "post_topics" AFTER INSERT OR DELETE OR UPDATE OF "topic_ids", "created_at" ON "post"
         FOR EACH ROW EXECUTE FUNCTION crowdcomms_post_topics()`,
    );
    await queryRunner.query(
      `INSERT INTO post_topic (organisation_id, topic_id, created_at, post_id)
       SELECT DISTINCT p.organisation_id, t, p.created_at, p.id FROM post p, unnest(p.topic_ids) t`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "post_topics" ON "post"`);
    await queryRunner.query(`DROP FUNCTION crowdcomms_post_topics()`);
    await queryRunner.query(`DROP TABLE "post_topic"`);
  }
}
