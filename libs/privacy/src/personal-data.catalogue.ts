/**
 * The catalogue of personal data: for every table that holds rows belonging to
 * one person, which rows are theirs, what a "Download my data" archive shows of
 * them, and which rows erasure deletes outright. It is the privacy context's
 * documented read model of the other contexts' tables (docs/privacy.md is its
 * human side), written once so that exports, erasure and — later — retention
 * read people's data the same way.
 *
 * Conditions are SQL over the table (alias `t`) and `person` (`person.org`,
 * `person.m` the membership, `person.u` the user, `person.e` the e-mail,
 * `person.k` their respondent keys to the organisation's surveys); the
 * statements that use them are built in `personal-data.sql.ts`, always bound to
 * the organisation. Names here are constants, never input.
 *
 * Whatever erasure does not delete it anonymises: every id, e-mail, name and
 * @handle of the person left in any column of any table of the organisation is
 * replaced (see `erasure.sql.ts`, driven by the database's own catalogue), so a
 * table added later is covered without an entry here; it needs one to be
 * exported.
 */

/** The bounded contexts, as an export groups them. */
export type PersonalDataContext =
  | 'identity'
  | 'notifications'
  | 'profiles'
  | 'ambassadors'
  | 'tasks'
  | 'matching'
  | 'community'
  | 'campaigns'
  | 'integrations'
  | 'privacy';

export interface PersonalTable {
  context: PersonalDataContext;
  table: string;
  /** What the archive calls this kind of record (plural, for people). */
  label: string;
  /** The rows that are the person's (exported). */
  rows: string;
  /** What the archive shows: columns, or `expression AS name` (other people's ids are left out). */
  exported: string[];
  /**
   * The rows erasure deletes outright (default: `rows`); `null` keeps them for the generic
   * anonymisation (a buddy pair) or for the community's own rule (posts and comments others replied to).
   */
  erased?: string | null;
}

const title = (table: string, column: string, id: string) =>
  `(SELECT x.${column} FROM ${table} x WHERE x.organisation_id = t.organisation_id AND x.id = t.${id})`;

/** In deletion order: a row is deleted before the rows its condition reads. */
export const PERSONAL_TABLES: readonly PersonalTable[] = [
  // identity
  {
    context: 'identity',
    table: 'refresh_token',
    label: 'session refresh tokens',
    rows: `t.session_id IN (SELECT s.id FROM auth_session s WHERE s.organisation_id = person.org AND s.user_id = person.u)`,
    exported: [],
  },
  {
    context: 'identity',
    table: 'auth_session',
    label: 'sign-in sessions',
    rows: 't.user_id = person.u',
    exported: ['id', 'created_at', 'signed_in_with', 'expires_at', 'revoked_at', 'revoked_reason'],
  },
  {
    context: 'identity',
    table: 'scim_user',
    label: 'your organisation directory’s record of you',
    rows: 't.membership_id = person.m',
    exported: ['external_id', 'created_at', 'updated_at'],
  },
  {
    context: 'identity',
    table: 'scim_group_member',
    label: 'your organisation directory’s groups you are in',
    rows: 't.membership_id = person.m',
    exported: [`${title('scim_group', 'display_name', 'group_id')} AS "group"`, 'created_at'],
  },
  {
    context: 'identity',
    table: 'invitation',
    label: 'invitations you received',
    rows: 'lower(t.email) = person.e',
    exported: ['roles', 'department', 'grade', 'location', 'created_at', 'expires_at', 'accepted_at', 'revoked_at'],
  },
  // notifications
  {
    context: 'notifications',
    table: 'notification',
    label: 'notifications',
    rows: 't.recipient_membership_id = person.m',
    // Not the body: it quotes what others wrote (a colleague's post in a topic they follow).
    exported: ['kind', 'title', 'created_at', 'read_at'],
  },
  {
    context: 'notifications',
    table: 'notification_preference',
    label: 'your e-mail settings',
    rows: 't.membership_id = person.m',
    exported: ['email_ambassador_calls', 'updated_at'],
  },
  {
    context: 'notifications',
    table: 'email_message',
    label: 'e-mails sent to you',
    rows: 'lower(t.to_address) = person.e',
    exported: ['subject', 'status', 'created_at', 'sent_at'],
  },
  // profiles
  {
    context: 'profiles',
    table: 'profile_skill',
    label: 'skills on your profile',
    rows: `t.profile_id IN (SELECT p.id FROM profile p WHERE p.organisation_id = person.org AND p.membership_id = person.m)`,
    exported: [`${title('skill', 'name', 'skill_id')} AS "skill"`, 'kind', 'level', 'years', 'created_at'],
  },
  {
    context: 'profiles',
    table: 'skill_suggestion',
    label: 'skills suggested from your profile text',
    rows: `t.profile_id IN (SELECT p.id FROM profile p WHERE p.organisation_id = person.org AND p.membership_id = person.m)`,
    exported: [
      `${title('skill', 'name', 'skill_id')} AS "skill"`,
      'sentence',
      'source',
      'status',
      'created_at',
      'decided_at',
    ],
  },
  {
    context: 'profiles',
    table: 'profile_reminder',
    label: 'reminders to complete your profile',
    rows: 't.membership_id = person.m',
    exported: ['month', 'sent_at'],
  },
  {
    context: 'profiles',
    table: 'profile',
    label: 'profile',
    rows: 't.membership_id = person.m',
    exported: [
      'display_name',
      'headline',
      'bio',
      'cv_text',
      'links',
      'interests',
      'available_hours_per_month',
      'photo_url',
      'visibility',
      'interests_targeting_consent',
      'completion_reminders',
      'created_at',
      'updated_at',
    ],
  },
  {
    context: 'profiles',
    table: 'profile_audit_event',
    label: 'audit entries about you and by you',
    rows: 't.subject_membership_id = person.m OR t.actor_membership_id = person.m',
    exported: [
      'action',
      `CASE WHEN t.actor_membership_id = person.m THEN 'you' ELSE 'another member' END AS "actor"`,
      `CASE WHEN t.subject_membership_id = person.m THEN 'you' WHEN t.subject_membership_id IS NOT NULL THEN 'another member' END AS "subject"`,
      'CASE WHEN t.actor_membership_id = person.m THEN t.query END AS query',
      'created_at',
    ],
    // What they did stays in the organisation's audit trail, no longer naming them.
    erased: 't.subject_membership_id = person.m',
  },
  // ambassadors
  {
    context: 'ambassadors',
    table: 'intake_note',
    label: 'intake notes the comms team wrote about you',
    rows: `t.sign_up_id IN (SELECT s.id FROM sign_up s WHERE s.organisation_id = person.org AND s.membership_id = person.m)`,
    exported: [`${title('sign_up', 'call_id', 'sign_up_id')} AS "call_id"`, 'body', 'created_at'],
  },
  {
    context: 'ambassadors',
    table: 'sign_up',
    label: 'sign-ups to ambassador calls',
    rows: 't.membership_id = person.m',
    exported: [
      'call_id',
      `${title('ambassador_call', 'title', 'call_id')} AS "call"`,
      'motivation',
      'ideas',
      'availability',
      'available_hours_per_month',
      'status',
      'status_changed_at',
      'created_at',
      // The structured intake comms recorded (skills by id: the skills catalogue names them).
      'intake_channels',
      'intake_channels_other',
      'intake_confidence',
      'intake_wants_to_do',
      'intake_hours_per_month',
      'intake_recorded_at',
      'intake_copied_at',
    ],
  },
  // tasks and matching
  {
    context: 'tasks',
    table: 'skill_endorsement',
    label: 'skill endorsements',
    rows: 't.membership_id = person.m',
    exported: [`${title('skill', 'name', 'skill_id')} AS "skill"`, 'created_at'],
  },
  {
    context: 'tasks',
    table: 'assignment',
    label: 'task assignments',
    rows: 't.membership_id = person.m',
    exported: [
      `${title('comms_task', 'title', 'task_id')} AS "task"`,
      'status',
      'score',
      'explanation',
      'offer_message',
      'offered_at',
      'accepted_at',
      'declined_at',
      'decline_reason',
      'withdrawn_at',
      'withdraw_reason',
      'completed_at',
      'work_done',
      'feedback',
      'impact',
      'hours_contributed',
      'endorsed_at',
      'created_at',
    ],
  },
  {
    context: 'tasks',
    table: 'workshop_registration',
    label: 'workshop registrations',
    rows: 't.membership_id = person.m',
    exported: [
      `${title('comms_task', 'title', 'task_id')} AS "workshop"`,
      `${title('comms_task', 'starts_at', 'task_id')} AS "starts_at"`,
      'status',
      'registered_at',
      'waitlisted_at',
      'cancelled_at',
      'reminded_at',
      'created_at',
    ],
  },
  {
    context: 'matching',
    table: 'match_suggestion',
    label: 'tasks matched to you',
    rows: 't.membership_id = person.m',
    exported: [`${title('comms_task', 'title', 'task_id')} AS "task"`, 'score', 'explanation', 'computed_at'],
  },
  // community
  {
    context: 'community',
    table: 'reaction',
    label: 'reactions',
    rows: 't.membership_id = person.m',
    exported: ['post_id', 'kind', 'created_at'],
  },
  {
    context: 'community',
    table: 'follow',
    label: 'follows',
    rows: 't.follower_membership_id = person.m',
    exported: [
      'target_type',
      // Whom they follow is theirs; which person that is, is not: people are left as "a member".
      `CASE WHEN t.target_type = 'MEMBER' THEN NULL ELSE t.target_id END AS "target_id"`,
      'following',
      'created_at',
    ],
    erased: `t.follower_membership_id = person.m OR (t.target_type = 'MEMBER' AND t.target_id = person.m)`,
  },
  {
    context: 'community',
    table: 'group_member',
    label: 'group memberships',
    rows: 't.membership_id = person.m',
    exported: [`${title('community_group', 'name', 'group_id')} AS "group"`, 'role', 'status', 'created_at'],
  },
  {
    context: 'community',
    table: 'topic_manager',
    label: 'topics you manage',
    rows: 't.membership_id = person.m',
    exported: [`${title('topic', 'tag', 'topic_id')} AS "topic"`, 'created_at'],
  },
  {
    context: 'community',
    table: 'community_member',
    label: 'community settings',
    rows: 't.membership_id = person.m',
    exported: ['follow_everyone', 'digest_frequency', 'last_digest_at', 'created_at'],
  },
  {
    context: 'community',
    table: 'community_visit',
    label: 'days you visited the community',
    rows: 't.membership_id = person.m',
    exported: ['day'],
  },
  {
    context: 'community',
    table: 'comment',
    label: 'comments',
    rows: 't.author_membership_id = person.m',
    exported: ['id', 'post_id', 'parent_comment_id', 'body', 'edited_at', 'created_at'],
    erased: null,
  },
  {
    context: 'community',
    table: 'post',
    label: 'posts',
    rows: 't.author_membership_id = person.m',
    exported: ['id', 'kind', 'body', 'link_url', 'link_title', 'hashtags', 'edited_at', 'created_at'],
    erased: null,
  },
  // campaigns
  {
    context: 'campaigns',
    table: 'campaign_share',
    label: 'campaign shares',
    rows: 't.membership_id = person.m',
    exported: [
      `${title('campaign', 'name', 'campaign_id')} AS "campaign"`,
      'channel',
      'form',
      'url',
      'title',
      'shared_on',
      'likes',
      'comments',
      'reshares',
      'views',
      'created_at',
    ],
  },
  {
    context: 'campaigns',
    table: 'campaign_reminder',
    label: 'campaign reminders',
    rows: 't.membership_id = person.m',
    exported: [`${title('campaign', 'name', 'campaign_id')} AS "campaign"`, 'period_index', 'created_at'],
  },
  {
    context: 'campaigns',
    table: 'survey_response',
    label: 'survey answers (anonymous ones included: only you receive them)',
    // Anonymous answers store no member, only the keyed hash of it (campaigns' respondent-key.ts).
    rows: 't.membership_id = person.m OR t.respondent_key = ANY(person.k)',
    exported: [`${title('survey', 'title', 'survey_id')} AS "survey"`, 'answers', 'created_at', 'updated_at'],
  },
  {
    context: 'campaigns',
    table: 'buddy_message',
    label: 'messages to your buddies',
    rows: 't.author_membership_id = person.m',
    exported: ['pair_id', 'body', 'created_at'],
  },
  {
    context: 'campaigns',
    table: 'buddy_pair',
    label: 'buddy pairs',
    rows: 'person.m = ANY(t.member_ids)',
    exported: ['id', `${title('campaign', 'name', 'campaign_id')} AS "campaign"`, 'round', 'created_at'],
    erased: null,
  },
  // privacy
  // integrations
  {
    context: 'integrations',
    table: 'calendar_feed',
    label: 'your calendar subscription links',
    rows: 't.membership_id = person.m',
    // Not the hash of the link's secret: it is only good for checking a link.
    exported: ['created_at', 'revoked_at'],
  },
  {
    context: 'privacy',
    table: 'privacy_request',
    label: 'requests to download or erase your data',
    rows: 't.membership_id = person.m',
    exported: ['kind', 'status', 'not_before', 'expires_at', 'created_at', 'completed_at'],
    // The erasure request itself becomes the receipt (without the person); exports go.
    erased: `t.membership_id = person.m AND t.kind = 'EXPORT'`,
  },
  // The membership last: the conditions above do not read it, but nothing should outlive it.
  {
    context: 'identity',
    table: 'membership',
    label: 'membership of this organisation',
    rows: 't.id = person.m',
    exported: ['id', 'roles', 'department', 'grade', 'location', 'status', 'created_at'],
  },
];
