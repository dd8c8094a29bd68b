import { useStudioStore } from '../../store/studioStore';
import type { ToolId } from '../../store/editorTypes';
import { benchProbe } from '../bench/benchProbe';
import { lockHistory, unlockHistory } from '../history/studioHistory';
import { documentPointAt } from '../viewport/viewMath';
import { viewport } from '../viewport/viewport';
import { moveBrushCursor, refreshBrushCursor } from './brushCursor';
import { cssCursorFor } from './cssCursor';
import { showCursorPosition } from './cursorReadout';
import type { Gesture, GestureSample } from './gesture';
import { beginRegionGesture, regionCursorAt } from '../../region/regionGesture';
import { beginObjectGesture } from '../../selection/objectGesture';
import { beginPanGesture } from './panGesture';
import { beginShapeGesture } from './shapeGesture';
import { beginStrokeGesture } from './strokeGesture';
import { isSpaceHandHeld, setPointerOverCanvas, subscribeSpaceHand } from './spaceHand';

/** Pen pressure where the device has it; mice report 0.5 while pressed, which means nothing. */
function pressureOf(event: PointerEvent): number {
  return event.pointerType === 'pen' && event.pressure > 0 ? event.pressure : 1;
}

function currentTool(): ToolId {
  return isSpaceHandHeld() ? 'hand' : useStudioStore.getState().tool;
}

/**
 * Native pointer handling for the mask and view tools: coalesced samples and pressure,
 * pointer capture, wheel zoom. The Move tool is left to Konva (drag, transformer).
 */
export function attachPointerTools(element: HTMLElement): () => void {
  let gesture: Gesture | null = null;
  let bounds = element.getBoundingClientRect();

  const sample = (event: PointerEvent): GestureSample => {
    const point = documentPointAt(viewport.get(), { x: event.clientX - bounds.left, y: event.clientY - bounds.top });
    return { x: point.x, y: point.y, pressure: pressureOf(event), clientX: event.clientX, clientY: event.clientY };
  };
  let panning = false;
  const updateCssCursor = () => {
    element.style.cursor = cssCursorFor(useStudioStore.getState().tool, isSpaceHandHeld(), panning);
  };

  const onPointerDown = (event: PointerEvent) => {
    if (gesture) return;
    // Controls drawn over the canvas (the empty-state buttons, the result viewer) keep their clicks.
    if ((event.target as Element | null)?.closest('button, a, input, select, textarea, label, [role="dialog"]')) return;
    const tool = event.button === 1 ? 'hand' : currentTool();
    if (event.button !== 0 && event.button !== 1) return;
    if (tool === 'move') return;
    bounds = element.getBoundingClientRect();
    const start = sample(event);
    if (tool === 'hand') {
      gesture = beginPanGesture(start);
      panning = true;
    } else if (tool === 'brush' || tool === 'eraser') gesture = beginStrokeGesture(start);
    else if (tool === 'region') gesture = beginRegionGesture(start);
    else if (tool === 'object') gesture = beginObjectGesture(start, event);
    else gesture = beginShapeGesture(tool, start);
    lockHistory('pointer gesture');
    updateCssCursor();
    event.preventDefault();
    // Konva must not also start dragging a foreground under a Space-pan or a stroke.
    event.stopPropagation();
    try {
      element.setPointerCapture(event.pointerId);
    } catch {
      // Synthetic events (bench, tests) have no capturable pointer.
    }
  };

  const onPointerMove = (event: PointerEvent) => {
    const started = benchProbe ? performance.now() : 0;
    const coalesced = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
    const samples = (coalesced.length > 0 ? coalesced : [event]).map(sample);
    const last = samples[samples.length - 1];
    if (gesture) gesture.move(samples, event);
    // The Region tool shows what a press would grab: move, an edge, a corner, or a new frame.
    else if (last && currentTool() === 'region') element.style.cursor = regionCursorAt(last);
    if (last) {
      moveBrushCursor(last);
      showCursorPosition(last);
    }
    if (benchProbe) benchProbe.moveCosts.push(performance.now() - started);
  };

  const finish = () => {
    if (!gesture) return;
    const ending = gesture;
    gesture = null;
    panning = false;
    unlockHistory();
    ending.end();
    updateCssCursor();
  };

  const onPointerEnter = () => setPointerOverCanvas(true);
  const onPointerLeave = () => {
    setPointerOverCanvas(false);
    if (gesture) return;
    moveBrushCursor(null);
    showCursorPosition(null);
  };

  const onWheel = (event: WheelEvent) => {
    bounds = element.getBoundingClientRect();
    viewport.wheel(event, bounds);
  };

  // Capture phase: we decide before Konva (a child element) sees the press.
  element.addEventListener('pointerdown', onPointerDown, { capture: true });
  element.addEventListener('pointermove', onPointerMove);
  element.addEventListener('pointerup', finish);
  element.addEventListener('pointercancel', finish);
  element.addEventListener('lostpointercapture', finish);
  element.addEventListener('pointerenter', onPointerEnter);
  element.addEventListener('pointerleave', onPointerLeave);
  element.addEventListener('wheel', onWheel, { passive: false });
  const stopTool = useStudioStore.subscribe((s) => s.tool, () => (updateCssCursor(), refreshBrushCursor()));
  const stopSize = useStudioStore.subscribe((s) => s.brushSize, refreshBrushCursor);
  const stopSpace = subscribeSpaceHand(() => (updateCssCursor(), refreshBrushCursor()));
  const stopView = viewport.subscribe(refreshBrushCursor);
  updateCssCursor();
  return () => {
    element.removeEventListener('pointerdown', onPointerDown, { capture: true });
    element.removeEventListener('pointermove', onPointerMove);
    element.removeEventListener('pointerup', finish);
    element.removeEventListener('pointercancel', finish);
    element.removeEventListener('lostpointercapture', finish);
    element.removeEventListener('pointerenter', onPointerEnter);
    element.removeEventListener('pointerleave', onPointerLeave);
    element.removeEventListener('wheel', onWheel);
    stopTool();
    stopSize();
    stopSpace();
    stopView();
  };
}
