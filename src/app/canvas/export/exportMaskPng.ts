import { MAIN_MASK_ID, type MaskId } from '../../store/documentTypes';
import { bytesToDataUri, encodeGrayPng } from './grayPng';
import { maskGray } from './maskGray';

/**
 * The mask as PICPIK wants it: a black/white PNG data URI of exactly Width × Height,
 * white = redraw. Strictly 0/255 (threshold at 50 % alpha), never grey.
 */
export async function exportMaskPng(maskId: MaskId = MAIN_MASK_ID): Promise<string> {
  const { width, height, gray } = maskGray(maskId);
  return bytesToDataUri(encodeGrayPng(width, height, gray), 'image/png');
}
