// The storage the studio server would open, from the same environment (.env included).
import { existsSync } from 'node:fs';
import { parseStorageEnv } from '../../src/storage/storageEnv';
import type { StorageConfig } from '../../src/storage/openStorage';

export function storageFromEnvironment(): StorageConfig {
  const file = process.env.STUDIO_ENV_FILE ?? '.env';
  if (file !== 'none' && existsSync(file)) process.loadEnvFile(file);
  try {
    return parseStorageEnv(process.env);
  } catch (error) {
    fail((error as Error).message);
  }
}

export function describeStorage(config: StorageConfig): string {
  return config.databaseUrl ? 'the PostgreSQL database in DATABASE_URL' : `the embedded archive in ${config.dataDir}`;
}

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
