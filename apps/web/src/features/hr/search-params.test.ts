import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, parseSearch, toSearchParams, toVariables, validateSearch } from './search-params';

const SKILL = '0b6f2c9e-3a41-4c1e-9d7a-5f0e8a2b1c3d';
const OTHER = '6a1d2b3c-4e5f-4a7b-8c9d-0e1f2a3b4c5d';

describe('a people search in the URL', () => {
  it('round-trips every filter, so a shared link runs the same search', () => {
    const search = {
      query: 'social media',
      skills: [
        { skillId: SKILL, minLevel: 3 },
        { skillId: OTHER, minLevel: 1 },
      ],
      wantsToDevelop: OTHER,
      department: 'Customer Services',
      grade: 'Officer',
      location: 'Town Hall',
      minHours: 4,
    };
    const params = toSearchParams(search);
    expect(parseSearch(new URLSearchParams(params.toString()))).toEqual(search);
    expect(toVariables(search)).toEqual({
      query: 'social media',
      filter: {
        skills: [
          { skillId: SKILL, minLevel: 3 },
          { skillId: OTHER, minLevel: 1 },
        ],
        wantsToDevelop: OTHER,
        department: 'Customer Services',
        grade: 'Officer',
        location: 'Town Hall',
        minAvailableHours: 4,
      },
    });
  });

  it('drops what cannot be a filter and keeps the text as typed', () => {
    const parsed = parseSearch(
      new URLSearchParams(
        'q=%3F%3F%3F&skill=not-an-id:3&skill=' + SKILL + ':9&skill=' + SKILL + ':2&hours=-1&develop=x',
      ),
    );
    expect(parsed).toEqual({ ...EMPTY_SEARCH, query: '???', skills: [{ skillId: SKILL, minLevel: 2 }] });
    expect(toVariables(EMPTY_SEARCH)).toEqual({});
  });

  it('refuses what the API would refuse, with a reason for the field', () => {
    expect(validateSearch({ ...EMPTY_SEARCH, query: 'a'.repeat(10_000) }).query).toBe(
      'Search for at most 200 characters — this is 10,000. Shorten it, or use the filters instead.',
    );
    expect(validateSearch({ ...EMPTY_SEARCH, query: '!!! ...' }).query).toMatch(/at least one letter or number/);
    expect(validateSearch({ ...EMPTY_SEARCH, query: 'café' })).toEqual({});
    expect(validateSearch({ ...EMPTY_SEARCH, grade: 'g'.repeat(61) }).grade).toMatch(/at most 60/);
    expect(validateSearch({ ...EMPTY_SEARCH, minHours: 201 }).minHours).toMatch(/between 0 and 200/);
  });
});
