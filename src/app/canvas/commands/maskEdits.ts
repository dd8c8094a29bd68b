import { useStudioStore } from '../../store/studioStore';
import type { MaskId } from '../../store/documentTypes';
import { recordCommand } from '../history/studioHistory';
import { clipToCanvas, isEmptyRect, type PixelRect } from '../geometry/pixelRect';
import { decodeAlpha, encodeAlpha } from '../rasters/alphaCodec';
import { copyRegion, readAlpha, writeAlpha } from '../rasters/maskPixels';
import { getCommittedMaskCanvas, getMaskCanvas, maskDisplayColor } from '../rasters/maskRegistry';

export type MaskEditKind = 'stroke' | 'invert' | 'clear';

const LABELS: Record<MaskEditKind, string> = { stroke: 'Paint mask', invert: 'Invert mask', clear: 'Clear mask' };

/** Tells the store which event happened; each bumps the mask's revision. */
function announce(kind: MaskEditKind, maskId: MaskId): void {
  const state = useStudioStore.getState();
  if (kind === 'stroke') state.maskStrokeCommitted(maskId);
  else if (kind === 'invert') state.maskInverted(maskId);
  else state.maskCleared(maskId);
}

/**
 * Records what changed in `rect` of a mask's live raster since the last commit as ONE history
 * step: before pixels from the committed mirror, after pixels from the live raster, both
 * run-length coded. Then brings the mirror up to date.
 */
export function commitMaskRegion(maskId: MaskId, dirty: PixelRect, kind: MaskEditKind = 'stroke'): void {
  const live = getMaskCanvas(maskId);
  const committed = getCommittedMaskCanvas(maskId);
  if (!live || !committed) return;
  const rect = clipToCanvas(dirty, live.width, live.height);
  if (isEmptyRect(rect)) return;
  const before = encodeAlpha(readAlpha(committed, rect));
  const after = encodeAlpha(readAlpha(live, rect));
  copyRegion(live, committed, rect);
  const size = { width: live.width, height: live.height };

  const restore = (encoded: Uint8Array) => {
    const target = getMaskCanvas(maskId);
    const mirror = getCommittedMaskCanvas(maskId);
    // A raster that was removed or resized since cannot take this patch any more.
    if (!target || !mirror || target.width !== size.width || target.height !== size.height) return;
    const alpha = decodeAlpha(encoded, new Uint8Array(rect.width * rect.height));
    writeAlpha(target, rect, alpha, maskDisplayColor());
    copyRegion(target, mirror, rect);
    useStudioStore.getState().maskRestored(maskId);
  };

  recordCommand({
    label: LABELS[kind],
    bytes: before.byteLength + after.byteLength + 96,
    undo: () => restore(before),
    redo: () => restore(after),
  });
  announce(kind, maskId);
}

function wholeMask(maskId: MaskId): { canvas: HTMLCanvasElement; rect: PixelRect } | null {
  const canvas = getMaskCanvas(maskId);
  return canvas ? { canvas, rect: { x: 0, y: 0, width: canvas.width, height: canvas.height } } : null;
}

/** White becomes black and black white; soft edges mirror (a → 255 − a). */
export function invertMask(maskId: MaskId): void {
  const mask = wholeMask(maskId);
  if (!mask) return;
  const alpha = readAlpha(mask.canvas, mask.rect);
  for (let i = 0; i < alpha.length; i++) alpha[i] = 255 - alpha[i]!;
  writeAlpha(mask.canvas, mask.rect, alpha, maskDisplayColor());
  commitMaskRegion(maskId, mask.rect, 'invert');
}

export function clearMask(maskId: MaskId): void {
  const mask = wholeMask(maskId);
  if (!mask) return;
  mask.canvas.getContext('2d')?.clearRect(0, 0, mask.rect.width, mask.rect.height);
  commitMaskRegion(maskId, mask.rect, 'clear');
}
