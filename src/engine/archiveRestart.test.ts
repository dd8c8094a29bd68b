import { describe, expect, it } from 'vitest';
import { photoScene } from './algorithms/testScenes';
import { pngDataUri, startLocalStudio } from './testing/engineHarness';

describe('results archive across a restart', () => {
  it('still answers ListTasksDetails, /files and /api/history after the server restarts', async () => {
    const first = startLocalStudio();
    const answer = await first.call({ Action: 'GenerateImages', MainModel: { ModelCode: 'PICPIK General' }, Seed: 3, Width: 64, Height: 64, Image2Image: { ImageIndex: 0, ReferStrength: 0.4 }, ImageAndMaskList: [await pngDataUri(photoScene(64, 64))] });
    const detail = await first.waitForTask(answer.TaskUID as string);
    await first.close();

    const second = startLocalStudio(first.dataDir);
    try {
      const again = await second.call({ Action: 'ListTasksDetails', TaskUIDList: [answer.TaskUID] });
      expect((again.TaskDetailList as unknown[])[0]).toMatchObject({ Status: 'Finished', Seed: 3, ImgList: detail.ImgList });
      const image = await second.fetchImage((detail.ImgList as string[])[0]!);
      expect(image).toMatchObject({ width: 64, height: 64 });
      const history = (await (await second.app.request('/api/history')).json()) as { items: Record<string, unknown>[] };
      expect(history.items[0]).toMatchObject({ TaskUID: answer.TaskUID, Action: 'GenerateImages', Seed: 3, Images: detail.ImgList });
      expect(JSON.stringify(history.items[0]!.Params)).not.toContain('base64');
      const inputs = history.items[0]!.Inputs as string[];
      expect(inputs).toHaveLength(1);
      expect(await second.fetchImage(inputs[0]!)).toMatchObject({ width: 64, height: 64 });
    } finally {
      await second.close();
    }
  });
});
