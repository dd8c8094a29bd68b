import { getAsset } from '../canvas/assets';
import { readAlpha } from '../canvas/rasters/maskPixels';
import { getCommittedMaskCanvas } from '../canvas/rasters/maskRegistry';
import type { MaskId } from '../store/documentTypes';
import { useStudioStore } from '../store/studioStore';
import type { MaskPixels } from './workContent';
import type { StudioWork } from './workSchema';

/** The serialisable work as it is in the store now (immutable objects: cheap, comparable by identity). */
export function currentWork(): StudioWork {
  const { document, params, tasks, selectedResult } = useStudioStore.getState();
  return { document, params, tasks, selectedResult };
}

/**
 * A mask's pixels as of its last commit. The committed mirror is read, not the live raster,
 * so a stroke still in progress is never saved half-drawn.
 */
export function readMaskPixels(maskId: MaskId): MaskPixels | undefined {
  const canvas = getCommittedMaskCanvas(maskId);
  if (!canvas) return undefined;
  const { width, height } = canvas;
  return { width, height, alpha: readAlpha(canvas, { x: 0, y: 0, width, height }) };
}

/** Name and bytes of a decoded asset, as it was opened (a Blob, or the data URI it came from). */
export function assetSource(assetId: string): { name: string; mimeType: string; source: Blob | string } | undefined {
  const asset = getAsset(assetId);
  return asset ? { name: asset.name, mimeType: asset.mimeType, source: asset.source } : undefined;
}
