import { MATCHING_DEBOUNCE_MS, matchTaskJob, matchVolunteerJob } from '@crowdcomms/queue';
import { MatchPlan, MatchPlanStatus } from './match-plan.entity';
import { toPlanView } from './matching.resolver';

describe('matching refresh jobs', () => {
  const org = '00000000-0000-4000-8000-000000000001';
  const member = '00000000-0000-4000-8000-000000000002';

  it('share one stable id within a debounce window and run after it', () => {
    const start = 1_000 * MATCHING_DEBOUNCE_MS;
    const a = matchVolunteerJob(org, member, start + 1);
    const b = matchVolunteerJob(org, member, start + MATCHING_DEBOUNCE_MS - 1);
    const c = matchVolunteerJob(org, member, start + MATCHING_DEBOUNCE_MS);
    expect(a.jobId).toBe(b.jobId);
    expect(c.jobId).not.toBe(a.jobId);
    expect(a.payload.notBefore).toBe(start + MATCHING_DEBOUNCE_MS);
    expect(a.jobId).not.toContain(':');
    expect(matchTaskJob(org, member, start).jobId).not.toBe(matchVolunteerJob(org, member, start).jobId);
  });
});

describe('toPlanView', () => {
  const plan = (lines: MatchPlan['lines']): MatchPlan => ({
    id: 'p',
    organisationId: 'o',
    status: MatchPlanStatus.READY,
    requestedByMembershipId: 'm',
    method: 'heuristic',
    total: lines.reduce((s, l) => s + l.score, 0),
    upperBound: null,
    lines,
    error: null,
    createdAt: new Date(0),
    computedAt: new Date(0),
    offeredAt: null,
  });

  it('groups picks per task with their totals', () => {
    const view = toPlanView(
      plan([
        { taskId: 't1', membershipId: 'a', score: 0.5, explanation: 'x' },
        { taskId: 't1', membershipId: 'b', score: 0.25, explanation: 'y' },
        { taskId: 't2', membershipId: 'a', score: 0.75, explanation: 'z', outcome: 'OFFERED', assignmentId: 'as' },
      ]),
    );
    expect(view.tasks.map((t) => [t.taskId, t.picks.map((p) => p.memberId), t.total])).toEqual([
      ['t1', ['a', 'b'], 0.75],
      ['t2', ['a'], 0.75],
    ]);
    expect(view.lines[2]).toMatchObject({ outcome: 'OFFERED', assignmentId: 'as', error: null });
  });

  it('shows an empty plan as empty lists', () => {
    expect(toPlanView(plan([]))).toMatchObject({ lines: [], tasks: [], total: 0 });
  });
});
