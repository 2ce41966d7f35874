import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `(organisation_id, id)` on profile: facets past their exact cap read an organisation's first profiles in id order
 * (random UUIDs, so a uniform sample of it) — an index range of one organisation, however many others share the
 * table (people-search.query.ts, facetsStatement).
 */
export class ProfileSampleOrder1796900001100 implements MigrationInterface {
  name = 'ProfileSampleOrder1796900001100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "profile_organisation_id_idx" ON "profile" ("organisation_id", "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "profile_organisation_id_idx"`);
  }
}
