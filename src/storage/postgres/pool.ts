import pg from 'pg';
import type { Logger } from '../../core/logger';

/** Int8 columns hold Unix milliseconds, sizes and seeds, all below 2^53: read them as numbers. */
const types = new pg.TypeOverrides();
types.setTypeParser(pg.types.builtins.INT8, (text: string) => Number(text));

/** The database's own clock in Unix ms, so leases and claims do not depend on each server's clock. */
export const NOW_MS = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;

export interface PoolOptions {
  /** Connections this server keeps at most (default 10). */
  max?: number;
  logger?: Logger;
}

export function createPool(databaseUrl: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, types, max: options.max ?? 10, application_name: 'picpik-studio' });
  // An idle connection dropped by the server (restart, failover) must not crash the studio; the pool reconnects.
  pool.on('error', (error) => options.logger?.error('database-connection-lost', { message: error.message }));
  return pool;
}

/** Runs `work` in one transaction on one connection; rolls back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** A URL with its password replaced, for messages and logs. */
export function redactedUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}
