import type { MatchContext, TaskInput, VolunteerInput } from './types';

/**
 * Builders for specs: a plain, eligible volunteer and task that tests then
 * change one field at a time.
 */

export function makeVolunteer(overrides: Partial<VolunteerInput> & { id: string }): VolunteerInput {
  return {
    skills: [],
    wantsToDevelop: [],
    interests: [],
    targetingConsent: false,
    availableHoursPerMonth: 10,
    committedHoursPerMonth: 0,
    isActiveAmbassador: true,
    status: 'ACTIVE',
    declinedTaskIds: [],
    busy: [],
    pastTaskKinds: {},
    recentAsks: 0,
    activeAssignments: 0,
    links: [],
    ...overrides,
  };
}

export function makeTask(overrides: Partial<TaskInput> & { id: string }): TaskInput {
  return {
    kind: 'SOCIAL_ACCOUNT',
    requiredSkills: [],
    effortHours: 4,
    freeSeats: 1,
    ambassadorsOnly: false,
    acceptsLearners: false,
    interestTags: [],
    ...overrides,
  };
}

/** A small digital-comms taxonomy. */
export const CTX: MatchContext = {
  skillNames: {
    twitter: 'Twitter',
    linkedin: 'LinkedIn',
    copywriting: 'Copywriting',
    seo: 'SEO',
    editing: 'Editing',
    video: 'Video',
    facilitation: 'Facilitation',
  },
  relatedSkills: {
    twitter: ['linkedin'],
    copywriting: ['editing', 'seo'],
  },
};

/** Deterministic PRNG (mulberry32) for generated instances. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
