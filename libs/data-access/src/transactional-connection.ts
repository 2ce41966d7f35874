import { retryTransaction } from '@crowdcomms/errors';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  EntityTarget,
  ObjectLiteral,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';
import {
  DataScope,
  describeScope,
  isCrossOrganisation,
  organisationOf,
  OrganisationScope,
  sameScope,
} from './data-scope';
import { OrganisationOwned, ScopedRepository } from './scoped-repository';
import { SqlStatement } from './sql-statement';
import { currentScope, withScope } from './scope-context';

interface ActiveTransaction {
  manager: EntityManager;
  scope: DataScope;
}

/** The transaction the current async call chain runs in (set by `transaction`, read by everything else). */
const active = new AsyncLocalStorage<ActiveTransaction>();

/**
 * True once the transaction committed or rolled back and gave its connection back. A connection
 * lost mid-transaction is released too, by TypeORM, but its transaction is still marked active:
 * that one has not ended, it failed, and must not be carried on elsewhere.
 */
function hasEnded(tx: ActiveTransaction): boolean {
  const runner = tx.manager.queryRunner;
  return !runner || (runner.isReleased && !runner.isTransactionActive);
}

/** Names savepoints apart, so savepoints may nest. */
let savepoints = 0;

/**
 * The one way services reach PostgreSQL. Inside `transaction(...)` every
 * repository, query builder and raw query resolves to that transaction's
 * connection, whichever service makes the call, so no code path can take a
 * second pool connection while it holds one (which, under a burst, is how a
 * pool ends up entirely "idle in transaction"). Outside a transaction each
 * call borrows a pool connection for that one statement.
 *
 * Vendure's `TransactionalConnection` shape: nothing passes `manager` around.
 */
@Injectable()
export class TransactionalConnection {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    applyScopeOnConnect(dataSource);
  }

  /**
   * The current transaction's manager, or the pool's when there is none. A transaction whose
   * connection was lost keeps its manager: its next statement fails (SERVICE_UNAVAILABLE) rather
   * than running on another connection outside the transaction, half-writing its work.
   */
  get manager(): EntityManager {
    const tx = active.getStore();
    // A callback that outlives its transaction (a late DataLoader batch, say) falls back to the pool.
    if (tx && !hasEnded(tx)) return tx.manager;
    return this.dataSource.manager;
  }

  /** True inside `transaction(...)`, also once its connection is lost (its statements then fail). */
  get inTransaction(): boolean {
    const tx = active.getStore();
    return !!tx && !hasEnded(tx);
  }

  /** Hears every transaction's commit and rollback (for work that must wait for the commit). */
  addSubscriber(subscriber: EntitySubscriberInterface): void {
    this.dataSource.subscribers.push(subscriber);
  }

  /** The repository of `entity` bound to the current transaction, if any. */
  getRepository<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  /**
   * The repository of an organisation-owned entity, limited to the organisation of
   * `scope` (the request's context, or a job's `forOrganisation(id)`): every where and
   * every row written carries it. The way contexts reach their organisation's rows.
   */
  scoped<T extends OrganisationOwned>(scope: OrganisationScope, entity: EntityTarget<T>): ScopedRepository<T> {
    // Outside a transaction each call borrows a connection under this scope (for row-level security).
    return new ScopedRepository(this.getRepository(entity), scope, (work) => withScope(scope, work));
  }

  /** Runs a statement from a `*.sql.ts` builder on the current transaction's connection, if any. */
  // Rows are typed where they are read, as with TypeORM's own `query`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  run<T = any>(statement: SqlStatement): Promise<T> {
    const query = () => this.manager.query<T>(statement.text, [...statement.values]);
    return statement.organisationId ? withScope({ organisationId: statement.organisationId }, query) : query();
  }

  /**
   * Runs `work` outside a transaction with every statement it makes working for
   * `scope`: the request's organisation (a job's `forOrganisation(id)`), or a named
   * `crossOrganisation(why)`. Requests and jobs get theirs from where they start
   * (`withScope`); this is for code that works for another scope than its caller's.
   */
  within<T>(scope: DataScope, work: () => Promise<T>): Promise<T> {
    if (this.inTransaction && !sameScope(active.getStore()!.scope, scope)) {
      throw new Error(
        `a transaction for ${describeScope(active.getStore()!.scope)} cannot work for ${describeScope(scope)}`,
      );
    }
    return withScope(scope, work);
  }

  /**
   * Runs a read that may trail the latest commits by a moment — people search and its facets — on the
   * read replica when one is configured (`DATABASE_REPLICA_URL`), else like `run`. Inside a
   * transaction it stays on the transaction's connection, so work that must see its own writes does.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  runOnReplica<T = any>(statement: SqlStatement): Promise<T> {
    if (this.inTransaction) return this.run<T>(statement);
    const query = async () => {
      const runner = this.dataSource.createQueryRunner('slave');
      try {
        return (await runner.query(statement.text, [...statement.values])) as T;
      } finally {
        await runner.release();
      }
    };
    return statement.organisationId ? withScope({ organisationId: statement.organisationId }, query) : query();
  }

  /** A query builder on the current transaction's connection, if any. */
  createQueryBuilder(): SelectQueryBuilder<ObjectLiteral> {
    return this.manager.createQueryBuilder() as SelectQueryBuilder<ObjectLiteral>;
  }

  /** A raw, parameterised statement on the current transaction's connection, if any. */
  // Rows are typed where they are read, as with TypeORM's own `query`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query<T = any>(sql: string, parameters?: unknown[]): Promise<T> {
    return this.manager.query<T>(sql, parameters);
  }

  /**
   * `query` as a named prepared statement. Each pooled connection parses and plans `sql` once; from the sixth
   * execution PostgreSQL reuses a generic plan when it costs no more than planning each time. For long
   * statements that run on every request and plan slower than they run (a feed page). Not for a pooler in
   * transaction mode that cannot keep prepared statements (PgBouncer before 1.21).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  queryPrepared<T = any>(sql: string, parameters: unknown[]): Promise<T> {
    // node-postgres prepares a statement given a name once per connection; TypeORM passes it through.
    const statement = { name: `s${createHash('sha1').update(sql).digest('base64url').slice(0, 24)}`, text: sql };
    return this.manager.query<T>(statement as unknown as string, parameters);
  }

  /**
   * Takes a transaction-level advisory lock on `key` (held until commit or rollback):
   * work that must not run twice at once for the same thing (an organisation's skills,
   * its matching run, seeding) queues here instead.
   */
  async lock(key: string): Promise<void> {
    if (!this.inTransaction) throw new Error('an advisory lock is taken inside a transaction');
    await this.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
  }

  /**
   * Runs `work` within the current transaction under a savepoint: when it throws, what it
   * wrote is undone, the transaction can go on, and the error is rethrown. For a batch that
   * commits as one while each item may fail on its own.
   */
  async savepoint<T>(work: () => Promise<T>): Promise<T> {
    if (!this.inTransaction) throw new Error('a savepoint is taken inside a transaction');
    const manager = this.manager;
    const name = `item_${++savepoints}`;
    await manager.query(`SAVEPOINT ${name}`);
    let result: T;
    try {
      result = await work();
    } catch (error) {
      await manager.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
    await manager.query(`RELEASE SAVEPOINT ${name}`);
    return result;
  }

  /**
   * Runs `work` in one transaction for `scope` (the request's organisation, or a
   * named cross-organisation scope). Called inside a transaction it joins it, so
   * a service can always ask for one without knowing whether its caller holds one.
   * A deadlock or serialization failure (40P01, 40001) reruns the whole of `work`.
   */
  transaction<T>(scope: DataScope, work: () => Promise<T>): Promise<T> {
    const tx = active.getStore();
    if (tx && this.inTransaction) {
      if (!sameScope(tx.scope, scope)) {
        throw new Error(`a transaction for ${describeScope(tx.scope)} cannot be joined for ${describeScope(scope)}`);
      }
      return work();
    }
    // The outermost transaction is the unit PostgreSQL may abort as a deadlock victim or for a
    // serialization failure: it runs again, a bounded number of times (its jobs go through the
    // outbox, which commits with it, so a second run repeats nothing outside the database).
    // Its connection is borrowed under `scope`, so row-level security sees the transaction's organisation.
    return withScope(scope, () =>
      retryTransaction(() => this.dataSource.transaction((manager) => active.run({ manager, scope }, work))),
    );
  }
}

/** Sets the session's organisation (and escape hatch) for the policies of row-level security. */
const SET_SCOPE = `SELECT set_config('app.organisation_id', $1, false), set_config('app.cross_organisation', $2, false)`;
const scopedDataSources = new WeakSet<DataSource>();

/**
 * Every connection borrowed from the pool, for a transaction or a single
 * statement, works for the organisation of the scope it is borrowed under
 * (an explicit `transaction`/`scoped`/`run`/`within` scope, else the request's
 * or job's), or for none: no borrower ever inherits the previous one's
 * organisation. The row-level security policies read these settings; a
 * connection borrowed without a scope sees no organisation's rows.
 *
 * The settings are session-level and only this function sets them on the app's
 * pool, so each connection remembers what it was last given: a borrow under the
 * same settings sends nothing, any other sends one short statement first. (One
 * round trip per statement saved: most borrows in a busy organisation repeat
 * the last one.) A connection whose setting statement fails is discarded.
 */
export function applyScopeOnConnect(dataSource: DataSource): void {
  if (scopedDataSources.has(dataSource)) return;
  scopedDataSources.add(dataSource);
  const driver = dataSource.driver as unknown as {
    master: PgPool;
    slaves: PgPool[];
    obtainMasterConnection(): Promise<[PgClient, (err?: unknown) => void]>;
    obtainSlaveConnection(): Promise<[PgClient, (err?: unknown) => void]>;
  };
  for (const pool of [driver.master, ...driver.slaves]) keepConnectionErrorsHandled(pool);
  driver.obtainMasterConnection = scopeEachBorrow(driver.obtainMasterConnection.bind(driver));
  // Without replicas TypeORM borrows "replica" connections from the primary's pool, already scoped above.
  if (driver.slaves.length) driver.obtainSlaveConnection = scopeEachBorrow(driver.obtainSlaveConnection.bind(driver));
}

/** The settings each pooled connection was last given (a connection is a `pg` client, reused until discarded). */
const settingsOf = new WeakMap<PgClient, string>();

function scopeEachBorrow(
  obtain: () => Promise<[PgClient, (err?: unknown) => void]>,
): () => Promise<[PgClient, (err?: unknown) => void]> {
  return async () => {
    // Read before waiting for the pool: a connection freed by another caller resumes in that caller's context.
    const settings = scopeSettings(currentScope());
    const key = `${settings[0]}|${settings[1]}`;
    const [client, release] = await obtain();
    if (settingsOf.get(client) === key) return [client, release];
    settingsOf.delete(client);
    try {
      await client.query(SET_SCOPE, settings);
      settingsOf.set(client, key);
    } catch (error) {
      release(error);
      throw error;
    }
    return [client, release];
  };
}

const withErrorListener = new WeakSet<PgClient>();
const ignoreError = () => undefined;

/**
 * node-postgres leaves a connection without an 'error' listener from the moment the pool hands it
 * out until its borrower adds one (TypeORM's query runner, a promise callback later). Terminated in
 * that moment — a failover, `pg_terminate_backend` just after it connected — it would emit an
 * unhandled 'error' and end the process. So each connection keeps a listener of its own from its
 * first borrow: the error still fails the statement in flight, or the next one ("not queryable",
 * SERVICE_UNAVAILABLE), and the pool discards the connection when it is released.
 */
function keepConnectionErrorsHandled(pool: PgPool): void {
  pool.on('acquire', (client) => {
    if (withErrorListener.has(client)) return;
    withErrorListener.add(client);
    client.on('error', ignoreError);
  });
}

interface PgClient {
  query(text: string, values: unknown[]): Promise<unknown>;
  on(event: 'error', listener: () => void): unknown;
}

interface PgPool {
  on(event: 'acquire', listener: (client: PgClient) => void): unknown;
}

function scopeSettings(scope: DataScope | null): [string, string] {
  if (!scope) return ['', 'off'];
  return [organisationOf(scope) ?? '', isCrossOrganisation(scope) ? 'on' : 'off'];
}
