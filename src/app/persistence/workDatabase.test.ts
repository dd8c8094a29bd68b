import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { encodeAlpha } from '../canvas/rasters/alphaCodec';
import { dataUriToBlob } from './binaryText';
import { decodeSavedWork, SAVED_WORK_VERSION } from './savedWorkRecords';
import { sampleWork } from './testWork';
import { clearSavedWork, openWorkDatabase, readSavedWork, writeWorkChanges, type WorkChanges } from './workDatabase';

let dbCount = 0;
const freshDatabase = () => openWorkDatabase(`picpik-test-${++dbCount}`);

function changes(): WorkChanges {
  const { masks, assets, ...state } = sampleWork();
  return {
    work: { ...state, formatVersion: SAVED_WORK_VERSION, savedAt: Date.now(), unsavedToFile: false },
    putMasks: Object.entries(masks).map(([maskId, m]) => ({ maskId, width: m.width, height: m.height, revision: 3, alphaRle: encodeAlpha(m.alpha) })),
    deleteMasks: [],
    putAssets: Object.entries(assets).map(([id, a]) => ({ id, name: a.name, mimeType: a.mimeType, blob: dataUriToBlob(a.source as string) })),
    deleteAssets: [],
  };
}

describe('autosave database', () => {
  it('writes the work in one transaction and reads it back intact', async () => {
    const db = await freshDatabase();
    await writeWorkChanges(db, changes());
    const raw = await readSavedWork(db);
    const decoded = decodeSavedWork(raw.work, raw.masks, raw.assets);
    if (decoded.kind !== 'work') throw new Error(JSON.stringify(decoded));
    expect(decoded.content.document).toEqual(sampleWork().document);
    expect(decoded.content.masks.main?.alpha).toEqual(sampleWork().masks.main?.alpha);
    expect(Object.keys(decoded.content.assets).sort()).toEqual(Object.keys(sampleWork().assets).sort());
  });

  it('deletes masks and assets the work dropped, then clears everything', async () => {
    const db = await freshDatabase();
    await writeWorkChanges(db, changes());
    const next = changes();
    next.work.document = { ...next.work.document, masks: { main: next.work.document.masks.main! }, foregrounds: [] };
    await writeWorkChanges(db, { ...next, putMasks: [], putAssets: [], deleteMasks: ['unit-1'], deleteAssets: ['asset-bottle'] });
    const raw = await readSavedWork(db);
    expect((raw.masks as { maskId: string }[]).map((m) => m.maskId)).toEqual(['main']);
    expect((raw.assets as { id: string }[]).map((a) => a.id)).not.toContain('asset-bottle');
    await clearSavedWork(db);
    const cleared = await readSavedWork(db);
    expect(decodeSavedWork(cleared.work, cleared.masks, cleared.assets)).toEqual({ kind: 'none' });
  });
});
