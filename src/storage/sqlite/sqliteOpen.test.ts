import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openEmbeddedStorage } from '../openStorage';
import { ArchiveOpenError } from '../storageErrors';
import { solidPng } from '../testing/storageBackends';

/** An archive with some history (several pages of tasks) and one stored image, closed again. */
async function usedArchive(): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'archive-open-'));
  const archive = openEmbeddedStorage(dir);
  await archive.saveImage(await solidPng());
  for (let i = 0; i < 300; i++) {
    await archive.recordSubmission({ taskUid: `task-${i}`, action: 'GenerateImages', request: { PositivePrompts: [`a lighthouse at dusk, take ${i}`.repeat(8)] }, mode: 'local' });
  }
  await archive.close();
  return { dir, file: join(dir, 'archive.sqlite') };
}

function openingError(dir: string, options = {}): ArchiveOpenError {
  try {
    void openEmbeddedStorage(dir, options).close();
  } catch (error) {
    expect(error).toBeInstanceOf(ArchiveOpenError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return error as ArchiveOpenError;
  }
  throw new Error('the archive opened');
}

describe('opening a damaged archive', () => {
  it('a database with garbage over some pages is refused with one line naming the file and what to do', async () => {
    const { dir, file } = await usedArchive();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, 4096 * 2);
    closeSync(fd);
    expect(openingError(dir).message).toMatch(new RegExp(`^The results archive ${file} is damaged \\(.+\\)\\. Stop the studio, move that file away and restore it from a backup`));
  });

  it('a truncated database is refused the same way', async () => {
    const { dir, file } = await usedArchive();
    truncateSync(file, Math.floor(statSync(file).size / 2));
    expect(openingError(dir).message).toMatch(new RegExp(`^The results archive ${file} is damaged`));
  });

  it('a file that is not a database at all is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-open-'));
    writeFileSync(join(dir, 'archive.sqlite'), 'these are not the pages you are looking for'.repeat(200));
    expect(openingError(dir).message).toMatch(/is damaged \(file is not a database/);
  });

  it('a zero-length archive.sqlite next to stored images does not start an empty archive', async () => {
    const { dir, file } = await usedArchive();
    truncateSync(file, 0);
    expect(openingError(dir).message).toBe(
      `The results archive ${file} is empty (0 bytes) but ${join(dir, 'files')} holds archived images: the task index was lost. Restore archive.sqlite from a backup, or move ${join(dir, 'files')} (and any archive.sqlite-wal) away to start a new, empty archive.`,
    );
    expect(statSync(file).size).toBe(0); // nothing was written over it
  });

  it('a full disk during the schema migration is refused with one line, not a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-open-'));
    // max_page_count: SQLite itself answers SQLITE_FULL once the file would grow past 2 pages.
    expect(openingError(dir, { maxPageCount: 2 }).message).toBe(
      `Cannot open the results archive ${join(dir, 'archive.sqlite')}: disk full (SQLITE_FULL). Free space on the disk that holds DATA_DIR, then start the studio again.`,
    );
  });

  it('an empty data folder and an archive of the first schema version still open (attempts start at 0)', async () => {
    expect(() => void openEmbeddedStorage(mkdtempSync(join(tmpdir(), 'archive-open-'))).close()).not.toThrow();
    const dir = mkdtempSync(join(tmpdir(), 'archive-open-'));
    const db = new Database(join(dir, 'archive.sqlite'));
    db.exec(`CREATE TABLE files (hash TEXT PRIMARY KEY, ext TEXT NOT NULL, mime TEXT NOT NULL, bytes INTEGER NOT NULL, created_at INTEGER NOT NULL);
      CREATE TABLE tasks (task_uid TEXT PRIMARY KEY, action TEXT NOT NULL, params TEXT NOT NULL, request_uuid TEXT, mode TEXT NOT NULL, status TEXT NOT NULL,
        seed INTEGER, error_code INTEGER, error_message TEXT, created_at INTEGER NOT NULL, finished_at INTEGER);
      CREATE TABLE task_files (task_uid TEXT NOT NULL, position INTEGER NOT NULL, hash TEXT NOT NULL, source_url TEXT, bytes INTEGER NOT NULL, PRIMARY KEY (task_uid, position));
      CREATE TABLE task_inputs (task_uid TEXT NOT NULL, position INTEGER NOT NULL, hash TEXT NOT NULL, mime TEXT NOT NULL, bytes INTEGER NOT NULL, PRIMARY KEY (task_uid, position));
      INSERT INTO tasks VALUES ('old-task', 'GenerateImages', '{}', NULL, 'local', 'Submitted', 1, NULL, NULL, 1, NULL);
      PRAGMA user_version = 1;`);
    db.close();
    const archive = openEmbeddedStorage(dir);
    expect(await archive.getTask('old-task')).toMatchObject({ attempts: 0, queue: 'Queuing' });
    await archive.index.claimQueued('me', 1, 60_000);
    expect(await archive.index.recordAttempt('old-task', 'me')).toBe(true);
    expect(await archive.getTask('old-task')).toMatchObject({ attempts: 1, queue: 'Running' });
    await archive.close();
  });
});

describe('the studio server on a damaged archive', () => {
  it('refuses to start with exactly one line on stderr and exit code 1', async () => {
    const { dir, file } = await usedArchive();
    truncateSync(file, 0);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/proxy/server.ts'], {
      env: { ...process.env, STUDIO_ENV_FILE: 'none', PORT: '0', DATA_DIR: dir, PICPIK_PUBLIC_KEY: '', PICPIK_PRIVATE_KEY: '' },
    });
    let stderr = '';
    let stdout = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(`The results archive ${file} is empty (0 bytes)`)]);
    expect(stdout).not.toContain('PICPIK Studio on');
    expect(readFileSync(file).length).toBe(0);
  }, 30_000);
});
