import { useStudioStore } from '../../store/studioStore';
import type { MaskId } from '../../store/documentTypes';
import { recordCommand } from '../history/studioHistory';
import { getMask } from '../rasters/maskRegistry';
import { showNotice } from '../ui/notice';
import type { TilePatch } from '../rasters/tiledMask';

export type MaskEditKind = 'stroke' | 'invert' | 'clear';

const LABELS: Record<MaskEditKind, string> = { stroke: 'Paint mask', invert: 'Invert mask', clear: 'Clear mask' };

/** Tells the store which event happened; each bumps the mask's revision. */
function announce(kind: MaskEditKind, maskId: MaskId): void {
  const state = useStudioStore.getState();
  if (kind === 'stroke') state.maskStrokeCommitted(maskId);
  else if (kind === 'invert') state.maskInverted(maskId);
  else state.maskCleared(maskId);
}

const patchBytes = (patches: readonly TilePatch[]) =>
  patches.reduce((sum, patch) => sum + (patch.before?.byteLength ?? 0) + (patch.after?.byteLength ?? 0) + 32, 96);

/**
 * Records what changed in a mask since its last commit as ONE history step: the tiles that
 * were touched, before and after, run-length coded. Memory follows the stroke, not the document.
 * `label` names the step in Undo's tooltip (mask operations such as "Grow mask" pass their own).
 */
export function commitMaskEdit(maskId: MaskId, kind: MaskEditKind = 'stroke', label: string = LABELS[kind]): void {
  const mask = getMask(maskId);
  if (!mask) return;
  const patches = mask.takeChanges();
  if (patches.length === 0) return;
  const size = { width: mask.width, height: mask.height };

  const restore = (side: 'before' | 'after') => {
    const target = getMask(maskId);
    // A raster that was removed or resized since cannot take these tiles any more.
    if (!target || target.width !== size.width || target.height !== size.height) return;
    target.applyPatches(patches, side);
    useStudioStore.getState().maskRestored(maskId);
  };

  recordCommand({ label, bytes: patchBytes(patches), undo: () => restore('before'), redo: () => restore('after') });
  announce(kind, maskId);
}

/** What inverting an empty mask did, and what the designer probably wanted instead. */
export const EMPTY_MASK_INVERTED =
  'The mask was empty, so inverting it marked the whole picture for redraw. To change everything except an object, paint over the object first, then invert. Ctrl+Z takes this back.';

/** White becomes black and black white; soft edges mirror (a → 255 − a). Tile by tile. */
export function invertMask(maskId: MaskId): void {
  const mask = getMask(maskId);
  if (!mask) return;
  const wasEmpty = mask.tileCount === 0;
  for (const key of mask.keysIn({ x: 0, y: 0, width: mask.width, height: mask.height })) {
    const rect = mask.tileRect(key);
    const alpha = mask.readAlpha(rect);
    for (let i = 0; i < alpha.length; i++) alpha[i] = 255 - alpha[i]!;
    mask.writeAlpha(rect, alpha);
  }
  commitMaskEdit(maskId, 'invert');
  if (wasEmpty) showNotice(EMPTY_MASK_INVERTED, 'info');
}

export function clearMask(maskId: MaskId): void {
  const mask = getMask(maskId);
  if (!mask) return;
  mask.clear();
  commitMaskEdit(maskId, 'clear');
}
