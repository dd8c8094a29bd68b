// npm run db:import -- --from DATA_DIR — copies an embedded archive into the team database (DATABASE_URL).
import { resolve } from 'node:path';
import { importDataDir } from '../../src/storage/postgres/importDataDir';
import { migratePostgres } from '../../src/storage/postgres/migrate';
import { createPool, redactedUrl } from '../../src/storage/postgres/pool';
import { fail, storageFromEnvironment } from './env';

const args = process.argv.slice(2);
const fromAt = args.indexOf('--from');
const config = storageFromEnvironment();
const from = fromAt >= 0 ? args[fromAt + 1] : config.dataDir;
if (!from) fail('Usage: npm run db:import -- --from /path/to/DATA_DIR   (default: DATA_DIR)');
if (!config.databaseUrl) fail('Set DATABASE_URL to the team database to import into (postgres://USER:PASSWORD@HOST:5432/DATABASE)');

const pool = createPool(config.databaseUrl, { max: 2 });
try {
  const client = await pool.connect();
  try {
    await migratePostgres(client);
  } finally {
    client.release();
  }
  console.log(`Importing ${resolve(from)} into ${redactedUrl(config.databaseUrl)}…`);
  const report = await importDataDir(pool, resolve(from), (line) => console.log(line));
  console.log(
    [
      `files: ${report.files} new (${report.blobs} image blobs copied${report.missingBlobs ? `, ${report.missingBlobs} listed but missing on disk` : ''})`,
      `tasks: ${report.tasks} imported, ${report.tasksAlreadyThere} already in the database`,
      `request_uuids: ${report.requestUuids}, local tasks queued to finish: ${report.queued}, designers: ${report.designers}`,
    ].join('\n'),
  );
} catch (error) {
  fail(`Import failed: ${(error as Error).message}`);
} finally {
  await pool.end();
}
