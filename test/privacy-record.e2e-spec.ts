import { dataSourceOptions } from '@crowdcomms/database';
import { exportRowsSql, PERSONAL_TABLES } from '@crowdcomms/privacy';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './utils/test-database';

/**
 * Columns that can hold text, JSON or a list but hold nothing about a person, and why.
 * Everything else must be listed in docs/privacy.md, the record of processing.
 */
const NOT_PERSONAL: Record<string, string> = {
  'ambassador_call.skill_ids': 'skills a call seeks',
  'ambassador_call.status': 'a state',
  'assignment.status': 'a state',
  'assignment.withdrawn_by': 'which side withdrew (MEMBER or COMMS)',
  'buddy_round.questions': 'the interview guide comms write for a round, about sharing, not about anyone',
  'campaign.cadence': 'a setting',
  'campaign.audience': 'a setting',
  'campaign.channels': 'the organisation’s channels',
  'campaign.hashtag': 'the campaign’s hashtag, a topic of the organisation',
  'campaign_digest.highlight_share_ids': 'ids of shares, not of people',
  'campaign_digest.last_error': 'a technical error message',
  'campaign_share.channel': 'a kind',
  'campaign_share.form': 'a kind',
  'comms_task.kind': 'a kind',
  'comms_task.status': 'a state',
  'community_group.privacy': 'a setting',
  'community_member.digest_frequency': 'a setting',
  'email_message.status': 'a state',
  'email_message.attachment': 'which calendar event to attach (a task id), rendered when sent',
  'email_message.provider_message_id': 'the mail provider’s id',
  'api_token.access': 'what a token may do',
  'sso_configuration.issuer': 'the organisation’s identity provider',
  'sso_configuration.client_id': 'the organisation’s client at its provider',
  'sso_configuration.client_secret_sealed': 'the organisation’s client secret, sealed',
  'sso_configuration.allowed_domains': 'the organisation’s e-mail domains',
  'sso_configuration.department_claim': 'the name of a claim',
  'sso_configuration.grade_claim': 'the name of a claim',
  'announcement_destination.name': 'what an admin calls a channel, e.g. "Comms team channel"',
  'announcement_destination.kind': 'a kind',
  'announcement_destination.events': 'what a channel announces',
  'announcement_destination.sealed_url': 'a channel’s webhook address, encrypted',
  'announcement_destination.url_host': 'the host of a channel’s webhook (Teams, Slack, the organisation’s own)',
  'announcement_destination.sealed_signing_secret': 'a webhook signing secret, encrypted',
  'announcement_destination.sealed_previous_signing_secret': 'the signing secret it replaced, encrypted',
  'announcement_destination.last_status': 'a state',
  'announcement_destination.last_error': 'a technical error message',
  'scim_group.display_name': 'a directory group’s name, not a person',
  'scim_group.external_id': 'the directory’s id of a group',
  'scim_group.role': 'a setting',
  'follow.target_type': 'a kind',
  'follower_snapshot.channel': 'the organisation’s channel',
  'group_member.role': 'a role in a group',
  'group_member.status': 'a state',
  'invitation.token_hash': 'the hash of a secret',
  'match_plan.status': 'a state',
  'match_plan.method': 'the optimiser used',
  'membership.status': 'a state',
  'notification.kind': 'a kind',
  'organisation.name': 'the organisation, not a person',
  'organisation.slug': 'the organisation, not a person',
  'organisation.settings': 'the organisation’s settings',
  'outbox_entry.queue': 'a queue name',
  'outbox_entry.job_name': 'a job name',
  'post.kind': 'a kind',
  'post.topic_ids': 'ids of topics',
  'privacy_request.kind': 'a kind',
  'privacy_request.status': 'a state',
  'privacy_request.token_hash': 'the hash of a secret',
  'profile_audit_event.action': 'a kind',
  'profile_skill.kind': 'a kind',
  'reaction.kind': 'a kind',
  'retention_policy.kind': 'a kind of record',
  'schema_migration.name': 'a migration',
  'sign_up.status': 'a state',
  'skill.slug': 'the skills taxonomy',
  'skill.name': 'the skills taxonomy',
  'skill.category': 'the skills taxonomy',
  'skill.aliases': 'the skills taxonomy',
  'skill.related_slugs': 'the skills taxonomy',
  'skill.description': 'the skills taxonomy',
  'skill_demand.source_kind': 'a kind',
  'skill_suggestion.source': 'which part of the profile (headline, bio, CV)',
  'skill_suggestion.status': 'a state',
  'profile_reminder.month': 'a calendar month',
  'topic.tag': 'a hashtag',
  'workshop_registration.status': 'a state',
};

/** docs/privacy.md's tables: each row's table and the columns it names as personal. */
function documented(): Map<string, Set<string>> {
  const whole = readFileSync(path.join(__dirname, '..', 'docs', 'privacy.md'), 'utf8');
  const text = whole.slice(whole.indexOf('## Tables'), whole.indexOf('## Other stores'));
  const tables = new Map<string, Set<string>>();
  for (const [, table, cell] of text.matchAll(/^\|\s*`(\w+)`\s*\|([^|]*)\|/gm)) {
    tables.set(table, new Set([...cell.matchAll(/`(\w+)`/g)].map((m) => m[1])));
  }
  return tables;
}

describe('the record of processing (docs/privacy.md)', () => {
  let db: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(db.url)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('lists every column that can hold text, JSON or a list, unless it is known to hold nothing personal', async () => {
    const columns: { table: string; column: string }[] = await dataSource.query(`
      SELECT c.table_name AS table, c.column_name AS column
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
       WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
         AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'tsvector')
       ORDER BY 1, 2`);
    expect(columns.length).toBeGreaterThan(100);
    const docs = documented();
    const unlisted = columns
      .map((c) => `${c.table}.${c.column}`)
      .filter((name) => !NOT_PERSONAL[name])
      .filter((name) => {
        const [table, column] = name.split('.');
        return !docs.get(table)?.has(column);
      });
    expect(unlisted).toEqual([]);
    // And it stays true the other way: nothing listed that does not exist, nothing listed twice.
    const existing = new Set(columns.map((c) => `${c.table}.${c.column}`));
    const stale = [...docs]
      .flatMap(([table, cols]) => [...cols].map((c) => `${table}.${c}`))
      .filter((n) => !existing.has(n));
    expect(stale).toEqual([]);
    expect(
      Object.keys(NOT_PERSONAL).filter((n) => !existing.has(n) || docs.get(n.split('.')[0])?.has(n.split('.')[1])),
    ).toEqual([]);
  });

  it('reads every catalogue table as the download does, against the real schema', async () => {
    // A column named in the catalogue (exported, or the order of rows) that a table lacks fails every download.
    const nobody = '00000000-0000-4000-8000-000000000000';
    const person = {
      organisationId: nobody,
      membershipId: nobody,
      userId: nobody,
      email: 'x@example.org',
      surveyKeys: [],
    };
    const failures: string[] = [];
    for (const entry of PERSONAL_TABLES) {
      const { text, values } = exportRowsSql(person, entry);
      await dataSource.query(text, [...values]).catch((e: Error) => failures.push(`${entry.table}: ${e.message}`));
    }
    expect(failures).toEqual([]);
  });

  it('has a row for every table whose records a person can download or have erased', () => {
    const docs = documented();
    expect(PERSONAL_TABLES.map((t) => t.table).filter((table) => !docs.has(table))).toEqual([]);
  });
});
