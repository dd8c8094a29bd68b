import { decodeAlpha } from '../canvas/rasters/alphaCodec';
import { encodeMaskRaster, maskIds, replaceMask } from '../canvas/rasters/maskRegistry';
import { base64ToBytes, bytesToBase64 } from '../persistence/binaryText';
import type { MaskId } from '../store/documentTypes';

/**
 * A version keeps the masks as they were when it was made (each run-length coded from its
 * painted tiles, so a small stroke on a 24 MP photo costs bytes, not megabytes), and going to
 * the version puts them back: the designer finds the selection that made that result.
 */
export type VersionMasks = Record<MaskId, string>;

/** The masks of the document now, coded for a version. */
export function recordVersionMasks(): VersionMasks {
  const masks: VersionMasks = {};
  for (const maskId of maskIds()) {
    const encoded = encodeMaskRaster(maskId);
    if (encoded) masks[maskId] = bytesToBase64(encoded.alphaRle);
  }
  return masks;
}

/**
 * Makes every mask raster the version's, at the version's size. A mask the version did not
 * have (a ControlNet unit added later) is empty, as it was then.
 */
export function restoreVersionMasks(masks: VersionMasks, width: number, height: number): void {
  for (const maskId of maskIds()) {
    const coded = masks[maskId];
    const alpha = coded === undefined ? null : decodeAlpha(base64ToBytes(coded), new Uint8Array(width * height));
    replaceMask(maskId, width, height, alpha);
  }
}
