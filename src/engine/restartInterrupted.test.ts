import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEmbeddedStorage } from '../storage/openStorage';
import { discMask, photoScene } from './algorithms/testScenes';
import { INTERRUPTED } from './runtime/taskFailure';
import { maskDataUri, pngDataUri, startLocalStudio } from './testing/engineHarness';

describe('local tasks cut off by a server stop', () => {
  it('run again after a graceful restart, under the same TaskUIDs, and finish', async () => {
    const first = startLocalStudio();
    const size = 384;
    const image = await pngDataUri(photoScene(size, size, 4));
    const mask = await maskDataUri(discMask(size, size, size / 2, size / 2, size / 4));
    const uids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const answer = await first.call({ Action: 'ModifyMaskedPixels', MainModel: { ModelCode: 'PICPIK General' }, Seed: -1, Width: size, Height: size, Masked: { ImageIndex: 0, MaskIndex: 1 }, ImageAndMaskList: [image, mask] });
      uids.push(answer.TaskUID as string);
    }
    const running = (await first.call({ Action: 'ListRunningTasks' })).TaskUIDList as string[];
    expect(running.length).toBeGreaterThan(0);
    const before = (await first.call({ Action: 'ListTasksDetails', TaskUIDList: uids })).TaskDetailList as { Seed: number }[];
    await first.close();

    const second = startLocalStudio(first.dataDir);
    try {
      for (const uid of uids) {
        const detail = await second.waitForTask(uid);
        // Seed -1 was resolved at submit; the rerun keeps that seed.
        expect(detail).toMatchObject({ TaskUID: uid, Status: 'Finished', Seed: before[uids.indexOf(uid)]!.Seed });
        const result = await second.fetchImage((detail.ImgList as string[])[0]!);
        expect(result).toMatchObject({ width: size, height: size });
      }
    } finally {
      await second.close();
    }
    // Two studio starts, worker boots and four inpaints: generous on a busy 2-core CI machine.
  }, 90_000);

  it('after a crash: a task whose inputs are archived runs again; one whose inputs are gone fails clearly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'engine-crash-'));
    const before = openEmbeddedStorage(dataDir);
    // What a killed process leaves behind: queued submissions that never finished.
    await before.recordSubmission({ taskUid: 'no-inputs-needed', action: 'GenerateImages', request: { MainModel: { ModelCode: 'PICPIK General' }, Seed: 1, Width: 64, Height: 64 }, mode: 'local', enqueue: true });
    const picture = await pngDataUri(photoScene(64, 64, 2));
    await before.recordSubmission({ taskUid: 'inputs-gone', action: 'ModifyMaskedPixels', request: { MainModel: { ModelCode: 'PICPIK General' }, Masked: { ImageIndex: 0, MaskIndex: 1 }, ImageAndMaskList: [picture, picture] }, mode: 'local', enqueue: true });
    await before.close();

    const studio = startLocalStudio(dataDir);
    try {
      expect(await studio.waitForTask('no-inputs-needed')).toMatchObject({ Status: 'Finished', Seed: 1 });
      expect(await studio.waitForTask('inputs-gone')).toMatchObject({ Status: 'Error', ErrorCode: INTERRUPTED, ErrorMassage: expect.stringMatching(/restarted.*submit it again/) });
    } finally {
      await studio.close();
    }
  });
});
