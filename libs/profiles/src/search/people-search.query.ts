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
  facet: 'DEPARTMENT' | 'GRADE' | 'SKILL' | 'MATCHES';
  /** The department, grade or skill id; null on the MATCHES row. */
  value: string | null;
  count: number;
}

/**
 * A row of a page. A RANK page also carries `total`, the capped count of its
 * matches; past the end it is one row whose profileId is NULL.
 */
export type RankedRow = PersonRow & { total?: number };

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
 * What a caller who may see these visibilities may find: the audience token in `skill_tokens`
 * (search-fields.sql.ts) and the audiences of the search keys (migration PeopleSearchSlicedKeys) — `h`, profiles
 * only HR may find, and `e`, profiles every member may find. Null when the caller may find nobody.
 */
function audienceOf(visibilities: readonly string[]): { token: number; keys: string[] } | null {
  if (visibilities.includes('HR_ONLY')) return { token: AUDIENCE_TOKENS.HR, keys: ['h', 'e'] };
  if (visibilities.includes('ORGANISATION')) return { token: AUDIENCE_TOKENS.EVERYONE, keys: ['e'] };
  return null;
}

/** The search keys (organisation, audience, strength, words and skill tokens; migration PeopleSearchSlicedKeys). */
const KEYS = 'p.search_keys';

/** The words of a full-text query as the document's lexemes (plainto_tsquery looks for all of them). */
const lexemes = (text: string) => `tsvector_to_array(to_tsvector('english', ${text}))`;

/**
 * The organisation's strengths (search_bucket / 16) present, strongest first: one index-only probe of the
 * (organisation_id, -search_bucket) btree per strength — a few dozen, however large the organisation.
 */
const strengths = (org: string) => `strengths AS (
             SELECT (SELECT q.search_bucket FROM profile q WHERE q.organisation_id = ${org}
                      ORDER BY - q.search_bucket LIMIT 1) / 16 AS s
             UNION ALL
             SELECT (SELECT q.search_bucket FROM profile q WHERE q.organisation_id = ${org} AND - q.search_bucket > - (st.s * 16)
                      ORDER BY - q.search_bucket LIMIT 1) / 16
               FROM strengths st WHERE st.s IS NOT NULL
           )`;

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

/**
 * The conditions of a search, without its words (a search with words reaches its rows through `strengthWalk`).
 * Skill filters find their rows through the search keys' GIN (`keys`, the default; `keys: false` for statements
 * that reach their rows another way), and every row is checked again on its own columns: the audience and skill
 * tokens, the visibility.
 */
function conditions(
  c: PeopleSearchCriteria,
  params: Params,
  opts: { nameJoined?: boolean; keys?: boolean } = {},
): string[] {
  const audience = audienceOf(c.visibilities);
  const org = params.add(c.organisationId);
  const where = [
    `p.organisation_id = ${org}`,
    // Privacy and active membership (audience token), with the skill filters, on the row itself.
    audience === null ? 'false' : `p.skill_tokens @> ${params.add([audience.token, ...c.requiredTokens])}::int[]`,
    // Belt and braces: the audience token already implies this.
    `p.visibility = ANY(${params.add(c.visibilities)}::text[])`,
  ];
  if (audience !== null && (opts.keys ?? true) && c.requiredTokens.length) {
    const tokens = params.add(c.requiredTokens);
    // One query per audience, each a plain AND of its keys, so the GIN skips through the longer posting lists along
    // the shortest (one query ORing the audiences' ANDs decodes every posting list whole); PostgreSQL ORs the bitmaps.
    // Scalar subqueries, so each query is built once per statement, not once per row it is tested against.
    const perAudience = audience.keys.map(
      (key) =>
        `${KEYS} @@ (SELECT crowdcomms_search_query(${org}, ARRAY[${params.add(key)}], NULL, '{}', ${tokens}::int[]))`,
    );
    where.push(`(${perAudience.join(' OR ')})`);
  }
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
 *   COUNT_CAP + 1 of them, one strength at a time from the strongest, each
 *   strength's matches read from the search keys' GIN; the same rows give the
 *   count (column `total`, one row with a NULL profile when the page is empty)
 *   and, ranked by ts_rank over the compact head (name, headline, skills,
 *   interests — a match only through bio or CV ranks 0), the page.
 * - SIMILARITY: the similar distinct names in similarity order, each joined
 *   to its people, so the page stops after `first + 1` people.
 * - NAME: display name then id, along the (organisation_id, display_name, id) btree.
 */
export function searchStatements(c: PeopleSearchCriteria, first: number, after?: PeopleSearchAfter): SearchStatements {
  const order = orderFor(c);
  if (order === 'RANK') return { page: rankedPage(c, first, after), count: null };
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
  const where = conditions(c, params, { nameJoined: true, keys: false });
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

/**
 * The matches of a search with words, strength by strength from the strongest (the static order): for each of the
 * organisation's strengths, the search keys' GIN gives the matches of that strength alone — its posting lists hold
 * only profiles of that strength, so nothing is read for strengths the walk does not reach. `limit` stops the walk
 * (the ranked page); without it every match is read (facets). Text without a word to look for (only stop words)
 * matches nobody, as plainto_tsquery would. Relies on the recursive CTE yielding strengths in the order it produces
 * them (PostgreSQL's work-table iteration). `ordered` keeps each strength's matches in the static order (the ranked
 * set); facets only need to stop after enough of them, in any order.
 */
function strengthWalk(
  c: PeopleSearchCriteria,
  params: Params,
  select: string,
  opts: { withMembership?: boolean; limit?: string; ordered?: boolean } = {},
): string {
  const where = conditions(c, params, { keys: false }).join('\n AND ');
  const org = params.add(c.organisationId);
  // Each strength's query is built once (a row of `slices`), not once per row it is tested against.
  // (One query ORing the audiences: per-audience queries measured slower here, where the text words dominate.)
  const query = `crowdcomms_search_query(${org}, ${params.add(audienceOf(c.visibilities)?.keys ?? [])}::text[],
                   ARRAY[st.s], (SELECT words FROM terms), ${params.add(c.requiredTokens)}::int[])`;
  return `WITH RECURSIVE ${strengths(org)}, terms AS (
             SELECT ${lexemes(params.add(c.text))} AS words
           ), slices AS MATERIALIZED (
             SELECT st.s, ${query} AS query FROM strengths st WHERE st.s IS NOT NULL
           )
           SELECT h.*
             FROM slices sl
            CROSS JOIN LATERAL (
              SELECT ${select}
                ${from(c, opts.withMembership)}
               WHERE ${where} AND ${KEYS} @@ sl.query
               -- In order for the page; for facets, OFFSET 0 keeps each strength its own index probe (PostgreSQL would
               -- otherwise flatten the subquery into one join that tests every row against every strength).
               ${opts.ordered ? 'ORDER BY p.search_bucket DESC, p.id DESC' : 'OFFSET 0'}
            ) h
            WHERE cardinality((SELECT words FROM terms)) > 0
            ${opts.limit ? `LIMIT ${opts.limit}` : ''}`;
}

/**
 * The ranked set: the first COUNT_CAP + 1 matches along the static order (`strengthWalk`). A word matching half
 * the organisation reads its few strongest strengths; a rare one visits every strength, each an index probe that
 * finds next to nothing.
 */
function rankedPage(c: PeopleSearchCriteria, first: number, after: PeopleSearchAfter | undefined): SqlStatement {
  const params = new Params();
  const query = `plainto_tsquery('english', ${params.add(c.text)})`;
  const score = `COALESCE(ts_rank(p.search_head, ${query}), 0)::real AS score`;
  const hits = strengthWalk(c, params, `p.id, p.search_bucket, ${score}`, {
    limit: params.add(COUNT_CAP + 1),
    ordered: true,
  });
  const org = params.add(c.organisationId);
  const keyset = after
    ? `WHERE (r.score, r.id) < (${params.add(Number(after.value))}::real, ${params.add(after.id)}::uuid)`
    : '';
  return {
    text: `WITH hits AS MATERIALIZED (
             ${hits}
           ), ranked AS (
             SELECT id, score FROM hits ORDER BY search_bucket DESC, id DESC LIMIT ${params.add(RANK_CANDIDATES)}
           ), top AS (
             SELECT r.id, r.score FROM ranked r ${keyset} ORDER BY r.score DESC, r.id DESC LIMIT ${params.add(first + 1)}
           )
           SELECT t.total, page.*
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
 * Facets count exactly up to this many matches by default (`PEOPLE_SEARCH_FACETS_EXACT_UP_TO`); past it they are
 * estimated from a uniform sample. Reading a match costs a few microseconds (its row and its membership), so the cap
 * is what bounds a facets request: a word matching half of a million profiles no longer reads half a million rows.
 */
export const FACETS_EXACT_UP_TO = 5_000;

/** The estimate's sample reads at most this many narrow rows per match counted exactly (FACET_SAMPLE_FACTOR × cap). */
export const FACET_SAMPLE_FACTOR = 10;

/**
 * One row of the facets statement: a facet value and its count over the rows counted, or (facet `MATCHES`) how many
 * matches were counted. `fraction` is null when every match was counted (exact), otherwise the share of the
 * organisation's id space the estimate's sample covers; the counts are then already scaled up by it (fractional).
 */
export interface FacetStatementRow extends FacetRow {
  fraction: number | null;
}

/** The share of the id space below an id, from its first 12 hex digits (random in a version-4 UUID). */
const idShare = (id: string) =>
  `((('x' || substr(replace(${id}::text, '-', ''), 1, 12))::bit(48)::bigint + 1)::float8 / 281474976710656)`;

/**
 * Facet counts over the whole filtered result (not just the page): per department, grade, and skill held (any
 * level — read from the level-1 token, which every held skill has). Built on the same conditions as the search,
 * so a hidden profile is never read into any count, exact or estimated.
 *
 * The sample: the organisation's rows of `profile_facet_sample` (one narrow row per profile) in id order — ids are
 * random UUIDs, so these are a uniform sample of the organisation, whatever the words, strengths or placement —
 * each tested against the search's own conditions (audience and skill tokens, visibility, the words' hashes, and the
 * name or hours searched), read until `exactUpTo + 1` of them match or an allowance of `FACET_SAMPLE_FACTOR ×
 * exactUpTo` rows is read. Its size follows the matches: a broad search stops after a few thousand rows, a narrow
 * one reads the allowance. It is read first, and once:
 *
 * - If more than `exactUpTo` of its rows match, so do more than that of the organisation, and the search's own
 *   matches are never read.
 * - Otherwise the matches are read as the search reads them (for words, along the strength walk), stopping after
 *   `exactUpTo + 1`: up to `exactUpTo`, the counts are exact (`fraction` null); past it, the sample estimates them.
 * - Estimates: the sample's matches before the row it stopped at, each counting for 1 ÷ the share of the id space up
 *   to that row ((k − 1) matches over the share up to the k-th is the unbiased estimate of inverse sampling);
 *   `fraction` is that share (1 when the organisation has fewer rows than the allowance: the sample is then all of
 *   it, but from the narrow rows' word hashes, so still said to be an estimate).
 * - `exactUpTo` null: every match is read, however many (what facets did before the cap; the benchmark's baseline).
 */
export function facetsStatement(c: PeopleSearchCriteria, exactUpTo: number | null = FACETS_EXACT_UP_TO): SqlStatement {
  const params = new Params();
  const org = params.add(c.organisationId);
  const placement = (m: string) => [
    ...(c.department !== null ? [`${m}.department = ${params.add(c.department)}`] : []),
    ...(c.grade !== null ? [`${m}.grade = ${params.add(c.grade)}`] : []),
    ...(c.location !== null ? [`${m}.location = ${params.add(c.location)}`] : []),
  ];
  // Rows read (organisation, membership, skill tokens) with their departments and grades, each counting for `weight`.
  const withPlacement = (rows: string, weight: string, also: string[] = []) =>
    `SELECT x.skill_tokens, m.department, m.grade, ${weight}::float8 AS w
       FROM ${rows} x
       JOIN membership m ON m.organisation_id = x.organisation_id AND m.id = x.membership_id AND m.status = 'ACTIVE'
      WHERE ${['true', ...placement('m'), ...also].join(' AND ')}`;
  // The matches as the search finds them, without membership unless a placement filter needs it (the audience token
  // already says the member is active); their departments and grades are read only when counted.
  const columns = 'p.organisation_id, p.membership_id, p.skill_tokens';
  const limit = exactUpTo === null ? null : params.add(exactUpTo + 1);
  const matches = c.text
    ? strengthWalk(c, params, columns, { withMembership: placed(c), limit: limit ?? undefined })
    : `SELECT ${columns} ${from(c)} WHERE ${conditions(c, params).join('\n AND ')} ${limit ? `LIMIT ${limit}` : ''}`;
  if (exactUpTo === null) {
    return facetsWith(
      `WITH hits AS MATERIALIZED (${matches}), counted AS MATERIALIZED (${withPlacement('hits', '1')})`,
      org,
      'NULL',
      params,
    );
  }
  // The sample's test of a row: the search's conditions, on the narrow row alone.
  const audience = audienceOf(c.visibilities);
  const test = [
    audience === null ? 'false' : `s.skill_tokens @> ${params.add([audience.token, ...c.requiredTokens])}::int[]`,
    `s.visibility = ANY(${params.add(c.visibilities)}::text[])`,
  ];
  if (c.text) {
    // Text without a word to look for matches nobody, as in the search.
    const words = `(SELECT crowdcomms_word_hashes(to_tsvector('english', ${params.add(c.text)})))`;
    test.push(`cardinality(${words}) > 0`, `s.word_hashes @> ${words}`);
  }
  if (c.name) test.push(`s.search_name IN (${similarNames(c, params)})`);
  if (c.minAvailableHours !== null) test.push(`s.available_hours_per_month >= ${params.add(c.minAvailableHours)}`);
  const cap = params.add(exactUpTo);
  // The sample: the organisation's narrow rows in id order, up to `rows` of them, stopping at the (cap + 1)-th match.
  const sample = (rows: string) => `SELECT w.id, w.organisation_id, w.membership_id, w.skill_tokens FROM (
               SELECT s.profile_id AS id, s.organisation_id, s.membership_id, s.skill_tokens,
                      (${test.join('\n AND ')}) AS hit
                 FROM profile_facet_sample s
                WHERE s.organisation_id = ${org}
                ORDER BY s.profile_id
                LIMIT ${rows}
             ) w
             WHERE w.hit
             LIMIT ${limit}`;
  const allowance = params.add(exactUpTo * FACET_SAMPLE_FACTOR);
  const overSample = `(SELECT count(*) FROM sampled) > ${cap}`;
  const overSearch = `(SELECT count(*) FROM hits) > ${cap}`;
  const over = `(${overSample} OR ${overSearch})`;
  const lastOf = (rows: string) => `(SELECT id FROM ${rows} ORDER BY id DESC LIMIT 1)`;
  return facetsWith(
    `WITH sampled AS MATERIALIZED (
             -- The sample: a search matching more than cap of its rows has passed the cap, and its own matches are
             -- never read.
             ${sample(allowance)}
           ), hits AS MATERIALIZED (
             -- The search's matches, up to cap + 1, unless the sample already passed the cap.
             SELECT h.* FROM (${matches}) h WHERE NOT ${overSample}
           ), sample_end AS MATERIALIZED (
             -- Where the sample stops: its (cap + 1)-th match, or its last row (none when the organisation has fewer
             -- rows than the allowance: then the sample is the whole organisation, and its counts exact).
             SELECT CASE WHEN ${overSample} THEN ${lastOf('sampled')}
                         ELSE (SELECT q.profile_id FROM profile_facet_sample q WHERE q.organisation_id = ${org}
                                ORDER BY q.profile_id OFFSET ${allowance} - 1 LIMIT 1) END AS id
              WHERE ${over}
           ), counted AS MATERIALIZED (
             ${withPlacement('hits', '1', [`NOT ${over}`])}
             UNION ALL
             ${withPlacement(
               '(SELECT s.* FROM sampled s, sample_end e WHERE e.id IS NULL OR s.id < e.id)',
               `(SELECT CASE WHEN e.id IS NULL THEN 1 ELSE 1 / ${idShare('e.id')} END FROM sample_end e)`,
             )}
           )`,
    org,
    `(SELECT CASE WHEN e.id IS NULL THEN 1 ELSE ${idShare('e.id')} END FROM sample_end e)`,
    params,
  );
}

/** Facet counts as the API gives them: exact, or scaled up from the sample and said to be estimates. */
export interface FacetCounts {
  estimated: boolean;
  /** Visible matches counted (exact), or their estimate — never below exactUpTo + 1, which is known to be passed. */
  matchCount: number;
  /** DEPARTMENT, GRADE and SKILL rows with their (scaled) counts. */
  rows: FacetRow[];
}

/** Reads facetsStatement's rows: counts from a sample (already scaled up in the statement) are said to be estimates. */
export function facetCounts(rows: FacetStatementRow[], exactUpTo: number): FacetCounts {
  const matches = rows.find((r) => r.facet === 'MATCHES');
  const estimated = matches?.fraction != null;
  // Sampled rows count for more than one person: estimates are rounded (never below one, as someone was counted).
  const scaled = (count: number) => (estimated ? Math.max(1, Math.round(count)) : Math.round(count));
  return {
    estimated,
    matchCount: estimated ? Math.max(exactUpTo + 1, scaled(matches?.count ?? 0)) : scaled(matches?.count ?? 0),
    rows: rows
      .filter((r) => r.facet !== 'MATCHES')
      .map(({ facet, value, count }) => ({ facet, value, count: scaled(count) })),
  };
}

/** The facet rows over `counted` (skill_tokens, department, grade, w), each row counting for its weight `w`. */
function facetsWith(ctes: string, org: string, fraction: string, params: Params): SqlStatement {
  return {
    text: `${ctes}
           SELECT 'MATCHES' AS facet, NULL AS value, COALESCE(sum(w), 0)::float8 AS count, ${fraction}::float8 AS fraction
             FROM counted
           UNION ALL
           SELECT 'DEPARTMENT', department, sum(w)::float8, NULL FROM counted
            WHERE department IS NOT NULL GROUP BY department
           UNION ALL
           SELECT 'GRADE', grade, sum(w)::float8, NULL FROM counted WHERE grade IS NOT NULL GROUP BY grade
           UNION ALL
           SELECT 'SKILL', s.id::text, f.count, NULL
             FROM (SELECT t / 8 AS num, sum(counted.w)::float8 AS count
                     FROM counted CROSS JOIN LATERAL unnest(counted.skill_tokens) AS t
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
