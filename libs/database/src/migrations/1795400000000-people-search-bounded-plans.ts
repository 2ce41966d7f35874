import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People search whose cost is bounded by the page, not by the number of
 * matches (see the "People search" section of docs/benchmarks.md).
 *
 * - Who may find a profile goes into the indexed token array as audience
 *   tokens (-1 visible to HR, -2 visible to every member; neither for a
 *   PRIVATE profile or a deactivated member), so the GIN does the privacy
 *   filter. A trigger keeps them in step when a membership's status changes
 *   (identity owns that write).
 * - `search_bucket` = strength × 16 + the first hex digit of the id, where
 *   strength is the sum of the levels of the skills held: a prefix of the
 *   static order (strength DESC, id DESC) in which broad full-text matches
 *   enter the ranked set. Broad queries read the buckets from the top and stop.
 * - `search_head`: the compact head of the document (name and headline A,
 *   skills and interests B), small enough to stay in the row, for ranking;
 *   the long bio and CV only decide whether a profile matches.
 * - One GIN over (organisation_id, skill_tokens, search_document,
 *   ARRAY[search_bucket]) replaces the two GINs on the tokens and the document:
 *   text, skill filters, privacy and a slice of buckets (`&&`) are one bitmap,
 *   exact, before any row is read.
 * - profile_search_name: the organisation's distinct search names (insert-only;
 *   a name nobody has any more simply joins to nobody), trigram-indexed, so a
 *   typo-tolerant search scores a few thousand names, not a million people.
 */
export class PeopleSearchBoundedPlans1795400000000 implements MigrationInterface {
  name = 'PeopleSearchBoundedPlans1795400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "profile" ADD "search_bucket" smallint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "profile" ADD "search_head" tsvector`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION crowdcomms_search_audience(visibility text, status text) RETURNS int[]
         LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$ SELECT CASE WHEN status IS DISTINCT FROM 'ACTIVE' THEN '{}'::int[]
                           WHEN visibility = 'ORGANISATION' THEN '{-2,-1}'::int[]
                           WHEN visibility = 'HR_ONLY' THEN '{-1}'::int[]
                           ELSE '{}'::int[] END $$`,
    );
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION crowdcomms_membership_search_audience() RETURNS trigger
         LANGUAGE plpgsql
         AS $$ BEGIN
           UPDATE profile p
              SET skill_tokens = crowdcomms_search_audience(p.visibility, NEW.status)
                                 || ARRAY(SELECT t FROM unnest(p.skill_tokens) t WHERE t >= 0 ORDER BY t)
            WHERE p.organisation_id = NEW.organisation_id AND p.membership_id = NEW.id;
           RETURN NULL;
         END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "membership_search_audience" AFTER UPDATE OF "status" ON "membership"
         FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
         EXECUTE FUNCTION crowdcomms_membership_search_audience()`,
    );
    await queryRunner.query(
      `CREATE TABLE "profile_search_name" ("organisation_id" uuid NOT NULL, "search_name" text NOT NULL,
         CONSTRAINT "profile_search_name_pkey" PRIMARY KEY ("organisation_id", "search_name"))`,
    );
    await queryRunner.query(
      `UPDATE profile p
          SET skill_tokens = crowdcomms_search_audience(p.visibility, m.status)
                             || ARRAY(SELECT t FROM unnest(p.skill_tokens) t WHERE t >= 0 ORDER BY t),
              search_head = ts_filter(p.search_document, '{a,b}'),
              search_bucket = LEAST(200, COALESCE((SELECT sum(ps.level) FROM profile_skill ps
                                WHERE ps.organisation_id = p.organisation_id AND ps.profile_id = p.id
                                  AND ps.kind = 'HAS'), 0)) * 16 + (get_byte(uuid_send(p.id), 0) >> 4)
         FROM membership m
        WHERE m.organisation_id = p.organisation_id AND m.id = p.membership_id`,
    );
    await queryRunner.query(
      `INSERT INTO profile_search_name (organisation_id, search_name)
       SELECT DISTINCT organisation_id, search_name FROM profile ON CONFLICT DO NOTHING`,
    );
    await queryRunner.query(`DROP INDEX "public"."profile_organisation_search_document_idx"`);
    await queryRunner.query(`DROP INDEX "public"."profile_organisation_skill_tokens_idx"`);
    await queryRunner.query(`DROP INDEX "public"."profile_organisation_search_name_trgm_idx"`);
    await queryRunner.query(
      `CREATE INDEX "profile_organisation_search_idx" ON "profile"
         USING gin ("organisation_id", "skill_tokens", "search_document", (ARRAY["search_bucket"]))`,
    );
    // On the negated bucket (the column itself only INCLUDEd, for index-only reads), so that it serves the slice
    // bounds (ORDER BY -search_bucket) and nothing else: matches are always found through the GIN, never by
    // walking rows in bucket order and testing their (TOASTed) document one by one.
    await queryRunner.query(
      `CREATE INDEX "profile_organisation_search_order_idx" ON "profile" ("organisation_id", (- "search_bucket")) INCLUDE ("search_bucket")`,
    );
    await queryRunner.query(
      `CREATE INDEX "profile_organisation_search_name_idx" ON "profile" ("organisation_id", "search_name")`,
    );
    await queryRunner.query(
      `CREATE INDEX "profile_search_name_trgm_idx" ON "profile_search_name"
         USING gin ("organisation_id", "search_name" gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."profile_organisation_search_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."profile_organisation_search_order_idx"`);
    await queryRunner.query(`DROP INDEX "public"."profile_organisation_search_idx"`);
    await queryRunner.query(
      `CREATE INDEX "profile_organisation_search_name_trgm_idx" ON "profile" USING gin ("organisation_id", "search_name" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "profile_organisation_skill_tokens_idx" ON "profile" USING gin ("organisation_id", "skill_tokens")`,
    );
    await queryRunner.query(
      `CREATE INDEX "profile_organisation_search_document_idx" ON "profile" USING gin ("organisation_id", "search_document")`,
    );
    await queryRunner.query(`DROP TABLE "profile_search_name"`);
    await queryRunner.query(`DROP TRIGGER "membership_search_audience" ON "membership"`);
    await queryRunner.query(`DROP FUNCTION crowdcomms_membership_search_audience()`);
    await queryRunner.query(
      `UPDATE profile SET skill_tokens = ARRAY(SELECT t FROM unnest(skill_tokens) t WHERE t >= 0 ORDER BY t)`,
    );
    await queryRunner.query(`DROP FUNCTION crowdcomms_search_audience(text, text)`);
    await queryRunner.query(`ALTER TABLE "profile" DROP COLUMN "search_head"`);
    await queryRunner.query(`ALTER TABLE "profile" DROP COLUMN "search_bucket"`);
  }
}
