import { useStudioStore } from '../../store/studioStore';
import type { MaskId } from '../../store/documentTypes';
import type { PixelRect } from '../geometry/pixelRect';
import { getMask } from '../rasters/maskRegistry';
import { MASK_THRESHOLD } from './maskThreshold';

/**
 * A mask as 0/255 greyscale over `rect` (default: the whole document), at document
 * resolution. Outside the document and where nothing was painted it is black.
 */
export function maskGray(maskId: MaskId, rect?: PixelRect): { width: number; height: number; gray: Uint8Array } {
  const { width: docWidth, height: docHeight } = useStudioStore.getState().document;
  const area = rect ?? { x: 0, y: 0, width: docWidth, height: docHeight };
  const mask = getMask(maskId);
  const gray = mask ? mask.readAlpha(area) : new Uint8Array(area.width * area.height);
  for (let i = 0; i < gray.length; i++) gray[i] = gray[i]! >= MASK_THRESHOLD ? 255 : 0;
  return { width: area.width, height: area.height, gray };
}
