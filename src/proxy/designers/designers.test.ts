import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage } from '../../storage/openStorage';
import { newDesignerToken, tokenHash } from '../../storage/designerTokens';
import type { Archive } from '../../storage/archive';
import { requireDesigner, type DesignerVariables } from './designerAuth';
import { createDesignerDirectory } from './designerDirectory';
import { createMeRoute, createUsageRoute } from './designerRoutes';

const opened: { archive: Archive; dir: string }[] = [];
afterEach(async () => {
  for (const { archive, dir } of opened.splice(0)) {
    await archive.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function studio(studioToken?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'designers-'));
  const archive = await openStorage({ dataDir: dir }, { now: () => Date.UTC(2025, 5, 10, 12) });
  opened.push({ archive, dir });
  let clock = 0;
  const directory = createDesignerDirectory(archive.index, () => clock);
  const app = new Hono<{ Variables: DesignerVariables }>();
  app.use('*', requireDesigner(studioToken, directory));
  app.route('/me', createMeRoute());
  app.route('/usage', createUsageRoute(archive.index, () => Date.UTC(2025, 5, 10, 18)));
  const get = async (path: string, token?: string) => {
    const response = await app.request(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const addDesigner = async (name: string) => {
    const token = newDesignerToken();
    await archive.index.addDesigner(name, tokenHash(token), 1);
    return token;
  };
  return { archive, get, addDesigner, advance: (ms: number) => (clock += ms) };
}

describe('designers by name', () => {
  it('leaves a studio with no STUDIO_TOKEN and no designers open, as before', async () => {
    const { get } = await studio();
    expect(await get('/me')).toEqual({ status: 200, body: { designer: null } });
  });

  it('keeps the single STUDIO_TOKEN working, with no name attached', async () => {
    const { get, addDesigner } = await studio('shared-secret');
    const ada = await addDesigner('Ada');
    expect((await get('/me')).status).toBe(401);
    expect(await get('/me', 'shared-secret')).toEqual({ status: 200, body: { designer: null } });
    expect(await get('/me', ada)).toEqual({ status: 200, body: { designer: 'Ada' } });
    expect(await get('/me', 'wrong')).toMatchObject({ status: 401, body: { Message: 'The access token is wrong' } });
  });

  it('asks for a token once a designer exists, and forgets a removed one within 30 s', async () => {
    const { archive, get, addDesigner, advance } = await studio();
    const ada = await addDesigner('Ada');
    await addDesigner('Bo');
    advance(30_001); // the "any designers?" answer is cached like the names
    expect(await get('/me')).toMatchObject({ status: 401, body: { Message: expect.stringMatching(/designer token or STUDIO_TOKEN/) } });
    expect((await get('/me', ada)).body).toEqual({ designer: 'Ada' });
    await archive.index.removeDesigner('Ada');
    expect((await get('/me', ada)).body).toEqual({ designer: 'Ada' });
    advance(30_001);
    expect((await get('/me', ada)).status).toBe(401);
  });

  it('sums credits per designer and day, with totals, for the asked period', async () => {
    const { archive, get, addDesigner } = await studio();
    const ada = await addDesigner('Ada');
    await archive.recordSubmission({ taskUid: 'a', action: 'GenerateImages', request: {}, mode: 'picpik', designer: 'Ada' });
    await archive.completeTask('a', { status: 'Finished', seed: 1, files: [], credits: 4 });
    await archive.recordSubmission({ taskUid: 'b', action: 'GenerateImages', request: {}, mode: 'picpik', designer: 'Bo' });
    await archive.completeTask('b', { status: 'Finished', seed: 1, files: [], credits: 6 });
    await archive.recordSubmission({ taskUid: 'c', action: 'GenerateImages', request: {}, mode: 'local', designer: 'Ada' });
    const usage = await get('/usage?days=7', ada);
    expect(usage).toEqual({
      status: 200,
      body: {
        days: 7,
        since: '2025-06-04',
        until: '2025-06-10',
        designer: 'Ada',
        items: [
          { Designer: 'Ada', Day: '2025-06-10', Tasks: 2, Credits: 4 },
          { Designer: 'Bo', Day: '2025-06-10', Tasks: 1, Credits: 6 },
        ],
        totals: [
          { Designer: 'Bo', Tasks: 1, Credits: 6 },
          { Designer: 'Ada', Tasks: 2, Credits: 4 },
        ],
      },
    });
    expect(await get('/usage?days=0', ada)).toMatchObject({ status: 400, body: { Message: 'days must be a whole number from 1 to 366 (got "0")' } });
  });
});
