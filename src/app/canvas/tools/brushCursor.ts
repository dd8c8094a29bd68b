import type Konva from 'konva';
import { useStudioStore } from '../../store/studioStore';
import { redrawOverlay, stageHandles } from '../stage/stageHandles';
import { viewport } from '../viewport/viewport';
import { isSpaceHandHeld } from './spaceHand';

/**
 * The brush outline: a black and a white ring, so it reads on any image, at the brush's real
 * size (document pixels, so it scales with zoom). Rings are 1 screen pixel wide.
 */
let lastPoint: { x: number; y: number } | null = null;

function showsBrush(): boolean {
  const tool = useStudioStore.getState().tool;
  return (tool === 'brush' || tool === 'eraser') && !isSpaceHandHeld();
}

export function refreshBrushCursor(): void {
  const group = stageHandles.brushCursor;
  if (!group) return;
  const visible = lastPoint !== null && showsBrush();
  group.visible(visible);
  if (visible && lastPoint) {
    const radius = useStudioStore.getState().brushSize / 2;
    const onePixel = 1 / viewport.get().zoom;
    group.position(lastPoint);
    const [outer, inner, dot] = group.getChildren() as Konva.Circle[];
    outer?.radius(radius + onePixel / 2);
    inner?.radius(Math.max(0, radius - onePixel / 2));
    // A centre dot helps when the ring is too small to see.
    dot?.visible(radius / onePixel < 6);
    dot?.radius(onePixel * 1.5);
  }
  redrawOverlay();
}

export function moveBrushCursor(point: { x: number; y: number } | null): void {
  lastPoint = point;
  refreshBrushCursor();
}
