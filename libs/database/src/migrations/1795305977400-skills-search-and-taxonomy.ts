import { MigrationInterface, QueryRunner } from 'typeorm';
// A relative import on purpose: migrations load without the decorated entities (see test/global-setup.ts), and
// the skills library's index would bring them in. taxonomy.data.ts is pure data.
import { SKILL_TAXONOMY } from '../../../skills/src/taxonomy.data';

/**
 * Upserts the shipped taxonomy (organisation_id NULL) by slug. Slugs are stable
 * keys, so a later change to taxonomy.data.ts ships as a new migration that
 * calls this again; nothing an organisation added is touched.
 */
export async function upsertShippedTaxonomy(queryRunner: QueryRunner): Promise<void> {
  const rows = SKILL_TAXONOMY.map((s) => ({
    slug: s.slug,
    name: s.name,
    category: s.category,
    aliases: s.aliases,
    related: s.related,
    description: s.description,
  }));
  await queryRunner.query(
    `INSERT INTO "skill" ("organisation_id", "slug", "name", "category", "aliases", "related_slugs", "description")
     SELECT NULL, t.slug, t.name, t.category, t.aliases, t.related, t.description
       FROM jsonb_to_recordset($1::jsonb)
         AS t(slug text, name text, category text, aliases text[], related text[], description text)
     ON CONFLICT ("organisation_id", "slug") DO UPDATE
        SET "name" = EXCLUDED."name", "category" = EXCLUDED."category", "aliases" = EXCLUDED."aliases",
            "related_slugs" = EXCLUDED."related_slugs", "description" = EXCLUDED."description"`,
    [JSON.stringify(rows)],
  );
}

/**
 * What the migration generator cannot express for skills and profiles:
 * extensions, the immutable unaccent wrapper, the skills' slug key (NULLS NOT
 * DISTINCT), the GIN indexes behind people
 * search (each leading with organisation_id through btree_gin, so they stay
 * partitionable by organisation) and the seed of the shipped taxonomy.
 * The entities declare these indexes with `synchronize: false`.
 */
export class SkillsSearchAndTaxonomy1795305977400 implements MigrationInterface {
  name = 'SkillsSearchAndTaxonomy1795305977400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // unaccent() is only STABLE (its dictionary could change); names are matched on its output, so pin the
    // dictionary and declare the wrapper IMMUTABLE as the pg docs suggest.
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION crowdcomms_unaccent(text) RETURNS text
         LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
         AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
    );
    // NULLS NOT DISTINCT: shipped skills (organisation NULL) are unique among themselves, on the same key.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "skill_organisation_slug_key" ON "skill" ("organisation_id", "slug") NULLS NOT DISTINCT`,
    );
    await queryRunner.query(
      `CREATE INDEX "profile_organisation_search_document_idx" ON "profile" USING gin ("organisation_id", "search_document")`,
    );
    await queryRunner.query(
      `CREATE INDEX "profile_organisation_skill_tokens_idx" ON "profile" USING gin ("organisation_id", "skill_tokens")`,
    );
    await queryRunner.query(
      `CREATE INDEX "profile_organisation_search_name_trgm_idx" ON "profile" USING gin ("organisation_id", "search_name" gin_trgm_ops)`,
    );
    await upsertShippedTaxonomy(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "skill" WHERE "organisation_id" IS NULL`);
    await queryRunner.query(`DROP INDEX "public"."profile_organisation_search_name_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."profile_organisation_skill_tokens_idx"`);
    await queryRunner.query(`DROP INDEX "public"."profile_organisation_search_document_idx"`);
    await queryRunner.query(`DROP INDEX "public"."skill_organisation_slug_key"`);
    await queryRunner.query(`DROP FUNCTION crowdcomms_unaccent(text)`);
    // The extensions stay: other contexts (community search) may rely on them.
  }
}
