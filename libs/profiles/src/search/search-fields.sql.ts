/**
 * The derived search fields of a profile, recomputed in SQL from the profile,
 * its skills and the skills' names. ProfilesService runs this in the same
 * transaction as every write (and after a skill merge); the search benchmark
 * runs it over a whole generated organisation. Keeping it in one statement keeps
 * the two in step.
 *
 * - search_name: lower(unaccent(display_name)) for trigram name search.
 * - search_document: name and headline (A), skills I have with their aliases and
 *   — only with my targeting consent — my interests (B), bio (C), CV (D): what a
 *   full-text query matches. Skills I want to develop are not in the text:
 *   wanting to learn SEO is not knowing it.
 * - search_head: the A and B parts only — what a match is ranked by. Small
 *   enough to stay in the row; the document is TOASTed and is read only
 *   through its GIN.
 * - skill_tokens: for every skill I have at level L, skill.num * 8 + 1 … + L (so
 *   "at least level 3" is one GIN containment test on num * 8 + 3); for every
 *   skill I want to develop, skill.num * 8 (level 0); and the audience tokens
 *   (AUDIENCE_TOKENS): -1 when HR may see me, -2 when every member may — none
 *   when the profile is PRIVATE or the membership is not active. So the GIN
 *   does the privacy filter, and "HR looking for X ≥ 3 and Y ≥ 2" is one `@>`.
 *   A membership's status change updates the audience tokens by trigger
 *   (migration PeopleSearchBoundedPlans), as identity owns that write.
 * - search_bucket: strength × 16 + the first hex digit of my id, where strength
 *   is the sum of the levels of the skills I have (at most 200): a prefix of
 *   the static order (strength DESC, id DESC) in which broad full-text matches
 *   enter the ranked set (see RANK_CANDIDATES in people-search.query.ts).
 * - profile_search_name gets my search_name (insert-only: a name nobody has
 *   any more joins to nobody), for typo-tolerant name search over distinct names.
 *   Names are inserted in one fixed order: two refreshes sharing names then
 *   wait for each other instead of deadlocking (each holds a name the other
 *   needs when they take them in different orders).
 *
 * $1 organisation id; $2 profile ids (uuid[]) or NULL for every profile of the organisation.
 */
export const REFRESH_SEARCH_FIELDS_SQL = `
WITH refreshed AS (
UPDATE profile p
   SET search_name = lower(crowdcomms_unaccent(p.display_name)),
       skill_tokens = crowdcomms_search_audience(p.visibility, x.status) || x.tokens,
       search_bucket = x.strength * 16 + (get_byte(uuid_send(p.id), 0) >> 4),
       search_head =
            setweight(to_tsvector('english', p.display_name), 'A')
         || setweight(to_tsvector('english', coalesce(p.headline, '')), 'A')
         || setweight(to_tsvector('english', x.skill_text), 'B')
         || setweight(to_tsvector('english', CASE WHEN p.interests_targeting_consent THEN array_to_string(p.interests, ' ') ELSE '' END), 'B'),
       search_document =
            setweight(to_tsvector('english', p.display_name), 'A')
         || setweight(to_tsvector('english', coalesce(p.headline, '')), 'A')
         || setweight(to_tsvector('english', x.skill_text), 'B')
         || setweight(to_tsvector('english', CASE WHEN p.interests_targeting_consent THEN array_to_string(p.interests, ' ') ELSE '' END), 'B')
         || setweight(to_tsvector('english', coalesce(p.bio, '')), 'C')
         || setweight(to_tsvector('english', coalesce(p.cv_text, '')), 'D')
  FROM (
    SELECT q.id,
           (SELECT m.status FROM membership m
             WHERE m.organisation_id = q.organisation_id AND m.id = q.membership_id) AS status,
           COALESCE((
             SELECT LEAST(200, sum(ps.level))::int FROM profile_skill ps
              WHERE ps.organisation_id = q.organisation_id AND ps.profile_id = q.id AND ps.kind = 'HAS'
           ), 0) AS strength,
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
 WHERE p.organisation_id = $1 AND p.id = x.id
RETURNING p.organisation_id, p.search_name
)
INSERT INTO profile_search_name (organisation_id, search_name)
SELECT DISTINCT organisation_id, search_name FROM refreshed
 ORDER BY organisation_id, search_name
ON CONFLICT DO NOTHING`;

/**
 * Audience tokens in skill_tokens: which callers may find a profile (see
 * visibility.ts). HR sees HR_ONLY and ORGANISATION profiles; everyone else
 * ORGANISATION only. Kept in step with crowdcomms_search_audience() in the
 * migration.
 */
export const AUDIENCE_TOKENS = { HR: -1, EVERYONE: -2 } as const;

/** Encodes one "skill at least at level" (1–5) or "wants to develop" (0) condition as a GIN token. */
export const skillToken = (skillNum: number, level: number): number => skillNum * 8 + level;
