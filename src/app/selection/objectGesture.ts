import { rectCorners } from '../canvas/brush/shapeFill';
import { redrawOverlay, stageHandles } from '../canvas/stage/stageHandles';
import type { Gesture, GestureSample } from '../canvas/tools/gesture';
import { showNotice } from '../canvas/ui/notice';
import { useStudioStore } from '../store/studioStore';
import { selectionArea } from './sentFrame';

/** A press that moves less than this (screen pixels) is a click, not a box. */
const CLICK_SLOP = 4;

function showBox(corners: { x: number; y: number }[]): void {
  const preview = stageHandles.shapePreview;
  if (!preview) return;
  preview.points(corners.flatMap((p) => [p.x, p.y]));
  preview.visible(corners.length > 1);
  redrawOverlay();
}

/**
 * Select object tool: a click adds an include point, Alt-click an exclude point, a drag draws
 * the box. Hints are document pixels; they are mapped to the sent image when asked about.
 */
export function beginObjectGesture(start: GestureSample, down: { altKey: boolean }): Gesture {
  let last = start;
  let dragging = false;
  return {
    move(samples) {
      last = samples[samples.length - 1] ?? last;
      dragging ||= Math.hypot(last.clientX - start.clientX, last.clientY - start.clientY) > CLICK_SLOP;
      if (dragging) showBox(rectCorners(start, last));
    },
    end() {
      showBox([]);
      const state = useStudioStore.getState();
      const area = selectionArea(state.document);
      if (dragging) {
        const x = Math.max(area.x, Math.floor(Math.min(start.x, last.x)));
        const y = Math.max(area.y, Math.floor(Math.min(start.y, last.y)));
        const right = Math.min(area.x + area.width, Math.ceil(Math.max(start.x, last.x)));
        const bottom = Math.min(area.y + area.height, Math.ceil(Math.max(start.y, last.y)));
        if (right - x >= 2 && bottom - y >= 2) state.objectBoxDrawn({ x, y, width: right - x, height: bottom - y });
        else showNotice('Draw the box over the picture');
        return;
      }
      const inside = start.x >= area.x && start.y >= area.y && start.x < area.x + area.width && start.y < area.y + area.height;
      if (!inside) {
        showNotice(area.width < state.document.width || area.height < state.document.height ? 'Click inside the region' : 'Click on the picture');
        return;
      }
      state.objectHintAdded(down.altKey ? 'exclude' : 'include', { x: start.x, y: start.y });
    },
  };
}
