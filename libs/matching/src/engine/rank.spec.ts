import fc from 'fast-check';
import { CTX, makeTask, makeVolunteer } from './test-fixtures';
import {
  bruteForceTopCandidates,
  bruteForceTopTasks,
  generateCandidateEdges,
  topCandidatesForTask,
  topTasksForVolunteer,
} from './rank';
import { isMatch, score } from './score';
import { buildSkillIndex } from './skill-index';
import type { MatchContext, TaskInput, VolunteerInput } from './types';

const twitterTask = makeTask({
  id: 'task',
  requiredSkills: [{ skillId: 'twitter', minLevel: 3, weight: 1 }],
});

describe('topCandidatesForTask', () => {
  const volunteers = [
    makeVolunteer({ id: 'novice', skills: [{ skillId: 'twitter', level: 2 }] }),
    makeVolunteer({ id: 'expert', skills: [{ skillId: 'twitter', level: 4 }] }),
    makeVolunteer({
      id: 'paused',
      status: 'PAUSED',
      skills: [{ skillId: 'twitter', level: 5 }],
    }),
    makeVolunteer({
      id: 'videographer',
      skills: [{ skillId: 'video', level: 5 }],
    }),
    makeVolunteer({
      id: 'networker',
      skills: [{ skillId: 'linkedin', level: 5 }],
    }),
  ];

  it('puts the level-4 expert first and leaves out excluded or unrelated people', () => {
    const ranked = topCandidatesForTask(twitterTask, volunteers, 10, CTX);
    expect(ranked.map((r) => r.volunteerId)).toEqual(['expert', 'networker', 'novice']);
    expect(ranked[0].explanation).toContain('Twitter: level 4, needs 3');
    expect(ranked[1].explanation).toContain('related LinkedIn level 5');
  });

  it('returns at most k, and nothing for k = 0', () => {
    expect(topCandidatesForTask(twitterTask, volunteers, 1, CTX).map((r) => r.volunteerId)).toEqual(['expert']);
    expect(topCandidatesForTask(twitterTask, volunteers, 0, CTX)).toEqual([]);
  });

  it('breaks ties by volunteer id', () => {
    const twins = ['c', 'a', 'b'].map((id) => makeVolunteer({ id, skills: [{ skillId: 'twitter', level: 3 }] }));
    expect(topCandidatesForTask(twitterTask, twins, 3, CTX).map((r) => r.volunteerId)).toEqual(['a', 'b', 'c']);
  });

  it('accepts a prebuilt index with the same result', () => {
    const index = buildSkillIndex({ volunteers });
    expect(topCandidatesForTask(twitterTask, index, 10, CTX)).toEqual(
      topCandidatesForTask(twitterTask, volunteers, 10, CTX),
    );
  });
});

describe('topTasksForVolunteer', () => {
  it('ranks the task they are best qualified for first and skips declined ones', () => {
    const v = makeVolunteer({
      id: 'v',
      skills: [
        { skillId: 'twitter', level: 4 },
        { skillId: 'copywriting', level: 2 },
      ],
      declinedTaskIds: ['declined'],
    });
    const tasks = [
      makeTask({
        id: 'copy',
        kind: 'CONTENT_CREATION',
        requiredSkills: [{ skillId: 'copywriting', minLevel: 4, weight: 1 }],
      }),
      makeTask({
        id: 'tweet',
        requiredSkills: [{ skillId: 'twitter', minLevel: 3, weight: 1 }],
      }),
      makeTask({
        id: 'declined',
        requiredSkills: [{ skillId: 'twitter', minLevel: 1, weight: 1 }],
      }),
      makeTask({
        id: 'film',
        requiredSkills: [{ skillId: 'video', minLevel: 1, weight: 1 }],
      }),
    ];
    const ranked = topTasksForVolunteer(v, tasks, 5, CTX);
    expect(ranked.map((r) => r.taskId)).toEqual(['tweet', 'copy']);
    expect(ranked[1].explanation).toContain('Copywriting: level 2, needs 4');
  });
});

// Random instances over a small taxonomy so that skills, related skills and learners collide often.
const SKILLS = ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7'];
const skillArb = fc.constantFrom(...SKILLS);
const volunteerArb = fc.record({
  skills: fc.array(fc.record({ skillId: skillArb, level: fc.integer({ min: 1, max: 5 }) }), { maxLength: 3 }),
  wantsToDevelop: fc.array(skillArb, { maxLength: 2 }),
  interests: fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }),
  targetingConsent: fc.boolean(),
  availableHoursPerMonth: fc.integer({ min: 0, max: 16 }),
  isActiveAmbassador: fc.boolean(),
  status: fc.constantFrom('ACTIVE' as const, 'ACTIVE' as const, 'PAUSED' as const),
  recentAsks: fc.integer({ min: 0, max: 2 }),
  activeAssignments: fc.integer({ min: 0, max: 2 }),
});
const taskArb = fc.record({
  kind: fc.constantFrom('SOCIAL_ACCOUNT' as const, 'WORKSHOP' as const, 'OTHER' as const),
  requiredSkills: fc.array(
    fc.record({
      skillId: skillArb,
      minLevel: fc.integer({ min: 1, max: 5 }),
      weight: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 2 },
  ),
  effortHours: fc.integer({ min: 1, max: 6 }),
  freeSeats: fc.integer({ min: 0, max: 3 }),
  ambassadorsOnly: fc.boolean(),
  acceptsLearners: fc.boolean(),
});
const instanceArb = fc.record({
  volunteers: fc.array(volunteerArb, { minLength: 1, maxLength: 25 }),
  tasks: fc.array(taskArb, { minLength: 1, maxLength: 8 }),
  related: fc.array(fc.tuple(skillArb, skillArb), { maxLength: 5 }),
  k: fc.integer({ min: 1, max: 8 }),
});

type RawInstance = typeof instanceArb extends fc.Arbitrary<infer T> ? T : never;

function materialise(raw: RawInstance): {
  volunteers: VolunteerInput[];
  tasks: TaskInput[];
  ctx: MatchContext;
  k: number;
} {
  const relatedSkills: Record<string, string[]> = {};
  for (const [a, b] of raw.related) (relatedSkills[a] ??= []).push(b);
  return {
    // Ids in reverse creation order so id order and position order differ.
    volunteers: raw.volunteers.map((v, i) => makeVolunteer({ id: `v${String(99 - i).padStart(2, '0')}`, ...v })),
    tasks: raw.tasks.map((t, i) => makeTask({ id: `t${String(99 - i).padStart(2, '0')}`, ...t })),
    ctx: { relatedSkills },
    k: raw.k,
  };
}

describe('ranking through the skill index', () => {
  it('returns exactly the brute-force top k, both ways', () => {
    let compared = 0;
    fc.assert(
      fc.property(instanceArb, (raw) => {
        const { volunteers, tasks, ctx, k } = materialise(raw);
        const index = buildSkillIndex({ volunteers, tasks });
        for (const t of tasks) {
          const ranked = topCandidatesForTask(t, index, k, ctx);
          expect(ranked).toEqual(bruteForceTopCandidates(t, volunteers, k, ctx));
          compared += ranked.length;
        }
        for (const v of volunteers) {
          expect(topTasksForVolunteer(v, index, k, ctx)).toEqual(bruteForceTopTasks(v, tasks, k, ctx));
        }
      }),
      { numRuns: 150 },
    );
    // The property must not pass vacuously: plenty of ranked pairs were compared.
    expect(compared).toBeGreaterThan(200);
  });

  it('generates every non-excluded pair as a candidate edge, with its score', () => {
    fc.assert(
      fc.property(instanceArb, (raw) => {
        const { volunteers, tasks, ctx } = materialise(raw);
        const edges = generateCandidateEdges(buildSkillIndex({ volunteers, tasks }), ctx);
        const expected: string[] = [];
        for (const t of tasks) {
          for (const v of volunteers) {
            const r = score(v, t, ctx);
            if (isMatch(r)) expected.push(`${v.id}/${t.id}/${r.score}`);
          }
        }
        expect(edges.map((e) => `${e.volunteerId}/${e.taskId}/${e.score}`).sort()).toEqual(expected.sort());
      }),
      { numRuns: 100 },
    );
  });

  it('keeps only the best candidates per task when asked', () => {
    const volunteers = [2, 3, 4, 5].map((level, i) =>
      makeVolunteer({ id: `v${i}`, skills: [{ skillId: 'twitter', level }] }),
    );
    const edges = generateCandidateEdges(buildSkillIndex({ volunteers, tasks: [twitterTask] }), CTX, { maxPerTask: 2 });
    expect(edges.map((e) => e.volunteerId).sort()).toEqual(['v1', 'v2']);
  });
});
