import fc from 'fast-check';
import { CTX, makeTask, makeVolunteer } from './test-fixtures';
import { isExclusion, isMatch, score } from './score';
import type { MatchResult, MatchScore, TaskInput, VolunteerInput } from './types';

function matched(result: MatchResult): MatchScore {
  if (!isMatch(result)) throw new Error(`expected a match, got ${result.reason}: ${result.message}`);
  return result;
}

const twitterTask = makeTask({
  id: 'task-twitter',
  requiredSkills: [{ skillId: 'twitter', minLevel: 3, weight: 1 }],
});

describe('score', () => {
  it('ranks a level-4 Twitter user above a level-2 one for a Twitter task', () => {
    const expert = makeVolunteer({
      id: 'a',
      skills: [{ skillId: 'twitter', level: 4 }],
    });
    const novice = makeVolunteer({
      id: 'b',
      skills: [{ skillId: 'twitter', level: 2 }],
    });
    const s4 = matched(score(expert, twitterTask, CTX));
    const s2 = matched(score(novice, twitterTask, CTX));
    expect(s4.score).toBeGreaterThan(s2.score);
    expect(s4.parts.skill).toBe(1);
    // Below the minimum earns partial credit: 0.75 × 2/3.
    expect(s2.parts.skill).toBeCloseTo(0.5, 10);
  });

  it('gives partial credit for a related skill, less than the skill itself', () => {
    const related = makeVolunteer({
      id: 'r',
      skills: [{ skillId: 'linkedin', level: 4 }],
    });
    const direct = makeVolunteer({
      id: 'd',
      skills: [{ skillId: 'twitter', level: 3 }],
    });
    const r = matched(score(related, twitterTask, CTX));
    expect(r.parts.skill).toBeCloseTo(0.5, 10);
    expect(r.skills[0].related).toEqual({
      skillId: 'linkedin',
      name: 'LinkedIn',
      level: 4,
    });
    expect(matched(score(direct, twitterTask, CTX)).score).toBeGreaterThan(r.score);
  });

  it('treats related skills symmetrically', () => {
    const v = makeVolunteer({
      id: 'v',
      skills: [{ skillId: 'twitter', level: 5 }],
    });
    const linkedinTask = makeTask({
      id: 't',
      requiredSkills: [{ skillId: 'linkedin', minLevel: 2, weight: 1 }],
    });
    expect(matched(score(v, linkedinTask, CTX)).parts.skill).toBeCloseTo(0.5, 10);
  });

  it('weights required skills by their weight', () => {
    const task = makeTask({
      id: 't',
      requiredSkills: [
        { skillId: 'twitter', minLevel: 3, weight: 3 },
        { skillId: 'video', minLevel: 3, weight: 1 },
      ],
    });
    const twitterOnly = makeVolunteer({
      id: 'a',
      skills: [{ skillId: 'twitter', level: 3 }],
    });
    const videoOnly = makeVolunteer({
      id: 'b',
      skills: [{ skillId: 'video', level: 3 }],
    });
    expect(matched(score(twitterOnly, task, CTX)).parts.skill).toBeCloseTo(0.75, 10);
    expect(matched(score(videoOnly, task, CTX)).parts.skill).toBeCloseTo(0.25, 10);
  });

  it('rewards wanting to develop a required skill only when the task accepts learners', () => {
    const learner = makeVolunteer({
      id: 'l',
      skills: [{ skillId: 'twitter', level: 3 }],
      wantsToDevelop: ['twitter'],
    });
    const plain = makeVolunteer({
      id: 'p',
      skills: [{ skillId: 'twitter', level: 3 }],
    });
    const open = { ...twitterTask, acceptsLearners: true };
    expect(matched(score(learner, open, CTX)).parts.development).toBe(1);
    expect(matched(score(learner, open, CTX)).score).toBeGreaterThan(matched(score(plain, open, CTX)).score);
    expect(matched(score(learner, twitterTask, CTX)).parts.development).toBe(0);
    expect(matched(score(learner, twitterTask, CTX)).score).toBe(matched(score(plain, twitterTask, CTX)).score);
  });

  it('lets a pure learner in only when the task accepts learners', () => {
    const learner = makeVolunteer({ id: 'l', wantsToDevelop: ['twitter'] });
    expect(isMatch(score(learner, { ...twitterTask, acceptsLearners: true }, CTX))).toBe(true);
    const closed = score(learner, twitterTask, CTX);
    expect(isExclusion(closed) && closed.reason).toBe('NO_RELEVANT_SKILL');
  });

  it('ignores interests without targeting consent', () => {
    const task = {
      ...twitterTask,
      interestTags: ['Sustainability', 'wellbeing'],
    };
    const skills = [{ skillId: 'twitter', level: 3 }];
    const noConsent = makeVolunteer({
      id: 'a',
      skills,
      interests: ['#sustainability'],
      targetingConsent: false,
    });
    const noInterests = makeVolunteer({
      id: 'b',
      skills,
      targetingConsent: true,
    });
    const consent = makeVolunteer({
      id: 'c',
      skills,
      interests: ['#sustainability'],
      targetingConsent: true,
    });
    const a = matched(score(noConsent, task, CTX));
    expect(a.parts.interest).toBe(0);
    expect(a.score).toBe(matched(score(noInterests, task, CTX)).score);
    const c = matched(score(consent, task, CTX));
    expect(c.parts.interest).toBeCloseTo(0.5, 10);
    expect(c.score).toBeGreaterThan(a.score);
  });

  it('prefers volunteers with more free hours relative to the effort', () => {
    const skills = [{ skillId: 'twitter', level: 3 }];
    const tight = makeVolunteer({ id: 'a', skills, availableHoursPerMonth: 4 });
    const roomy = makeVolunteer({
      id: 'b',
      skills,
      availableHoursPerMonth: 10,
      committedHoursPerMonth: 2,
    });
    expect(matched(score(tight, twitterTask, CTX)).parts.availability).toBe(0);
    expect(matched(score(roomy, twitterTask, CTX)).parts.availability).toBe(1);
  });

  it('counts past experience with the same kind of task only', () => {
    const skills = [{ skillId: 'twitter', level: 3 }];
    const veteran = makeVolunteer({
      id: 'a',
      skills,
      pastTaskKinds: { SOCIAL_ACCOUNT: 3 },
    });
    const other = makeVolunteer({
      id: 'b',
      skills,
      pastTaskKinds: { WORKSHOP: 5 },
    });
    expect(matched(score(veteran, twitterTask, CTX)).parts.experience).toBeCloseTo(0.75, 10);
    expect(matched(score(other, twitterTask, CTX)).parts.experience).toBe(0);
  });

  it('lowers the score of people asked often or already busy (fairness)', () => {
    const skills = [{ skillId: 'twitter', level: 4 }];
    const fresh = matched(score(makeVolunteer({ id: 'a', skills }), twitterTask, CTX));
    const asked = matched(score(makeVolunteer({ id: 'b', skills, recentAsks: 3 }), twitterTask, CTX));
    const loaded = matched(score(makeVolunteer({ id: 'c', skills, activeAssignments: 2 }), twitterTask, CTX));
    const both = matched(
      score(makeVolunteer({ id: 'd', skills, recentAsks: 3, activeAssignments: 2 }), twitterTask, CTX),
    );
    expect(asked.score).toBeLessThan(fresh.score);
    expect(loaded.score).toBeLessThan(fresh.score);
    expect(both.score).toBeLessThan(asked.score);
    expect(asked.parts.fairnessPenalty).toBeCloseTo(0.5, 10);
  });

  it('lets the weights be tuned through the context', () => {
    const v = makeVolunteer({
      id: 'a',
      skills: [{ skillId: 'twitter', level: 4 }],
      recentAsks: 6,
    });
    const fresh = makeVolunteer({
      id: 'b',
      skills: [{ skillId: 'twitter', level: 4 }],
    });
    const noFairness = { ...CTX, weights: { fairness: 0 } };
    expect(matched(score(v, twitterTask, noFairness)).score).toBe(matched(score(fresh, twitterTask, noFairness)).score);
  });

  it('gives a neutral skill part to tasks that require no skills', () => {
    const r = matched(score(makeVolunteer({ id: 'a' }), makeTask({ id: 't', kind: 'OTHER' }), CTX));
    expect(r.parts.skill).toBe(0.5);
  });

  describe('hard exclusions', () => {
    const base = makeVolunteer({
      id: 'v',
      skills: [{ skillId: 'twitter', level: 4 }],
    });
    const cases: [string, VolunteerInput, TaskInput, string][] = [
      ['deactivated', { ...base, status: 'DEACTIVATED' }, twitterTask, 'DEACTIVATED'],
      ['paused', { ...base, status: 'PAUSED' }, twitterTask, 'PAUSED'],
      [
        'not an active ambassador on an ambassadors-only task',
        { ...base, isActiveAmbassador: false },
        { ...twitterTask, ambassadorsOnly: true },
        'NOT_AMBASSADOR',
      ],
      ['declined before', { ...base, declinedTaskIds: ['task-twitter'] }, twitterTask, 'DECLINED'],
      ['no free seats', base, { ...twitterTask, freeSeats: 0 }, 'NO_FREE_SEATS'],
      [
        'not enough free hours',
        { ...base, availableHoursPerMonth: 6, committedHoursPerMonth: 3 },
        twitterTask,
        'NOT_ENOUGH_HOURS',
      ],
      [
        'busy during the task',
        { ...base, busy: [{ start: '2025-03-03', end: '2025-03-06' }] },
        { ...twitterTask, start: '2025-03-01', due: '2025-03-04' },
        'DATE_CLASH',
      ],
      ['no relevant skill', { ...base, skills: [{ skillId: 'video', level: 5 }] }, twitterTask, 'NO_RELEVANT_SKILL'],
    ];
    it.each(cases)('excludes when %s', (_label, v, t, reason) => {
      const r = score(v, t, CTX);
      expect(r).toMatchObject({
        outcome: 'excluded',
        reason,
        reasons: [reason],
        volunteerId: v.id,
        taskId: t.id,
      });
      expect(isExclusion(r) && r.message.length).toBeGreaterThan(0);
    });

    it('does not exclude a non-ambassador from an open task', () => {
      expect(isMatch(score({ ...base, isActiveAmbassador: false }, twitterTask, CTX))).toBe(true);
    });

    it('allows exactly enough free hours', () => {
      expect(isMatch(score({ ...base, availableHoursPerMonth: 7, committedHoursPerMonth: 3 }, twitterTask, CTX))).toBe(
        true,
      );
    });

    it('does not see a clash with a busy period that ends when the task starts', () => {
      const v = {
        ...base,
        busy: [{ start: new Date('2025-02-20'), end: new Date('2025-03-01') }],
      };
      expect(isMatch(score(v, { ...twitterTask, start: '2025-03-01', due: '2025-03-10' }, CTX))).toBe(true);
    });

    it('treats a task with only a due date as that instant', () => {
      const v = { ...base, busy: [{ start: '2025-03-01', end: '2025-03-10' }] };
      expect(score(v, { ...twitterTask, due: '2025-03-05' }, CTX)).toMatchObject({ reason: 'DATE_CLASH' });
      expect(isMatch(score(v, { ...twitterTask, due: '2025-03-12' }, CTX))).toBe(true);
    });

    it('lists every reason that applies, the first as the reason', () => {
      const r = score(
        { ...base, status: 'PAUSED', declinedTaskIds: ['task-twitter'] },
        { ...twitterTask, freeSeats: 0 },
        CTX,
      );
      expect(r).toMatchObject({
        reason: 'PAUSED',
        reasons: ['PAUSED', 'DECLINED', 'NO_FREE_SEATS'],
      });
    });

    it('rejects invalid dates loudly', () => {
      expect(() => score({ ...base, busy: [{ start: 'soon', end: 'later' }] }, twitterTask, CTX)).toThrow(RangeError);
    });
  });

  it('is a deterministic score in [0, 1] for any input', () => {
    const skill = fc.constantFrom('twitter', 'linkedin', 'copywriting', 'seo', 'editing', 'video');
    const volunteer = fc.record({
      skills: fc.array(fc.record({ skillId: skill, level: fc.integer({ min: 1, max: 5 }) }), { maxLength: 4 }),
      wantsToDevelop: fc.array(skill, { maxLength: 2 }),
      interests: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
      targetingConsent: fc.boolean(),
      availableHoursPerMonth: fc.integer({ min: 0, max: 20 }),
      recentAsks: fc.integer({ min: 0, max: 20 }),
      activeAssignments: fc.integer({ min: 0, max: 10 }),
      pastTaskKinds: fc.record({
        SOCIAL_ACCOUNT: fc.integer({ min: 0, max: 9 }),
      }),
      links: fc.array(
        fc.record({
          kind: fc.constantFrom('BLOG' as const, 'TWITTER' as const, 'WEBSITE' as const),
        }),
        { maxLength: 3 },
      ),
    });
    const task = fc.record({
      requiredSkills: fc.array(
        fc.record({
          skillId: skill,
          minLevel: fc.integer({ min: 1, max: 5 }),
          weight: fc.integer({ min: 0, max: 5 }),
        }),
        { maxLength: 3 },
      ),
      effortHours: fc.integer({ min: 0, max: 10 }),
      acceptsLearners: fc.boolean(),
      interestTags: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(volunteer, task, (v, t) => {
        const vi = makeVolunteer({ id: 'v', ...v });
        const ti = makeTask({ id: 't', ...t });
        const r1 = score(vi, ti, CTX);
        expect(score(vi, ti, CTX)).toEqual(r1);
        if (isMatch(r1)) {
          expect(r1.score).toBeGreaterThanOrEqual(0);
          expect(r1.score).toBeLessThanOrEqual(1);
          for (const part of Object.values(r1.parts)) {
            expect(part).toBeGreaterThanOrEqual(0);
            expect(part).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
