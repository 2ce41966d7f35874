import { RETENTION_KINDS, RetentionKind } from './retention-kind';
import { deleteExpiredSql, deleteExpiredUnownedEmailsSql, recordRunSql, setPeriodSql } from './retention.sql';

const ORG = '00000000-0000-4000-8000-000000000001';
const CUTOFF = new Date('2026-06-01T00:00:00Z');

describe('retention statements', () => {
  it.each(RETENTION_KINDS)('delete one batch of %s, bound to the organisation', (kind) => {
    const statement = deleteExpiredSql(ORG, kind, CUTOFF, 500);
    expect(statement.organisationId).toBe(ORG);
    expect(statement.values).toEqual([ORG, CUTOFF, 500]);
    expect(statement.text).toMatch(/WHERE t\.organisation_id = \$1 AND .* LIMIT \$3\)/s);
    expect(statement.text).toMatch(/DELETE FROM \w+ \w USING doomed WHERE \w\.organisation_id = \$1/);
  });

  it('keeps live sign-ups and current suggestions, and splits searches from the rest of the audit log', () => {
    expect(deleteExpiredSql(ORG, RetentionKind.ENDED_SIGN_UPS, CUTOFF, 1).text).toContain(
      `t.status IN ('WITHDRAWN', 'DECLINED') AND t.status_changed_at < $2`,
    );
    expect(deleteExpiredSql(ORG, RetentionKind.ENDED_SIGN_UPS, CUTOFF, 1).text).toContain('DELETE FROM intake_note');
    expect(deleteExpiredSql(ORG, RetentionKind.MATCH_SUGGESTIONS, CUTOFF, 1).text).toContain(`k.status = 'OPEN'`);
    expect(deleteExpiredSql(ORG, RetentionKind.SEARCH_HISTORY, CUTOFF, 1).text).toContain(`t.action = 'SEARCH'`);
    expect(deleteExpiredSql(ORG, RetentionKind.AUDIT_EVENTS, CUTOFF, 1).text).toContain(`t.action <> 'SEARCH'`);
  });

  it('records a run and a chosen period for the organisation', () => {
    const now = new Date();
    expect(recordRunSql(ORG, RetentionKind.EMAILS, now, 3).values).toEqual([ORG, 'EMAILS', now, 3]);
    expect(setPeriodSql(ORG, RetentionKind.EMAILS, 60).values).toEqual([ORG, 'EMAILS', 60]);
  });

  it('ages e-mails of no organisation only', () => {
    const statement = deleteExpiredUnownedEmailsSql(CUTOFF, 10);
    expect(statement.organisationId).toBeUndefined();
    expect(statement.text).toContain('organisation_id IS NULL');
  });
});
