import { decodeAlpha, encodeAlpha } from '../canvas/rasters/alphaCodec';
import type { MaskId } from '../store/documentTypes';
import type { StudioWork } from './workSchema';

/** A mask raster's meaning: its alpha, one byte per pixel, row by row. */
export interface MaskPixels {
  width: number;
  height: number;
  alpha: Uint8Array;
}

/** A mask's alpha, run-length coded (alphaCodec), as files keep it. */
export interface EncodedMask {
  width: number;
  height: number;
  alphaRle: Uint8Array;
}

/** An image the work refers to, as bytes (autosave) or a data URI (project files). */
export interface AssetContent {
  name: string;
  mimeType: string;
  source: Blob | string;
}

/** Everything needed to put the studio back as it was: state, mask pixels, images. */
export interface WorkContent extends StudioWork {
  masks: Record<MaskId, MaskPixels>;
  assets: Record<string, AssetContent>;
}

/** Masks are stored run-length coded (alphaCodec): a painted 2560² mask is a few KB instead of 6.5 MB. */
export function encodeMaskAlpha(mask: MaskPixels): Uint8Array {
  return encodeAlpha(mask.alpha);
}

/** Throws when the bytes do not decode to exactly width × height pixels. */
export function decodeMaskAlpha(width: number, height: number, alphaRle: Uint8Array): MaskPixels {
  return { width, height, alpha: decodeAlpha(alphaRle, new Uint8Array(width * height)) };
}
