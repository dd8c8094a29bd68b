import { defaultStudioParams } from '../request/studioParams';
import { createEmptyDocument } from '../store/documentTypes';
import type { WorkContent } from './workContent';

/** A small but complete work for the persistence tests: picture, foreground, references, two masks, a task. */
export function sampleWork(): WorkContent {
  const document = createEmptyDocument(64, 64);
  document.baseImage = { assetId: 'asset-photo', x: 0, y: 0, width: 64, height: 48 };
  document.masks['unit-1'] = { id: 'unit-1', revision: 2 };
  document.masks.main = { id: 'main', revision: 5 };
  document.foregrounds = [{ id: 'fg-1', assetId: 'asset-bottle', name: 'bottle', x: 1, y: 2, scaleX: 0.5, scaleY: 0.5, rotation: 15, opacity: 0.8, visible: true }];
  document.references = { pattern: 'asset-pattern', control: { 'unit-1': 'asset-edges' } };
  const params = { ...defaultStudioParams(), positivePrompts: ['a red sofa'], seed: 42 };
  const png = (tag: string) => ({ name: tag, mimeType: 'image/png', source: `data:image/png;base64,${btoa(`png-${tag}`)}` });
  return {
    document,
    params,
    tasks: [{ taskUid: 'task-1', action: 'ModifyMaskedPixels', submittedAt: 1_700_000_000_000, requestSummary: { Seed: 42 }, inputAssetId: 'asset-input' }],
    selectedResult: { taskUid: 'task-1', index: 0 },
    masks: {
      // A painted block with a soft edge: the codecs must keep every value, not only 0 and 255.
      main: { width: 64, height: 64, alpha: Uint8Array.from({ length: 64 * 64 }, (_, i) => (i % 64 < 20 ? 255 : i % 64 < 24 ? 128 : 0)) },
      'unit-1': { width: 64, height: 64, alpha: new Uint8Array(64 * 64) },
    },
    assets: {
      'asset-photo': png('photo'),
      'asset-bottle': png('bottle'),
      'asset-pattern': png('pattern'),
      'asset-edges': png('edges'),
      'asset-input': png('input'),
    },
  };
}
