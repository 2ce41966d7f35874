import { scopedSql, SqlStatement } from '@crowdcomms/data-access';
import { visibleToEveryone } from './visibility';

/**
 * Posts and replies per topic since `since`, busiest first (at most 20): only posts every member may see,
 * so no hashtag of a private group is named. A private group's posts still count in the health's totals
 * (active members, posts and replies per month), as numbers only.
 */
export function topicActivitySql(organisationId: string, since: Date): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT t.tag, count(*)::int AS posts, sum(r.replies)::int AS replies
       FROM post p CROSS JOIN LATERAL unnest(p.topic_ids) AS pt(topic_id)
       JOIN topic t ON t.organisation_id = p.organisation_id AND t.id = pt.topic_id
       CROSS JOIN LATERAL (SELECT count(*) AS replies FROM comment c
                            WHERE c.organisation_id = p.organisation_id AND c.post_id = p.id) r
      WHERE p.organisation_id = $1 AND p.created_at >= $2 AND ${visibleToEveryone('p')}
      GROUP BY t.tag ORDER BY posts DESC, replies DESC, t.tag LIMIT 20`,
    [since],
  );
}

/** Everything that counts as taking part, as (member, time, kind) rows since `$2`. */
export const EVENTS = `
  SELECT author_membership_id AS member, created_at AS at, 'POST' AS kind FROM post
   WHERE organisation_id = $1 AND created_at >= $2
  UNION ALL
  SELECT author_membership_id, created_at, 'COMMENT' FROM comment WHERE organisation_id = $1 AND created_at >= $2
  UNION ALL
  SELECT membership_id, created_at, 'REACTION' FROM reaction WHERE organisation_id = $1 AND created_at >= $2
  UNION ALL
  SELECT membership_id, day::timestamp AT TIME ZONE 'UTC', 'VISIT' FROM community_visit
   WHERE organisation_id = $1 AND day >= ($2::timestamptz AT TIME ZONE 'UTC')::date`;

/**
 * Active members and posters per ISO week (Monday, UTC) from the week of `since` to the week of `until`,
 * oldest first, every week present (0 when nobody took part).
 */
export function weeklyActivitySql(organisationId: string, since: Date, until: Date): SqlStatement {
  return scopedSql(
    organisationId,
    `WITH events AS (${EVENTS}),
          weeks AS (SELECT generate_series(date_trunc('week', $2::timestamptz AT TIME ZONE 'UTC'),
                                           date_trunc('week', $3::timestamptz AT TIME ZONE 'UTC'), interval '1 week') AS week)
     SELECT to_char(weeks.week, 'YYYY-MM-DD') AS week,
            count(DISTINCT e.member)::int AS "activeMembers",
            count(DISTINCT e.member) FILTER (WHERE e.kind IN ('POST', 'COMMENT'))::int AS posters
       FROM weeks
       LEFT JOIN events e ON date_trunc('week', e.at AT TIME ZONE 'UTC') = weeks.week
      GROUP BY weeks.week ORDER BY weeks.week`,
    [since, until],
  );
}
