import { buddyCompletionSql, recordBuddyMeetingSql, upsertBaselineShareSql } from './campaigns.sql';

const ORG = '11111111-1111-4111-8111-111111111111';
const ID = '22222222-2222-4222-8222-222222222222';
const ME = '33333333-3333-4333-8333-333333333333';
const flat = (sql: string) => sql.replace(/\s+/g, ' ').trim();

describe('campaign statements', () => {
  it('records a baseline share marked as such, updating only the same participant’s baseline share of the URL', () => {
    const { text, values } = upsertBaselineShareSql(ORG, {
      campaignId: ID,
      membershipId: ME,
      channel: 'BLOG',
      form: 'BLOG_POST',
      url: 'https://example.org/a',
      title: 'A',
      sharedOn: '2026-01-02',
    });
    expect(values[0]).toBe(ORG);
    expect(flat(text)).toContain('VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true)');
    expect(flat(text)).toContain('campaign_share.membership_id = EXCLUDED.membership_id');
    expect(flat(text)).toContain('AND campaign_share.baseline');
  });

  it('marks a pair as met only once, within the organisation', () => {
    const { text, values } = recordBuddyMeetingSql(ORG, ID, ME);
    expect(values).toEqual([ORG, ID, ME]);
    expect(flat(text)).toContain('WHERE organisation_id = $1 AND id = $2 AND met_at IS NULL');
  });

  it('counts pairs and meetings per round of one campaign', () => {
    const { text, values } = buddyCompletionSql(ORG, ID);
    expect(values).toEqual([ORG, ID]);
    expect(flat(text)).toContain('WHERE organisation_id = $1 AND campaign_id = $2 GROUP BY round');
  });
});
