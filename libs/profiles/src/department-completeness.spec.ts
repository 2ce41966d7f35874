import { completenessByDepartment, SMALL_DEPARTMENTS } from './department-completeness';

const people = (department: string | null, ...scores: number[]) => scores.map((score) => ({ department, score }));

describe('completenessByDepartment', () => {
  it('gives a department of five its own counts, and pools one of four without naming it', () => {
    const rows = completenessByDepartment([
      ...people('Finance', 10, 40, 50, 60, 90),
      ...people('Legal', 80, 80, 80, 80),
      ...people('Estates', 20),
      ...people('HR', 55),
    ]);
    expect(rows).toEqual([
      {
        department: 'Finance',
        label: 'Finance',
        departments: 1,
        members: 5,
        atLeastHalf: 3,
        averageScore: 50,
        medianScore: 50,
      },
      {
        department: null,
        label: SMALL_DEPARTMENTS,
        departments: 3,
        members: 6,
        atLeastHalf: 5,
        averageScore: 66,
        medianScore: 80,
      },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Legal|Estates|"HR"/);
  });

  it('withholds every figure of a pool smaller than five', () => {
    const rows = completenessByDepartment([...people('Finance', 10, 20, 30, 40, 50, 60), ...people('Legal', 90, 90)]);
    expect(rows[1]).toEqual({
      department: null,
      label: SMALL_DEPARTMENTS,
      departments: 1,
      members: null,
      atLeastHalf: null,
      averageScore: null,
      medianScore: null,
    });
    expect(rows[0].medianScore).toBe(35);
  });

  it('counts members without a department together', () => {
    expect(completenessByDepartment(people(null, 0, 0, 0, 100, 100))[0]).toMatchObject({
      label: 'No department',
      members: 5,
      atLeastHalf: 2,
    });
  });
});
