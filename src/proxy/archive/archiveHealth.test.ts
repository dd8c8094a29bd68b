import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../core/backend';
import { silentLogger } from '../../core/logger';
import type { Archive } from '../../storage/archive';
import { withArchiveHealth } from '../../storage/archiveHealth';
import { openEmbeddedStorage } from '../../storage/openStorage';
import { createApp } from '../app';

const backend: Backend = { mode: 'local', handle: async (request) => ({ status: 200, body: { RetCode: 0, Action: request.Action } }) };

/** The real archive whose database turns out damaged or whose disk fills, as better-sqlite3 reports it. */
function faultyArchive() {
  const faults = { corruptReads: false, diskFull: false };
  const archive = openEmbeddedStorage(mkdtempSync(join(tmpdir(), 'archive-health-')));
  const faulty: Archive = {
    ...archive,
    listHistory: async (query) => {
      if (faults.corruptReads) throw new Database.SqliteError('database disk image is malformed', 'SQLITE_CORRUPT');
      return archive.listHistory(query);
    },
    recordSubmission: async (submission) => {
      if (faults.diskFull) throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
      await archive.recordSubmission(submission);
    },
  };
  const healthy = withArchiveHealth(faulty, silentLogger);
  const app = createApp({ backend, logger: silentLogger, version: 't', maxBodyMb: 1, archive: healthy, archiveHealth: healthy });
  return { app, faults, archive: healthy };
}

const health = async (app: ReturnType<typeof faultyArchive>['app']) => (await app.request('/api/health')).json();

describe('archive failures at run time', () => {
  it('/api/history answers a clear 503 in PICPIK shape on a damaged database, and /api/health stays degraded', async () => {
    const { app, faults, archive } = faultyArchive();
    expect(await health(app)).toEqual({ ok: true, mode: 'local', version: 't', archive: 'ok', storage: 'sqlite' });
    faults.corruptReads = true;
    const response = await app.request('/api/history');
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('30');
    expect(await response.json()).toEqual({
      RetCode: 503,
      Action: '',
      Message: expect.stringMatching(/^The studio's results archive cannot be used: database damaged \(SQLITE_CORRUPT\)\. .*restore it from a backup/),
    });
    expect(await health(app)).toMatchObject({ ok: false, mode: 'local', archive: expect.stringMatching(/^degraded: database damaged \(SQLITE_CORRUPT\)/) });
    // A damaged database does not heal by itself: still degraded after a write that works.
    await archive.recordSubmission({ taskUid: 'after', action: 'GenerateImages', request: {}, mode: 'local' });
    expect(await health(app)).toMatchObject({ ok: false });
  });

  it('a full disk is reported until a write succeeds again', async () => {
    const { app, faults, archive } = faultyArchive();
    faults.diskFull = true;
    await expect(archive.recordSubmission({ taskUid: 'a', action: 'GenerateImages', request: {}, mode: 'local' })).rejects.toThrow(/disk full \(SQLITE_FULL\)/);
    expect(await health(app)).toMatchObject({ ok: false, archive: expect.stringMatching(/^degraded: disk full \(SQLITE_FULL\) — free space on the disk that holds DATA_DIR/) });
    expect((await app.request('/api/history')).status).toBe(200);
    faults.diskFull = false;
    await archive.recordSubmission({ taskUid: 'b', action: 'GenerateImages', request: {}, mode: 'local' });
    expect(await health(app)).toMatchObject({ ok: true, archive: 'ok' });
  });

  it('other errors are not mistaken for storage failures', async () => {
    const archive = openEmbeddedStorage(mkdtempSync(join(tmpdir(), 'archive-health-')));
    const healthy = withArchiveHealth(archive, silentLogger);
    await expect(healthy.saveImage(Buffer.from('<svg/>'), 'image/svg+xml')).rejects.toThrow(/Not a PNG, JPEG or WEBP/);
    expect(healthy.problem()).toBeNull();
  });
});
