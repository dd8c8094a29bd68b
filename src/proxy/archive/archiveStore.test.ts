import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { fakePng } from '../testing/fakeImageHost';
import { openArchive } from './archiveStore';
import type { Archive } from './archiveTypes';

const dirs: string[] = [];
const open: Archive[] = [];
function tempArchive(dir = mkdtempSync(join(tmpdir(), 'archive-')), now?: () => number) {
  dirs.push(dir);
  const archive = openArchive(dir, { now });
  open.push(archive);
  return archive;
}
afterEach(() => {
  for (const archive of open.splice(0)) archive.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const dataUri = (bytes: Buffer, mime = 'image/png') => `data:${mime};base64,${bytes.toString('base64')}`;

describe('openArchive', () => {
  it('stores an image by content hash and reads it back', async () => {
    const archive = tempArchive();
    const png = await fakePng();
    const saved = archive.saveImage(png);
    expect(saved.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(saved).toMatchObject({ url: `/files/${saved.hash}.png`, bytes: png.length, mime: 'image/png' });
    const file = archive.readFile(saved.hash)!;
    expect(file.path).toBe(join(archive.dataDir, 'files', saved.hash.slice(0, 2), `${saved.hash}.png`));
    expect(file.mime).toBe('image/png');
    expect(readFileSync(file.path).equals(png)).toBe(true);
  });

  it('stores identical images once and leaves no temp files', async () => {
    const archive = tempArchive();
    const png = await fakePng();
    const first = archive.saveImage(png);
    const second = archive.saveImage(Buffer.from(png), 'image/png');
    expect(second).toEqual(first);
    const db = new Database(join(archive.dataDir, 'archive.sqlite'), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM files').get()).toEqual({ n: 1 });
    db.close();
    expect(readdirSync(join(archive.dataDir, 'files', first.hash.slice(0, 2)))).toEqual([`${first.hash}.png`]);
  });

  it('sniffs the type and refuses what is not PNG, JPEG or WEBP', () => {
    const archive = tempArchive();
    expect(archive.saveImage(JPEG, 'image/png').url).toMatch(/\.jpg$/);
    expect(() => archive.saveImage(Buffer.from('<svg onload="x()"/>'), 'image/svg+xml')).toThrow(/Not a PNG, JPEG or WEBP/);
  });

  it('records a submission without image bodies or credentials, and completes it', async () => {
    const archive = tempArchive();
    const png = await fakePng();
    const request = {
      Action: 'ModifyMaskedPixels',
      PublicKey: 'pk-visible',
      Signature: 'sig-visible',
      request_uuid: 'uuid-1',
      MainModel: { ModelCode: 'PICPIK General' },
      PositivePrompts: ['a cat'],
      ImageAndMaskList: [dataUri(png), dataUri(JPEG, 'image/jpeg')],
    };
    archive.recordSubmission({ taskUid: 't1', action: 'ModifyMaskedPixels', request, mode: 'picpik', requestUuid: 'uuid-1' });
    const inputs = archive.saveInputImages('t1', request.ImageAndMaskList);
    const saved = archive.saveImage(png);
    archive.completeTask('t1', { status: 'Finished', seed: 42, files: [{ ...saved, sourceUrl: 'https://cdn.test/a.png' }] });

    const task = archive.getTask('t1')!;
    expect(JSON.stringify(task)).not.toMatch(/base64|pk-visible|sig-visible/);
    expect(task.params).toEqual({
      MainModel: { ModelCode: 'PICPIK General' },
      PositivePrompts: ['a cat'],
      ImageAndMaskList: { Count: 2, Images: [{ Hash: inputs[0]!.hash, Bytes: png.length }, { Hash: inputs[1]!.hash, Bytes: JPEG.length }] },
    });
    expect(task).toMatchObject({ action: 'ModifyMaskedPixels', mode: 'picpik', requestUuid: 'uuid-1', status: 'Finished', seed: 42 });
    expect(task.finishedAt).toEqual(expect.any(Number));
    expect(task.images).toEqual([{ ...saved, sourceUrl: 'https://cdn.test/a.png' }]);
    expect(task.inputs.map((input) => input.mime)).toEqual(['image/png', 'image/jpeg']);
    expect(archive.findByRequestUuid('uuid-1')?.taskUid).toBe('t1');
    expect(archive.findByRequestUuid('other')).toBeNull();
  });

  it('records errors and refuses to complete a task it never recorded', () => {
    const archive = tempArchive();
    archive.recordSubmission({ taskUid: 'bad', action: 'GenerateImages', request: {}, mode: 'local' });
    archive.completeTask('bad', { status: 'Error', seed: null, files: [], errorCode: 7, errorMessage: 'NSFW' });
    expect(archive.getTask('bad')).toMatchObject({ status: 'Error', errorCode: 7, errorMessage: 'NSFW', images: [] });
    expect(() => archive.completeTask('nobody', { status: 'Finished', seed: 1, files: [] })).toThrow(/recordSubmission first/);
  });

  it('pages history newest first with the total count', () => {
    let clock = 1_000;
    const archive = tempArchive(undefined, () => clock);
    for (let i = 0; i < 5; i++) {
      clock += i === 3 ? 0 : 10; // two tasks share a millisecond: insertion order decides
      archive.recordSubmission({ taskUid: `t${i}`, action: 'GenerateImages', request: { Seed: i }, mode: 'picpik' });
    }
    const first = archive.listHistory({ page: 1, pageSize: 2 });
    expect(first.total).toBe(5);
    expect(first.items.map((task) => task.taskUid)).toEqual(['t4', 't3']);
    expect(archive.listHistory({ page: 3, pageSize: 2 }).items.map((task) => task.taskUid)).toEqual(['t0']);
    expect(archive.listHistory({ page: 4, pageSize: 2 }).items).toEqual([]);
  });

  it('survives a restart: reopening the folder gives the same history and files', async () => {
    const first = tempArchive();
    const png = await fakePng(4, 4, '#ff0000');
    first.recordSubmission({ taskUid: 'keep', action: 'GenerateImages', request: { PositivePrompts: ['x'] }, mode: 'picpik' });
    const saved = first.saveImage(png);
    first.completeTask('keep', { status: 'Finished', seed: 5, files: [saved] });
    const before = first.listHistory({ page: 1, pageSize: 10 });
    first.close();
    open.splice(open.indexOf(first), 1);

    const reopened = openArchive(first.dataDir);
    open.push(reopened);
    expect(reopened.listHistory({ page: 1, pageSize: 10 })).toEqual(before);
    expect(readFileSync(reopened.readFile(saved.hash)!.path).equals(png)).toBe(true);
  });

  it('refuses an archive written by a newer schema', () => {
    const archive = tempArchive();
    archive.close();
    open.splice(open.indexOf(archive), 1);
    const db = new Database(join(archive.dataDir, 'archive.sqlite'));
    db.pragma('user_version = 99');
    db.close();
    expect(() => openArchive(archive.dataDir)).toThrow(/schema version 99/);
  });

  it('answers null for unknown or malformed hashes', () => {
    const archive = tempArchive();
    expect(archive.readFile('0'.repeat(64))).toBeNull();
    expect(archive.readFile('../archive.sqlite')).toBeNull();
    expect(existsSync(join(archive.dataDir, 'archive.sqlite'))).toBe(true);
  });
});
