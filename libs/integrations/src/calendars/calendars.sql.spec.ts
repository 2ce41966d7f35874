import { memberCommitmentsSql, openFeedSql, revokeFeedsSql, taskEventSql } from './calendars.sql';

const ORG = '11111111-1111-4111-8111-111111111111';
const MEMBER = '22222222-2222-4222-8222-222222222222';
const TASK = '33333333-3333-4333-8333-333333333333';
const flat = (sql: string) => sql.replace(/\s+/g, ' ').trim();

describe('calendar statements', () => {
  it('reads one published, dated task of the organisation', () => {
    const { text, values } = taskEventSql(ORG, TASK);
    expect(values).toEqual([ORG, TASK]);
    expect(flat(text)).toContain(
      "WHERE t.organisation_id = $1 AND t.id = $2 AND t.status <> 'DRAFT' AND COALESCE(t.starts_at, t.due_at) IS NOT NULL",
    );
  });

  it('lists the member’s own accepted tasks and workshop places, and those comms cancelled from under them', () => {
    const { text, values } = memberCommitmentsSql(ORG, MEMBER);
    expect(values).toEqual([ORG, MEMBER]);
    const sql = flat(text);
    expect(sql).toContain('a.membership_id = $2');
    expect(sql).toContain('r.membership_id = $2');
    expect(sql).toContain("a.status IN ('ACCEPTED', 'COMPLETED')");
    expect(sql).toContain("r.status = 'REGISTERED'");
    expect(sql).toContain("a.withdrawn_by = 'COMMS' AND a.accepted_at IS NOT NULL AND a.withdrawn_at >= t.closed_at");
    expect(sql).toContain("WHERE t.organisation_id = $1 AND t.status <> 'DRAFT'");
  });

  it('opens a live feed only for an active member, and revokes only the member’s own', () => {
    const open = openFeedSql(ORG, 'f'.repeat(64));
    expect(open.values).toEqual([ORG, 'f'.repeat(64)]);
    expect(flat(open.text)).toContain(
      "WHERE f.organisation_id = $1 AND f.hash = $2 AND f.revoked_at IS NULL AND m.status = 'ACTIVE'",
    );
    const revoke = revokeFeedsSql(ORG, MEMBER);
    expect(revoke.values).toEqual([ORG, MEMBER]);
    expect(flat(revoke.text)).toContain('WHERE organisation_id = $1 AND membership_id = $2 AND revoked_at IS NULL');
  });
});
