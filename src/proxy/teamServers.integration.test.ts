import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discMask, photoScene } from '../engine/algorithms/testScenes';
import { maskDataUri, pngDataUri } from '../engine/testing/engineHarness';
import { createTestDatabase, type TestDatabase } from '../storage/testing/testDatabase';
import { startStudioProcess, waitForFinal, type StudioProcess } from './testing/teamServers';

// Two real studio servers (local engine) on one PostgreSQL database, as behind a load balancer.
let database: TestDatabase;
let db: pg.Client;
let a: StudioProcess;
let b: StudioProcess;
const LEASE_S = 3;
const env = () => ({ DATABASE_URL: database.url, ENGINE_LEASE_S: String(LEASE_S), DATA_DIR: mkdtempSync(join(tmpdir(), 'team-unused-')) });

beforeAll(async () => {
  database = await createTestDatabase();
  [a, b] = await Promise.all([startStudioProcess(0, env()), startStudioProcess(0, env())]);
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
}, 120_000);

afterAll(async () => {
  await db?.end();
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.drop();
});

const small = (uuid: string, seed = 1) => ({ Action: 'GenerateImages', request_uuid: uuid, MainModel: { ModelCode: 'PICPIK General' }, PositivePrompts: ['blue sea'], Seed: seed, Width: 64, Height: 64 });

describe('several studio servers on one database', () => {
  it('makes one task of a request_uuid sent to both servers at once', async () => {
    const uuids = Array.from({ length: 8 }, (_, i) => `race-${i}-${Date.now()}`);
    const pairs = await Promise.all(uuids.map((uuid) => Promise.all([a.call(small(uuid)), b.call(small(uuid))])));
    for (const [fromA, fromB] of pairs) {
      expect(fromA).toMatchObject({ RetCode: 0, TaskUID: expect.any(String) });
      expect(fromB.TaskUID).toBe(fromA.TaskUID);
    }
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM tasks WHERE request_uuid = ANY($1)', [uuids]);
    expect(rows[0]!.n).toBe(uuids.length);
    // The same uuid with other content is a client bug, on either server.
    expect(await b.call(small(uuids[0]!, 2))).toMatchObject({ RetCode: 409 });
  });

  it("answers polls, history and files for the other server's tasks", async () => {
    const submitted = await a.call(small(`cross-${Date.now()}`, 7));
    const detail = await waitForFinal(b, submitted.TaskUID as string);
    expect(detail).toMatchObject({ TaskUID: submitted.TaskUID, Status: 'Finished', Seed: 7 });
    const [url] = detail.ImgList as string[];
    const fromA = Buffer.from(await (await fetch(`${a.url}${url}`)).arrayBuffer());
    const fromB = await fetch(`${b.url}${url}`);
    expect(fromB.status).toBe(200);
    expect(Buffer.from(await fromB.arrayBuffer()).equals(fromA)).toBe(true);
    const history = (await (await fetch(`${b.url}/api/history?pageSize=50`)).json()) as { items: { TaskUID: string; Images: string[] }[] };
    expect(history.items.find((item) => item.TaskUID === submitted.TaskUID)?.Images).toEqual([url]);
  });

  it('leaves a task of a server killed mid-run to the other, which finishes it under the same TaskUID', async () => {
    const size = 1024;
    const image = await pngDataUri(photoScene(size, size, 3));
    const mask = await maskDataUri(discMask(size, size, size * 0.45, size * 0.55, size * 0.2));
    const request = { Action: 'ModifyMaskedPixels', MainModel: { ModelCode: 'PICPIK General' }, Seed: -1, Width: size, Height: size, Masked: { ImageIndex: 0, MaskIndex: 1 }, ImageAndMaskList: [image, mask] };
    const submitted = await a.call({ ...request, request_uuid: `kill-${Date.now()}` });
    const taskUid = submitted.TaskUID as string;
    const seed = ((await a.call({ Action: 'ListTasksDetails', TaskUIDList: [taskUid] })).TaskDetailList as { Seed: number }[])[0]!.Seed;

    // Whichever server took the task is killed while it runs.
    let owner: string | null = null;
    for (let i = 0; i < 200 && !owner; i++) {
      owner = (await db.query<{ owner: string | null }>('SELECT owner FROM local_queue WHERE task_uid = $1', [taskUid])).rows[0]?.owner ?? null;
      if (!owner) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(owner).not.toBeNull();
    const [victim, survivor] = owner!.includes(`/${a.process.pid}/`) ? [a, b] : [b, a];
    expect((await survivor.call({ Action: 'ListTasksDetails', TaskUIDList: [taskUid] })).TaskDetailList).toMatchObject([{ Status: 'Running' }]);
    await victim.kill();

    const detail = await waitForFinal(survivor, taskUid, 180_000);
    expect(detail).toMatchObject({ TaskUID: taskUid, Status: 'Finished', Seed: seed, ErrorCode: 0 });
    expect((await fetch(`${survivor.url}${(detail.ImgList as string[])[0]}`)).status).toBe(200);
    const { rows } = await db.query<{ status: string }>('SELECT status FROM tasks WHERE task_uid = $1', [taskUid]);
    expect(rows).toEqual([{ status: 'Finished' }]);
    expect(survivor.output()).toMatch(/engine-task-taken-over/);

    // The killed server comes back and serves the result too.
    const restarted = await startStudioProcess(victim.port, env());
    if (victim === a) a = restarted;
    else b = restarted;
    expect(await restarted.call({ Action: 'ListTasksDetails', TaskUIDList: [taskUid] })).toMatchObject({ TaskDetailList: [{ Status: 'Finished', ImgList: detail.ImgList }] });
  }, 240_000);
});
