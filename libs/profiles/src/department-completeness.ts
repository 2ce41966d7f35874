/** Below this many people a department's figures could point at someone: they are grouped, never shown alone. */
export const MIN_GROUP_SIZE = 5;

/** A profile counts as "at least half complete" from this score. */
export const HALF_COMPLETE = 50;

export const NO_DEPARTMENT = 'No department';
export const SMALL_DEPARTMENTS = `Other departments (fewer than ${MIN_GROUP_SIZE} people each)`;

export interface DepartmentFigures {
  /** The department as members' placements name it, or null for the grouped small ones. */
  department: string | null;
  label: string;
  /** How many departments the row covers (1 unless it groups the small ones). */
  departments: number;
  /** Null (every figure) when even the group has fewer than MIN_GROUP_SIZE people. */
  members: number | null;
  atLeastHalf: number | null;
  averageScore: number | null;
  medianScore: number | null;
}

function figures(
  scores: number[],
): Pick<DepartmentFigures, 'members' | 'atLeastHalf' | 'averageScore' | 'medianScore'> {
  if (scores.length < MIN_GROUP_SIZE)
    return { members: null, atLeastHalf: null, averageScore: null, medianScore: null };
  const sorted = [...scores].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    members: scores.length,
    atLeastHalf: scores.filter((s) => s >= HALF_COMPLETE).length,
    averageScore: Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
    medianScore: Math.round(median),
  };
}

/**
 * Profile completeness per department, counts only. Departments of at least MIN_GROUP_SIZE people
 * get a row each (largest first); the smaller ones are pooled into one row that names none of them,
 * whose figures are withheld too when the pool itself is that small. No total is given: with the
 * departments shown it would reveal the withheld pool. Pure.
 */
export function completenessByDepartment(
  members: readonly { department: string | null; score: number }[],
): DepartmentFigures[] {
  const byDepartment = new Map<string, number[]>();
  for (const m of members) {
    const name = m.department?.trim() || NO_DEPARTMENT;
    byDepartment.set(name, [...(byDepartment.get(name) ?? []), m.score]);
  }
  const rows: DepartmentFigures[] = [];
  const small: number[] = [];
  let smallDepartments = 0;
  for (const [name, scores] of byDepartment) {
    if (scores.length < MIN_GROUP_SIZE) {
      small.push(...scores);
      smallDepartments++;
    } else {
      rows.push({ department: name, label: name, departments: 1, ...figures(scores) });
    }
  }
  rows.sort((a, b) => b.members! - a.members! || a.label.localeCompare(b.label));
  if (smallDepartments) {
    rows.push({ department: null, label: SMALL_DEPARTMENTS, departments: smallDepartments, ...figures(small) });
  }
  return rows;
}
