import {
  cancelRegistrationSql,
  claimDueRemindersSql,
  insertRegistrationSql,
  resizePlacesSql,
  takePlaceSql,
} from './workshops.sql';

const ORG = '11111111-1111-4111-8111-111111111111';
const TASK = '33333333-3333-4333-8333-333333333333';
const MEMBER = '44444444-4444-4444-8444-444444444444';
const flat = (sql: string) => sql.replace(/\s+/g, ' ').trim();

describe('workshop place statements', () => {
  it('takes a place of the organisation’s open workshop only while one is free', () => {
    const { text, values } = takePlaceSql(ORG, TASK);
    expect(values).toEqual([ORG, TASK]);
    expect(flat(text)).toContain(
      "WHERE organisation_id = $1 AND id = $2 AND kind = 'WORKSHOP' AND status IN ('OPEN', 'FILLED') AND attendee_capacity IS NOT NULL AND attendees_registered < attendee_capacity",
    );
  });

  it('never sets the capacity below the places taken', () => {
    const { text, values } = resizePlacesSql(ORG, TASK, 4);
    expect(values).toEqual([ORG, TASK, 4]);
    expect(flat(text)).toContain(
      'WHERE organisation_id = $1 AND id = $2 AND attendees_registered <= COALESCE($3::int, 0)',
    );
  });

  it('registers a member once per workshop (the live partial index), waitlisted until a place is taken', () => {
    const { text, values } = insertRegistrationSql(ORG, TASK, MEMBER);
    expect(values).toEqual([ORG, TASK, MEMBER]);
    expect(flat(text)).toContain(
      "ON CONFLICT (organisation_id, task_id, membership_id) WHERE status IN ('REGISTERED', 'WAITLISTED') DO NOTHING",
    );
  });

  it('cancels the member’s own live registration, reading its old status under the row lock', () => {
    const { text, values } = cancelRegistrationSql(ORG, TASK, MEMBER);
    expect(values).toEqual([ORG, TASK, MEMBER]);
    expect(flat(text)).toContain('WHERE organisation_id = $1 AND task_id = $2 AND membership_id = $3');
    expect(flat(text)).toContain('FOR UPDATE) old');
  });

  it('claims each due reminder once: registered, not yet reminded, starting within a day', () => {
    const now = new Date('2027-01-13T18:00:00Z');
    const { text, values } = claimDueRemindersSql(ORG, now);
    expect(values).toEqual([ORG, now]);
    expect(flat(text)).toContain("r.status = 'REGISTERED' AND r.reminded_at IS NULL");
    expect(flat(text)).toContain("t.starts_at > $2 AND t.starts_at <= $2::timestamptz + interval '24 hours'");
  });
});
