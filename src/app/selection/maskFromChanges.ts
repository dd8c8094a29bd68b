import { getAsset } from '../canvas/assets';
import { changedAlpha } from '../canvas/maskOps/changedPixels';
import { scaledAlphaSource, type CombineMode } from '../canvas/maskOps/combineMask';
import { fetchResultBlob } from '../results/resultActions';
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
 * Mask from a result's changed pixels: what the generation actually altered (compared with
 * the picture it was sent), over the document area the result covers, into the active mask.
 * The designer can then keep or revert exactly that.
 */
export async function maskFromResultChanges(resultUrl: string, inputAssetId: string | null, mode: CombineMode): Promise<number> {
  if (!inputAssetId) throw new Error('This result has no input picture to compare with');
  const { rgba, width, height } = await imagePixels(await fetchResultBlob(resultUrl));
  const alpha = changedAlpha(inputPixels(inputAssetId, width, height), rgba);
  const doc = useStudioStore.getState().document;
  // Results cover the whole document (a request sends the document at its size).
  const area = { x: 0, y: 0, width: doc.width, height: doc.height };
  combineIntoMask('Mask from changes', area, scaledAlphaSource(alpha, width, height, area), mode);
  return alpha.reduce((sum, value) => sum + (value ? 1 : 0), 0) / alpha.length;
}
