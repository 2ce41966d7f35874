import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `profile_facet_sample` also holds what a name search and an availability filter test — the profile's `search_name`
 * and `available_hours_per_month` — so the estimate of such a search's facets reads only the narrow rows, never the
 * profile's wide one (people-search.query.ts, facetsStatement). The trigger keeps them in step like the rest.
 */
export class ProfileFacetSampleName1796900001500 implements MigrationInterface {
  name = 'ProfileFacetSampleName1796900001500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "profile_facet_sample"
         ADD COLUMN "search_name" text NOT NULL DEFAULT '',
         ADD COLUMN "available_hours_per_month" smallint`,
    );
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION crowdcomms_profile_facet_sample() RETURNS trigger
         LANGUAGE plpgsql
         AS $$ BEGIN
           INSERT INTO profile_facet_sample (organisation_id, profile_id, membership_id, visibility, skill_tokens,
                                             word_hashes, search_name, available_hours_per_month)
           VALUES (NEW.organisation_id, NEW.id, NEW.membership_id, NEW.visibility, COALESCE(NEW.skill_tokens, '{}'),
                   crowdcomms_word_hashes(COALESCE(NEW.search_document, ''::tsvector)), NEW.search_name,
                   NEW.available_hours_per_month)
           ON CONFLICT (organisation_id, profile_id) DO UPDATE
              SET membership_id = excluded.membership_id, visibility = excluded.visibility,
                  skill_tokens = excluded.skill_tokens, word_hashes = excluded.word_hashes,
                  search_name = excluded.search_name, available_hours_per_month = excluded.available_hours_per_month;
           RETURN NULL;
         END $$`,
    );
    await queryRunner.query(`DROP TRIGGER "profile_facet_sample" ON "profile"`);
    await queryRunner.query(
      `CREATE TRIGGER "profile_facet_sample"
         AFTER INSERT OR UPDATE OF "organisation_id", "membership_id", "visibility", "skill_tokens", "search_document",
                                   "search_name", "available_hours_per_month"
         ON "profile" FOR EACH ROW EXECUTE FUNCTION crowdcomms_profile_facet_sample()`,
    );
    await queryRunner.query(
      `UPDATE profile_facet_sample s
          SET search_name = p.search_name, available_hours_per_month = p.available_hours_per_month
         FROM profile p
        WHERE p.organisation_id = s.organisation_id AND p.id = s.profile_id
          AND (p.search_name <> '' OR p.available_hours_per_month IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "profile_facet_sample" ON "profile"`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION crowdcomms_profile_facet_sample() RETURNS trigger
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
      `ALTER TABLE "profile_facet_sample" DROP COLUMN "search_name", DROP COLUMN "available_hours_per_month"`,
    );
  }
}
