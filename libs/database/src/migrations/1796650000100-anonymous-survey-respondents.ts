import { MigrationInterface, QueryRunner } from 'typeorm';
import { respondentKey } from '../../../campaigns/src/respondent-key';

/**
 * One response per person by a keyed hash (`respondent_key`); anonymous
 * surveys' responses no longer store the member. Existing responses get their
 * key (JWT_SECRET, as the app derives it), and anonymous ones lose their member.
 */
export class AnonymousSurveyRespondents1796650000100 implements MigrationInterface {
  name = 'AnonymousSurveyRespondents1796650000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_response" ADD "respondent_key" character varying(64)`);
    const rows = (await queryRunner.query(
      `SELECT id, survey_id, membership_id FROM survey_response`,
    )) as { id: string; survey_id: string; membership_id: string }[];
    const secret = process.env.JWT_SECRET;
    if (rows.length && !secret) throw new Error('JWT_SECRET must be set to migrate survey responses');
    for (const row of rows) {
      await queryRunner.query(`UPDATE survey_response SET respondent_key = $2 WHERE id = $1`, [
        row.id,
        respondentKey(secret!, row.survey_id, row.membership_id),
      ]);
    }
    await queryRunner.query(`ALTER TABLE "survey_response" ALTER COLUMN "respondent_key" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "survey_response" DROP CONSTRAINT "survey_response_organisation_survey_member_key"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_organisation_survey_respondent_key" UNIQUE ("organisation_id", "survey_id", "respondent_key")`,
    );
    await queryRunner.query(`ALTER TABLE "survey_response" ALTER COLUMN "membership_id" DROP NOT NULL`);
    await queryRunner.query(
      `UPDATE survey_response r SET membership_id = NULL FROM survey s WHERE s.id = r.survey_id AND s.anonymous`,
    );
  }

  public down(): Promise<void> {
    return Promise.reject(new Error('Anonymous responses no longer name their respondent: this migration cannot be undone'));
  }
}
