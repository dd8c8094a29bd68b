import { describe, expect, it } from 'vitest';
import { encodeAlpha } from '../canvas/rasters/alphaCodec';
import { dataUriToBlob } from './binaryText';
import { decodeSavedWork, SAVED_WORK_VERSION } from './savedWorkRecords';
import { sampleWork } from './testWork';

function records() {
  const work = sampleWork();
  const { masks, assets, ...state } = work;
  return {
    work: { ...state, formatVersion: SAVED_WORK_VERSION, savedAt: 1, unsavedToFile: true } as Record<string, unknown>,
    masks: Object.entries(masks).map(([maskId, m]) => ({ maskId, width: m.width, height: m.height, revision: 1, alphaRle: encodeAlpha(m.alpha) })),
    assets: Object.entries(assets).map(([id, a]) => ({ id, name: a.name, mimeType: a.mimeType, blob: dataUriToBlob(a.source as string) })),
  };
}

describe('decodeSavedWork', () => {
  it('reports that nothing was saved', () => {
    expect(decodeSavedWork(undefined, [], [])).toEqual({ kind: 'none' });
  });

  it('gives back the work with its mask pixels and image blobs', () => {
    const { work, masks, assets } = records();
    const decoded = decodeSavedWork(work, masks, assets);
    if (decoded.kind !== 'work') throw new Error(JSON.stringify(decoded));
    expect(decoded.unsavedToFile).toBe(true);
    expect(decoded.content.document).toEqual(sampleWork().document);
    expect(decoded.content.masks.main).toEqual(sampleWork().masks.main);
    expect(decoded.content.assets['asset-photo']?.source).toBeInstanceOf(Blob);
  });

  it('refuses a save from another format version', () => {
    const { work, masks, assets } = records();
    expect(decodeSavedWork({ ...work, formatVersion: 99 }, masks, assets)).toEqual({ kind: 'unusable', reason: expect.stringMatching(/format 99.*reads 1/) });
  });

  it('refuses damaged state, a missing image and undecodable masks', () => {
    const { work, masks, assets } = records();
    expect(decodeSavedWork({ ...work, params: { action: 'Nope' } }, masks, assets)).toMatchObject({ kind: 'unusable', reason: expect.stringMatching(/params/) });
    expect(decodeSavedWork(work, masks, assets.slice(1))).toMatchObject({ kind: 'unusable', reason: expect.stringMatching(/asset-photo/) });
    const broken = masks.map((m) => ({ ...m, alphaRle: Uint8Array.of(200, 1) }));
    expect(decodeSavedWork(work, broken, assets)).toMatchObject({ kind: 'unusable', reason: expect.stringMatching(/mask "main"/) });
  });

  it('ignores rasters of masks the document no longer has', () => {
    const { work, masks, assets } = records();
    const extra = [...masks, { maskId: 'gone', width: 1, height: 1, revision: 0, alphaRle: encodeAlpha(new Uint8Array(1)) }];
    const decoded = decodeSavedWork(work, extra, assets);
    expect(decoded.kind === 'work' && Object.keys(decoded.content.masks).sort()).toEqual(['main', 'unit-1']);
  });
});
