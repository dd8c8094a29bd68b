import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { STORAGES, dataUri, solidPng } from './testing/storageBackends';
import { DesignerExistsError } from './taskIndex';

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe.each(STORAGES)('archive contract on $name', (storage) => {
  beforeAll(() => storage.setUp(), 60_000);
  afterEach(() => storage.reset());
  afterAll(() => storage.tearDown());

  it('stores an image once per content hash, sniffs its type, and reads it back', async () => {
    const archive = await storage.open();
    const png = await solidPng();
    const saved = await archive.saveImage(png);
    expect(saved).toMatchObject({ hash: expect.stringMatching(/^[0-9a-f]{64}$/), url: `/files/${saved.hash}.png`, bytes: png.length, mime: 'image/png' });
    expect(await archive.saveImage(Buffer.from(png), 'image/jpeg')).toEqual(saved);
    expect((await archive.saveImage(JPEG, 'image/png')).url).toMatch(/\.jpg$/);
    await expect(archive.saveImage(Buffer.from('<svg onload="x()"/>'), 'image/svg+xml')).rejects.toThrow(/Not a PNG, JPEG or WEBP/);

    const file = (await archive.openFile(saved.hash))!;
    expect(file).toMatchObject({ mime: 'image/png', ext: 'png', size: png.length });
    expect((await readAll(file.body)).equals(png)).toBe(true);
    expect(Buffer.from((await archive.readImage(saved.hash))!.bytes).equals(png)).toBe(true);
    expect(await archive.openFile('0'.repeat(64))).toBeNull();
    expect(await archive.openFile('../archive.sqlite')).toBeNull();
  });

  it('records a submission without credentials or image bodies, with its inputs, designer and outcome', async () => {
    const archive = await storage.open();
    const png = await solidPng('#ff0000');
    const request = {
      Action: 'ModifyMaskedPixels',
      PublicKey: 'pk-visible',
      Signature: 'sig-visible',
      request_uuid: 'uuid-1',
      PositivePrompts: ['a cat'],
      ImageAndMaskList: [dataUri(png), dataUri(Buffer.from('not an image'), 'image/gif'), dataUri(JPEG, 'image/jpeg')],
    };
    const inputs = await archive.saveInputImages(request.ImageAndMaskList);
    expect(inputs.map((input) => input.mime)).toEqual(['image/png', 'image/jpeg']);
    await archive.recordSubmission({ taskUid: 't1', action: request.Action, request, mode: 'picpik', requestUuid: 'uuid-1', designer: 'ada', inputs });
    const result = await archive.saveImage(await solidPng('#00ff00'));
    expect(await archive.completeTask('t1', { status: 'Finished', seed: 42, files: [{ ...result, sourceUrl: 'https://cdn.test/a.png' }], credits: 3 })).toBe(true);

    const task = (await archive.getTask('t1'))!;
    expect(JSON.stringify(task)).not.toMatch(/base64|pk-visible|sig-visible/);
    expect(task.params).toEqual({
      PositivePrompts: ['a cat'],
      ImageAndMaskList: { Count: 3, Images: [{ Hash: inputs[0]!.hash, Bytes: png.length }, expect.any(Object), { Hash: inputs[1]!.hash, Bytes: JPEG.length }] },
    });
    expect(task).toMatchObject({ action: 'ModifyMaskedPixels', mode: 'picpik', requestUuid: 'uuid-1', status: 'Finished', seed: 42, designer: 'ada', credits: 3, queue: null });
    expect(task.finishedAt).toEqual(expect.any(Number));
    expect(task.images).toEqual([{ ...result, sourceUrl: 'https://cdn.test/a.png' }]);
    expect(task.inputs).toEqual(inputs);
    expect((await archive.findByRequestUuid('uuid-1'))?.taskUid).toBe('t1');
    expect(await archive.findByRequestUuid('other')).toBeNull();
    expect(await archive.completeTask('nobody', { status: 'Finished', seed: 1, files: [] })).toBe(false);
  });

  it('keeps params, seed and designer of a row first recorded from a poll', async () => {
    const archive = await storage.open();
    await archive.recordSubmission({ taskUid: 'p', action: 'Unknown', request: {}, mode: 'picpik' });
    await archive.recordSubmission({ taskUid: 'p', action: 'GenerateImages', request: { Seed: 5 }, mode: 'picpik', seed: 5, designer: 'bo' });
    await archive.recordSubmission({ taskUid: 'p', action: 'GenerateImages', request: { Seed: 5 }, mode: 'picpik' });
    expect(await archive.getTask('p')).toMatchObject({ action: 'GenerateImages', params: { Seed: 5 }, seed: 5, designer: 'bo', status: 'Submitted' });
  });

  it('lists unfinished tasks per mode, oldest first, and history newest first, by page and designer', async () => {
    let clock = 1_000;
    const archive = await storage.open({ now: () => clock });
    for (let i = 0; i < 5; i++) {
      clock += i === 3 ? 0 : 10; // two tasks share a millisecond: insertion order decides
      await archive.recordSubmission({ taskUid: `t${i}`, action: 'GenerateImages', request: { Seed: i }, mode: i === 4 ? 'local' : 'picpik', designer: i % 2 ? 'ada' : null });
    }
    await archive.completeTask('t1', { status: 'Finished', seed: 1, files: [] });
    expect(await archive.unfinishedTaskUids('picpik', 0)).toEqual(['t0', 't2', 't3']);
    expect(await archive.unfinishedTaskUids('picpik', 1_021)).toEqual(['t2', 't3']);
    expect(await archive.unfinishedTaskUids('local', 0)).toEqual(['t4']);

    const first = await archive.listHistory({ page: 1, pageSize: 2 });
    expect(first.total).toBe(5);
    expect(first.items.map((task) => task.taskUid)).toEqual(['t4', 't3']);
    expect((await archive.listHistory({ page: 3, pageSize: 2 })).items.map((task) => task.taskUid)).toEqual(['t0']);
    expect((await archive.listHistory({ page: 4, pageSize: 2 })).items).toEqual([]);
    const mine = await archive.listHistory({ page: 1, pageSize: 10, designer: 'ada' });
    expect(mine).toMatchObject({ total: 2, items: [{ taskUid: 't3' }, { taskUid: 't1' }] });
  });

  it('sums tasks and credits per designer and UTC day', async () => {
    let clock = Date.UTC(2025, 0, 1, 23, 30);
    const archive = await storage.open({ now: () => clock });
    const submit = async (uid: string, designer: string | null, credits: number | null) => {
      await archive.recordSubmission({ taskUid: uid, action: 'GenerateImages', request: {}, mode: 'picpik', designer });
      if (credits !== null) await archive.completeTask(uid, { status: 'Finished', seed: 1, files: [], credits });
    };
    await submit('a1', 'ada', 4);
    await submit('a2', 'ada', 2.5);
    await submit('n1', null, 1);
    clock += 60 * 60_000; // past midnight UTC
    await submit('a3', 'ada', null);
    await submit('b1', 'bo', 6);
    expect(await archive.index.usage({ since: Date.UTC(2025, 0, 1), until: Date.UTC(2025, 0, 3) })).toEqual([
      { designer: 'ada', day: '2025-01-02', tasks: 1, credits: 0 },
      { designer: 'bo', day: '2025-01-02', tasks: 1, credits: 6 },
      { designer: 'ada', day: '2025-01-01', tasks: 2, credits: 6.5 },
      { designer: null, day: '2025-01-01', tasks: 1, credits: 1 },
    ]);
    expect(await archive.index.usage({ since: Date.UTC(2025, 0, 2), until: Date.UTC(2025, 0, 3) })).toHaveLength(2);
  });

  it('keeps designers by token hash only, names unique', async () => {
    const { index } = await storage.open();
    await index.addDesigner('ada', 'a'.repeat(64), 1);
    await index.addDesigner('bo', 'b'.repeat(64), 2);
    await expect(index.addDesigner('ada', 'c'.repeat(64), 3)).rejects.toBeInstanceOf(DesignerExistsError);
    expect(await index.designerByTokenHash('a'.repeat(64))).toBe('ada');
    expect(await index.designerByTokenHash('c'.repeat(64))).toBeNull();
    expect(await index.listDesigners()).toEqual([{ name: 'ada', createdAt: 1 }, { name: 'bo', createdAt: 2 }]);
    expect(await index.removeDesigner('ada')).toBe(true);
    expect(await index.removeDesigner('ada')).toBe(false);
    expect(await index.designerByTokenHash('a'.repeat(64))).toBeNull();
  });
});
