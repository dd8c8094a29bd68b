import { useStudioStore } from '../../store/studioStore';
import { effectivePaintMode } from '../../store/editorTypes';
import { commitMaskEdit } from '../commands/maskEdits';
import { ensureMask, maskDisplayColor } from '../rasters/maskRegistry';
import { redrawMask, redrawOverlay, stageHandles } from '../stage/stageHandles';
import type { Gesture, GestureSample } from './gesture';
import { fillPolygon, rectCorners } from '../brush/shapeFill';

type Point = { x: number; y: number };

function showPreview(points: readonly Point[]): void {
  const preview = stageHandles.shapePreview;
  if (!preview) return;
  preview.points(points.flatMap((p) => [p.x, p.y]));
  preview.visible(points.length > 1);
  redrawOverlay();
}

/** Shift makes the rectangle a square, like every editor. */
function rectTo(start: Point, end: Point, square: boolean): Point[] {
  if (!square) return rectCorners(start, end);
  const side = Math.max(Math.abs(end.x - start.x), Math.abs(end.y - start.y));
  return rectCorners(start, { x: start.x + Math.sign(end.x - start.x || 1) * side, y: start.y + Math.sign(end.y - start.y || 1) * side });
}

/** Rectangle and Lasso: a dashed preview while dragging, filled into the mask on pointer-up. */
export function beginShapeGesture(kind: 'rect' | 'lasso', start: GestureSample): Gesture {
  let points: Point[] = [{ x: start.x, y: start.y }];
  return {
    move(samples, event) {
      const last = samples[samples.length - 1];
      if (!last) return;
      if (kind === 'rect') points = rectTo(start, last, event.shiftKey);
      else for (const sample of samples) points.push({ x: sample.x, y: sample.y });
      showPreview(points);
    },
    end() {
      showPreview([]);
      const state = useStudioStore.getState();
      const maskId = state.activeMaskId;
      const mask = ensureMask(maskId);
      if (!state.maskVisible) state.maskVisibilityChanged(true);
      const mode = effectivePaintMode(state.tool, state.paintMode);
      const dirty = fillPolygon(mask, points, mode, maskDisplayColor());
      if (!dirty) return;
      commitMaskEdit(maskId, 'stroke');
      redrawMask(dirty);
    },
  };
}
