import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import type pg from 'pg';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Applies the pending migrations (node-pg-migrate, SQL files in ./migrations, recorded in the
 * `pgmigrations` table). Servers starting together wait on node-pg-migrate's advisory lock, so
 * each migration runs once. Returns the names of the migrations applied now.
 */
export async function migratePostgres(client: pg.ClientBase, log: (line: string) => void = () => {}): Promise<string[]> {
  const applied = await runner({
    dbClient: client,
    dir: MIGRATIONS_DIR,
    direction: 'up',
    migrationsTable: 'pgmigrations',
    checkOrder: true,
    singleTransaction: true,
    advisoryLockMode: 'wait',
    log,
  });
  return applied.map((migration) => migration.name);
}
