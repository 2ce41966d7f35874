import { MigrationInterface, QueryRunner } from 'typeorm';
import { organisationTables } from '../row-security';

/**
 * Row-level security enforced, now that the app works as `crowdcomms_app`
 * (OrganisationRowSecurity1796600000000 made the role and the policies).
 *
 * - FORCE ROW LEVEL SECURITY on every organisation table: the policies bind the
 *   tables' owner too, so a deployment whose app (mis)connects as a non-superuser
 *   owner still sees one organisation; the owner's tooling sets
 *   `app.cross_organisation` (runMigrations does). Superusers bypass row security
 *   whatever FORCE says.
 * - The operators people search (and the feed) find their rows with, LEAKPROOF,
 *   so they stay index conditions under the policies (superuser only; see below
 *   and docs/operations.md).
 */
export class OrganisationRowSecurityEnforced1796700000000 implements MigrationInterface {
  name = 'OrganisationRowSecurityEnforced1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of await organisationTables(queryRunner)) {
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`
      DO $$
      BEGIN
        IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          ${SEARCH_OPERATORS.map((f) => `ALTER FUNCTION ${f} LEAKPROOF;`).join('\n          ')}
        ELSE
          RAISE NOTICE 'not a superuser: people search cannot use its GIN indexes under row-level security until a superuser marks its operators LEAKPROOF (docs/operations.md)';
        END IF;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      BEGIN
        IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          ${SEARCH_OPERATORS.map((f) => `ALTER FUNCTION ${f} NOT LEAKPROOF;`).join('\n          ')}
        END IF;
      END $$`);
    for (const table of await organisationTables(queryRunner)) {
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
    }
  }
}

/**
 * PostgreSQL checks a table's policy before any condition of the query whose
 * functions are not LEAKPROOF (such a function might reveal a hidden row's values,
 * in an error for instance), so such a condition cannot be an index condition: with
 * these not leakproof, people search loses its GIN indexes (`@@` on the search keys,
 * `@>` on skill tokens, pg_trgm's `%` on names; the feed's `@>`/`&&` on topics) and
 * its walk down the strengths index (`- search_bucket`, a smallint), and filters
 * every profile of the organisation row by row. The four operators return a boolean
 * computed from their arguments, raise no error that depends on a row's values and
 * have no side effect. int2um's one error, negating -32 768, could at most tell that
 * some hidden row holds that value in a smallint the query negates; the app negates
 * only search_bucket, a sum of skill levels. Leak-proofness guards against someone who
 * writes SQL to probe hidden rows; the app's users write none (row security here is
 * the backstop for a query that forgot its organisation). Frozen here: a change is a
 * new migration.
 */
const SEARCH_OPERATORS = [
  'pg_catalog.ts_match_vq(tsvector, tsquery)', // tsvector @@ tsquery
  'pg_catalog.arraycontains(anyarray, anyarray)', // anyarray @> anyarray
  'pg_catalog.arrayoverlap(anyarray, anyarray)', // anyarray && anyarray
  'pg_catalog.int2um(smallint)', // - smallint
  'similarity_op(text, text)', // pg_trgm: text % text
];
