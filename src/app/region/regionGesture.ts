import type { Gesture, GestureSample } from '../canvas/tools/gesture';
import { viewport } from '../canvas/viewport/viewport';
import { currentRegion } from './currentRegion';
import { setRegionFrame } from './regionCommands';
import { dragRegion, hitHandle, type RegionHandle } from './regionDrag';
import { setRegionDraft } from './regionDraft';
import { rectFromCorners } from './regionGeometry';

/** Grab distance around the frame's edges, in screen pixels. */
const GRAB_PX = 8;

/** The handle of the current region under a document point, for the cursor and the gesture. */
export function regionHandleAt(point: { x: number; y: number }): RegionHandle | null {
  return hitHandle(currentRegion().rect, point, GRAB_PX / viewport.get().zoom);
}

const CURSORS: Record<RegionHandle, string> = {
  move: 'move',
  n: 'ns-resize',
  s: 'ns-resize',
  e: 'ew-resize',
  w: 'ew-resize',
  ne: 'nesw-resize',
  sw: 'nesw-resize',
  nw: 'nwse-resize',
  se: 'nwse-resize',
};

export function regionCursorAt(point: { x: number; y: number }): string {
  const handle = regionHandleAt(point);
  if (handle === 'move' && currentRegion().source !== 'frame') return 'crosshair';
  return handle ? CURSORS[handle] : 'crosshair';
}

/**
 * The Region tool: drag inside a drawn frame to move it, on an edge or corner to resize it
 * (Shift keeps the aspect ratio), elsewhere to draw a new one. Edges snap to 8 px; the frame
 * may reach past the document to outpaint. One undo step when the drag ends.
 */
export function beginRegionGesture(start: GestureSample): Gesture {
  const region = currentRegion();
  const startRect = region.rect;
  // The automatic frame (often the whole picture) is not moved by a press inside it: that draws a new frame.
  const grabbed = regionHandleAt(start);
  const handle = grabbed === 'move' && region.source !== 'frame' ? null : grabbed;
  let draft = startRect;
  let moved = false;
  return {
    move(samples, event) {
      const last = samples[samples.length - 1];
      if (!last) return;
      const dx = last.x - start.x;
      const dy = last.y - start.y;
      moved ||= Math.hypot(dx, dy) * viewport.get().zoom > 2;
      if (!moved) return;
      draft = handle
        ? dragRegion(startRect, handle, dx, dy, event.shiftKey)
        : rectFromCorners(start, last, event.shiftKey ? startRect.width / startRect.height : undefined);
      setRegionDraft(draft);
    },
    end() {
      setRegionDraft(null);
      if (moved) setRegionFrame(draft);
    },
  };
}
