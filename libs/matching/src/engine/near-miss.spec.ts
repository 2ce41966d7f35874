import { nearMissesForVolunteer, poolForTask } from './near-miss';
import { CTX, makeTask, makeVolunteer } from './test-fixtures';

const video = makeTask({
  id: 't-video',
  kind: 'CONTENT_CREATION',
  effortHours: 8,
  acceptsLearners: true,
  requiredSkills: [{ skillId: 'video', minLevel: 2, weight: 1 }],
});
const twitter = makeTask({
  id: 't-twitter',
  effortHours: 2,
  acceptsLearners: true,
  requiredSkills: [{ skillId: 'twitter', minLevel: 3, weight: 1 }],
});
const workshop = makeTask({
  id: 't-workshop',
  effortHours: 2,
  requiredSkills: [{ skillId: 'facilitation', minLevel: 1, weight: 1 }],
  start: '2027-03-01T00:00:00Z',
  due: '2027-03-10T00:00:00Z',
});

describe('near misses for a volunteer', () => {
  it('says per task what stands in the way, in their words, nearest first', () => {
    const ann = makeVolunteer({
      id: 'ann',
      skills: [{ skillId: 'facilitation', level: 3 }],
      availableHoursPerMonth: 4,
      busy: [{ start: '2027-03-05T00:00:00Z', end: '2027-03-07T00:00:00Z' }],
    });
    expect(nearMissesForVolunteer(ann, [video, twitter, workshop], CTX, 10)).toEqual([
      {
        taskId: 't-twitter',
        obstacles: [
          {
            reason: 'SKILL_BELOW_LEVEL',
            message:
              'Needs Twitter at level 3; it is not on your profile — it accepts learners if you add it to skills you want to develop',
          },
        ],
      },
      {
        taskId: 't-workshop',
        obstacles: [
          { reason: 'DATE_CLASH', message: 'Its dates clash with when you are busy (2027-03-05 – 2027-03-07)' },
        ],
      },
      {
        taskId: 't-video',
        obstacles: [
          { reason: 'NOT_ENOUGH_HOURS', message: 'Needs 8 h a month; you have 4 free' },
          {
            reason: 'SKILL_BELOW_LEVEL',
            message:
              'Needs Video at level 2; it is not on your profile — it accepts learners if you add it to skills you want to develop',
          },
        ],
      },
    ]);
  });

  it('leaves out matched, declined and taken tasks, and names the level they are at', () => {
    const bo = makeVolunteer({
      id: 'bo',
      skills: [
        { skillId: 'twitter', level: 2 },
        { skillId: 'facilitation', level: 1 },
      ],
      wantsToDevelop: ['video'],
      availableHoursPerMonth: 5,
      declinedTaskIds: ['t-workshop'],
    });
    // Twitter at 2 of 3 still matches (partial credit): not a miss. Video: hours only, and a wanted skill.
    expect(nearMissesForVolunteer(bo, [video, twitter, workshop], CTX, 10)).toEqual([
      {
        taskId: 't-video',
        obstacles: [
          { reason: 'NOT_ENOUGH_HOURS', message: 'Needs 8 h a month; you have 5 free' },
          { reason: 'SKILL_BELOW_LEVEL', message: 'Needs Video at level 2; it is not on your profile' },
        ],
      },
    ]);
    const cy = makeVolunteer({ id: 'cy', skills: [{ skillId: 'twitter', level: 1 }], availableHoursPerMonth: 1 });
    expect(nearMissesForVolunteer(cy, [twitter], CTX, 10)[0].obstacles).toEqual([
      { reason: 'NOT_ENOUGH_HOURS', message: 'Needs 2 h a month; you have 1 free' },
      {
        reason: 'SKILL_BELOW_LEVEL',
        message:
          'Needs Twitter at level 3; you are at 1 — it accepts learners if you add it to skills you want to develop',
      },
    ]);
  });

  it('keeps to the limit', () => {
    const nobody = makeVolunteer({ id: 'n', availableHoursPerMonth: 0 });
    expect(nearMissesForVolunteer(nobody, [video, twitter, workshop], CTX, 2)).toHaveLength(2);
  });
});

describe('a task’s pool', () => {
  it('counts candidates and exclusions, and says what would widen it without naming anyone', () => {
    const volunteers = [
      makeVolunteer({ id: 'v-fits', skills: [{ skillId: 'twitter', level: 3 }] }),
      makeVolunteer({ id: 'v-short', skills: [{ skillId: 'twitter', level: 2 }] }),
      makeVolunteer({ id: 'v-busy1', skills: [{ skillId: 'twitter', level: 4 }], availableHoursPerMonth: 1 }),
      makeVolunteer({ id: 'v-busy2', skills: [{ skillId: 'twitter', level: 4 }], availableHoursPerMonth: 1.5 }),
      makeVolunteer({ id: 'v-none', skills: [{ skillId: 'video', level: 4 }] }),
      makeVolunteer({ id: 'v-both', skills: [], availableHoursPerMonth: 0 }),
    ];
    const report = poolForTask(twitter, volunteers, CTX);
    expect(report.candidates).toBe(2);
    expect(report.excluded).toEqual([
      { reason: 'NOT_ENOUGH_HOURS', count: 3 },
      { reason: 'NO_RELEVANT_SKILL', count: 2 },
    ]);
    expect(report.widen).toEqual([
      '2 volunteers lack only free time (at most 1.5 h a month; the task needs 2 h): a smaller task, or more free hours on their profile, would bring them in',
      '1 volunteer has none of Twitter: adding one to their profile, or to the skills they want to develop, would bring them in',
      '1 candidate is one level short on a required skill: a lower minimum would rank them higher',
    ]);
    expect(JSON.stringify(report)).not.toMatch(/v-/);
  });
});
