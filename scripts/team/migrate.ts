// npm run db:migrate — brings the storage's schema up to date (the server also does this when it starts).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { migratePostgres } from '../../src/storage/postgres/migrate';
import { createPool, redactedUrl } from '../../src/storage/postgres/pool';
import { migrateSqlite } from '../../src/storage/sqlite/sqliteSchema';
import { storageFromEnvironment } from './env';

const config = storageFromEnvironment();
if (config.databaseUrl) {
  const pool = createPool(config.databaseUrl, { max: 1 });
  const client = await pool.connect();
  try {
    const applied = await migratePostgres(client);
    console.log(`${redactedUrl(config.databaseUrl)}: ${applied.length > 0 ? `applied ${applied.join(', ')}` : 'already up to date'}`);
  } finally {
    client.release();
    await pool.end();
  }
} else {
  mkdirSync(config.dataDir, { recursive: true });
  const db = new Database(join(config.dataDir, 'archive.sqlite'));
  const { from, to } = migrateSqlite(db);
  db.close();
  console.log(`${join(config.dataDir, 'archive.sqlite')}: ${from === to ? `already at schema ${to}` : `schema ${from} → ${to}`}`);
}
