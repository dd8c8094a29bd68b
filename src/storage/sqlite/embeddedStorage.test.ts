import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Archive } from '../archive';
import { openEmbeddedStorage } from '../openStorage';
import { solidPng } from '../testing/storageBackends';
import { migrateSqlite } from './sqliteSchema';

const dirs: string[] = [];
const open: Archive[] = [];
function tempStorage(dir = mkdtempSync(join(tmpdir(), 'embedded-'))) {
  dirs.push(dir);
  const archive = openEmbeddedStorage(dir);
  open.push(archive);
  return { archive, dir };
}
afterEach(async () => {
  for (const archive of open.splice(0)) await archive.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('embedded storage (SQLite + DATA_DIR)', () => {
  it('keeps the layout archives always had: files/ab/<hash>.<ext>, one row per file, no temp files', async () => {
    const { archive, dir } = tempStorage();
    const png = await solidPng();
    const saved = await archive.saveImage(png);
    await archive.saveImage(Buffer.from(png));
    expect(readFileSync(join(dir, 'files', saved.hash.slice(0, 2), `${saved.hash}.png`)).equals(png)).toBe(true);
    expect(readdirSync(join(dir, 'files', saved.hash.slice(0, 2)))).toEqual([`${saved.hash}.png`]);
    const db = new Database(join(dir, 'archive.sqlite'), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM files').get()).toEqual({ n: 1 });
    db.close();
  });

  it('survives a restart: reopening the folder gives the same history and files', async () => {
    const { archive, dir } = tempStorage();
    await archive.recordSubmission({ taskUid: 'keep', action: 'GenerateImages', request: { PositivePrompts: ['x'] }, mode: 'picpik' });
    const saved = await archive.saveImage(await solidPng('#ff0000'));
    await archive.completeTask('keep', { status: 'Finished', seed: 5, files: [saved] });
    const before = await archive.listHistory({ page: 1, pageSize: 10 });
    await archive.close();
    open.splice(open.indexOf(archive), 1);

    const reopened = tempStorage(dir).archive;
    expect(await reopened.listHistory({ page: 1, pageSize: 10 })).toEqual(before);
    expect((await reopened.readImage(saved.hash))?.mime).toBe('image/png');
  });

  it('upgrades an archive of schema 1: request_uuids keep their task, unfinished local tasks are queued again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'embedded-'));
    const db = new Database(join(dir, 'archive.sqlite'));
    migrateSqlite(db, 1);
    const insert = db.prepare("INSERT INTO tasks (task_uid, action, params, request_uuid, mode, status, finished_at, created_at) VALUES (?, 'GenerateImages', '{\"Seed\":1}', ?, ?, 'Submitted', ?, ?)");
    insert.run('first', 'u1', 'picpik', null, 1);
    insert.run('retry', 'u1', 'picpik', null, 2);
    insert.run('cut-off', null, 'local', null, 3);
    insert.run('done', null, 'local', 9, 4);
    db.close();

    const { archive } = tempStorage(dir);
    expect(await archive.index.claimRequest({ mode: 'picpik', requestUuid: 'u1', fingerprint: 'f', owner: 'me', staleAfterMs: 1 })).toMatchObject({ won: false, fingerprint: null, taskUid: 'retry' });
    expect(await archive.index.queuedTaskUids()).toEqual(['cut-off']);
    expect(await archive.getTask('cut-off')).toMatchObject({ queue: 'Queuing', attempts: 0, designer: null });
  });

  it('puts tasks whose process crashed back on the queue at open; their counted runs stay counted', async () => {
    const { archive, dir } = tempStorage();
    await archive.recordSubmission({ taskUid: 't', action: 'GenerateImages', request: {}, mode: 'local', enqueue: true });
    await archive.index.claimQueued('crashed', 1, 60_000);
    await archive.index.recordAttempt('t', 'crashed');
    await archive.close(); // no releaseLeases: what a killed process leaves
    open.splice(open.indexOf(archive), 1);

    const reopened = tempStorage(dir).archive;
    expect(await reopened.index.claimQueued('next', 1, 60_000)).toEqual([{ taskUid: 't', attempts: 1 }]);
  });

  it('refuses an archive written by a newer schema', async () => {
    const { archive, dir } = tempStorage();
    await archive.close();
    open.splice(open.indexOf(archive), 1);
    const db = new Database(join(dir, 'archive.sqlite'));
    db.pragma('user_version = 99');
    db.close();
    expect(() => openEmbeddedStorage(dir)).toThrow(/schema version 99/);
  });
});
