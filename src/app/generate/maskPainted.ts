import { getMask } from '../canvas/rasters/maskRegistry';
import { MAIN_MASK_ID } from '../store/documentTypes';
import { useStudioStore } from '../store/studioStore';

/**
 * Whether the main mask has painted pixels, for the live check. Tiles are allocated only where
 * something was painted and freed when a commit leaves them empty, so this is O(1); the store
 * changes with every committed stroke (the mask's revision), which re-runs it.
 */
export function useMainMaskPainted(): boolean {
  return useStudioStore(() => (getMask(MAIN_MASK_ID)?.tileCount ?? 0) > 0);
}
