import { getAsset } from '../canvas/assets';
import { changedAlpha } from '../canvas/maskOps/changedPixels';
import { scaledAlphaSource, type CombineMode } from '../canvas/maskOps/combineMask';
import type { PixelRect } from '../canvas/geometry/pixelRect';
import { fetchResultBlob } from '../results/resultActions';
import type { StudioDocument } from '../store/documentTypes';
import { useStudioStore } from '../store/studioStore';
import { combineIntoMask } from './maskCommands';
import { imagePixels } from './pictures';

/** The picture a task started from, drawn at the result's size. */
function inputPixels(assetId: string, width: number, height: number): Uint8ClampedArray {
  const image = getAsset(assetId)?.image;
  if (!image) throw new Error('The picture this result started from is no longer loaded');
  const ctx = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('This browser cannot draw off screen');
  ctx.drawImage(image, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height).data;
}

/**
 * The document area a task's result covers: its recorded region (moved with the picture if
 * the canvas was extended since), else the whole document.
 */
function resultArea(doc: StudioDocument, inputAssetId: string): PixelRect {
  const region = useStudioStore.getState().tasks.find((task) => task.inputAssetId === inputAssetId)?.region;
  if (!region) return { x: 0, y: 0, width: doc.width, height: doc.height };
  const dx = region.anchor && doc.baseImage ? doc.baseImage.x - region.anchor.x : 0;
  const dy = region.anchor && doc.baseImage ? doc.baseImage.y - region.anchor.y : 0;
  return { ...region.rect, x: region.rect.x + dx, y: region.rect.y + dy };
}

/**
 * Mask from a result's changed pixels: what the generation actually altered (compared with
 * the picture it was sent), over the document area the result covers, into the active mask.
 * The designer can then keep or revert exactly that.
 */
export async function maskFromResultChanges(resultUrl: string, inputAssetId: string | null, mode: CombineMode): Promise<number> {
  if (!inputAssetId) throw new Error('This result has no input picture to compare with');
  const { rgba, width, height } = await imagePixels(await fetchResultBlob(resultUrl));
  const alpha = changedAlpha(inputPixels(inputAssetId, width, height), rgba);
  const area = resultArea(useStudioStore.getState().document, inputAssetId);
  combineIntoMask('Mask from changes', area, scaledAlphaSource(alpha, width, height, area), mode);
  return alpha.reduce((sum, value) => sum + (value ? 1 : 0), 0) / alpha.length;
}
