import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../archive';
import { relativeFilePath } from '../imageFiles';
import { openStorage } from '../openStorage';
import { migrateSqlite } from '../sqlite/sqliteSchema';
import { createTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { dataUri, solidPng } from '../testing/storageBackends';
import { importDataDir } from './importDataDir';
import { createPool } from './pool';

let database: TestDatabase;
let team: Archive;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  dirs.push(dir);
  return dir;
};

beforeAll(async () => {
  database = await createTestDatabase();
  team = await openStorage({ databaseUrl: database.url, dataDir: '/nonexistent' });
}, 60_000);
afterAll(async () => {
  await team?.close();
  await database?.drop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function runImport(dir: string) {
  const pool = createPool(database.url, { max: 2 });
  try {
    return await importDataDir(pool, dir);
  } finally {
    await pool.end();
  }
}

describe('db:import from an embedded DATA_DIR', () => {
  it('copies tasks, files, uuids, designers and unfinished local work; a second run adds nothing', async () => {
    const dir = tempDir();
    const embedded = await openStorage({ dataDir: dir });
    const png = await solidPng('#aa0000');
    const inputs = await embedded.saveInputImages([dataUri(png)]);
    await embedded.recordSubmission({ taskUid: 'done', action: 'ModifyMaskedPixels', request: { ImageAndMaskList: [dataUri(png)] }, mode: 'picpik', requestUuid: 'u-done', designer: 'ada', inputs });
    const result = await embedded.saveImage(await solidPng('#00aa00'));
    await embedded.completeTask('done', { status: 'Finished', seed: 3, files: [{ ...result, sourceUrl: 'https://cdn.test/r.png' }], credits: 2 });
    await embedded.index.claimRequest({ mode: 'picpik', requestUuid: 'u-done', fingerprint: 'fp', owner: 'x', staleAfterMs: 1 });
    await embedded.index.settleRequest('picpik', 'u-done', 'done');
    await embedded.recordSubmission({ taskUid: 'pending', action: 'GenerateImages', request: { Seed: 9 }, mode: 'local', seed: 9, enqueue: true });
    await embedded.index.addDesigner('ada', 'f'.repeat(64), 5);
    const before = await embedded.getTask('done');
    await embedded.close();

    expect(await runImport(dir)).toMatchObject({ files: 2, blobs: 2, missingBlobs: 0, tasks: 2, tasksAlreadyThere: 0, queued: 1, designers: 1 });
    expect(await team.getTask('done')).toEqual(before);
    expect(await team.getTask('pending')).toMatchObject({ queue: 'Queuing', seed: 9 });
    expect(Buffer.from((await team.readImage(result.hash))!.bytes).equals(await solidPng('#00aa00'))).toBe(true);
    expect(await team.index.claimRequest({ mode: 'picpik', requestUuid: 'u-done', fingerprint: 'other', owner: 'y', staleAfterMs: 1 })).toMatchObject({ won: false, taskUid: 'done' });
    expect(await team.index.designerByTokenHash('f'.repeat(64))).toBe('ada');

    expect(await runImport(dir)).toMatchObject({ files: 0, blobs: 0, tasks: 0, tasksAlreadyThere: 2, queued: 0, designers: 0 });
  });

  it('reads a schema-1 archive: uuids from its tasks, unfinished local tasks queued, a lost file reported', async () => {
    const dir = tempDir();
    const db = new Database(join(dir, 'archive.sqlite'));
    migrateSqlite(db, 1);
    db.prepare("INSERT INTO files VALUES (?, 'png', 'image/png', 10, 1)").run('a'.repeat(64));
    db.prepare("INSERT INTO tasks (task_uid, action, params, request_uuid, mode, status, created_at) VALUES ('old-1', 'GenerateImages', '{}', 'u-old', 'local', 'Submitted', 10)").run();
    db.prepare("INSERT INTO tasks (task_uid, action, params, request_uuid, mode, status, created_at) VALUES ('old-2', 'GenerateImages', '{}', 'u-old', 'local', 'Submitted', 20)").run();
    db.prepare("INSERT INTO task_inputs VALUES ('old-2', 0, ?, 'image/png', 10)").run('a'.repeat(64));
    db.close();
    expect(existsSync(join(dir, relativeFilePath('a'.repeat(64), 'png')))).toBe(false);

    expect(await runImport(dir)).toMatchObject({ files: 1, blobs: 0, missingBlobs: 1, tasks: 2, queued: 2, requestUuids: 1 });
    expect(await team.index.claimRequest({ mode: 'local', requestUuid: 'u-old', fingerprint: 'f', owner: 'y', staleAfterMs: 1 })).toMatchObject({ won: false, fingerprint: null, taskUid: 'old-2' });
    expect(await team.openFile('a'.repeat(64))).toBeNull();
  });

  it('refuses a folder without an archive', async () => {
    await expect(runImport(tempDir())).rejects.toThrow(/No embedded archive/);
  });
});
