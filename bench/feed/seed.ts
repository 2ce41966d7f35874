import { DataSource } from 'typeorm';

export interface SeedOptions {
  organisationId: string;
  viewerMembershipId: string;
  members: number;
  posts: number;
  topics: number;
  /** People and topics the viewer follows. */
  followedMembers: number;
  followedTopics: number;
}

/**
 * Bulk-loads a realistic organisation with set-based SQL (generate_series):
 * members, topics, posts spread over the past (each with two hashtags),
 * reactions on about a third of the posts plus the viewer's own on an eighth, and the viewer's follows.
 * Deterministic: the same options give the same data.
 */
export async function seedCommunity(ds: DataSource, o: SeedOptions, log: (s: string) => void): Promise<void> {
  const step = async (what: string, sql: string, params: unknown[]) => {
    const started = Date.now();
    await ds.query(sql, params);
    log(`  ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };
  await ds.query(`SELECT setseed(0.42)`);
  await step(
    `${o.members.toLocaleString('en')} members`,
    `WITH u AS (
       INSERT INTO "user" (email, display_name, password_hash)
       SELECT 'bench-' || g || '@example.org', 'Member ' || g, 'not-a-hash' FROM generate_series(1, $2) g
       RETURNING id)
     INSERT INTO membership (organisation_id, user_id, roles) SELECT $1, u.id, ARRAY['MEMBER'] FROM u`,
    [o.organisationId, o.members],
  );
  await step(
    `${o.topics} topics`,
    `INSERT INTO topic (organisation_id, tag) SELECT $1, 'topic' || g FROM generate_series(1, $2) g`,
    [o.organisationId, o.topics],
  );
  // Posts: authors uniform over members, topics skewed (a few hashtags are far more common), one post every ~30 s.
  // The topic picks hash the post number: a LATERAL sub-select of random() that does not reference `g` is
  // evaluated once, which gave every post the same two hashtags.
  await step(
    `${o.posts.toLocaleString('en')} posts`,
    `WITH m AS (SELECT array_agg(id ORDER BY id) AS ids FROM membership WHERE organisation_id = $1),
          t AS (SELECT array_agg(id ORDER BY created_at, tag) AS ids, array_agg(tag ORDER BY created_at, tag) AS tags
                  FROM topic WHERE organisation_id = $1)
     INSERT INTO post (organisation_id, author_membership_id, kind, body, body_html, hashtags, topic_ids, created_at)
     SELECT $1, m.ids[1 + (hashint4(g) & 2147483647) % cardinality(m.ids)], 'UPDATE',
            'Post ' || g || ' about #' || t.tags[k1] || ' and #' || t.tags[k2],
            '<p>Post ' || g || ' about #' || t.tags[k1] || ' and #' || t.tags[k2] || '</p>',
            ARRAY[t.tags[k1], t.tags[k2]], ARRAY[t.ids[k1], t.ids[k2]],
            now() - make_interval(secs => ($2 - g) * 30)
       FROM generate_series(1, $2) g, m, t,
            LATERAL (SELECT 1 + floor(cardinality(t.ids) * power((hashint4(g * 2) & 2147483647) / 2147483648.0, 3))::int AS k1,
                            1 + (hashint4(g * 2 + 1) & 2147483647) % (cardinality(t.ids) - 1) AS r) k0,
            LATERAL (SELECT CASE WHEN r >= k1 THEN r + 1 ELSE r END AS k2) k`,
    [o.organisationId, o.posts],
  );
  await step(
    'reactions on a third of the posts',
    `WITH m AS (SELECT array_agg(id ORDER BY id) AS ids FROM membership WHERE organisation_id = $1)
     INSERT INTO reaction (organisation_id, post_id, membership_id, kind, created_at)
     SELECT $1, p.id, m.ids[1 + (hashtext(p.id::text) & 2147483647) % cardinality(m.ids)],
            (ARRAY['LIKE', 'CELEBRATE', 'SUPPORT', 'INSIGHTFUL', 'CURIOUS'])[1 + (hashtext(p.id::text || 'k') & 2147483647) % 5],
            p.created_at
       FROM post p, m WHERE p.organisation_id = $1 AND random() < 0.33`,
    [o.organisationId],
  );
  // The viewer's own reactions, so "myReaction" is not always null: one post in eight.
  await step(
    "the viewer's reactions on an eighth of the posts",
    `INSERT INTO reaction (organisation_id, post_id, membership_id, kind, created_at)
     SELECT $1, p.id, $2, 'CELEBRATE', p.created_at FROM post p
      WHERE p.organisation_id = $1 AND (hashtext(p.id::text || 'v') & 7) = 0
     ON CONFLICT DO NOTHING`,
    [o.organisationId, o.viewerMembershipId],
  );
  await step(
    'reaction counters',
    `UPDATE post p SET reaction_count = r.n
       FROM (SELECT post_id, count(*)::int AS n FROM reaction WHERE organisation_id = $1 GROUP BY post_id) r
      WHERE p.organisation_id = $1 AND p.id = r.post_id`,
    [o.organisationId],
  );
  await step(
    `the viewer follows ${o.followedMembers} people and ${o.followedTopics} topics`,
    `INSERT INTO community_member (organisation_id, membership_id) VALUES ($1, $2) ON CONFLICT DO NOTHING;`,
    [o.organisationId, o.viewerMembershipId],
  );
  await ds.query(
    `INSERT INTO follow (organisation_id, follower_membership_id, target_type, target_id, following)
     SELECT $1, $2, 'MEMBER', id, true FROM membership WHERE organisation_id = $1 AND id <> $2
      ORDER BY hashtext(id::text) LIMIT $3`,
    [o.organisationId, o.viewerMembershipId, o.followedMembers],
  );
  await ds.query(
    `INSERT INTO follow (organisation_id, follower_membership_id, target_type, target_id, following)
     SELECT $1, $2, 'TOPIC', id, true FROM topic WHERE organisation_id = $1 ORDER BY hashtext(id::text) LIMIT $3`,
    [o.organisationId, o.viewerMembershipId, o.followedTopics],
  );
  await step('VACUUM ANALYZE', `VACUUM ANALYZE`, []);
}
