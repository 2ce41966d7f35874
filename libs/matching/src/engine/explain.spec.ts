import { CTX, makeTask, makeVolunteer } from './test-fixtures';
import { isExclusion, isMatch, score } from './score';
import type { MatchResult, TaskInput, VolunteerInput } from './types';

function explanation(v: VolunteerInput, t: TaskInput): string {
  const r: MatchResult = score(v, t, CTX);
  if (!isMatch(r)) throw new Error(`expected a match, got ${r.reason}`);
  return r.explanation;
}

function exclusionMessage(v: VolunteerInput, t: TaskInput): string {
  const r = score(v, t, CTX);
  if (!isExclusion(r)) throw new Error('expected an exclusion');
  return r.message;
}

const socialTask = makeTask({
  id: 't',
  kind: 'SOCIAL_ACCOUNT',
  effortHours: 4,
  acceptsLearners: true,
  requiredSkills: [
    { skillId: 'twitter', minLevel: 3, weight: 2 },
    { skillId: 'seo', minLevel: 2, weight: 1 },
  ],
});

describe('explanations', () => {
  it('reads as one short sentence of skills, presence, hours and learning goals', () => {
    const v = makeVolunteer({
      id: 'v',
      skills: [{ skillId: 'twitter', level: 4 }],
      wantsToDevelop: ['seo'],
      links: [{ kind: 'BLOG' }],
      availableHoursPerMonth: 8,
      committedHoursPerMonth: 2,
    });
    expect(explanation(v, socialTask)).toBe(
      'Twitter: level 4, needs 3 · SEO: needs 2, not on profile · has a blog · 6 h/month free, task needs 4 h · wants to develop SEO',
    );
  });

  it('is honest about shortfalls', () => {
    const v = makeVolunteer({
      id: 'v',
      skills: [{ skillId: 'copywriting', level: 2 }],
    });
    const t = makeTask({
      id: 't',
      kind: 'CONTENT_CREATION',
      requiredSkills: [{ skillId: 'copywriting', minLevel: 3, weight: 1 }],
    });
    expect(explanation(v, t)).toContain('Copywriting: level 2, needs 3');
  });

  it('names the related skill that earned credit', () => {
    const v = makeVolunteer({
      id: 'v',
      skills: [{ skillId: 'linkedin', level: 4 }],
    });
    const t = makeTask({
      id: 't',
      requiredSkills: [{ skillId: 'twitter', minLevel: 3, weight: 1 }],
    });
    expect(explanation(v, t)).toContain('Twitter: needs 3, related LinkedIn level 4');
  });

  it('mentions shared interests only with targeting consent', () => {
    const t = makeTask({
      id: 't',
      requiredSkills: [{ skillId: 'twitter', minLevel: 1, weight: 1 }],
      interestTags: ['Sustainability'],
    });
    const base = makeVolunteer({
      id: 'v',
      skills: [{ skillId: 'twitter', level: 2 }],
      interests: ['sustainability'],
    });
    expect(explanation(base, t)).not.toContain('sustainability');
    expect(explanation({ ...base, targetingConsent: true }, t)).toContain('interested in sustainability');
  });

  it('mentions experience and, honestly, a fairness penalty', () => {
    const v = makeVolunteer({
      id: 'v',
      skills: [{ skillId: 'twitter', level: 3 }],
      pastTaskKinds: { SOCIAL_ACCOUNT: 2 },
      recentAsks: 3,
      activeAssignments: 1,
    });
    const text = explanation(
      v,
      makeTask({
        id: 't',
        requiredSkills: [{ skillId: 'twitter', minLevel: 3, weight: 1 }],
      }),
    );
    expect(text).toContain('done 2 social-account tasks before');
    expect(text).toContain('asked 3 times recently, already on 1 task');
  });

  it('says so when a task needs no particular skill', () => {
    expect(explanation(makeVolunteer({ id: 'v' }), makeTask({ id: 't', kind: 'OTHER' }))).toMatch(
      /^no specific skills required · /,
    );
  });

  it('explains exclusions in plain words', () => {
    const v = makeVolunteer({
      id: 'v',
      skills: [{ skillId: 'twitter', level: 3 }],
    });
    const t = makeTask({
      id: 't',
      requiredSkills: [{ skillId: 'twitter', minLevel: 3, weight: 1 }],
      effortHours: 4,
    });
    expect(exclusionMessage({ ...v, availableHoursPerMonth: 5, committedHoursPerMonth: 2 }, t)).toBe(
      'Only 3 h/month free, task needs 4 h',
    );
    expect(
      exclusionMessage(
        { ...v, busy: [{ start: '2025-06-02', end: '2025-06-09' }] },
        { ...t, start: '2025-06-05', due: '2025-06-30' },
      ),
    ).toBe('Busy 2025-06-02 – 2025-06-09, which clashes with the task dates');
    expect(exclusionMessage({ ...v, isActiveAmbassador: false }, { ...t, ambassadorsOnly: true })).toMatch(
      /ambassadors only/,
    );
  });
});
