import { commitMaskEdit } from '../canvas/commands/maskEdits';
import type { PixelRect } from '../canvas/geometry/pixelRect';
import { combineMask, selectAll, type AlphaSource, type CombineMode } from '../canvas/maskOps/combineMask';
import { fillHoles } from '../canvas/maskOps/fillHoles';
import { growMask, shrinkMask } from '../canvas/maskOps/growShrink';
import { smoothMask } from '../canvas/maskOps/smoothMask';
import { ensureMask } from '../canvas/rasters/maskRegistry';
import type { TiledMask } from '../canvas/rasters/tiledMask';
import type { MaskId } from '../store/documentTypes';
import { useStudioStore } from '../store/studioStore';

/**
 * Mask operations on the active mask (the main mask or the ControlNet unit being edited), each
 * ONE undo step holding only the tiles it changed. The mask is shown afterwards, so the
 * designer sees what happened.
 */
export function editMask(label: string, change: (mask: TiledMask) => unknown, maskId: MaskId = useStudioStore.getState().activeMaskId): void {
  const state = useStudioStore.getState();
  const mask = ensureMask(maskId);
  change(mask);
  if (!state.maskVisible) state.maskVisibilityChanged(true);
  commitMaskEdit(maskId, 'stroke', label);
}

export const growActiveMask = (by: number) => editMask(`Grow mask ${by} px`, (mask) => growMask(mask, by));
export const shrinkActiveMask = (by: number) => editMask(`Shrink mask ${by} px`, (mask) => shrinkMask(mask, by));
export const smoothActiveMask = (radius: number) => editMask(`Smooth mask ${radius} px`, (mask) => smoothMask(mask, radius));
export const fillActiveMaskHoles = () => editMask('Fill holes', fillHoles);
export const selectAllInActiveMask = () => editMask('Select all', selectAll);

const MODE_LABELS: Record<CombineMode, string> = { replace: '', add: ' (added)', subtract: ' (subtracted)', intersect: ' (intersected)' };

/** New alpha over `area` into a mask by a selection mode, as one undo step named `label`. */
export function combineIntoMask(label: string, area: PixelRect, source: AlphaSource, mode: CombineMode, maskId?: MaskId): void {
  editMask(`${label}${MODE_LABELS[mode]}`, (mask) => combineMask(mask, area, source, mode), maskId);
}

/** Shift adds, Alt (Option) subtracts, a plain click replaces: Photoshop's selection keys. */
export function modeFromKeys(event: { shiftKey: boolean; altKey: boolean }): CombineMode {
  if (event.shiftKey && event.altKey) return 'intersect';
  if (event.shiftKey) return 'add';
  if (event.altKey) return 'subtract';
  return 'replace';
}
