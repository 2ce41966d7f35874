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
  /** What the cursor resumes from: the score (RANK, SIMILARITY) or the name (NAME). */
  sortValue: string | number;
}

export interface FacetRow {
  facet: 'DEPARTMENT' | 'GRADE' | 'SKILL';
  value: string;
  count: number;
}

/**
 * A row of a page. A RANK page also carries `total`, the capped count of its
 * matches, and `broad`, whether it read the static order slice by slice;
 * past the end it is one row whose profileId is NULL.
 */
export type RankedRow = PersonRow & { total?: number; broad?: boolean };

/** Where a page starts: the sort value and id of the last row of the previous page. */
export interface PeopleSearchAfter {
  value: string | number;
  id: string;
}

import { AUDIENCE_TOKENS } from './search-fields.sql';

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

/**
 * Counting stops here: beyond it the answer reads "1 000+", and a broad word
 * ("social") over a million profiles does not cost a pass over half the table
 * just to print a number nobody pages through.
 */
export const COUNT_CAP = 1_000;

/**
 * Ranked full text ranks at most this many matches: the first ones in the
 * static order `strength DESC, id DESC`, where strength is the sum of the
 * levels of the skills a person holds (the strongest skill records first).
 * When a query has at most this many matches (the count is exact) every match
 * is ranked; beyond it the result is "the best-ranked among the
 * RANK_CANDIDATES strongest matching profiles", so a word matching half an
 * organisation costs a walk over its strongest profiles rather than ranking
 * hundreds of thousands of rows.
 */
export const RANK_CANDIDATES = COUNT_CAP;

/**
 * A query expected to match more profiles than this reads the static order
 * slice by slice and stops; one expected to match fewer reads all its matches
 * at once. Expected from the planner's own statistics (most common elements
 * of the document and the tokens): a word outside them is rare; otherwise the
 * geometric mean of the rarest term's frequency and the product of all. Both
 * plans give the same answer; a wrong guess only costs time.
 */
export const BROAD_MATCHES = 5_000;

/** The audience token (search-fields.sql.ts) of callers who may see exactly these visibilities, or null for none. */
function audienceToken(visibilities: readonly string[]): number | null {
  if (visibilities.includes('HR_ONLY')) return AUDIENCE_TOKENS.HR;
  if (visibilities.includes('ORGANISATION')) return AUDIENCE_TOKENS.EVERYONE;
  return null;
}

const placed = (c: PeopleSearchCriteria) => c.department !== null || c.grade !== null || c.location !== null;

/**
 * profile, joined to membership when a placement filter (or a page's columns) needs
 * it: whether a member is active is already in the audience tokens (kept in step
 * by trigger), so counting and ranking need not visit membership.
 */
function from(c: PeopleSearchCriteria, withMembership = placed(c)): string {
  return withMembership
    ? `FROM profile p
  JOIN membership m ON m.organisation_id = p.organisation_id AND m.id = p.membership_id AND m.status = 'ACTIVE'`
    : 'FROM profile p';
}

/** The organisation's distinct names similar (pg_trgm `%`) to the searched one, with their similarity. */
function similarNames(c: PeopleSearchCriteria, params: Params, withSimilarity = false): string {
  const name = `lower(crowdcomms_unaccent(${params.add(c.name)}))`;
  return `SELECT n.search_name${withSimilarity ? `, similarity(n.search_name, ${name})::real AS sim` : ''}
            FROM profile_search_name n
           WHERE n.organisation_id = ${params.add(c.organisationId)} AND n.search_name % ${name}`;
}

function conditions(c: PeopleSearchCriteria, params: Params, opts: { nameJoined?: boolean } = {}): string[] {
  const audience = audienceToken(c.visibilities);
  const where = [
    `p.organisation_id = ${params.add(c.organisationId)}`,
    // Privacy and active membership in the GIN (audience token), with the filters in the same containment test.
    audience === null ? 'false' : `p.skill_tokens @> ${params.add([audience, ...c.requiredTokens])}::int[]`,
    // Belt and braces: the audience token already implies this.
    `p.visibility = ANY(${params.add(c.visibilities)}::text[])`,
  ];
  if (c.text) where.push(`p.search_document @@ plainto_tsquery('english', ${params.add(c.text)})`);
  // Names are matched in the dictionary of distinct names, then joined to people by (organisation_id, search_name).
  if (c.name && !opts.nameJoined) {
    where.push(`p.search_name IN (${similarNames(c, params)})`);
  }
  if (c.department !== null) where.push(`m.department = ${params.add(c.department)}`);
  if (c.grade !== null) where.push(`m.grade = ${params.add(c.grade)}`);
  if (c.location !== null) where.push(`m.location = ${params.add(c.location)}`);
  if (c.minAvailableHours !== null) {
    where.push(`p.available_hours_per_month >= ${params.add(c.minAvailableHours)}`);
  }
  return where;
}

const PERSON_COLUMNS = `p.id AS "profileId", p.membership_id AS "memberId", p.display_name AS "displayName",
                  p.headline, p.photo_url AS "photoUrl", p.available_hours_per_month AS "availableHoursPerMonth"`;

/** The statements of one search: a page, and a count unless the page statement already carries it (`total`). */
export interface SearchStatements {
  page: SqlStatement;
  count: SqlStatement | null;
}

/**
 * One page, in a stable order: best score first then id (ties never reorder
 * between pages), or name then id when there is nothing to rank by. Fetches
 * `first + 1` rows so the caller knows whether another page exists. Every row
 * carries `sortValue`, the value its cursor resumes from.
 *
 * - RANK: the matches are taken in the static order (RANK_CANDIDATES), up to
 *   COUNT_CAP + 1 of them — all at once from the GIN when the query is narrow,
 *   slice by slice from the top when it is broad (BROAD_MATCHES); the same
 *   rows give the count (column `total`, one row with a NULL profile when the
 *   page is empty) and, ranked by ts_rank over the compact head (name, headline,
 *   skills, interests — a match only through bio or CV ranks 0), the page.
 * - SIMILARITY: the similar distinct names in similarity order, each joined
 *   to its people, so the page stops after `first + 1` people.
 * - NAME: display name then id, along the (organisation_id, display_name, id) btree.
 *
 * `options.broadMatches` overrides BROAD_MATCHES (tests use it to take the
 * bucket path on a small organisation; both paths give the same answer).
 */
export function searchStatements(
  c: PeopleSearchCriteria,
  first: number,
  after?: PeopleSearchAfter,
  options: { broadMatches?: number } = {},
): SearchStatements {
  const order = orderFor(c);
  if (order === 'RANK') {
    return { page: rankedPage(c, first, after, options.broadMatches ?? BROAD_MATCHES), count: null };
  }
  if (order === 'SIMILARITY') return { page: similarPage(c, first, after), count: countStatement(c) };
  const params = new Params();
  const where = conditions(c, params);
  if (after) {
    where.push(`(p.display_name, p.id) > (${params.add(String(after.value))}, ${params.add(after.id)}::uuid)`);
  }
  // The page's rows first (along the name btree, or the matches sorted), then their placement: membership is
  // read for first + 1 people, not for every match.
  return {
    page: {
      text: `SELECT x."profileId", x."memberId", x."displayName", x.headline, x."photoUrl", x."availableHoursPerMonth",
                    m.department, m.grade, m.location, NULL::real AS score, x."displayName" AS "sortValue"
               FROM (SELECT ${PERSON_COLUMNS}, p.organisation_id
                       ${from(c)}
                      WHERE ${where.join('\n AND ')}
                      ORDER BY p.display_name ASC, p.id ASC
                      LIMIT ${params.add(first + 1)}) x
               JOIN membership m ON m.organisation_id = x.organisation_id AND m.id = x."memberId"
              ORDER BY x."displayName" ASC, x."profileId" ASC`,
      values: params.values,
    },
    count: countStatement(c),
  };
}

/**
 * Nearest names first: the similar names (a few hundred distinct names even
 * in a large organisation) in similarity order, each joined to its people, so
 * the page stops once it has `first + 1` people.
 */
function similarPage(c: PeopleSearchCriteria, first: number, after?: PeopleSearchAfter): SqlStatement {
  const params = new Params();
  const names = similarNames(c, params, true);
  const where = conditions(c, params, { nameJoined: true });
  const keyset = after
    ? `WHERE n.sim < ${params.add(Number(after.value))}::real
          OR (n.sim = ${params.add(Number(after.value))}::real AND x."profileId" < ${params.add(after.id)}::uuid)`
    : '';
  return {
    text: `SELECT x.*, n.sim AS score, n.sim AS "sortValue"
             FROM (${names} ORDER BY sim DESC) n
             CROSS JOIN LATERAL (
               SELECT ${PERSON_COLUMNS}, m.department, m.grade, m.location
                 ${from(c, true)}
                WHERE ${where.join('\n AND ')} AND p.search_name = n.search_name
             ) x
            ${keyset}
            ORDER BY n.sim DESC, x."profileId" DESC
            LIMIT ${params.add(first + 1)}`,
    values: params.values,
  };
}

/** Profiles per first slice of the static order read by a broad query (then 1, 2, 4… times as many). */
const SLICE = 2 * COUNT_CAP;

/** The bucket at a position of the organisation's static order (an index-only probe of the bucket btree). */
const bucketAt = (org: string, offset: string) =>
  `(SELECT q.search_bucket FROM profile q WHERE q.organisation_id = ${org}
     ORDER BY - q.search_bucket OFFSET ${offset} LIMIT 1)`;

/**
 * Slices read through the GIN (the first SLICE · 2^(SLICES - 1) = 32 000 profiles) before the last branch takes the rest
 * of the matches at once: a query judged broad that is not (few matches after all) pays for at most this walk.
 */
const SLICES = 5;

function rankedPage(
  c: PeopleSearchCriteria,
  first: number,
  after: PeopleSearchAfter | undefined,
  broadMatches: number,
): SqlStatement {
  const params = new Params();
  const where = conditions(c, params).join('\n AND ');
  const text = params.add(c.text);
  const query = `plainto_tsquery('english', ${text})`;
  const org = params.add(c.organisationId);
  const cap = params.add(COUNT_CAP + 1);
  const score = `COALESCE(ts_rank(p.search_head, ${query}), 0)::real AS score`;
  const keyset = after
    ? `WHERE (r.score, r.id) < (${params.add(Number(after.value))}::real, ${params.add(after.id)}::uuid)`
    : '';
  const mce = (column: string, type: string) =>
    `SELECT e.elem, e.freq FROM pg_stats s
       CROSS JOIN LATERAL unnest(s.most_common_elems::text::${type}[], s.most_common_elem_freqs) AS e(elem, freq)
      WHERE s.schemaname = current_schema() AND s.tablename = 'profile' AND s.attname = '${column}'`;
  const frequencies = (terms: string, column: string, type: string) =>
    `SELECT f.freq FROM unnest(${terms}) AS w(term) LEFT JOIN (${mce(column, type)}) f ON f.elem = w.term`;
  const terms = [frequencies(`tsvector_to_array(to_tsvector('english', ${text}))`, 'search_document', 'text')];
  if (c.requiredTokens.length) {
    terms.push(frequencies(`${params.add(c.requiredTokens)}::int[]`, 'skill_tokens', 'int'));
  }
  // Slices of the static order holding about SLICE, SLICE, 2·SLICE, 4·SLICE… profiles: buckets lo … hi - 1, lo
  // read from the bucket btree at that position (index-only). Each slice is one UNION ALL branch whose buckets are
  // a GIN condition (ARRAY[bucket] && slice), so it reads only its own matches; Append runs the branches in order
  // and stops at the LIMIT, so a broad word reads the first slice or two. The last branch takes the rest.
  const lo = (j: number) => `COALESCE(${bucketAt(org, String(SLICE * 2 ** j - 1))}, 0)`;
  const hi = (j: number) => (j === 0 ? `(${bucketAt(org, '0')} + 1)` : lo(j - 1));
  const slice = (condition: string) => `(SELECT p.id, p.search_bucket, ${score}
       ${from(c)}
      WHERE ${where} AND ${condition}
      ORDER BY p.search_bucket DESC, p.id DESC)`;
  const slices = [
    ...Array.from({ length: SLICES }, (_, j) =>
      slice(`ARRAY[p.search_bucket] && ARRAY(SELECT generate_series(${lo(j)}, ${hi(j)} - 1)::smallint)`),
    ),
    slice(`p.search_bucket < ${lo(SLICES - 1)}`),
  ].join('\n UNION ALL\n');
  return {
    text: `WITH gate AS (
             -- Expected matches: the geometric mean of the rarest term's frequency (words of a skill name come
             -- together) and the product of all (unrelated words do not); a term outside the most common is rare.
             SELECT COALESCE(bool_and(f.freq IS NOT NULL)
                             AND sqrt(min(f.freq) * exp(sum(ln(f.freq::float8)))) * max(t.n) > ${params.add(broadMatches)},
                             false) AS broad
               FROM (${terms.join(' UNION ALL ')}) f,
                    (SELECT GREATEST(reltuples, 0) AS n FROM pg_class WHERE oid = 'profile'::regclass) t
           ), hits AS MATERIALIZED (
             (SELECT p.id, p.search_bucket, ${score}
                ${from(c)}
               WHERE NOT (SELECT broad FROM gate) AND ${where}
               ORDER BY p.search_bucket DESC, p.id DESC
               LIMIT ${cap})
             UNION ALL
             (SELECT sl.* FROM (${slices}) sl WHERE (SELECT broad FROM gate) LIMIT ${cap})
           ), ranked AS (
             SELECT id, score FROM hits ORDER BY search_bucket DESC, id DESC LIMIT ${params.add(RANK_CANDIDATES)}
           ), top AS (
             SELECT r.id, r.score FROM ranked r ${keyset} ORDER BY r.score DESC, r.id DESC LIMIT ${params.add(first + 1)}
           )
           SELECT t.total, (SELECT broad FROM gate) AS broad, page.*
             FROM (SELECT count(*)::int AS total FROM hits) t
             LEFT JOIN LATERAL (
               SELECT ${PERSON_COLUMNS}, m.department, m.grade, m.location, pg.score, pg.score AS "sortValue"
                 FROM top pg
                 JOIN profile p ON p.organisation_id = ${org} AND p.id = pg.id
                 JOIN membership m ON m.organisation_id = p.organisation_id AND m.id = p.membership_id
                ORDER BY pg.score DESC, pg.id DESC
             ) page ON true`,
    values: params.values,
  };
}

/** How many visible profiles match across all pages, up to COUNT_CAP + 1 (more means "at least COUNT_CAP"). */
export function countStatement(c: PeopleSearchCriteria): SqlStatement {
  const params = new Params();
  const where = conditions(c, params);
  return {
    text: `SELECT count(*)::int AS count FROM (SELECT 1 ${from(c)} WHERE ${where.join('\n AND ')} LIMIT ${params.add(
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
             SELECT p.skill_tokens, m.department, m.grade ${from(c, true)} WHERE ${where.join('\n AND ')}
           )
           SELECT 'DEPARTMENT' AS facet, department AS value, count(*)::int AS count
             FROM hits WHERE department IS NOT NULL GROUP BY department
           UNION ALL
           SELECT 'GRADE', grade, count(*)::int FROM hits WHERE grade IS NOT NULL GROUP BY grade
           UNION ALL
           SELECT 'SKILL', s.id::text, f.count
             FROM (SELECT t / 8 AS num, count(*)::int AS count
                     FROM hits CROSS JOIN LATERAL unnest(hits.skill_tokens) AS t
                    WHERE t > 0 AND t % 8 = 1
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
