/**
 * People-search benchmark (not part of the jest run).
 *
 *   npm run bench -- search --n 100000
 *   node scripts/with-services.mjs node -r ts-node/register/transpile-only -r tsconfig-paths/register \
 *     bench/search.bench.ts --n 1000000
 *
 * Options: --n people (default 100 000) · --per-class queries per class (default 60, so 240 in all)
 * · --naive-per-class how many of them also run on the naive baseline (default: all up to 200 000
 * people, 12 above — a naive query at 1M takes seconds) · --seed.
 *
 * Builds a realistic organisation (plus a second, smaller one, so the organisation filter does
 * work) in a freshly migrated database, loads it with multi-row INSERT … SELECT unnest(…), derives
 * the search fields with the product's own REFRESH_SEARCH_FIELDS_SQL, then runs a rotating set of
 * queries in four classes against
 *   (a) the product: the exact statements PeopleSearchService runs (page + count, in parallel on
 *       two connections, as the service does), over profile ⋈ membership with its GIN indexes;
 *   (b) a naive baseline written the obvious way: one denormalised table, ILIKE over the texts,
 *       skills as unindexed JSON, similarity() without a trigram index;
 * and prints p50/p95/p99 per class and the ratio naive/product, in the same run.
 */
import 'reflect-metadata';
import { dataSourceOptions, runMigrations } from '@crowdcomms/database';
import {
  COUNT_CAP,
  countStatement,
  facetsStatement,
  pageStatement,
  PeopleSearchCriteria,
  REFRESH_SEARCH_FIELDS_SQL,
  sanitiseSearchText,
  skillToken,
  SqlStatement,
} from '@crowdcomms/profiles';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { BenchSkill, GeneratedPerson, Generator, generator, INTERESTS } from './search/generate';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const N = arg('n', 100_000);
const PER_CLASS = arg('per-class', 60);
const NAIVE_PER_CLASS = arg('naive-per-class', N <= 200_000 ? PER_CLASS : 12);
const SEED = arg('seed', 20260301);
const BATCH = 5_000;
const PAGE = 20;
const HR = ['HR_ONLY', 'ORGANISATION'];

/** Seeded generator, made once the shipped skills are read. */
let g: Generator;
const log = (...xs: unknown[]) => console.log(...xs);
const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run through scripts/with-services.mjs (see the header)');
  const ds = await new DataSource(dataSourceOptions(url)).initialize();
  await runMigrations(ds);
  await ds.destroy();
  // A naive query that runs away is cut off rather than stalling the run.
  const pool = new Pool({ connectionString: url, max: 4, statement_timeout: 300_000 });
  const pg = await pool.query<{ version: string }>('SELECT version()');
  log(`people search benchmark · ${N.toLocaleString('en-GB')} profiles · seed ${SEED}`);
  log(`${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}) · ${pg.rows[0].version.split(' on ')[0]}`);

  const skills = (
    await pool.query<BenchSkill & { related_slugs: string[] }>(
      `SELECT id, num, slug, name, category, related_slugs FROM skill WHERE organisation_id IS NULL ORDER BY num`,
    )
  ).rows.map((s) => ({ ...s, related: s.related_slugs }));
  g = generator(SEED, skills);

  const org = randomUUID();
  const noiseOrg = randomUUID();
  for (const [id, name] of [
    [org, 'Bench County Council'],
    [noiseOrg, 'Noise Trust'],
  ]) {
    await pool.query(`INSERT INTO organisation (id, name, slug, settings) VALUES ($1, $2, $3, '{}')`, [id, name, id]);
  }
  await pool.query(`CREATE TABLE naive_profile (
      id uuid PRIMARY KEY, organisation_id uuid NOT NULL, display_name text NOT NULL, headline text, bio text,
      cv_text text, interests text, skills jsonb NOT NULL, wants jsonb NOT NULL, hours int, visibility text NOT NULL,
      department text, grade text, location text, active boolean NOT NULL)`);

  // Indexes are built once after the load (as a bulk import would), from their migrated definitions.
  const indexes = (
    await pool.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'profile'
          AND indexname IN ('profile_organisation_search_document_idx', 'profile_organisation_skill_tokens_idx',
                            'profile_organisation_search_name_trgm_idx', 'profile_organisation_display_name_idx')`,
    )
  ).rows;
  for (const i of indexes) await pool.query(`DROP INDEX "${i.indexname}"`);

  let t0 = performance.now();
  const people: { name: string; skills: { slug: string; num: number; level: number }[] }[] = [];
  await load(pool, org, N, people);
  await load(pool, noiseOrg, Math.ceil(N / 20), null);
  log(`loaded ${N.toLocaleString('en-GB')} + ${Math.ceil(N / 20).toLocaleString('en-GB')} profiles in ${seconds(t0)}`);

  t0 = performance.now();
  for (const o of [org, noiseOrg]) {
    const ids = (await pool.query<{ id: string }>('SELECT id FROM profile WHERE organisation_id = $1', [o])).rows.map(
      (r) => r.id,
    );
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += 20_000) chunks.push(ids.slice(i, i + 20_000));
    // Two at a time: the machine has two cores.
    for (let i = 0; i < chunks.length; i += 2) {
      await Promise.all(chunks.slice(i, i + 2).map((chunk) => pool.query(REFRESH_SEARCH_FIELDS_SQL, [o, chunk])));
    }
  }
  log(`derived search fields (product SQL) in ${seconds(t0)}`);
  t0 = performance.now();
  for (const i of indexes) await pool.query(i.indexdef);
  await pool.query('VACUUM ANALYZE profile, profile_skill, membership, naive_profile, skill');
  log(`built indexes and analysed in ${seconds(t0)}`);
  const sizes = await pool.query<{ name: string; size: string }>(
    `SELECT relname AS name, pg_size_pretty(pg_total_relation_size(oid)) AS size FROM pg_class
      WHERE relname IN ('profile', 'profile_skill', 'membership', 'naive_profile') ORDER BY relname`,
  );
  log(`sizes: ${sizes.rows.map((r) => `${r.name} ${r.size}`).join(' · ')}`);

  await run(pool, org, skills, people);
  await pool.end();
}

/** Generates and inserts `count` people of one organisation in batches. */
async function load(
  pool: Pool,
  organisationId: string,
  count: number,
  keep: { name: string; skills: { slug: string; num: number; level: number }[] }[] | null,
): Promise<void> {
  for (let done = 0; done < count; done += BATCH) {
    const batch: (GeneratedPerson & { membershipId: string; profileId: string })[] = [];
    for (let i = 0; i < Math.min(BATCH, count - done); i++) {
      batch.push({ ...g.person(), membershipId: randomUUID(), profileId: randomUUID() });
    }
    // Deactivated members exist in real organisations; search must skip them.
    const status = batch.map(() => (g.rand() < 0.03 ? 'DEACTIVATED' : 'ACTIVE'));
    const col = <T>(f: (p: (typeof batch)[number], i: number) => T) => batch.map(f);
    await pool.query(
      `INSERT INTO membership (id, organisation_id, user_id, roles, department, grade, location, status)
       SELECT m, $1, gen_random_uuid(), '{MEMBER}', d, g, l, s
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(m, d, g, l, s)`,
      [
        organisationId,
        col((p) => p.membershipId),
        col((p) => p.department),
        col((p) => p.grade),
        col((p) => p.location),
        status,
      ],
    );
    await pool.query(
      `INSERT INTO profile (id, organisation_id, membership_id, display_name, headline, bio, cv_text, interests,
                            available_hours_per_month, visibility)
       SELECT id, $1, m, n, h, b, c, CASE WHEN i = '' THEN '{}'::text[] ELSE string_to_array(i, '|') END, hrs, v
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[],
                     $10::text[]) AS t(id, m, n, h, b, c, i, hrs, v)`,
      [
        organisationId,
        col((p) => p.profileId),
        col((p) => p.membershipId),
        col((p) => p.displayName),
        col((p) => p.headline),
        col((p) => p.bio),
        col((p) => p.cv),
        col((p) => p.interests.join('|')),
        col((p) => p.hours),
        col((p) => p.visibility),
      ],
    );
    const ps = batch.flatMap((p) => [
      ...p.skills.map((s) => ({ p: p.profileId, s: s.skill.id, k: 'HAS', l: s.level, y: s.years })),
      ...p.wants.map((w) => ({ p: p.profileId, s: w.id, k: 'WANTS', l: null, y: null })),
    ]);
    await pool.query(
      `INSERT INTO profile_skill (organisation_id, profile_id, skill_id, kind, level, years)
       SELECT $1, p, s, k, l, y FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::int[]) AS t(p, s, k, l, y)`,
      [
        organisationId,
        ps.map((x) => x.p),
        ps.map((x) => x.s),
        ps.map((x) => x.k),
        ps.map((x) => x.l),
        ps.map((x) => x.y),
      ],
    );
    await pool.query(
      `INSERT INTO naive_profile (id, organisation_id, display_name, headline, bio, cv_text, interests, skills, wants,
                                  hours, visibility, department, grade, location, active)
       SELECT id, $1, n, h, b, c, i, sk::jsonb, w::jsonb, hrs, v, d, gr, l, a
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::int[], $11::text[], $12::text[], $13::text[], $14::text[], $15::boolean[])
           AS t(id, n, h, b, c, i, sk, w, hrs, v, d, gr, l, a)`,
      [
        organisationId,
        col((p) => p.profileId),
        col((p) => p.displayName),
        col((p) => p.headline),
        col((p) => p.bio),
        col((p) => p.cv),
        col((p) => p.interests.join(' ')),
        col((p) => JSON.stringify(p.skills.map((s) => ({ slug: s.skill.slug, name: s.skill.name, level: s.level })))),
        col((p) => JSON.stringify(p.wants.map((w) => ({ slug: w.slug, name: w.name })))),
        col((p) => p.hours),
        col((p) => p.visibility),
        col((p) => p.department),
        col((p) => p.grade),
        col((p) => p.location),
        status.map((s) => s === 'ACTIVE'),
      ],
    );
    if (keep) {
      for (const p of batch) {
        if (keep.length < 20_000 || g.rand() < 0.01) {
          keep.push({
            name: p.displayName,
            skills: p.skills.map((s) => ({ slug: s.skill.slug, num: s.skill.num, level: s.level })),
          });
        }
      }
    }
  }
}

type QueryClass = 'full text' | 'full text + 2 skills' | '3 skill filters' | 'typo name';
const CLASSES: QueryClass[] = ['full text', 'full text + 2 skills', '3 skill filters', 'typo name'];

interface BenchQuery {
  cls: QueryClass;
  text: string | null;
  name: string | null;
  skills: { slug: string; num: number; level: number }[];
}

/** The rotating query set: PER_CLASS of each class, interleaved. */
function queries(
  skillsBySlug: Map<string, BenchSkill>,
  people: { name: string; skills: BenchQuery['skills'] }[],
): BenchQuery[] {
  const term = (s: BenchSkill) => s.name.toLowerCase().replace(/\(.*?\)/g, ' ');
  const out: BenchQuery[] = [];
  for (let i = 0; i < PER_CLASS; i++) {
    const a = g.popularSkill();
    out.push({
      cls: 'full text',
      text: i % 3 === 0 ? `${term(a)} ${g.pick(INTERESTS)}` : term(a),
      name: null,
      skills: [],
    });
    // HR looks for a skill and filters by two more a real person holds (text: a third skill of theirs).
    const who = g.pick(people);
    const three = [...who.skills].sort(() => g.rand() - 0.5).slice(0, 3);
    out.push({
      cls: 'full text + 2 skills',
      text: term(skillsBySlug.get(three[2].slug)!),
      name: null,
      skills: three.slice(0, 2).map((s) => ({ ...s, level: Math.max(1, s.level - 1) })),
    });
    const someone = g.pick(people);
    out.push({
      cls: '3 skill filters',
      text: null,
      name: null,
      skills: [...someone.skills]
        .sort(() => g.rand() - 0.5)
        .slice(0, 3)
        .map((s) => ({ ...s, level: Math.max(1, s.level - 1) })),
    });
    out.push({ cls: 'typo name', text: null, name: g.typo(g.pick(people).name), skills: [] });
  }
  return out;
}

function criteria(org: string, q: BenchQuery): PeopleSearchCriteria {
  return {
    organisationId: org,
    visibilities: HR,
    text: sanitiseSearchText(q.text),
    name: sanitiseSearchText(q.name),
    requiredTokens: q.skills.map((s) => skillToken(s.num, s.level)).sort((a, b) => a - b),
    department: null,
    grade: null,
    location: null,
    minAvailableHours: null,
  };
}

/** The obvious implementation: ILIKE over every text, skills in unindexed JSON, similarity() without an index. */
function naive(org: string, q: BenchQuery): { page: SqlStatement; count: SqlStatement } {
  const values: unknown[] = [org, HR];
  const p = (v: unknown) => `$${values.push(v)}`;
  const where = ['n.organisation_id = $1', 'n.visibility = ANY($2)', 'n.active'];
  let score = '0';
  const words = q.text ? q.text.split(/\W+/).filter(Boolean) : [];
  for (const w of words) {
    const like = p(`%${w}%`);
    where.push(`(n.display_name ILIKE ${like} OR n.headline ILIKE ${like} OR n.bio ILIKE ${like}
               OR n.cv_text ILIKE ${like} OR n.interests ILIKE ${like} OR n.skills::text ILIKE ${like})`);
    score += ` + (CASE WHEN n.headline ILIKE ${like} THEN 3 ELSE 0 END)
              + (CASE WHEN n.skills::text ILIKE ${like} THEN 2 ELSE 0 END)
              + (CASE WHEN n.bio ILIKE ${like} THEN 1 ELSE 0 END)`;
  }
  for (const s of q.skills) {
    where.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(n.skills) e
                         WHERE e->>'slug' = ${p(s.slug)} AND (e->>'level')::int >= ${p(s.level)})`);
  }
  if (q.name) {
    const name = p(q.name.toLowerCase());
    where.push(`similarity(lower(n.display_name), ${name}) >= 0.3`);
    score = `similarity(lower(n.display_name), ${name})`;
  }
  const order = words.length || q.name ? `${score} DESC, n.id DESC` : 'n.display_name, n.id';
  const countValues = [...values];
  return {
    page: {
      text: `SELECT n.id, n.display_name, n.headline, n.department, n.grade, n.location FROM naive_profile n
              WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${PAGE + 1}`,
      values,
    },
    // The same cap as the product's count, so both sides answer the same question.
    count: {
      text: `SELECT count(*)::int AS count FROM (SELECT 1 FROM naive_profile n WHERE ${where.join(' AND ')}
              LIMIT ${COUNT_CAP + 1}) capped`,
      values: countValues,
    },
  };
}

async function timed(pool: Pool, page: SqlStatement, count: SqlStatement): Promise<{ ms: number; total: number }> {
  const t0 = performance.now();
  const [, c] = await Promise.all([pool.query(page.text, page.values), pool.query(count.text, count.values)]);
  return { ms: performance.now() - t0, total: (c.rows[0] as { count: number }).count };
}

const pct = (xs: number[], q: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const f = (x: number) => (Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(1));

async function run(
  pool: Pool,
  org: string,
  skills: BenchSkill[],
  people: { name: string; skills: BenchQuery['skills'] }[],
): Promise<void> {
  const set = queries(new Map(skills.map((s) => [s.slug, s])), people);
  log(`\n${set.length} queries (${PER_CLASS} per class); naive baseline on the first ${NAIVE_PER_CLASS} of each class`);
  // Warm-up: a few of each, both sides, so neither pays for a cold cache alone.
  for (const q of set.slice(0, 8)) {
    const c = criteria(org, q);
    await timed(pool, pageStatement(c, PAGE), countStatement(c));
    const n = naive(org, q);
    await timed(pool, n.page, n.count);
  }
  const product = new Map<QueryClass, number[]>(CLASSES.map((c) => [c, []]));
  const baseline = new Map<QueryClass, number[]>(CLASSES.map((c) => [c, []]));
  const facets = new Map<QueryClass, number[]>(CLASSES.map((c) => [c, []]));
  const matches = new Map<QueryClass, number[]>(CLASSES.map((c) => [c, []]));
  const agree = new Map<QueryClass, [number, number]>(CLASSES.map((c) => [c, [0, 0]]));
  const naiveDone = new Map<QueryClass, number>(CLASSES.map((c) => [c, 0]));
  const t0 = performance.now();
  for (const q of set) {
    const c = criteria(org, q);
    const a = await timed(pool, pageStatement(c, PAGE), countStatement(c));
    product.get(q.cls)!.push(a.ms);
    matches.get(q.cls)!.push(a.total);
    const ft = performance.now();
    const fs = facetsStatement(c);
    await pool.query(fs.text, fs.values);
    facets.get(q.cls)!.push(performance.now() - ft);
    if (naiveDone.get(q.cls)! < NAIVE_PER_CLASS) {
      naiveDone.set(q.cls, naiveDone.get(q.cls)! + 1);
      const n = naive(org, q);
      const b = await timed(pool, n.page, n.count);
      baseline.get(q.cls)!.push(b.ms);
      // Filters and trigram names mean the same on both sides: their counts must agree.
      if (q.cls === '3 skill filters' || q.cls === 'typo name') {
        const [same, all] = agree.get(q.cls)!;
        agree.set(q.cls, [same + (a.total === b.total ? 1 : 0), all + 1]);
      }
    }
  }
  log(`measured in ${seconds(t0)}\n`);
  const header = [
    'class'.padEnd(22),
    'product p50/p95/p99 ms'.padStart(24),
    'naive p50/p95/p99 ms'.padStart(26),
    'ratio p50'.padStart(10),
    'ratio p95'.padStart(10),
    'matches p50'.padStart(12),
    'facets p95 ms'.padStart(14),
    'counts agree'.padStart(13),
  ];
  log(header.join(' '));
  for (const cls of CLASSES) {
    const a = product.get(cls)!;
    const b = baseline.get(cls)!;
    const [same, all] = agree.get(cls)!;
    log(
      [
        cls.padEnd(22),
        `${f(pct(a, 0.5))} / ${f(pct(a, 0.95))} / ${f(pct(a, 0.99))}`.padStart(24),
        `${f(pct(b, 0.5))} / ${f(pct(b, 0.95))} / ${f(pct(b, 0.99))}`.padStart(26),
        `${(pct(b, 0.5) / pct(a, 0.5)).toFixed(0)}×`.padStart(10),
        `${(pct(b, 0.95) / pct(a, 0.95)).toFixed(0)}×`.padStart(10),
        String(pct(matches.get(cls)!, 0.5)).padStart(12),
        f(pct(facets.get(cls)!, 0.95)).padStart(14),
        (all ? `${same}/${all}` : 'n/a').padStart(13),
      ].join(' '),
    );
  }
  log(
    `\nproduct = page (${PAGE}) + totalCount (capped at ${COUNT_CAP}), as PeopleSearchService runs them; facets timed separately.`,
  );
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
