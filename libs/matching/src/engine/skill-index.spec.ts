import { CTX, makeTask, makeVolunteer } from './test-fixtures';
import { prepareContext, prepareTask, prepareVolunteer } from './prepare';
import { buildSkillIndex, candidateTasks, candidateVolunteers } from './skill-index';

describe('buildSkillIndex', () => {
  const volunteers = [
    makeVolunteer({
      id: 'tweeter',
      skills: [{ skillId: 'twitter', level: 4 }],
    }),
    makeVolunteer({
      id: 'networker',
      skills: [{ skillId: 'linkedin', level: 2 }],
    }),
    makeVolunteer({ id: 'learner', wantsToDevelop: ['twitter'] }),
    makeVolunteer({
      id: 'filmmaker',
      skills: [{ skillId: 'video', level: 5 }],
    }),
  ];
  const tasks = [
    makeTask({
      id: 'social',
      requiredSkills: [{ skillId: 'twitter', minLevel: 3, weight: 1 }],
    }),
    makeTask({
      id: 'film',
      requiredSkills: [{ skillId: 'video', minLevel: 2, weight: 1 }],
    }),
    makeTask({ id: 'anything', kind: 'OTHER' }),
  ];
  const index = buildSkillIndex({ volunteers, tasks });
  const ctx = prepareContext(CTX);
  const ids = (positions: number[], list: readonly { id: string }[]): string[] => positions.map((i) => list[i].id);

  it('posts volunteers under the skills they hold and want to learn', () => {
    expect(index.volunteersBySkill.get('twitter')).toEqual([0]);
    expect(index.learnersBySkill.get('twitter')).toEqual([2]);
    expect(index.tasksBySkill.get('video')).toEqual([1]);
    expect(index.tasksWithoutSkills).toEqual([2]);
  });

  it('finds holders of the skill and of related skills, and learners when welcome', () => {
    const social = prepareTask(tasks[0]);
    expect(ids(candidateVolunteers(index, social, ctx).sort(), volunteers)).toEqual(['tweeter', 'networker']);
    const open = prepareTask({ ...tasks[0], acceptsLearners: true });
    expect(ids(candidateVolunteers(index, open, ctx).sort(), volunteers)).toEqual(['tweeter', 'networker', 'learner']);
  });

  it('finds the tasks a volunteer could do, including skill-free ones', () => {
    const networker = prepareVolunteer(volunteers[1]);
    expect(ids(candidateTasks(index, networker, ctx).sort(), tasks)).toEqual(['social', 'anything']);
  });
});
