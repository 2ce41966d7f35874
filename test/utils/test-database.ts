import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A fresh, migrated database for one test file, copied from the template made in global-setup. When
 * `npm test` runs files with a read replica (TEST_REPLICA_URL), `replicaUrl` is the same database on
 * the replica, and its sessions wait for their commits to be applied there (`remote_apply`) unless the
 * file asks for `asynchronousReplica`, as a real replica would trail.
 */
export async function createTestDatabase(
  options: { asynchronousReplica?: boolean } = {},
): Promise<{ url: string; replicaUrl?: string; drop: () => Promise<void> }> {
  const server = process.env.DATABASE_URL!;
  const replica = process.env.TEST_REPLICA_URL;
  const name = `test_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: server });
  await client.connect();
  try {
    // The database must exist on the replica before the app connects to it there.
    if (replica) await client.query(`SET synchronous_commit = remote_apply`);
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${process.env.TEST_TEMPLATE_DB}"`);
    if (replica && !options.asynchronousReplica) {
      await client.query(`ALTER DATABASE "${name}" SET synchronous_commit = remote_apply`);
    }
  } finally {
    await client.end();
  }
  return {
    url: databaseUrl(server, name),
    replicaUrl: replica ? databaseUrl(replica, name) : undefined,
    drop: async () => {
      const c = new Client({ connectionString: server });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
