import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../proxy/archive/archiveStore';
import { discMask, photoScene } from './algorithms/testScenes';
import { INTERRUPTED } from './runtime/localTasks';
import { maskDataUri, pngDataUri, startLocalStudio } from './testing/engineHarness';

const MESSAGE = 'The studio server restarted before this task finished; submit it again';

describe('local tasks cut off by a server stop', () => {
  it('are answered as failed after a crash, instead of Running forever', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'engine-crash-'));
    const before = openArchive(dataDir);
    // What a killed process leaves behind: a submission that never finished.
    before.recordSubmission({ taskUid: 'crashed-task', action: 'GenerateImages', request: { Seed: 1 }, mode: 'local', requestUuid: 'crash-uuid' });
    before.close();

    const studio = startLocalStudio(dataDir);
    try {
      const answer = await studio.call({ Action: 'ListTasksDetails', TaskUIDList: ['crashed-task'] });
      expect((answer.TaskDetailList as unknown[])[0]).toMatchObject({ TaskUID: 'crashed-task', Status: 'Error', ErrorCode: INTERRUPTED, ErrorMassage: MESSAGE });
      expect(studio.archive.getTask('crashed-task')).toMatchObject({ status: 'Error', errorCode: INTERRUPTED, errorMessage: MESSAGE, finishedAt: expect.any(Number) });
    } finally {
      await studio.close();
    }
  });

  it('are archived as interrupted (not "terminated") when the server stops gracefully', async () => {
    const first = startLocalStudio();
    const size = 384;
    const image = await pngDataUri(photoScene(size, size, 4));
    const mask = await maskDataUri(discMask(size, size, size / 2, size / 2, size / 4));
    const uids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const answer = await first.call({ Action: 'ModifyMaskedPixels', MainModel: { ModelCode: 'PICPIK General' }, Seed: i, Width: size, Height: size, Masked: { ImageIndex: 0, MaskIndex: 1 }, ImageAndMaskList: [image, mask] });
      uids.push(answer.TaskUID as string);
    }
    await first.close();

    const second = startLocalStudio(first.dataDir);
    try {
      const answer = await second.call({ Action: 'ListTasksDetails', TaskUIDList: uids });
      const details = answer.TaskDetailList as { Status: string; ErrorMassage: string }[];
      expect(details.filter((detail) => detail.Status === 'Error' && detail.ErrorMassage === MESSAGE).length).toBeGreaterThan(0);
      expect(details.every((detail) => detail.Status === 'Finished' || detail.ErrorMassage === MESSAGE)).toBe(true);
    } finally {
      await second.close();
    }
  });
});
