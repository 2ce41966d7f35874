import { scopedSql, SqlStatement } from '@crowdcomms/data-access';
import { visiblePost, visibleToEveryone } from './visibility';

/**
 * Which of `candidateIds` may see post `postId` (the shared visibility rule, each candidate as the viewer):
 * whom a notification quoting the post may reach. A former member of its private group, or someone never
 * in it, is left out.
 */
export function postReadersSql(organisationId: string, postId: string, candidateIds: readonly string[]): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT c.id AS membership_id
       FROM unnest($3::uuid[]) AS c(id)
      WHERE EXISTS (SELECT 1 FROM post p WHERE p.organisation_id = $1 AND p.id = $2 AND ${visiblePost('p', 'c.id')})`,
    [postId, [...candidateIds]],
  );
}

/**
 * Community activity of `memberIds` in [from, to), per member, counting only what every member of the
 * organisation may see — posts outside groups or in open groups, and replies and reactions on those: posts
 * written (and how many carry a link), reactions and replies those posts received, replies written and
 * reactions given. What a private group does is never counted, so campaign figures and digests built on it
 * cannot reveal it. With a `hashtag` (lower-case, without #), only posts carrying it count, and only replies
 * and reactions on such posts: a campaign's figures then count what was shared for the campaign.
 */
export function memberActivitySql(
  organisationId: string,
  from: Date,
  to: Date,
  memberIds: readonly string[],
  hashtag: string | null = null,
): SqlStatement {
  const tagged = (p: string) => (hashtag ? ` AND $5::text = ANY(${p}.hashtags)` : '');
  return scopedSql(
    organisationId,
    `SELECT m.id AS "membershipId",
            COALESCE(p.posts, 0)::int AS posts, COALESCE(p.link_posts, 0)::int AS "linkPosts",
            COALESCE(p.received, 0)::int AS "interactionsReceived",
            (SELECT count(*) FROM comment c JOIN post cp ON cp.organisation_id = c.organisation_id AND cp.id = c.post_id
              WHERE c.organisation_id = $1 AND c.author_membership_id = m.id
                AND c.created_at >= $2 AND c.created_at < $3 AND ${visibleToEveryone('cp')}${tagged('cp')})::int AS replies,
            (SELECT count(*) FROM reaction r JOIN post rp ON rp.organisation_id = r.organisation_id AND rp.id = r.post_id
              WHERE r.organisation_id = $1 AND r.membership_id = m.id
                AND r.created_at >= $2 AND r.created_at < $3 AND ${visibleToEveryone('rp')}${tagged('rp')})::int AS reactions
       FROM unnest($4::uuid[]) AS m(id)
       LEFT JOIN LATERAL (
         SELECT count(*) AS posts, count(*) FILTER (WHERE p.link_url IS NOT NULL) AS link_posts,
                sum(p.comment_count + p.reaction_count) AS received
           FROM post p WHERE p.organisation_id = $1 AND p.author_membership_id = m.id
            AND p.created_at >= $2 AND p.created_at < $3 AND ${visibleToEveryone('p')}${tagged('p')}) p ON true`,
    hashtag ? [from, to, [...memberIds], hashtag] : [from, to, [...memberIds]],
  );
}
