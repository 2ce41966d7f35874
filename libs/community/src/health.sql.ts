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
