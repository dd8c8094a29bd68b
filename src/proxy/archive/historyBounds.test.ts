import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/logger';
import { openStorage } from '../../storage/openStorage';
import { MAX_HISTORY_PARAMS_BYTES } from '../../storage/requestParams';
import { createApp } from '../app';

describe('history rows stay bounded', () => {
  it('serves params over MAX_HISTORY_PARAMS_BYTES (rows archived before the request limits) as a short summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'history-bound-'));
    const archive = await openStorage({ dataDir: dir });
    try {
      const backend = { mode: 'local' as const, handle: async () => ({ status: 200, body: { RetCode: 0 } }) };
      const app = createApp({ backend, logger: silentLogger, version: '1', maxBodyMb: 1, archive });
      // What an unbounded server once stored: a million list entries in the params.
      await archive.recordSubmission({ taskUid: 'old-huge', action: 'GenerateImages', request: { PositivePrompts: ['cat'], Pad: new Array(1_000_000).fill('x') }, mode: 'local' });
      await archive.recordSubmission({ taskUid: 'normal', action: 'GenerateImages', request: { PositivePrompts: ['dog'], Seed: 3 }, mode: 'local' });
      const text = await (await app.request('/api/history?pageSize=100')).text();
      expect(text.length).toBeLessThan(2 * MAX_HISTORY_PARAMS_BYTES);
      const items = (JSON.parse(text) as { items: { TaskUID: string; Params: Record<string, unknown> }[] }).items;
      expect(items.find((item) => item.TaskUID === 'normal')!.Params).toEqual({ PositivePrompts: ['dog'], Seed: 3 });
      expect(items.find((item) => item.TaskUID === 'old-huge')!.Params).toEqual({ Omitted: expect.stringMatching(/^The parameters of this task are 3907 KB, more than the 65.5 KB a history row carries$/) });
    } finally {
      await archive.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
