import { crossOrganisation, TransactionalConnection, withScope } from '@crowdcomms/data-access';
import { APP_ROLE, organisationTables } from '@crowdcomms/database';
import { AuthService } from '@crowdcomms/identity';
import { MailProcessor } from '@crowdcomms/notifications';
import { forOrganisation, RequestContext } from '@crowdcomms/request-context';
import { Client } from 'pg';
import { DEMO_ORGANISATION } from '../apps/api/src/demo/demo-data';
import { CREATE_POST, INVITE, ME, UPDATE_MY_PROFILE } from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin, uniqueEmail } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

/**
 * Row-level security is the backstop behind the scoped queries: a statement that
 * forgot its organisation still sees and writes only the request's organisation.
 * The demo organisation fills almost every table; a second organisation signs up
 * beside it. Every check runs through the app's own connection (which works as
 * the app role) and is driven by the catalogue, so a new table is covered as
 * soon as its migration runs.
 */
describe('row-level security on organisation data', () => {
  let t: TestApp;
  let db: TransactionalConnection;
  let demo: string;
  let globex: Session;
  let tables: string[];
  const query = Client.prototype.query;

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO: 'true' });
    db = t.app.get(TransactionalConnection);
    globex = await signUpAdmin(t, 'Globex Comms', 'globex');
    const member = await inviteAndJoin(t, globex, 'globexmember');
    await t.gql(UPDATE_MY_PROFILE, { input: { headline: 'Globex volunteer' } }, member.accessToken);
    await t.gql(CREATE_POST, { input: { body: 'Hello from Globex #launch' } }, member.accessToken);
    const [row]: { id: string }[] = await t.db.query(`SELECT id FROM organisation WHERE name = $1`, [
      DEMO_ORGANISATION.name,
    ]);
    demo = row.id;
    tables = await organisationTables(t.db);
    await oneRowOfEachOrganisationInEveryTable();
  }, 120_000);
  afterAll(() => t.close());

  /**
   * As the owner (beside the demo's real data): one row of each organisation in every organisation
   * table, its other required columns filled by type, triggers and foreign keys off while it is
   * written — so every table, including one added tomorrow, has another organisation's row to hide.
   */
  async function oneRowOfEachOrganisationInEveryTable(): Promise<void> {
    const columns: { table_name: string; column_name: string; data_type: string; udt_name: string }[] =
      await t.db.query(
        `SELECT table_name, column_name, data_type, udt_name FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = ANY($1) AND column_name <> 'organisation_id'
            AND is_nullable = 'NO' AND column_default IS NULL AND is_generated = 'NEVER' AND identity_generation IS NULL`,
        [tables],
      );
    const valueOf = ({ data_type: type, udt_name: udt }: { data_type: string; udt_name: string }) => {
      if (type === 'uuid') return 'gen_random_uuid()';
      if (type === 'text' || type === 'character varying') return 'md5(random()::text)';
      if (type === 'USER-DEFINED') return `(enum_range(NULL::"${udt}"))[1]`;
      if (type === 'ARRAY') return `'{}'::"${udt}"`;
      if (/^timestamp/.test(type)) return 'now()';
      if (type === 'date') return 'current_date';
      if (type === 'boolean') return 'false';
      if (type === 'jsonb' || type === 'json') return `'{}'::"${udt}"`;
      return `'1'::"${udt}"`; // numbers
    };
    for (const table of tables) {
      const required = columns.filter((c) => c.table_name === table);
      const names = ['organisation_id', ...required.map((c) => c.column_name)].map((n) => `"${n}"`);
      for (const organisation of [demo, globex.organisation.id]) {
        const runner = t.db.createQueryRunner();
        await runner.startTransaction();
        try {
          await runner.query(`SET LOCAL session_replication_role = replica`);
          await runner.query(
            `INSERT INTO "${table}" (${names.join(', ')}) VALUES ($1, ${required.map(valueOf).join(', ')})`.replace(
              ', )',
              ')',
            ),
            [organisation],
          );
          await runner.commitTransaction();
        } catch {
          await runner.rollbackTransaction(); // a check constraint this filler does not meet: the real data covers it
        } finally {
          await runner.release();
        }
      }
    }
  }

  /** Organisations of the rows an unscoped `SELECT *` shows on each table, in the current scope. */
  async function visibleOrganisations(): Promise<Record<string, string[]>> {
    const seen: Record<string, string[]> = {};
    for (const table of tables) {
      // Deliberately unscoped: no organisation filter.
      const rows: { organisation_id: string | null }[] = await db.query(`SELECT * FROM "${table}"`);
      seen[table] = [...new Set(rows.map((r) => r.organisation_id ?? 'none'))].sort();
    }
    return seen;
  }

  /** Organisations of each table's rows, as the owner sees them. */
  async function storedOrganisations(): Promise<Record<string, string[]>> {
    const seen: Record<string, string[]> = {};
    for (const table of tables) {
      const rows: { organisation_id: string | null }[] = await t.db.query(
        `SELECT DISTINCT organisation_id FROM "${table}"`,
      );
      seen[table] = rows.map((r) => r.organisation_id ?? 'none').sort();
    }
    return seen;
  }

  it('inside a real request, shows an unscoped SELECT through the app’s own connection only the caller’s organisation', async () => {
    const stored = await storedOrganisations();
    // A resolver's service that forgot its organisation: it asks every organisation table for everything.
    const auth = t.app.get(AuthService);
    const me = auth.me.bind(auth);
    let seen: { role: string; tables: Record<string, string[]> } | null = null;
    // The query's resolver answers what this returns once it resolves (GraphQL awaits a promise).
    const spy = jest.spyOn(auth, 'me').mockImplementation((async (ctx: RequestContext) => {
      const [{ role }]: { role: string }[] = await db.query(`SELECT current_user AS role`);
      seen = { role, tables: await visibleOrganisations() };
      return me(ctx);
    }) as unknown as typeof me);
    try {
      const res = await t.gql(ME, {}, globex.accessToken);
      expect(res.errors).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
    expect(seen!.role).toBe(APP_ROLE);
    for (const table of tables) {
      const expected = stored[table].filter((o) => o === globex.organisation.id || o === 'none');
      expect({ table, organisations: seen!.tables[table] }).toEqual({ table, organisations: expected });
    }
    expect(seen!.tables.membership).toEqual([globex.organisation.id]);
  });

  it('inside a job in the worker, shows an unscoped SELECT only the organisation its payload names', async () => {
    const worker = await t.startWorker();
    const mail = worker.get(MailProcessor);
    const handle = mail.handle.bind(mail);
    const seen: { organisation: string | null; role: string; membership: string[] }[] = [];
    let globexMailed: () => void;
    const mailedToGlobex = new Promise<void>((resolve) => (globexMailed = resolve));
    jest.spyOn(mail, 'handle').mockImplementation(async (job) => {
      // A processor that forgot its organisation: it asks for every membership.
      const [{ role }]: { role: string }[] = await db.query(`SELECT current_user AS role`);
      const rows: { organisation_id: string }[] = await db.query(`SELECT DISTINCT organisation_id FROM membership`);
      seen.push({ organisation: job.data.organisationId, role, membership: rows.map((r) => r.organisation_id) });
      await handle(job);
      if (job.data.organisationId === globex.organisation.id) globexMailed();
    });
    // An invitation e-mail: a job for Globex (the queue may hold the demo's e-mail before it).
    const invited = await t.gql(
      INVITE,
      { input: { email: uniqueEmail('globexjob'), roles: ['MEMBER'] } },
      globex.accessToken,
    );
    expect(invited.errors).toBeUndefined();
    await mailedToGlobex;
    const forOrganisations = seen.filter((s) => s.organisation !== null);
    expect(forOrganisations.map((s) => s.organisation)).toContain(globex.organisation.id);
    for (const job of forOrganisations) {
      expect(job).toEqual({ organisation: job.organisation, role: APP_ROLE, membership: [job.organisation] });
    }
  }, 30_000);

  it('works as a role that owns no table, so the policies bind the app', async () => {
    const [row]: { role: string; owns: number }[] = await db.query(
      `SELECT current_user AS role,
              (SELECT count(*)::int FROM pg_tables WHERE tableowner = current_user) AS owns`,
    );
    expect(row).toEqual({ role: APP_ROLE, owns: 0 });
  });

  it('shows an unscoped SELECT on every organisation table only the request organisation’s rows', async () => {
    const stored = await storedOrganisations();
    // The data is there to hide: most tables hold rows of both organisations (the filler misses a few check constraints).
    const shared = tables.filter(
      (table) => stored[table].includes(demo) && stored[table].includes(globex.organisation.id),
    );
    expect(shared.length).toBeGreaterThan(tables.length / 2);
    expect(stored.membership).toEqual([demo, globex.organisation.id].sort());

    for (const organisation of [demo, globex.organisation.id]) {
      // As a request does: statements outside a transaction, then inside one.
      const outside = await withScope(forOrganisation(organisation), visibleOrganisations);
      const inside = await db.transaction(forOrganisation(organisation), visibleOrganisations);
      for (const seen of [outside, inside]) {
        for (const table of tables) {
          const expected = stored[table].filter((o) => o === organisation || o === 'none');
          expect({ table, organisations: seen[table] }).toEqual({ table, organisations: expected });
        }
      }
    }
  });

  it('gives a reused connection the organisation of each borrower at once, and sends it only when it changes', async () => {
    const sent: string[] = [];
    // Every statement a pooled connection is sent, the settings included, goes through `Client#query`.
    Client.prototype.query = function (this: Client, ...args: unknown[]): unknown {
      if (typeof args[0] === 'string' && args[0].includes(`set_config('app.organisation_id'`)) sent.push('settings');
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    const read = async () => {
      sent.length = 0;
      const [row]: { pid: number; organisations: string[] | null }[] = await db.query(
        `SELECT pg_backend_pid() AS pid, array_agg(DISTINCT organisation_id ORDER BY organisation_id) AS organisations
           FROM membership`,
      );
      return { pid: row.pid, organisations: row.organisations ?? [], sentSettings: sent.length > 0 };
    };
    const everyone = [demo, globex.organisation.id].sort();
    // Statements one after another: the pool lends the connection just freed, so each borrow reuses it.
    const steps: { scope: string; run: () => ReturnType<typeof read>; sees: string[] }[] = [
      { scope: 'demo', run: () => withScope(forOrganisation(demo), read), sees: [demo] },
      { scope: 'demo', run: () => withScope(forOrganisation(demo), read), sees: [demo] },
      {
        scope: 'globex',
        run: () => withScope(forOrganisation(globex.organisation.id), read),
        sees: [globex.organisation.id],
      },
      {
        scope: 'globex',
        run: () => withScope(forOrganisation(globex.organisation.id), read),
        sees: [globex.organisation.id],
      },
      { scope: 'none', run: read, sees: [] },
      { scope: 'none', run: read, sees: [] },
      {
        scope: 'cross',
        run: () => db.within(crossOrganisation('the test reads every organisation'), read),
        sees: everyone,
      },
      { scope: 'demo', run: () => withScope(forOrganisation(demo), read), sees: [demo] },
      {
        scope: 'cross',
        run: () => db.within(crossOrganisation('the test reads every organisation'), read),
        sees: everyone,
      },
      {
        scope: 'cross',
        run: () => db.within(crossOrganisation('the test reads every organisation'), read),
        sees: everyone,
      },
      {
        scope: 'globex',
        run: () => withScope(forOrganisation(globex.organisation.id), read),
        sees: [globex.organisation.id],
      },
    ];
    const last = new Map<number, string>();
    try {
      for (const step of steps) {
        const seen = await step.run();
        expect({ scope: step.scope, organisations: seen.organisations }).toEqual({
          scope: step.scope,
          organisations: step.sees,
        });
        // A connection last used under the same scope is lent as it is; under another, it is given the new one first.
        if (last.has(seen.pid)) {
          expect({ step: step.scope, sentSettings: seen.sentSettings }).toEqual({
            step: step.scope,
            sentSettings: last.get(seen.pid) !== step.scope,
          });
        }
        last.set(seen.pid, step.scope);
      }
    } finally {
      Client.prototype.query = query;
    }
    // The same connection served most steps, so both cases were checked.
    expect(last.size).toBeLessThan(steps.length);
  });

  it('refuses to write a row of another organisation into any organisation table', async () => {
    for (const table of tables) {
      // Checked before the row's own constraints: without row security this fails on a missing column, or succeeds.
      const outcome = await withScope(forOrganisation(demo), () =>
        db.query(`INSERT INTO "${table}" (organisation_id) VALUES ($1)`, [globex.organisation.id]).then(
          () => 'inserted',
          (error: Error) => error.message,
        ),
      );
      expect({ table, outcome }).toEqual({ table, outcome: expect.stringMatching(/row-level security policy/) });
    }
  });

  it('shows no organisation’s rows without a scope, and every organisation’s only to a named cross-organisation one', async () => {
    const [none]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM membership`);
    expect(none.n).toBe(0);
    const everyone = await db.transaction(crossOrganisation('the test reads every organisation'), visibleOrganisations);
    expect(everyone.membership).toEqual([demo, globex.organisation.id].sort());
  });
});
