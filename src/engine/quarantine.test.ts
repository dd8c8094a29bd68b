import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEmbeddedStorage } from '../storage/openStorage';
import { QUARANTINED } from './runtime/taskFailure';
import { discMask, photoScene } from './algorithms/testScenes';
import { maskDataUri, pngDataUri, startLocalStudio } from './testing/engineHarness';

const script = new URL('./testing/killableEngine.ts', import.meta.url).pathname;

/** Starts a studio process on `dataDir`, waits until a task runs on a worker, kills it like the OOM killer (SIGKILL). */
async function runUntilKilled(dataDir: string, submit: boolean): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir, ...(submit ? ['submit'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const uid = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /RUNNING (\w+)/.exec(output);
      if (found) resolve(found[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the studio process exited (${code}) before a task ran: ${output}`)));
  });
  child.kill('SIGKILL');
  await new Promise((resolve) => child.on('exit', resolve));
  return uid;
}

const attemptsOf = async (dataDir: string, uid: string) => {
  const archive = openEmbeddedStorage(dataDir);
  try {
    return (await archive.getTask(uid))!.attempts;
  } finally {
    await archive.close();
  }
};

describe('a task that keeps killing the server (quarantine)', () => {
  it('is run again after one crash, and after a second crash never again: it ends with a clear error', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'engine-quarantine-'));
    const uid = await runUntilKilled(dataDir, true);
    expect(await attemptsOf(dataDir, uid)).toBe(1);
    // The restart runs it again (same TaskUID), and the process dies under it again.
    expect(await runUntilKilled(dataDir, false)).toBe(uid);
    expect(await attemptsOf(dataDir, uid)).toBe(2);

    const studio = startLocalStudio(dataDir);
    try {
      const detail = await studio.waitForTask(uid);
      expect(detail).toMatchObject({ Status: 'Error', ErrorCode: QUARANTINED, ErrorMassage: expect.stringMatching(/stopped the local engine twice.*not run again/) });
      expect((await studio.call({ Action: 'ListRunningTasks' })).TaskUIDList).toEqual([]);
      expect(await studio.archive.getTask(uid)).toMatchObject({ status: 'Error', attempts: 2, finishedAt: expect.any(Number) });
    } finally {
      await studio.close();
    }
  }, 90_000);

  it('a graceful stop does not count: the task runs again however often the server is restarted', async () => {
    const first = startLocalStudio();
    const size = 512;
    const answer = await first.call({
      Action: 'ModifyMaskedPixels', MainModel: { ModelCode: 'PICPIK General' }, Seed: 2, Width: size, Height: size, Masked: { ImageIndex: 0, MaskIndex: 1 },
      ImageAndMaskList: [await pngDataUri(photoScene(size, size)), await maskDataUri(discMask(size, size, size / 2, size / 2, size / 3))],
    });
    const uid = answer.TaskUID as string;
    const status = async () => ((await first.call({ Action: 'ListTasksDetails', TaskUIDList: [uid] })).TaskDetailList as { Status: string }[])[0]!.Status;
    while ((await status()) !== 'Running') await new Promise((resolve) => setTimeout(resolve, 10));
    await first.close();
    expect(await attemptsOf(first.dataDir, uid)).toBe(0);
  }, 60_000);
});
