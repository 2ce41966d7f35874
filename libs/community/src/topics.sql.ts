import { scopedSql, SqlStatement } from '@crowdcomms/data-access';
import { visiblePost } from './visibility';

/**
 * The ids of the topics with the most posts `viewerId` may see in the last `days` days (a private group's
 * posts count only for its members), busiest first, then by tag.
 */
export function popularTopicsSql(organisationId: string, viewerId: string, first: number, days = 30): SqlStatement {
  const visible = visiblePost('p', '$2');
  return scopedSql(
    organisationId,
    `SELECT t.id
       FROM post p
       CROSS JOIN LATERAL unnest(p.topic_ids) AS pt(topic_id)
       JOIN topic t ON t.organisation_id = $1 AND t.id = pt.topic_id
      WHERE p.organisation_id = $1 AND p.created_at > now() - make_interval(days => $4) AND ${visible}
      GROUP BY t.id, t.tag
      ORDER BY count(*) DESC, t.tag
      LIMIT $3`,
    [viewerId, first, days],
  );
}
