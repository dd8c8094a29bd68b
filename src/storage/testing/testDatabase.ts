import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createThrowawayRole, dropRole, ensurePostgresCluster } from '../../../scripts/ensure-postgres.mjs';

export interface TestDatabase {
  /** A fresh, empty database of its own. */
  url: string;
  drop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL database for one test file. `npm test` exports TEST_DATABASE_URL (a
 * role that may create databases, see scripts/ensure-postgres.mjs); without it, e.g. under a bare
 * `npx vitest run`, the local cluster is started and a role made for this file alone. When
 * PostgreSQL cannot be had, this throws with what to run: these tests are never skipped.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const ownRole = process.env.TEST_DATABASE_URL ? null : createThrowawayRole(ensurePostgresCluster(() => {}));
  const baseUrl = process.env.TEST_DATABASE_URL ?? ownRole!.url;
  const name = `picpik_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
      if (ownRole) dropRole(ownRole);
    },
  };
}
