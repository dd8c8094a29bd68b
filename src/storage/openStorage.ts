import { silentLogger, type Logger } from '../core/logger';
import { createArchive, type Archive, type ArchiveOptions } from './archive';
import { createPgBlobs } from './postgres/pgBlobs';
import { createPgIndex } from './postgres/pgIndex';
import { migratePostgres } from './postgres/migrate';
import { createPool, redactedUrl } from './postgres/pool';
import { openFolderBlobs } from './sqlite/folderBlobs';
import { ArchiveOpenError, classifyStorageError } from './storageErrors';
import { openSqliteIndex, type SqliteIndexOptions } from './sqlite/sqliteIndex';

export interface StorageConfig {
  /** postgres://… puts index and blobs in PostgreSQL (team); absent: SQLite + files in dataDir (embedded). */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** PostgreSQL connections per server. */
  poolMax?: number | undefined;
  logger?: Logger;
}

/**
 * Opens the studio's storage as the environment chose it, schema brought up to date: PostgreSQL
 * runs its pending node-pg-migrate migrations, SQLite its schema steps.
 */
export async function openStorage(config: StorageConfig, options: ArchiveOptions & SqliteIndexOptions = {}): Promise<Archive> {
  const logger = config.logger ?? silentLogger;
  if (!config.databaseUrl) return openEmbeddedStorage(config.dataDir, options);
  const pool = createPool(config.databaseUrl, { max: config.poolMax, logger });
  try {
    const client = await pool.connect();
    try {
      const applied = await migratePostgres(client);
      if (applied.length > 0) logger.info('database-migrated', { applied });
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    const failure = classifyStorageError(error);
    const reason = failure ? `${failure.problem}. ${failure.advice.charAt(0).toUpperCase()}${failure.advice.slice(1)}, then start the studio again.` : (error as Error).message;
    throw new ArchiveOpenError(`Cannot open the PostgreSQL database ${redactedUrl(config.databaseUrl)}: ${reason}`, { cause: error });
  }
  return createArchive(redactedUrl(config.databaseUrl), createPgIndex(pool), createPgBlobs(pool), options);
}

/** The embedded storage alone (SQLite + files in `dataDir`); opening it needs no waiting. */
export function openEmbeddedStorage(dataDir: string, options: ArchiveOptions & SqliteIndexOptions = {}): Archive {
  return createArchive(dataDir, openSqliteIndex(dataDir, options), openFolderBlobs(dataDir), options);
}
