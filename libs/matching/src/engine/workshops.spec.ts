import { suggestWorkshops, type LearnerInput, type WorkshopInput } from './workshops';

const graph = { skillNames: { blog: 'Blogging', seo: 'SEO', video: 'Video editing' } };
const now = '2027-01-10T09:00:00Z';
const learner = (extra: Partial<LearnerInput> = {}): LearnerInput => ({
  id: 'ann',
  skills: [{ skillId: 'blog', level: 1 }],
  wantsToDevelop: ['blog'],
  attachedWorkshopIds: [],
  ...extra,
});
const workshop = (extra: Partial<WorkshopInput> & { id: string }): WorkshopInput => ({
  teaches: [{ skillId: 'blog', minLevel: 3, weight: 1 }],
  start: '2027-01-14T14:00:00Z',
  placesLeft: 3,
  ...extra,
});

describe('suggestWorkshops', () => {
  it('suggests a workshop teaching a skill the member wants to develop, saying why', () => {
    const [s] = suggestWorkshops(learner(), [workshop({ id: 'boost' })], graph, now);
    expect(s).toEqual({
      workshopId: 'boost',
      score: 1,
      reasons: [
        'wants to develop Blogging',
        'Blogging: level 1 now, taught to level 3',
        '3 places left',
        'on 2027-01-14',
      ],
      explanation:
        'wants to develop Blogging · Blogging: level 1 now, taught to level 3 · 3 places left · on 2027-01-14',
    });
  });

  it('leaves out workshops teaching nothing they want, past ones and ones they are already on', () => {
    const list = suggestWorkshops(
      learner({ attachedWorkshopIds: ['mine'] }),
      [
        workshop({ id: 'video', teaches: [{ skillId: 'video', minLevel: 2, weight: 1 }] }),
        workshop({ id: 'past', start: '2027-01-09T14:00:00Z' }),
        workshop({ id: 'mine' }),
        workshop({ id: 'open' }),
      ],
      graph,
      now,
    );
    expect(list.map((s) => s.workshopId)).toEqual(['open']);
    expect(
      suggestWorkshops(learner({ attachedWorkshopIds: ['open'] }), [workshop({ id: 'open' })], graph, now),
    ).toEqual([]);
    expect(suggestWorkshops(learner({ wantsToDevelop: [] }), [workshop({ id: 'open' })], graph, now)).toEqual([]);
  });

  it('ranks by the share of what is taught that they want, a full workshop at half, then the sooner first', () => {
    const list = suggestWorkshops(
      learner({ wantsToDevelop: ['blog'] }),
      [
        workshop({
          id: 'mixed',
          teaches: [
            { skillId: 'blog', minLevel: 2, weight: 1 },
            { skillId: 'seo', minLevel: 2, weight: 3 },
          ],
        }),
        workshop({ id: 'full', placesLeft: 0 }),
        workshop({ id: 'later', start: '2027-02-01T10:00:00Z' }),
        workshop({ id: 'sooner', start: '2027-01-12T10:00:00Z' }),
      ],
      graph,
      now,
    );
    expect(list.map((s) => [s.workshopId, s.score])).toEqual([
      ['sooner', 1],
      ['later', 1],
      ['full', 0.5],
      ['mixed', 0.25],
    ]);
    expect(list.find((s) => s.workshopId === 'full')!.reasons).toContain('full: the waitlist is open');
  });
});
