import { respondentKey } from '@crowdcomms/campaigns';
import { ADD_COMMENT, CREATE_POST, FOLLOW, REACT, UPDATE_MY_PROFILE } from './operations';
import { Session } from './story';
import { TestApp } from './test-app';

/** The words a person wrote, so a test can look for them after an erasure. */
export interface Written {
  session: Session;
  name: string;
  texts: string[];
  postId: string;
  /** Their calendar subscription URL. */
  calendarUrl: string;
}

async function ok<T = any>(t: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await t.gql<T>(query, variables, token);
  if (res.errors) throw new Error(`${query.slice(0, 40)}: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

/**
 * One member's record of every kind: a profile and posts through the API, and the rest of the
 * programme (a sign-up with its intake note, an accepted assignment, a suggestion, campaign
 * shares, reminders, survey answers, buddy messages, visits, groups, topics, notifications,
 * audit entries, a calendar subscription) written as those contexts store them. `tag` is in every text they write.
 */
export async function recordsOf(
  t: TestApp,
  admin: Session,
  who: Session,
  tag: string,
  shared: {
    taskId: string;
    callId: string;
    campaignId: string;
    surveyId: string;
    anonymousSurveyId: string;
    topicId: string;
    groupId: string;
    skillId: string;
  },
): Promise<Written> {
  const db = t.db;
  const org = admin.organisation.id;
  const m = who.member.id;
  const name = `${tag} person`;
  const texts = [
    `bio of ${tag}`,
    `post by ${tag}`,
    `comment by ${tag}`,
    `motivation of ${tag}`,
    `message of ${tag}`,
    `anonymous answer of ${tag}`,
    `suggested from a sentence of ${tag}`,
  ];
  await ok(
    t,
    UPDATE_MY_PROFILE,
    { input: { headline: `headline ${tag}`, bio: texts[0], interests: [`interest-${tag}`] } },
    who.accessToken,
  );
  const [profile] = await db.query(`SELECT id FROM profile WHERE organisation_id = $1 AND membership_id = $2`, [
    org,
    m,
  ]);
  await db.query(
    `INSERT INTO skill_suggestion (organisation_id, profile_id, skill_id, sentence, source) VALUES ($1, $2, $3, $4, 'CV')`,
    [org, profile.id, shared.skillId, texts[texts.length - 1]],
  );
  await db.query(`INSERT INTO profile_reminder (organisation_id, membership_id, month) VALUES ($1, $2, '2026-11')`, [
    org,
    m,
  ]);
  const { createPost } = await ok(t, CREATE_POST, { input: { body: `${texts[1]} #privacy` } }, who.accessToken);
  await ok(t, ADD_COMMENT, { input: { postId: createPost.id, body: texts[2] } }, who.accessToken);
  await ok(t, REACT, { postId: createPost.id, kind: 'LIKE' }, admin.accessToken);
  await ok(t, FOLLOW, { targetType: 'MEMBER', targetId: admin.member.id }, who.accessToken);
  const { createCalendarFeed } = await ok(t, 'mutation { createCalendarFeed { url } }', {}, who.accessToken);
  const [signUp] = await db.query(
    `INSERT INTO sign_up (organisation_id, call_id, membership_id, motivation, ideas, status)
     VALUES ($1, $2, $3, $4, $5, 'APPLIED') RETURNING id`,
    [org, shared.callId, m, texts[3], `ideas of ${tag}`],
  );
  await db.query(
    `INSERT INTO intake_note (organisation_id, sign_up_id, author_membership_id, body) VALUES ($1, $2, $3, $4)`,
    [org, signUp.id, admin.member.id, `intake note about ${tag}`],
  );
  const [assignment] = await db.query(
    `INSERT INTO assignment (organisation_id, task_id, membership_id, status, offered_by_membership_id, feedback)
     VALUES ($1, $2, $3, 'COMPLETED', $4, $5) RETURNING id`,
    [org, shared.taskId, m, admin.member.id, `feedback for ${tag}`],
  );
  await db.query(
    `INSERT INTO skill_endorsement (organisation_id, assignment_id, membership_id, skill_id, endorsed_by_membership_id)
     VALUES ($1, $2, $3, $4, $5)`,
    [org, assignment.id, m, shared.skillId, admin.member.id],
  );
  await db.query(
    `INSERT INTO campaign_share (organisation_id, campaign_id, membership_id, channel, form, url, title, shared_on)
     VALUES ($1, $2, $3, 'INTERNAL', 'LINK', $4, $5, current_date)`,
    [org, shared.campaignId, m, `https://example.org/${tag}`, `share of ${tag}`],
  );
  await db.query(
    `INSERT INTO campaign_reminder (organisation_id, campaign_id, period_index, membership_id) VALUES ($1, $2, 0, $3)`,
    [org, shared.campaignId, m],
  );
  await db.query(
    `INSERT INTO survey_response (organisation_id, survey_id, membership_id, answers, respondent_key) VALUES ($1, $2, $3::uuid, $4, md5($3::text))`,
    [org, shared.surveyId, m, JSON.stringify({ stopped: `answer of ${tag}` })],
  );
  // An anonymous survey's answer names nobody: only the respondent key the app derives from JWT_SECRET.
  await db.query(
    `INSERT INTO survey_response (organisation_id, survey_id, membership_id, answers, respondent_key) VALUES ($1, $2, NULL, $3, $4)`,
    [
      org,
      shared.anonymousSurveyId,
      JSON.stringify([{ questionId: 'q1', text: texts[5] }]),
      respondentKey(process.env.JWT_SECRET!, shared.anonymousSurveyId, m),
    ],
  );
  const [pair] = await db.query(
    `INSERT INTO buddy_pair (organisation_id, campaign_id, round, member_ids) VALUES ($1, $2, 1, $3) RETURNING id`,
    [org, shared.campaignId, [m, admin.member.id]],
  );
  await db.query(
    `INSERT INTO buddy_message (organisation_id, pair_id, author_membership_id, body) VALUES ($1, $2, $3, $4)`,
    [org, pair.id, m, texts[4]],
  );
  await db.query(`INSERT INTO community_visit (organisation_id, day, membership_id) VALUES ($1, current_date, $2)`, [
    org,
    m,
  ]);
  await db.query(
    `INSERT INTO group_member (organisation_id, group_id, membership_id, status) VALUES ($1, $2, $3, 'ACTIVE')`,
    [org, shared.groupId, m],
  );
  await db.query(
    `INSERT INTO topic_manager (organisation_id, topic_id, membership_id, appointed_by_membership_id) VALUES ($1, $2, $3, $4)`,
    [org, shared.topicId, m, admin.member.id],
  );
  await db.query(
    `INSERT INTO notification (organisation_id, recipient_membership_id, kind, title, body, data) VALUES ($1, $2, 'TEST', $3, $4, '{}')`,
    [org, m, `notification for ${tag}`, `body for ${tag}`],
  );
  await db.query(
    `INSERT INTO profile_audit_event (organisation_id, actor_membership_id, action, subject_membership_id) VALUES ($1, $2, 'VIEW', $3)`,
    [org, admin.member.id, m],
  );
  return { session: who, name, texts, postId: createPost.id, calendarUrl: createCalendarFeed.url as string };
}

/** What the members' records point at: a call, a task, a campaign with a survey, a topic, a group. */
export async function sharedThings(t: TestApp, admin: Session) {
  const db = t.db;
  const org = admin.organisation.id;
  const a = admin.member.id;
  const one = async (sql: string, values: unknown[]) => (await db.query<{ id: string }[]>(sql, values))[0].id;
  const [skill] = await db.query(`SELECT id FROM skill WHERE organisation_id IS NULL ORDER BY num LIMIT 1`);
  const campaignId = await one(
    `INSERT INTO campaign (organisation_id, name, starts_on, ends_on, channels, created_by_membership_id)
     VALUES ($1, 'Share one thing', current_date, current_date + 30, '{}', $2) RETURNING id`,
    [org, a],
  );
  return {
    skillId: skill.id as string,
    callId: await one(
      `INSERT INTO ambassador_call (organisation_id, title, pitch, created_by_membership_id) VALUES ($1, 'Ambassadors wanted', 'Join us', $2) RETURNING id`,
      [org, a],
    ),
    taskId: await one(
      `INSERT INTO comms_task (organisation_id, title, kind, seats, effort_hours, created_by_membership_id, status) VALUES ($1, 'Run the social account', 'SOCIAL_ACCOUNT', 2, 4, $2, 'OPEN') RETURNING id`,
      [org, a],
    ),
    campaignId,
    surveyId: await one(
      `INSERT INTO survey (organisation_id, campaign_id, title, questions) VALUES ($1, $2, 'How did it go?', '[]') RETURNING id`,
      [org, campaignId],
    ),
    anonymousSurveyId: await one(
      `INSERT INTO survey (organisation_id, campaign_id, title, anonymous, questions) VALUES ($1, $2, 'Honestly', true, '[]') RETURNING id`,
      [org, campaignId],
    ),
    topicId: await one(
      `INSERT INTO topic (organisation_id, tag) VALUES ($1, 'privacy') ON CONFLICT DO NOTHING RETURNING id`,
      [org],
    ).catch(
      async () =>
        (
          await db.query<{ id: string }[]>(`SELECT id FROM topic WHERE organisation_id = $1 AND tag = 'privacy'`, [org])
        )[0].id,
    ),
    groupId: await one(
      `INSERT INTO community_group (organisation_id, name, privacy, created_by_membership_id) VALUES ($1, 'Bloggers', 'OPEN', $2) RETURNING id`,
      [org, a],
    ),
  };
}

/**
 * A stored match suggestion for `who`. Written once the worker's matching has settled: a recompute
 * of someone outside the volunteer pool clears their suggestions, as it should.
 */
export async function suggestionOf(t: TestApp, admin: Session, who: Session, tag: string, taskId: string) {
  await t.db.query(
    `INSERT INTO match_suggestion (organisation_id, membership_id, task_id, score, parts, explanation, computed_at)
     VALUES ($1, $2, $3, 0.5, '{}', $4, now())`,
    [admin.organisation.id, who.member.id, taskId, `explanation for ${tag}`],
  );
}
