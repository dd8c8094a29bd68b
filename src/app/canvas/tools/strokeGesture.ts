import { useStudioStore } from '../../store/studioStore';
import { effectivePaintMode } from '../../store/editorTypes';
import { BrushStroke } from '../brush/brushStroke';
import { commitMaskEdit } from '../commands/maskEdits';
import { isEmptyRect } from '../geometry/pixelRect';
import { ensureMask, maskDisplayColor } from '../rasters/maskRegistry';
import { redrawMask } from '../stage/stageHandles';
import type { Gesture, GestureSample } from './gesture';

/** Brush and Eraser: dabs go straight into the raster; one history step on pointer-up. */
export function beginStrokeGesture(start: GestureSample): Gesture {
  const state = useStudioStore.getState();
  const maskId = state.activeMaskId;
  const mask = ensureMask(maskId);
  if (!state.maskVisible) state.maskVisibilityChanged(true);
  const stroke = new BrushStroke(mask, {
    size: state.brushSize,
    hardness: state.brushHardness,
    mode: effectivePaintMode(state.tool, state.paintMode),
    color: maskDisplayColor(),
  });
  redrawMask(stroke.begin(start));
  return {
    move(samples) {
      const changed = stroke.extend(samples);
      if (!isEmptyRect(changed)) redrawMask(changed);
    },
    end() {
      commitMaskEdit(maskId, 'stroke');
    },
  };
}
