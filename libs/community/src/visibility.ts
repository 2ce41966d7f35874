/**
 * SQL fragments shared by every read of posts, so "who may see what" is
 * written once. They expect the parameters `:org` and `:me`.
 */

/**
 * A post outside groups, in an open group, or in a private group the viewer (`:me`, or the SQL expression
 * `me`) is an active member of: the one rule for "may this viewer see this post", used by every list,
 * count, notification and digest.
 */
export const visiblePost = (p: string, me = ':me') => `(${p}.group_id IS NULL OR EXISTS (
  SELECT 1 FROM community_group g
   WHERE g.organisation_id = ${p}.organisation_id AND g.id = ${p}.group_id
     AND (g.privacy = 'OPEN' OR EXISTS (
       SELECT 1 FROM group_member gm
        WHERE gm.organisation_id = g.organisation_id AND gm.group_id = g.id
          AND gm.membership_id = ${me} AND gm.status = 'ACTIVE'))))`;

/**
 * A post every member of the organisation may see: outside groups or in an open group. Figures shown to
 * people who need not belong to a private group — campaign counts and digests, topic names in community
 * health — read only these, so they never reveal a private group's posts or hashtags.
 */
export const visibleToEveryone = (p: string) => `(${p}.group_id IS NULL OR EXISTS (
  SELECT 1 FROM community_group og
   WHERE og.organisation_id = ${p}.organisation_id AND og.id = ${p}.group_id AND og.privacy = 'OPEN'))`;

/**
 * A topic `:me` may know of: one of its posts is visible to them, or they manage it. A hashtag used only
 * inside a private group is thereby unknown outside it — in topic lists, hashtag suggestions and look-ups.
 */
export const visibleTopic = (t: string, me = ':me') => `(EXISTS (
  SELECT 1 FROM post tp
   WHERE tp.organisation_id = ${t}.organisation_id AND tp.topic_ids @> ARRAY[${t}.id] AND ${visiblePost('tp', me)})
  OR EXISTS (SELECT 1 FROM topic_manager tm
              WHERE tm.organisation_id = ${t}.organisation_id AND tm.topic_id = ${t}.id AND tm.membership_id = ${me}))`;

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

/**
 * `inFeed` for a member who does not follow everyone, as the lists it is made of — their own posts and the
 * people, topics and groups they follow or belong to — so that a sparse feed reads each source through
 * its own index instead of walking the whole history (FeedService). `everyone` decides which reading applies.
 */
export const feedSources = {
  everyone: followsEveryone,
  people: `(ARRAY[:me::uuid] || ${chosen('MEMBER', true)})`,
  topics: chosen('TOPIC', true),
  groups: `(${myGroups} || ${chosen('GROUP', true)})`,
};
