import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People search through one GIN whose keys carry the organisation, the
 * audience and the profile's strength (see the "People search" section of
 * docs/benchmarks.md).
 *
 * The GIN it replaces indexed the organisation id, the audience token and the
 * words on their own: those keys match most of an organisation, and a GIN
 * intersects posting lists page by page, so every query paid for reading
 * posting lists of hundreds of thousands of profiles even when it matched ten.
 * Here every key (the stored column `search_keys`, derived from the other
 * search fields) is prefixed by a tag — the first 8 hex digits of the
 * organisation id and the audience, `h` (HR may find me) or `e` (every member
 * may) — so no key is shared across organisations or visible to the wrong
 * audience, and words and skills are keyed by the profile's strength too:
 *
 * - `<tag><strength>.<lexeme>` for every word of the document,
 * - `<tag><strength>#<token>` for every skill token (skill.num × 8 + level),
 * - `<tag>#<token>` for every skill token, for searches that read every match.
 *
 * A ranked search walks the organisation's strengths from the strongest and
 * asks the GIN for one strength at a time, so it reads posting lists only as
 * long as the ranked set is not full. PRIVATE profiles and inactive members
 * have no keys. The tag is a prefix, not the whole id: two organisations
 * sharing one only share posting lists, and `organisation_id = …` still
 * decides which rows belong.
 */
export class PeopleSearchSlicedKeys1795500000000 implements MigrationInterface {
  name = 'PeopleSearchSlicedKeys1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The audience comes from the audience tokens (-2 every member may find me, -1 HR may), which
    // PeopleSearchBoundedPlans keeps in step with visibility and membership status.
    await queryRunner.query(
      `CREATE FUNCTION crowdcomms_search_keys(organisation_id uuid, search_bucket smallint, skill_tokens int[],
                                              search_document tsvector) RETURNS tsvector
         LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$
           SELECT array_to_tsvector(ARRAY(
                    SELECT a.tag || (search_bucket / 16) || '.' || l FROM unnest(tsvector_to_array(search_document)) l
                    UNION ALL
                    SELECT a.tag || (search_bucket / 16) || '#' || t FROM unnest(skill_tokens) t WHERE t >= 0
                    UNION ALL
                    SELECT a.tag || '#' || t FROM unnest(skill_tokens) t WHERE t >= 0))
             FROM (SELECT left(organisation_id::text, 8)
                          || CASE WHEN skill_tokens @> '{-2}' THEN 'e' WHEN skill_tokens @> '{-1}' THEN 'h' END AS tag) a
            WHERE a.tag IS NOT NULL
         $$`,
    );
    // The query over those keys: for each audience, all words and tokens, keyed by each strength given (or, with
    // no strengths, the tokens alone). NULL when there is nothing to look for, which matches nobody.
    await queryRunner.query(
      `CREATE FUNCTION crowdcomms_search_query(organisation_id uuid, audiences text[], strengths int[], lexemes text[],
                                               tokens int[]) RETURNS tsquery
         LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$
           SELECT string_agg('(' || t.terms || ')', ' | ')::tsquery
             FROM unnest(audiences) a
             CROSS JOIN unnest(COALESCE(strengths::text[], '{""}')) s
             CROSS JOIN LATERAL (
               SELECT string_agg(quote_literal(left(organisation_id::text, 8) || a || s || k), ' & ') AS terms
                 FROM (SELECT '.' || l AS k FROM unnest(lexemes) l WHERE strengths IS NOT NULL
                       UNION ALL
                       SELECT '#' || t FROM unnest(tokens) t) x
             ) t
            WHERE t.terms IS NOT NULL
         $$`,
    );
    await queryRunner.query(`DROP INDEX "public"."profile_organisation_search_idx"`);
    // Stored, not computed in an expression index: a bitmap too large for work_mem turns lossy, and PostgreSQL then
    // re-checks every row of those pages against the indexed value — reading a column, not rebuilding the keys.
    // Added as a generated column (one compact rewrite of the table), then kept by a trigger on the columns it is
    // derived from, which every write of the search fields and the membership status trigger go through.
    await queryRunner.query(
      `ALTER TABLE "profile" ADD "search_keys" tsvector GENERATED ALWAYS AS
         (crowdcomms_search_keys("organisation_id", "search_bucket", "skill_tokens", "search_document")) STORED`,
    );
    await queryRunner.query(`ALTER TABLE "profile" ALTER COLUMN "search_keys" DROP EXPRESSION`);
    await queryRunner.query(
      `CREATE FUNCTION crowdcomms_profile_search_keys() RETURNS trigger
         LANGUAGE plpgsql
         AS $$ BEGIN
           NEW.search_keys := crowdcomms_search_keys(NEW.organisation_id, NEW.search_bucket, NEW.skill_tokens,
                                                     NEW.search_document);
           RETURN NEW;
         END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "profile_search_keys"
         BEFORE INSERT OR UPDATE OF "organisation_id", "search_bucket", "skill_tokens", "search_document" ON "profile"
         FOR EACH ROW EXECUTE FUNCTION crowdcomms_profile_search_keys()`,
    );
    // A GIN builds much faster with room to sort its keys; for this transaction only.
    await queryRunner.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await queryRunner.query(`CREATE INDEX "profile_search_keys_idx" ON "profile" USING gin ("search_keys")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."profile_search_keys_idx"`);
    await queryRunner.query(`DROP TRIGGER "profile_search_keys" ON "profile"`);
    await queryRunner.query(`DROP FUNCTION crowdcomms_profile_search_keys()`);
    await queryRunner.query(`ALTER TABLE "profile" DROP COLUMN "search_keys"`);
    await queryRunner.query(
      `CREATE INDEX "profile_organisation_search_idx" ON "profile"
         USING gin ("organisation_id", "skill_tokens", "search_document", (ARRAY["search_bucket"]))`,
    );
    await queryRunner.query(`DROP FUNCTION crowdcomms_search_query(uuid, text[], int[], text[], int[])`);
    await queryRunner.query(`DROP FUNCTION crowdcomms_search_keys(uuid, smallint, int[], tsvector)`);
  }
}
