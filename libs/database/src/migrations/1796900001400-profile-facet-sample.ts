import { MigrationInterface, QueryRunner } from 'typeorm';
import { ORGANISATION_POLICY } from '../row-security';

/**
 * `profile_facet_sample`: one narrow row per profile — what the estimate of a broad search's facets tests and counts
 * (people-search.query.ts, facetsStatement), in `(organisation_id, profile_id)` order. Ids are random UUIDs, so an
 * organisation's first rows in that order are a uniform sample of it; reading them here costs a few pages instead of
 * each profile's wide row and its TOASTed document.
 *
 * - `skill_tokens` and `visibility` as on the profile: the audience tokens (who may find me, active member) and the
 *   skill filters are tested on the sample exactly as the search tests them; no one hidden is ever counted.
 * - `word_hashes`: the document's lexemes as 32-bit hashes (the first 8 hex digits of their md5, stable across
 *   PostgreSQL versions), so that "has all these words" is an array containment instead of reading the document.
 *   Two lexemes sharing a hash could count a profile that has only one of them: at ~100 lexemes a profile, about one
 *   profile in 40 million per word searched — far below the sampling error of an estimate, and used only there.
 *
 * Kept in step by a trigger on profile (every write of the search fields, the audience tokens or the visibility goes
 * through it); deleted with the profile.
 */
export class ProfileFacetSample1796900001400 implements MigrationInterface {
  name = 'ProfileFacetSample1796900001400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION crowdcomms_word_hashes(document tsvector) RETURNS int[]
         LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$
           SELECT COALESCE(array_agg(DISTINCT ('x' || left(md5(l), 8))::bit(32)::int), '{}')
             FROM unnest(tsvector_to_array(document)) l
         $$`,
    );
    await queryRunner.query(
      `CREATE TABLE "profile_facet_sample" (
         "organisation_id" uuid NOT NULL,
         "profile_id" uuid NOT NULL REFERENCES "profile" ("id") ON DELETE CASCADE,
         "membership_id" uuid NOT NULL,
         "visibility" character varying(20) NOT NULL,
         "skill_tokens" integer array NOT NULL,
         "word_hashes" integer array NOT NULL,
         CONSTRAINT "profile_facet_sample_pkey" PRIMARY KEY ("organisation_id", "profile_id"))`,
    );
    // Organisation data: the same row-level security as every other organisation table.
    await queryRunner.query(`ALTER TABLE "profile_facet_sample" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "profile_facet_sample" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY ${ORGANISATION_POLICY} ON "profile_facet_sample"
         USING (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                OR current_setting('app.cross_organisation', true) = 'on')
         WITH CHECK (organisation_id = NULLIF(current_setting('app.organisation_id', true), '')::uuid
                     OR current_setting('app.cross_organisation', true) = 'on')`,
    );
    await queryRunner.query(
      `CREATE FUNCTION crowdcomms_profile_facet_sample() RETURNS trigger
         LANGUAGE plpgsql
         AS $$ BEGIN
           INSERT INTO profile_facet_sample (organisation_id, profile_id, membership_id, visibility, skill_tokens,
                                             word_hashes)
           VALUES (NEW.organisation_id, NEW.id, NEW.membership_id, NEW.visibility, COALESCE(NEW.skill_tokens, '{}'),
                   crowdcomms_word_hashes(COALESCE(NEW.search_document, ''::tsvector)))
           ON CONFLICT (organisation_id, profile_id) DO UPDATE
              SET membership_id = excluded.membership_id, visibility = excluded.visibility,
                  skill_tokens = excluded.skill_tokens, word_hashes = excluded.word_hashes;
           RETURN NULL;
         END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "profile_facet_sample"
         AFTER INSERT OR UPDATE OF "organisation_id", "membership_id", "visibility", "skill_tokens", "search_document"
         ON "profile" FOR EACH ROW EXECUTE FUNCTION crowdcomms_profile_facet_sample()`,
    );
    await queryRunner.query(
      `INSERT INTO profile_facet_sample (organisation_id, profile_id, membership_id, visibility, skill_tokens,
                                         word_hashes)
       SELECT organisation_id, id, membership_id, visibility, COALESCE(skill_tokens, '{}'),
              crowdcomms_word_hashes(COALESCE(search_document, ''::tsvector))
         FROM profile`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "profile_facet_sample" ON "profile"`);
    await queryRunner.query(`DROP FUNCTION crowdcomms_profile_facet_sample()`);
    await queryRunner.query(`DROP TABLE "profile_facet_sample"`);
    await queryRunner.query(`DROP FUNCTION crowdcomms_word_hashes(tsvector)`);
  }
}
