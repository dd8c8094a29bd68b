import type { ToolId } from '../../store/editorTypes';

/** The system cursor over the canvas; brush tools hide it and draw their own ring. */
export function cssCursorFor(tool: ToolId, spaceHand: boolean, panning: boolean): string {
  if (panning) return 'grabbing';
  if (spaceHand || tool === 'hand') return 'grab';
  if (tool === 'brush' || tool === 'eraser') return 'none';
  if (tool === 'rect' || tool === 'lasso' || tool === 'region' || tool === 'object') return 'crosshair';
  return 'default';
}
