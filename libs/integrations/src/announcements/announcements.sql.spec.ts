import { destinationsAnnouncingSql, recordDeliverySql, recordFailureSql } from './announcements.sql';

const org = '00000000-0000-4000-8000-000000000001';
const id = '00000000-0000-4000-8000-000000000002';

describe('announcement destination statements', () => {
  it('finds only the organisation’s live destinations that chose the event', () => {
    const statement = destinationsAnnouncingSql(org, 'NEW_AMBASSADOR_CALL');
    expect(statement.values).toEqual([org, 'NEW_AMBASSADOR_CALL']);
    expect(statement.text).toMatch(/organisation_id = \$1 AND paused_at IS NULL AND \$2 = ANY\(events\)/);
  });

  it('ends the failure streak on a delivery, and pauses at the limit of failures in a row', () => {
    expect(recordDeliverySql(org, id).text).toMatch(/consecutive_failures = 0/);
    const failed = recordFailureSql(org, id, 'x'.repeat(400), 5);
    expect(failed.values).toEqual([org, id, 'x'.repeat(300), 5]);
    expect(failed.text).toMatch(/consecutive_failures \+ 1 >= \$4 THEN COALESCE\(paused_at, now\(\)\)/);
  });
});
