import type { PeopleSearchFilter } from '../../gql/graphql';

/** A skill the people found must have, at this level or above (1–5). */
export interface SkillFilter {
  skillId: string;
  minLevel: number;
}

/** Everything a people search asks, as kept in the page's URL. */
export interface PeopleSearch {
  query: string;
  skills: SkillFilter[];
  wantsToDevelop: string | null;
  department: string;
  grade: string;
  location: string;
  minHours: number | null;
}

export type SearchField = 'query' | 'skills' | 'department' | 'grade' | 'location' | 'minHours';

/** The API's limits (PeopleSearchArgs and PeopleSearchFilter), checked before a search is sent. */
export const LIMITS = { query: 200, department: 120, grade: 60, location: 120, skills: 10, maxHours: 200 } as const;

export const EMPTY_SEARCH: PeopleSearch = {
  query: '',
  skills: [],
  wantsToDevelop: null,
  department: '',
  grade: '',
  location: '',
  minHours: null,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads a search from the URL. Parts that cannot be a filter (a broken skill id, a
 * level out of range) are dropped; text is kept as it is, so an over-long search in a
 * shared link still shows in its field with the reason it was not run.
 */
export function parseSearch(params: URLSearchParams): PeopleSearch {
  const skills: SkillFilter[] = [];
  for (const value of params.getAll('skill')) {
    const [skillId, level] = value.split(':');
    const minLevel = level === undefined ? 1 : Number(level);
    if (!UUID.test(skillId) || !Number.isInteger(minLevel) || minLevel < 1 || minLevel > 5) continue;
    if (!skills.some((s) => s.skillId === skillId)) skills.push({ skillId, minLevel });
  }
  const develop = params.get('develop');
  const hours = params.get('hours');
  const minHours = hours !== null && /^\d+$/.test(hours) ? Number(hours) : null;
  return {
    query: params.get('q') ?? '',
    skills,
    wantsToDevelop: develop && UUID.test(develop) ? develop : null,
    department: params.get('department') ?? '',
    grade: params.get('grade') ?? '',
    location: params.get('location') ?? '',
    minHours,
  };
}

/** The URL form of a search: only what is set, in a stable order, so equal searches share one link. */
export function toSearchParams(search: PeopleSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.query.trim()) params.set('q', search.query.trim());
  for (const s of search.skills) params.append('skill', `${s.skillId}:${s.minLevel}`);
  if (search.wantsToDevelop) params.set('develop', search.wantsToDevelop);
  if (search.department.trim()) params.set('department', search.department.trim());
  if (search.grade.trim()) params.set('grade', search.grade.trim());
  if (search.location.trim()) params.set('location', search.location.trim());
  if (search.minHours !== null) params.set('hours', String(search.minHours));
  return params;
}

function count(n: number): string {
  return n.toLocaleString('en-GB');
}

/** What the API would refuse (or could never match), worded for the field it belongs to. */
export function validateSearch(search: PeopleSearch): Partial<Record<SearchField, string>> {
  const errors: Partial<Record<SearchField, string>> = {};
  const text = search.query.trim();
  if (text.length > LIMITS.query) {
    errors.query = `Search for at most ${LIMITS.query} characters — this is ${count(text.length)}. Shorten it, or use the filters instead.`;
  } else if (text && !/[\p{L}\p{N}]/u.test(text)) {
    errors.query = 'Type at least one letter or number: punctuation on its own matches nobody.';
  }
  const tooLong = (field: 'department' | 'grade' | 'location', label: string) => {
    if (search[field].trim().length > LIMITS[field])
      errors[field] = `${label} can be at most ${LIMITS[field]} characters.`;
  };
  tooLong('department', 'A department');
  tooLong('grade', 'A grade');
  tooLong('location', 'A location');
  if (search.skills.length > LIMITS.skills) errors.skills = `Filter by at most ${LIMITS.skills} skills at once.`;
  if (search.minHours !== null && (search.minHours < 0 || search.minHours > LIMITS.maxHours)) {
    errors.minHours = `Hours a month must be between 0 and ${LIMITS.maxHours}.`;
  }
  return errors;
}

/** The API's arguments for a (valid) search. */
export function toVariables(search: PeopleSearch): { query?: string; filter?: PeopleSearchFilter } {
  const filter: PeopleSearchFilter = {};
  if (search.skills.length) filter.skills = search.skills.map((s) => ({ skillId: s.skillId, minLevel: s.minLevel }));
  if (search.wantsToDevelop) filter.wantsToDevelop = search.wantsToDevelop;
  if (search.department.trim()) filter.department = search.department.trim();
  if (search.grade.trim()) filter.grade = search.grade.trim();
  if (search.location.trim()) filter.location = search.location.trim();
  if (search.minHours !== null) filter.minAvailableHours = search.minHours;
  return {
    ...(search.query.trim() ? { query: search.query.trim() } : {}),
    ...(Object.keys(filter).length ? { filter } : {}),
  };
}

/** How many filters (not the search text) are set. */
export function filterCount(search: PeopleSearch): number {
  return (
    search.skills.length +
    (search.wantsToDevelop ? 1 : 0) +
    (search.department.trim() ? 1 : 0) +
    (search.grade.trim() ? 1 : 0) +
    (search.location.trim() ? 1 : 0) +
    (search.minHours !== null ? 1 : 0)
  );
}
