import { MigrationInterface, QueryRunner } from 'typeorm';
import { REFRESH_SEARCH_FIELDS_SQL } from '../../../profiles/src/search/search-fields.sql';

/**
 * Interests are searchable only with the member's targeting consent. Profiles
 * that hold interests without it get their search fields derived again, so
 * their interests leave the full-text index now rather than at their next edit.
 */
export class InterestsNeedConsent1796650000000 implements MigrationInterface {
  name = 'InterestsNeedConsent1796650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const rows = (await queryRunner.query(
      `SELECT organisation_id, array_agg(id) AS ids FROM profile
        WHERE NOT interests_targeting_consent AND cardinality(interests) > 0
        GROUP BY organisation_id`,
    )) as { organisation_id: string; ids: string[] }[];
    for (const row of rows) await queryRunner.query(REFRESH_SEARCH_FIELDS_SQL, [row.organisation_id, row.ids]);
  }

  public async down(): Promise<void> {
    // Nothing to undo: the fields are derived data, and the previous derivation ignored consent.
  }
}
