/**
 * Test databases on the server named by STORYLINE_TEST_PG (CI exports it; see .ci/run).
 * Each call creates a fresh, uniquely named database so tests never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A server URL (any database on it); undefined skips the Postgres tests. */
export const TEST_PG_URL: string | undefined = process.env.STORYLINE_TEST_PG || undefined;
/** A Redis URL for the queue tests; undefined skips them. */
export const TEST_REDIS_URL: string | undefined = process.env.STORYLINE_TEST_REDIS || undefined;

export interface TestDatabase {
  url: string;
  name: string;
  drop: () => Promise<void>;
}

async function admin<T>(action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(): Promise<TestDatabase> {
  if (TEST_PG_URL === undefined) throw new Error('STORYLINE_TEST_PG is not set');
  // Identifiers cannot be bound as parameters: the name is generated here from hex only.
  const name = `storyline_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** Closes every server connection to `database`, as a server restart would. */
export async function terminateConnections(database: string): Promise<number> {
  return admin(async (client) => {
    const { rowCount } = await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [database],
    );
    return rowCount ?? 0;
  });
}
