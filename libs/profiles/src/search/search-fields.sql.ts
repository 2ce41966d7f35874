/**
 * The derived search fields of a profile, recomputed in SQL from the profile,
 * its skills and the skills' names. ProfilesService runs this in the same
 * transaction as every write (and after a skill merge); the search benchmark
 * runs it over a whole generated organisation. Keeping it in one statement keeps
 * the two in step.
 *
 * - search_name: lower(unaccent(display_name)) for trigram name search.
 * - search_document: name and headline (A), skills I have with their aliases and
 *   my interests (B), bio (C), CV (D). Skills I want to develop are not in the
 *   text: wanting to learn SEO is not knowing it.
 * - skill_tokens: for every skill I have at level L, skill.num * 8 + 1 … + L (so
 *   "at least level 3" is one GIN containment test on num * 8 + 3); for every
 *   skill I want to develop, skill.num * 8 (level 0).
 *
 * $1 organisation id; $2 profile ids (uuid[]) or NULL for every profile of the organisation.
 */
export const REFRESH_SEARCH_FIELDS_SQL = `
UPDATE profile p
   SET search_name = lower(crowdcomms_unaccent(p.display_name)),
       skill_tokens = x.tokens,
       search_document =
            setweight(to_tsvector('english', p.display_name), 'A')
         || setweight(to_tsvector('english', coalesce(p.headline, '')), 'A')
         || setweight(to_tsvector('english', x.skill_text), 'B')
         || setweight(to_tsvector('english', array_to_string(p.interests, ' ')), 'B')
         || setweight(to_tsvector('english', coalesce(p.bio, '')), 'C')
         || setweight(to_tsvector('english', coalesce(p.cv_text, '')), 'D')
  FROM (
    SELECT q.id,
           COALESCE((
             SELECT array_agg(DISTINCT t.token ORDER BY t.token)
               FROM profile_skill ps
               JOIN skill s ON s.id = ps.skill_id
               CROSS JOIN LATERAL (
                 SELECT s.num * 8 + lv AS token
                   FROM generate_series(CASE WHEN ps.kind = 'HAS' THEN 1 ELSE 0 END,
                                        CASE WHEN ps.kind = 'HAS' THEN ps.level ELSE 0 END) AS lv
               ) t
              WHERE ps.organisation_id = q.organisation_id AND ps.profile_id = q.id
           ), '{}') AS tokens,
           COALESCE((
             SELECT string_agg(s.name || ' ' || array_to_string(s.aliases, ' '), ' ')
               FROM profile_skill ps
               JOIN skill s ON s.id = ps.skill_id
              WHERE ps.organisation_id = q.organisation_id AND ps.profile_id = q.id AND ps.kind = 'HAS'
           ), '') AS skill_text
      FROM profile q
     WHERE q.organisation_id = $1 AND ($2::uuid[] IS NULL OR q.id = ANY($2::uuid[]))
  ) x
 WHERE p.organisation_id = $1 AND p.id = x.id`;

/** Encodes one "skill at least at level" (1–5) or "wants to develop" (0) condition as a GIN token. */
export const skillToken = (skillNum: number, level: number): number => skillNum * 8 + level;
