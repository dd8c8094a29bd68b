import { describe, expect, it } from 'vitest';
import { missingAsset, referencedAssetIds, zStudioDocument } from './workSchema';
import { sampleWork } from './testWork';

describe('work schema', () => {
  it('lists every asset the work refers to, once', () => {
    const work = sampleWork();
    work.document.references.img2img = 'asset-photo';
    expect(referencedAssetIds(work).sort()).toEqual(['asset-bottle', 'asset-edges', 'asset-input', 'asset-pattern', 'asset-photo']);
    expect(missingAsset(work, (id) => id !== 'asset-edges')).toBe('asset-edges');
  });

  it('requires the main mask and masks filed under their own id', () => {
    const doc = sampleWork().document;
    expect(zStudioDocument.safeParse(doc).success).toBe(true);
    expect(zStudioDocument.safeParse({ ...doc, masks: { 'unit-1': { id: 'unit-1', revision: 0 } } }).success).toBe(false);
    expect(zStudioDocument.safeParse({ ...doc, masks: { main: { id: 'other', revision: 0 } } }).success).toBe(false);
  });
});
