/**
 * SQL fragments shared by every read of posts, so "who may see what" is
 * written once. They expect the parameters `:org` and `:me`.
 */

/** A post outside groups, in an open group, or in a private group `:me` is an active member of. */
export const visiblePost = (p: string) => `(${p}.group_id IS NULL OR EXISTS (
  SELECT 1 FROM community_group g
   WHERE g.organisation_id = ${p}.organisation_id AND g.id = ${p}.group_id
     AND (g.privacy = 'OPEN' OR EXISTS (
       SELECT 1 FROM group_member gm
        WHERE gm.organisation_id = g.organisation_id AND gm.group_id = g.id
          AND gm.membership_id = :me AND gm.status = 'ACTIVE'))))`;

/** Whether `:me` follows everyone and every topic (their community setting). */
const followsEveryone = `COALESCE((SELECT cm.follow_everyone FROM community_member cm
   WHERE cm.organisation_id = :org AND cm.membership_id = :me), false)`;

/** The ids `:me` explicitly follows (or, with `false`, unfollowed) of one kind: computed once per query. */
const chosen = (type: string, following: boolean) => `ARRAY(SELECT f.target_id FROM follow f
   WHERE f.organisation_id = :org AND f.follower_membership_id = :me
     AND f.target_type = '${type}' AND f.following = ${following})`;

const myGroups = `ARRAY(SELECT mg.group_id FROM group_member mg
   WHERE mg.organisation_id = :org AND mg.membership_id = :me AND mg.status = 'ACTIVE')`;

/**
 * In `:me`'s feed: their own posts, posts in their groups, and posts by people,
 * with topics or in groups they follow — where "follow everyone" means every
 * person and topic they have not unfollowed. The id lists are uncorrelated
 * sub-queries, so Postgres computes them once and then filters posts walking
 * the (organisation, created_at) index newest first.
 */
export const inFeed = (p: string) => `(
  ${p}.author_membership_id = :me
  OR ${p}.author_membership_id = ANY(${chosen('MEMBER', true)})
  OR ${p}.topic_ids && ${chosen('TOPIC', true)}
  OR ${p}.group_id = ANY(${myGroups} || ${chosen('GROUP', true)})
  OR (${followsEveryone} AND (
        NOT (${p}.author_membership_id = ANY(${chosen('MEMBER', false)}))
        OR (cardinality(${p}.topic_ids) > 0 AND NOT (${p}.topic_ids <@ ${chosen('TOPIC', false)})))))`;

/** Whether `:me` follows topic `t`: explicitly, or by following everyone without having unfollowed it. */
export const followedTopic = (t: string) => `(${t}.id = ANY(${chosen('TOPIC', true)})
  OR (${followsEveryone} AND NOT (${t}.id = ANY(${chosen('TOPIC', false)}))))`;
