import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { createArchive, type Archive, type ArchiveOptions } from '../archive';
import { openStorage } from '../openStorage';
import { createTestDatabase, type TestDatabase } from './testDatabase';

/** One kind of storage for the contract tests: `open` gives a fresh, empty archive each time. */
export interface StorageUnderTest {
  name: 'sqlite' | 'postgres';
  setUp(): Promise<void>;
  open(options?: ArchiveOptions): Promise<Archive>;
  /** Closes what `open` gave and empties the storage. */
  reset(): Promise<void>;
  tearDown(): Promise<void>;
}

/** Children before parents, so plain DELETEs satisfy the foreign keys. */
const TABLES = ['task_files', 'task_inputs', 'local_queue', 'tasks', 'files', 'blobs', 'request_claims', 'exclusive_runs', 'designers'];

function sqliteStorage(): StorageUnderTest {
  const opened: Archive[] = [];
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    setUp: async () => {},
    async open(options) {
      const dir = mkdtempSync(join(tmpdir(), 'storage-contract-'));
      dirs.push(dir);
      const archive = await openStorage({ dataDir: dir }, options);
      opened.push(archive);
      return archive;
    },
    async reset() {
      for (const archive of opened.splice(0)) await archive.close();
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
    tearDown: async () => {},
  };
}

function postgresStorage(): StorageUnderTest {
  let database: TestDatabase | undefined;
  let shared: Archive | undefined;
  let admin: pg.Client | undefined;
  return {
    name: 'postgres',
    async setUp() {
      database = await createTestDatabase();
      shared = await openStorage({ databaseUrl: database.url, dataDir: '/nonexistent' });
      admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
    },
    // Migrating once per file and emptying the tables between tests keeps this fast; the clock is per archive.
    open: async (options) => createArchive(shared!.location, shared!.index, shared!.blobs, options),
    async reset() {
      await admin!.query(TABLES.map((table) => `DELETE FROM ${table};`).join(' '));
    },
    async tearDown() {
      await admin?.end();
      await shared?.close();
      await database?.drop();
    },
  };
}

export const STORAGES: StorageUnderTest[] = [sqliteStorage(), postgresStorage()];

/** A real PNG of one colour. */
export function solidPng(color = '#3366cc', size = 4): Promise<Buffer> {
  return sharp({ create: { width: size, height: size, channels: 3, background: color } }).png().toBuffer();
}

export const dataUri = (bytes: Buffer, mime = 'image/png') => `data:${mime};base64,${bytes.toString('base64')}`;
