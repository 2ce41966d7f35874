import { scopedSql, SqlStatement } from '@crowdcomms/data-access';
import { SuggestionStatus } from '../entities/skill-suggestion.entity';

/**
 * Brings a profile's suggestions in line with what its text names now: new skills are added as
 * PENDING, pending ones get the sentence that names them now, and pending ones the text no longer
 * names go. Accepted and dismissed rows are kept untouched, so a dismissed skill never returns.
 * $1 organisation, $2 profile, $3 skill ids, $4 sentences, $5 sources (parallel arrays).
 */
export function refreshSuggestionsSql(
  organisationId: string,
  profileId: string,
  found: readonly { skillId: string; sentence: string; source: string }[],
): SqlStatement {
  return scopedSql(
    organisationId,
    `WITH found AS (
  SELECT * FROM unnest($3::uuid[], $4::text[], $5::text[]) AS f(skill_id, sentence, source)
), gone AS (
  DELETE FROM skill_suggestion s
   WHERE s.organisation_id = $1 AND s.profile_id = $2 AND s.status = '${SuggestionStatus.PENDING}'
     AND NOT EXISTS (SELECT 1 FROM found f WHERE f.skill_id = s.skill_id)
)
INSERT INTO skill_suggestion (organisation_id, profile_id, skill_id, sentence, source)
SELECT $1, $2, f.skill_id, f.sentence, f.source FROM found f
ON CONFLICT ON CONSTRAINT skill_suggestion_organisation_profile_skill_key DO UPDATE
   SET sentence = EXCLUDED.sentence, source = EXCLUDED.source
 WHERE skill_suggestion.status = '${SuggestionStatus.PENDING}'`,
    [profileId, found.map((f) => f.skillId), found.map((f) => f.sentence), found.map((f) => f.source)],
  );
}

/**
 * Decides one pending suggestion of the member's own profile, once: answers the row when it was
 * pending, nothing when it was already decided (or is not theirs). $1 organisation, $2 suggestion,
 * $3 the member's profile, $4 the new status.
 */
export function decideSuggestionSql(
  organisationId: string,
  suggestionId: string,
  profileId: string,
  status: SuggestionStatus.ACCEPTED | SuggestionStatus.DISMISSED,
): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE skill_suggestion SET status = $4, decided_at = now()
  WHERE organisation_id = $1 AND id = $2 AND profile_id = $3 AND status = '${SuggestionStatus.PENDING}'
RETURNING id, skill_id AS "skillId"`,
    [suggestionId, profileId, status],
  );
}
