/**
 * People search as SQL, free of Nest and TypeORM so the benchmark runs exactly
 * the statements the API runs. ProfilesSearchService resolves skills and
 * visibility into `PeopleSearchCriteria`; everything here is parameterised.
 *
 * This is the one place profiles reads identity's `membership` table directly:
 * placement (department, grade, location) and status live there, and joining
 * it inside the search statement is what lets filters, counts and facets stay
 * one query each.
 */

export interface PeopleSearchCriteria {
  organisationId: string;
  /** Visibility values the caller may see; hidden profiles never enter any statement's result. */
  visibilities: readonly string[];
  /** Sanitised full-text query, or null. */
  text: string | null;
  /** Sanitised name for typo-tolerant matching, or null. */
  name: string | null;
  /** skill_tokens that must all be present (see search-fields.sql.ts). */
  requiredTokens: readonly number[];
  department: string | null;
  grade: string | null;
  location: string | null;
  minAvailableHours: number | null;
}

/** RANK: full-text rank; SIMILARITY: name similarity; NAME: alphabetical (no text, no name). */
export type PeopleSearchOrder = 'RANK' | 'SIMILARITY' | 'NAME';

export interface SqlStatement {
  text: string;
  values: unknown[];
}

export interface PersonRow {
  profileId: string;
  memberId: string;
  displayName: string;
  headline: string | null;
  photoUrl: string | null;
  availableHoursPerMonth: number | null;
  department: string | null;
  grade: string | null;
  location: string | null;
  score: number | null;
}

export interface FacetRow {
  facet: 'DEPARTMENT' | 'GRADE' | 'SKILL';
  value: string;
  count: number;
}

/** Where a page starts: the sort value and id of the last row of the previous page. */
export interface PeopleSearchAfter {
  value: string | number;
  id: string;
}

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export function orderFor(c: PeopleSearchCriteria): PeopleSearchOrder {
  if (c.text) return 'RANK';
  if (c.name) return 'SIMILARITY';
  return 'NAME';
}

const FROM = `FROM profile p
  JOIN membership m ON m.organisation_id = p.organisation_id AND m.id = p.membership_id`;

function conditions(c: PeopleSearchCriteria, params: Params): string[] {
  const where = [
    `p.organisation_id = ${params.add(c.organisationId)}`,
    `p.visibility = ANY(${params.add(c.visibilities)}::text[])`,
    `m.status = 'ACTIVE'`,
  ];
  if (c.text) where.push(`p.search_document @@ plainto_tsquery('english', ${params.add(c.text)})`);
  if (c.name) where.push(`p.search_name % lower(crowdcomms_unaccent(${params.add(c.name)}))`);
  if (c.requiredTokens.length) where.push(`p.skill_tokens @> ${params.add(c.requiredTokens)}::int[]`);
  if (c.department !== null) where.push(`m.department = ${params.add(c.department)}`);
  if (c.grade !== null) where.push(`m.grade = ${params.add(c.grade)}`);
  if (c.location !== null) where.push(`m.location = ${params.add(c.location)}`);
  if (c.minAvailableHours !== null) {
    where.push(`p.available_hours_per_month >= ${params.add(c.minAvailableHours)}`);
  }
  return where;
}

function scoreExpression(c: PeopleSearchCriteria, params: Params, order: PeopleSearchOrder): string {
  if (order === 'RANK') return `ts_rank(p.search_document, plainto_tsquery('english', ${params.add(c.text)}))::real`;
  if (order === 'SIMILARITY')
    return `similarity(p.search_name, lower(crowdcomms_unaccent(${params.add(c.name)})))::real`;
  return 'NULL::real';
}

/**
 * One page, in a stable order: best score first then id (ties never reorder
 * between pages), or name then id when there is nothing to rank by. Fetches
 * `first + 1` rows so the caller knows whether another page exists.
 */
export function pageStatement(c: PeopleSearchCriteria, first: number, after?: PeopleSearchAfter): SqlStatement {
  const params = new Params();
  const order = orderFor(c);
  const where = conditions(c, params);
  const score = scoreExpression(c, params, order);
  if (after) {
    const id = params.add(after.id);
    if (order === 'NAME') where.push(`(p.display_name, p.id) > (${params.add(String(after.value))}, ${id}::uuid)`);
    else where.push(`(${score}, p.id) < (${params.add(Number(after.value))}::real, ${id}::uuid)`);
  }
  const orderBy = order === 'NAME' ? 'p.display_name ASC, p.id ASC' : 'score DESC, p.id DESC';
  return {
    text: `SELECT p.id AS "profileId", p.membership_id AS "memberId", p.display_name AS "displayName",
                  p.headline, p.photo_url AS "photoUrl", p.available_hours_per_month AS "availableHoursPerMonth",
                  m.department, m.grade, m.location, ${score} AS score
           ${FROM}
           WHERE ${where.join('\n AND ')}
           ORDER BY ${orderBy}
           LIMIT ${params.add(first + 1)}`,
    values: params.values,
  };
}

/**
 * Counting stops here: beyond it the answer reads "1 000+", and a broad word
 * ("social") over a million profiles does not cost a pass over half the table
 * just to print a number nobody pages through.
 */
export const COUNT_CAP = 1_000;

/** How many visible profiles match across all pages, up to COUNT_CAP + 1 (more means "at least COUNT_CAP"). */
export function countStatement(c: PeopleSearchCriteria): SqlStatement {
  const params = new Params();
  const where = conditions(c, params);
  return {
    text: `SELECT count(*)::int AS count FROM (SELECT 1 ${FROM} WHERE ${where.join('\n AND ')} LIMIT ${params.add(
      COUNT_CAP + 1,
    )}) capped`,
    values: params.values,
  };
}

/**
 * Facet counts over the whole filtered result (not just the page): per
 * department, grade, and skill held (any level — read from the level-1 token,
 * which every held skill has). Built on the same conditions, so hidden
 * profiles are never counted.
 */
export function facetsStatement(c: PeopleSearchCriteria): SqlStatement {
  const params = new Params();
  const where = conditions(c, params);
  const org = params.add(c.organisationId);
  return {
    text: `WITH hits AS MATERIALIZED (
             SELECT p.skill_tokens, m.department, m.grade ${FROM} WHERE ${where.join('\n AND ')}
           )
           SELECT 'DEPARTMENT' AS facet, department AS value, count(*)::int AS count
             FROM hits WHERE department IS NOT NULL GROUP BY department
           UNION ALL
           SELECT 'GRADE', grade, count(*)::int FROM hits WHERE grade IS NOT NULL GROUP BY grade
           UNION ALL
           SELECT 'SKILL', s.id::text, f.count
             FROM (SELECT t / 8 AS num, count(*)::int AS count
                     FROM hits CROSS JOIN LATERAL unnest(hits.skill_tokens) AS t
                    WHERE t % 8 = 1
                    GROUP BY t / 8) f
             JOIN skill s ON s.num = f.num AND (s.organisation_id IS NULL OR s.organisation_id = ${org})`,
    values: params.values,
  };
}

/**
 * Reduces any user text to words: letters and digits only, at most 12 words
 * and 200 characters. Punctuation, SQL and tsquery syntax disappear here (and
 * plainto_tsquery would ignore them anyway). Returns null when nothing is left.
 */
export function sanitiseSearchText(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const words = raw
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, 12);
  const text = words.join(' ').slice(0, 200).trim();
  return text || null;
}
