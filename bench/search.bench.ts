/**
 * People-search benchmark (not part of the jest run).
 *
 *   npm run bench -- search --n 100000
 *   node scripts/with-services.mjs node -r ts-node/register/transpile-only -r tsconfig-paths/register \
 *     bench/search.bench.ts --n 1000000
 *
 * Options: --n people (default 100 000) · --per-class queries per class (default 60, so 240 in all)
 * · --naive-per-class how many of them also run on the naive baseline (default: all up to 200 000
 * people, 12 above — a naive query at 1M takes seconds) · --seed · --data-dir DIR keeps the
 * PostgreSQL cluster in DIR (one database per --n/--seed) so a second run skips the load; --reuse is
 * --data-dir .data/bench-search. On reuse, pending migrations run and the search fields and indexes
 * are derived again only when their SQL changed. The kept cluster runs with --shared-buffers SIZE
 * (default a third of the RAM, as for a dedicated database server); --prewarm reads both sides'
 * tables and indexes into that cache before measuring (steady state instead of a cold start).
 * Row-level security: the product's statements run as the app runs them — as the app role
 * (crowdcomms_app), each borrowed connection first given the organisation — and, for the cost of
 * the policies and of that one statement per borrow, the same statements also run as the tables'
 * owner (which the policies do not bind), turn about, --reps times (default 3); the table prints the
 * best run of each side per query and their ratio.
 * Facets: every query's facets are timed as the API computes them (exact up to --facets-cap, default
 * FACETS_EXACT_UP_TO, estimated past it); a fifth class, facets over the broad full-text queries, also runs the
 * previous way (every match read, exact) in the same run, for the ratio and the estimates' measured error.
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
import { APP_ROLE, dataSourceOptions, runMigrations } from '@crowdcomms/database';
import { retryTransaction } from '@crowdcomms/errors';
import {
  COUNT_CAP,
  FacetRow,
  facetCounts,
  FACET_SAMPLE_FACTOR,
  FACETS_EXACT_UP_TO,
  facetsStatement,
  FacetStatementRow,
  PeopleSearchCriteria,
  recordSearchSql,
  REFRESH_SEARCH_FIELDS_SQL,
  sanitiseSearchText,
  searchStatements,
  SearchStatements,
  skillToken,
  SqlStatement,
} from '@crowdcomms/profiles';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { BenchSkill, GeneratedPerson, Generator, generator, INTERESTS } from './search/generate';
import { option } from './support';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const N = arg('n', 100_000);
const PER_CLASS = arg('per-class', 60);
const NAIVE_PER_CLASS = arg('naive-per-class', N <= 200_000 ? PER_CLASS : 12);
const SEED = arg('seed', 20260301);
const DATABASE_URL_NAME = 'DATABASE_URL';
const DATA_DIR = option('data-dir') ?? (process.argv.includes('--reuse') ? '.data/bench-search' : null);
const SHARED_BUFFERS = option('shared-buffers') ?? `${Math.floor(os.totalmem() / 3 / 2 ** 20)}MB`;
const PREWARM = process.argv.includes('--prewarm');
const REPS = arg('reps', 3);
const FACETS_CAP = arg('facets-cap', FACETS_EXACT_UP_TO);

/**
 * Queries as the app makes them under row-level security: as the app role, on a connection that is
 * given the organisation each time it is borrowed (TransactionalConnection does the same).
 */
function asTheApp(url: string, organisationId: string): Pool {
  const app = new Pool({ connectionString: url, max: 4, statement_timeout: 300_000, options: `-c role=${APP_ROLE}` });
  app.on('error', () => {});
  return {
    query: async (text: string, values?: unknown[]) => {
      const client = await app.connect();
      try {
        await client.query(
          `SELECT set_config('app.organisation_id', $1, false), set_config('app.cross_organisation', 'off', false)`,
          [organisationId],
        );
        return await client.query(text, values);
      } finally {
        client.release();
      }
    },
  } as unknown as Pool;
}
const BATCH = 5_000;
const PAGE = 20;
const HR = ['HR_ONLY', 'ORGANISATION'];

/** Seeded generator, made once the shipped skills are read. */
let g: Generator;
const log = (...xs: unknown[]) => console.log(...xs);
const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

type Person = { name: string; skills: { slug: string; num: number; level: number }[] };

interface EmbeddedServices {
  makeReachableDir(dir: string): string;
  startEmbeddedPostgres(options: { dataDir: string; persistent: boolean; settings?: Record<string, string> }): Promise<{
    adminUrl: string;
    urlFor(db: string): string;
    createDatabase(name: string): Promise<void>;
    stop(): Promise<void>;
  }>;
}

/** The kept cluster of --data-dir: started here (persistent), one database per dataset. */
async function keptDatabase(dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  // One cluster per dataset: runs of different sizes at the same time do not share (or stop) a server.
  const root = path.resolve(dir, `n${N}-s${SEED}`);
  mkdirSync(root, { recursive: true });
  // scripts/services.mjs is ESM; a plain import() would be compiled to require() here (CommonJS, Node 20).
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const load = new Function('p', 'return import(p)') as (p: string) => Promise<EmbeddedServices>;
  const services = await load(path.resolve(__dirname, '../scripts/services.mjs'));
  services.makeReachableDir(path.resolve(dir));
  services.makeReachableDir(root);
  // The kept cluster is configured as a dedicated database server would be: a third of the RAM as
  // PostgreSQL's own cache (this machine's OS keeps almost no file cache, so without it every row a
  // query touches is a disk read). The throwaway cluster of a plain run keeps the defaults.
  const pg = await services.startEmbeddedPostgres({
    dataDir: path.join(root, 'pg'),
    persistent: true,
    settings: { shared_buffers: SHARED_BUFFERS },
  });
  log(`kept cluster in ${root} · shared_buffers ${SHARED_BUFFERS}`);
  const db = `search_n${N}_s${SEED}`;
  // A load that was interrupted leaves a database without the "loaded" mark: start it again from scratch.
  const admin = new Pool({ connectionString: pg.adminUrl, max: 1 });
  admin.on('error', () => {});
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db])).rowCount;
    if (exists) {
      const probe = new Pool({ connectionString: pg.urlFor(db), max: 1 });
      probe.on('error', () => {});
      const loaded = await probe
        .query(`SELECT 1 FROM bench_meta WHERE key = 'loaded'`)
        .then((r) => r.rowCount)
        .catch(() => 0);
      await probe.end();
      if (!loaded) await admin.query(`DROP DATABASE "${db}"`);
    }
  } finally {
    await admin.end();
  }
  await pg.createDatabase(db);
  return { url: pg.urlFor(db), stop: () => pg.stop() };
}

async function main(): Promise<void> {
  const kept = DATA_DIR ? await keptDatabase(DATA_DIR) : null;
  try {
    await bench(kept?.url ?? process.env.DATABASE_URL);
  } finally {
    await kept?.stop();
  }
}

async function bench(url: string | undefined): Promise<void> {
  if (!url) throw new Error('DATABASE_URL is not set: run through scripts/with-services.mjs (see the header)');
  const ds = await new DataSource(dataSourceOptions(url)).initialize();
  await runMigrations(ds);
  await ds.destroy();
  // A naive query that runs away is cut off rather than stalling the run.
  const pool = new Pool({ connectionString: url, max: 4, statement_timeout: 300_000 });
  pool.on('error', () => {}); // an idle connection closed by the server stopping at the end
  const pg = await pool.query<{ version: string }>('SELECT version()');
  log(`people search benchmark · ${N.toLocaleString('en-GB')} profiles · seed ${SEED}`);
  log(`${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}) · ${pg.rows[0].version.split(' on ')[0]}`);
  log(
    `load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}${DATA_DIR ? ` · data kept in ${DATA_DIR}` : ''}`,
  );
  await pool.query(`CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value text NOT NULL)`);
  const meta = async (key: string) =>
    (await pool.query<{ value: string }>('SELECT value FROM bench_meta WHERE key = $1', [key])).rows[0]?.value ?? null;
  const setMeta = (key: string, value: string) =>
    pool.query(
      'INSERT INTO bench_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      [key, value],
    );

  const skills = (
    await pool.query<BenchSkill & { related_slugs: string[] }>(
      `SELECT id, num, slug, name, category, related_slugs FROM skill WHERE organisation_id IS NULL ORDER BY num`,
    )
  ).rows.map((s) => ({ ...s, related: s.related_slugs }));
  g = generator(SEED, skills);

  // Indexes are built once after the load (as a bulk import would), from their migrated definitions.
  // Remembered in bench_meta too: a run stopped between dropping and rebuilding them (or --load-only) must not
  // lose them for the next.
  const remembered = new Map(
    (JSON.parse((await meta('indexdefs')) ?? '[]') as { indexname: string; indexdef: string }[]).map((i) => [
      i.indexname,
      i,
    ]),
  );
  for (const i of (
    await pool.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('profile', 'profile_search_name')
          AND indexname = ANY($1::text[])`,
      [SEARCH_INDEXES],
    )
  ).rows) {
    remembered.set(i.indexname, i);
  }
  const indexes = [...remembered.values()]
    .filter((i) => SEARCH_INDEXES.includes(i.indexname))
    .sort((a, b) => a.indexname.localeCompare(b.indexname));
  await setMeta('indexdefs', JSON.stringify(indexes));
  const hash = (x: string) => createHash('sha256').update(x).digest('hex').slice(0, 16);
  const derivation = hash(REFRESH_SEARCH_FIELDS_SQL);
  const indexing = hash(JSON.stringify(indexes));
  const peopleFile = DATA_DIR ? path.resolve(DATA_DIR, `n${N}-s${SEED}`, 'people.json') : null;

  let org: string;
  let people: Person[];
  if ((await meta('loaded')) && peopleFile && existsSync(peopleFile)) {
    org = (await meta('org'))!;
    people = JSON.parse(readFileSync(peopleFile, 'utf8')) as Person[];
    log(`reusing the loaded dataset in ${DATA_DIR}`);
  } else {
    if ((await pool.query('SELECT 1 FROM organisation LIMIT 1')).rowCount) {
      throw new Error(`An interrupted load is in ${DATA_DIR ?? DATABASE_URL_NAME}: delete it and run again`);
    }
    org = randomUUID();
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
    for (const i of indexes) await pool.query(`DROP INDEX IF EXISTS "${i.indexname}"`);
    const t0 = performance.now();
    people = [];
    await load(pool, org, N, people);
    await load(pool, noiseOrg, Math.ceil(N / 20), null);
    log(
      `loaded ${N.toLocaleString('en-GB')} + ${Math.ceil(N / 20).toLocaleString('en-GB')} profiles in ${seconds(t0)}`,
    );
    if (peopleFile) writeFileSync(peopleFile, JSON.stringify(people));
    await setMeta('org', org);
    await setMeta('loaded', new Date().toISOString());
  }
  if (process.argv.includes('--load-only')) return void (await pool.end());

  const derive = (await meta('derived')) !== derivation;
  if (derive || (await meta('indexed')) !== indexing) {
    for (const i of indexes) await pool.query(`DROP INDEX IF EXISTS "${i.indexname}"`);
    let t0 = performance.now();
    if (derive) {
      const orgs = (await pool.query<{ id: string }>('SELECT id FROM organisation')).rows.map((r) => r.id);
      for (const o of orgs) {
        const ids = (
          await pool.query<{ id: string }>('SELECT id FROM profile WHERE organisation_id = $1', [o])
        ).rows.map((r) => r.id);
        const chunks: string[][] = [];
        for (let i = 0; i < ids.length; i += 20_000) chunks.push(ids.slice(i, i + 20_000));
        // Two at a time: the machine has two cores.
        for (let i = 0; i < chunks.length; i += 2) {
          await Promise.all(
            chunks
              .slice(i, i + 2)
              .map((chunk) => retryTransaction(() => pool.query(REFRESH_SEARCH_FIELDS_SQL, [o, chunk]))),
          );
        }
      }
      log(`derived search fields (product SQL) in ${seconds(t0)}`);
      t0 = performance.now();
      // Every derivation rewrites each row once: compact the table, as a restored database would be.
      await pool.query('VACUUM FULL profile');
      log(`compacted profile (VACUUM FULL) in ${seconds(t0)}`);
      t0 = performance.now();
    }
    // As a bulk import would: with room to sort the keys (one statement, so the setting and the build share a session).
    for (const i of indexes) await pool.query(`SET maintenance_work_mem = '1GB'; ${i.indexdef}`);
    await pool.query('VACUUM ANALYZE profile, profile_skill, membership, naive_profile, skill, profile_search_name');
    log(`built indexes and analysed in ${seconds(t0)}`);
    await setMeta('derived', derivation);
    await setMeta('indexed', indexing);
  } else {
    log('search fields and indexes are up to date (same SQL as the kept dataset)');
  }
  const sizes = await pool.query<{ name: string; size: string }>(
    `SELECT relname AS name, pg_size_pretty(pg_total_relation_size(oid)) AS size FROM pg_class
      WHERE relname IN ('profile', 'profile_skill', 'membership', 'naive_profile', 'profile_search_name')
      ORDER BY relname`,
  );
  log(`sizes: ${sizes.rows.map((r) => `${r.name} ${r.size}`).join(' · ')}`);
  if (PREWARM) {
    // Steady state rather than a cold start: both sides' tables and indexes are read into
    // PostgreSQL's cache before any query (pg_prewarm ships with PostgreSQL).
    const t0 = performance.now();
    await pool.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
    await pool.query(
      `SELECT pg_prewarm(c.oid) FROM pg_class c
        WHERE c.relkind IN ('r', 'i', 't')
          AND (c.relname IN ('profile', 'membership', 'naive_profile', 'profile_search_name', 'skill',
                             'profile_facet_sample')
               OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN (SELECT oid FROM pg_class
                 WHERE relname IN ('profile', 'membership', 'naive_profile', 'profile_search_name', 'skill',
                                   'profile_facet_sample')))
               OR c.oid IN (SELECT reltoastrelid FROM pg_class WHERE relname IN ('profile', 'naive_profile')))`,
    );
    log(`prewarmed both sides' tables and indexes in ${seconds(t0)}`);
  }
  // A fresh generator for the queries, so a reused dataset gets the same query set as a fresh one.
  g = generator(SEED + 1, skills);

  await run({ app: asTheApp(url, org), owner: pool }, org, skills, people);
  log(
    `load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  await pool.end();
}

/** The search indexes of profile, dropped before a bulk derivation and rebuilt from their migrated definitions. */
const SEARCH_INDEXES = [
  'profile_search_keys_idx',
  'profile_organisation_search_order_idx',
  'profile_organisation_search_name_idx',
  'profile_organisation_display_name_idx',
  'profile_search_name_trgm_idx',
];

/** Generates and inserts `count` people of one organisation in batches. */
async function load(pool: Pool, organisationId: string, count: number, keep: Person[] | null): Promise<void> {
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

/** Page and count as the service runs them: in parallel on two connections, or one statement for a ranked page. */
async function timed(
  pool: Pool,
  { page, count }: SearchStatements,
): Promise<{ ms: number; total: number; memberIds: string[] }> {
  const t0 = performance.now();
  const [p, c] = await Promise.all([
    pool.query(page.text, page.values),
    count ? pool.query(count.text, count.values) : null,
  ]);
  const total = c ? (c.rows[0] as { count: number }).count : (p.rows[0] as { total: number }).total;
  const memberIds = (p.rows as { memberId?: string }[]).map((r) => r.memberId).filter((id): id is string => !!id);
  return { ms: performance.now() - t0, total, memberIds: memberIds.slice(0, PAGE) };
}

let auditedSearches = 0;

/** What an HR search also writes, as the service does: its SEARCH event and one FOUND event per person on the page. */
async function audited(pool: Pool, org: string, actor: string, memberIds: string[]): Promise<number> {
  const t0 = performance.now();
  // Distinct words each time: the worst case, where no FOUND event is folded into an earlier one.
  const searched = { query: `bench ${++auditedSearches}`, name: null, filter: {}, page: 'first' };
  const statement = recordSearchSql(org, actor, memberIds, searched);
  await pool.query(statement.text, [...statement.values]);
  return performance.now() - t0;
}

/** The audit's baseline: the SEARCH event alone, as every search (by anyone) has always written it. */
async function searchEventOnly(pool: Pool, org: string, actor: string): Promise<number> {
  const t0 = performance.now();
  const searched = { query: `bench ${++auditedSearches}`, name: null, filter: {}, page: 'first' };
  const statement = recordSearchSql(org, actor, [], searched);
  await pool.query(statement.text, [...statement.values]);
  return performance.now() - t0;
}

const pct = (xs: number[], q: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const f = (x: number) => (Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(1));

async function run(
  { app, owner: pool }: { app: Pool; owner: Pool },
  org: string,
  skills: BenchSkill[],
  people: { name: string; skills: BenchQuery['skills'] }[],
): Promise<void> {
  const set = queries(new Map(skills.map((s) => [s.slug, s])), people);
  const explain = arg('explain', 0);
  if (explain) {
    // --explain K: the plans of the product statements for the first K queries of each class, then stop.
    for (const cls of CLASSES) {
      for (const q of set.filter((x) => x.cls === cls).slice(0, explain)) {
        const { page, count } = searchStatements(criteria(org, q), PAGE);
        // The facets too: capped (as the API runs them) and, for full text, every match read (the baseline).
        const facetStatements = [facetsStatement(criteria(org, q), FACETS_CAP)];
        if (cls === 'full text' && process.argv.includes('--explain-every-match')) {
          facetStatements.push(facetsStatement(criteria(org, q), null));
        }
        for (const st of [...(count ? [page, count] : [page]), ...facetStatements]) {
          const plan = await app.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${st.text}`, st.values);
          log(`\n--- ${cls}: ${JSON.stringify(q.text ?? q.name)} ${JSON.stringify(q.skills)}`);
          log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
        }
      }
    }
    return;
  }
  log(`\n${set.length} queries (${PER_CLASS} per class); naive baseline on the first ${NAIVE_PER_CLASS} of each class`);
  // Warm-up: a few of each, both sides, so neither pays for a cold cache alone.
  for (const q of set.slice(0, 8)) {
    const c = criteria(org, q);
    await timed(app, searchStatements(c, PAGE));
    await timed(pool, searchStatements(c, PAGE));
    const n = naive(org, q);
    await timed(pool, n);
  }
  const product = new Map<QueryClass, number[]>(CLASSES.map((c) => [c, []]));
  const audit = new Map<QueryClass, number[]>(CLASSES.map((c) => [c, []]));
  const searchOnly: number[] = [];
  const [{ id: actor }] = (await pool.query(`SELECT id FROM membership WHERE organisation_id = $1 LIMIT 1`, [org]))
    .rows as { id: string }[];
  const asOwner = new Map<QueryClass, number[]>(CLASSES.map((c) => [c, []]));
  const bestAsApp = new Map<QueryClass, number[]>(CLASSES.map((c) => [c, []]));
  const baseline = new Map<QueryClass, number[]>(CLASSES.map((c) => [c, []]));
  const facets = new Map<QueryClass, number[]>(CLASSES.map((c) => [c, []]));
  const matches = new Map<QueryClass, number[]>(CLASSES.map((c) => [c, []]));
  const agree = new Map<QueryClass, [number, number]>(CLASSES.map((c) => [c, [0, 0]]));
  const naiveDone = new Map<QueryClass, number>(CLASSES.map((c) => [c, 0]));
  const broadFacets: number[] = [];
  const everyMatchFacets: number[] = [];
  const facetErrors: FacetError[] = [];
  const t0 = performance.now();
  for (const [i, q] of set.entries()) {
    const c = criteria(org, q);
    // As the app (under the policies) and as the owner (bypassing them), turn about, so neither always goes
    // first; --reps times each, the best of each kept for the cost of row security (less of the machine's noise).
    const appRuns: Awaited<ReturnType<typeof timed>>[] = [];
    const ownerRuns: Awaited<ReturnType<typeof timed>>[] = [];
    for (let r = 0; r < REPS; r++) {
      const appFirst = (i + r) % 2 === 0;
      const first = await timed(appFirst ? app : pool, searchStatements(c, PAGE));
      const second = await timed(appFirst ? pool : app, searchStatements(c, PAGE));
      appRuns.push(appFirst ? first : second);
      ownerRuns.push(appFirst ? second : first);
    }
    const a = appRuns[0];
    if (ownerRuns.some((o) => o.total !== a.total)) throw new Error(`row-level security changed a count (${a.total})`);
    product.get(q.cls)!.push(a.ms);
    bestAsApp.get(q.cls)!.push(Math.min(...appRuns.map((x) => x.ms)));
    asOwner.get(q.cls)!.push(Math.min(...ownerRuns.map((x) => x.ms)));
    matches.get(q.cls)!.push(a.total);
    audit.get(q.cls)!.push(await audited(app, org, actor, a.memberIds));
    searchOnly.push(await searchEventOnly(app, org, actor));
    const ft = performance.now();
    const fs = facetsStatement(c, FACETS_CAP);
    const counted = (await app.query<FacetStatementRow>(fs.text, fs.values)).rows;
    facets.get(q.cls)!.push(performance.now() - ft);
    if (q.cls === 'full text') {
      // The fifth class: the same facets the previous way (every match read), turn about with the capped way.
      const capped = facetCounts(counted, FACETS_CAP);
      const again = performance.now();
      const fc = facetsStatement(c, FACETS_CAP);
      await app.query(fc.text, fc.values);
      broadFacets.push(performance.now() - again);
      const et = performance.now();
      const every = facetsStatement(c, null);
      const exact = facetCounts((await app.query<FacetStatementRow>(every.text, every.values)).rows, Infinity);
      everyMatchFacets.push(performance.now() - et);
      facetErrors.push(facetError(capped, exact));
    }
    if (naiveDone.get(q.cls)! < NAIVE_PER_CLASS) {
      naiveDone.set(q.cls, naiveDone.get(q.cls)! + 1);
      const n = naive(org, q);
      const b = await timed(pool, n);
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
    'audit p50/p95 ms'.padStart(17),
    '+audit p50'.padStart(11),
    'as app p50/p95 ms'.padStart(19),
    'as owner p50/p95 ms'.padStart(21),
    'RLS cost p50'.padStart(13),
    'RLS cost p95'.padStart(13),
  ];
  log(header.join(' '));
  for (const cls of CLASSES) {
    const a = product.get(cls)!;
    const b = baseline.get(cls)!;
    const o = asOwner.get(cls)!;
    const best = bestAsApp.get(cls)!;
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
        `${f(pct(audit.get(cls)!, 0.5))} / ${f(pct(audit.get(cls)!, 0.95))}`.padStart(17),
        `${(((pct(a, 0.5) + pct(audit.get(cls)!, 0.5)) / pct(a, 0.5) - 1) * 100).toFixed(0)} %`.padStart(11),
        `${f(pct(best, 0.5))} / ${f(pct(best, 0.95))}`.padStart(19),
        `${f(pct(o, 0.5))} / ${f(pct(o, 0.95))}`.padStart(21),
        `${(pct(best, 0.5) / pct(o, 0.5)).toFixed(2)}×`.padStart(13),
        `${(pct(best, 0.95) / pct(o, 0.95)).toFixed(2)}×`.padStart(13),
      ].join(' '),
    );
  }
  log(
    `\nproduct = page (${PAGE}) + totalCount (capped at ${COUNT_CAP}), as PeopleSearchService runs them, as ${APP_ROLE} ` +
      `under row-level security (its first run); facets timed separately.` +
      `\naudit = the SEARCH event and one FOUND event per person on the page (HR, comms and admin searches); +audit p50 = what it adds to the product's p50.` +
      `\nbaseline: the SEARCH event alone (what a colleague's search writes) p50 ${f(pct(searchOnly, 0.5))} ms, p95 ${f(pct(searchOnly, 0.95))} ms;` +
      ` audit with FOUND events / SEARCH alone, p50: ${(pct([...audit.values()].flat(), 0.5) / pct(searchOnly, 0.5)).toFixed(2)}×` +
      `\nas app / as owner: the best of ${REPS} runs of each query as ${APP_ROLE} and as the tables' owner (which the policies do not bind); RLS cost = their ratio.`,
  );
  const estimated = facetErrors.filter((e) => e.estimated);
  const errors = (pick: (e: FacetError) => number[]) => estimated.flatMap(pick);
  const pc = (x: number) => `${(x * 100).toFixed(1)} %`;
  log(
    `\nfifth class · facets over broad full text (the ${broadFacets.length} full-text queries; exact up to ` +
      `${FACETS_CAP.toLocaleString('en-GB')} matches, estimated past it from a uniform sample: up to ` +
      `${(FACETS_CAP * FACET_SAMPLE_FACTOR).toLocaleString('en-GB')} narrow rows, stopping at the ${(FACETS_CAP + 1).toLocaleString('en-GB')}th match)`,
  );
  log(
    [
      'capped p50/p95/p99 ms'.padStart(24),
      'every match p50/p95/p99 ms'.padStart(28),
      'ratio p50'.padStart(10),
      'ratio p95'.padStart(10),
      'estimated'.padStart(10),
      'matches p50'.padStart(12),
    ].join(' '),
  );
  log(
    [
      `${f(pct(broadFacets, 0.5))} / ${f(pct(broadFacets, 0.95))} / ${f(pct(broadFacets, 0.99))}`.padStart(24),
      `${f(pct(everyMatchFacets, 0.5))} / ${f(pct(everyMatchFacets, 0.95))} / ${f(pct(everyMatchFacets, 0.99))}`.padStart(
        28,
      ),
      `${(pct(everyMatchFacets, 0.5) / pct(broadFacets, 0.5)).toFixed(0)}×`.padStart(10),
      `${(pct(everyMatchFacets, 0.95) / pct(broadFacets, 0.95)).toFixed(0)}×`.padStart(10),
      `${estimated.length}/${facetErrors.length}`.padStart(10),
      String(
        pct(
          facetErrors.map((e) => e.trueMatches),
          0.5,
        ),
      ).padStart(12),
    ].join(' '),
  );
  if (estimated.length) {
    const show = (name: string, xs: number[]) =>
      log(
        `  ${name.padEnd(44)} p50 ${pc(pct(xs, 0.5))} · p95 ${pc(pct(xs, 0.95))} · max ${pc(Math.max(...xs))}` +
          ` (${xs.length} values)`,
      );
    log('estimate error |estimate − exact| ÷ exact, over the estimated queries:');
    show(
      'match count',
      errors((e) => [e.matchCount]),
    );
    show(
      'departments and grades',
      errors((e) => e.placement),
    );
    show(
      'skills held by ≥ 5 % of the matches',
      errors((e) => e.commonSkills),
    );
    show(
      'skills held by 1–5 % of the matches',
      errors((e) => e.otherSkills),
    );
    log(
      `  values counted exactly that the estimate left out: ${estimated.reduce((n, e) => n + e.missing, 0)}` +
        ` (largest exact count among them: ${Math.max(0, ...estimated.map((e) => e.largestMissing))});` +
        ` values estimated that no visible match has: ${estimated.reduce((n, e) => n + e.invented, 0)}`,
    );
  }
}

interface FacetError {
  estimated: boolean;
  trueMatches: number;
  matchCount: number;
  placement: number[];
  commonSkills: number[];
  otherSkills: number[];
  missing: number;
  largestMissing: number;
  invented: number;
}

/** How far the capped facets are from the exact ones (every match read), value by value. */
function facetError(
  capped: { estimated: boolean; matchCount: number; rows: FacetRow[] },
  exact: { matchCount: number; rows: FacetRow[] },
): FacetError {
  const key = (r: FacetRow) => `${r.facet}:${r.value}`;
  const got = new Map(capped.rows.map((r) => [key(r), r.count]));
  const truth = new Map(exact.rows.map((r) => [key(r), r.count]));
  const rel = (r: FacetRow) => Math.abs((got.get(key(r)) ?? 0) - r.count) / r.count;
  const share = (r: FacetRow) => r.count / exact.matchCount;
  const left = exact.rows.filter((r) => !got.has(key(r)));
  return {
    estimated: capped.estimated,
    trueMatches: exact.matchCount,
    matchCount: Math.abs(capped.matchCount - exact.matchCount) / Math.max(1, exact.matchCount),
    placement: exact.rows.filter((r) => r.facet !== 'SKILL').map(rel),
    commonSkills: exact.rows.filter((r) => r.facet === 'SKILL' && share(r) >= 0.05).map(rel),
    otherSkills: exact.rows.filter((r) => r.facet === 'SKILL' && share(r) >= 0.01 && share(r) < 0.05).map(rel),
    missing: left.length,
    largestMissing: Math.max(0, ...left.map((r) => r.count)),
    invented: capped.rows.filter((r) => !truth.has(key(r))).length,
  };
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
