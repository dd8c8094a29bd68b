export type ToolId = 'move' | 'brush' | 'eraser' | 'rect' | 'lasso' | 'hand' | 'region' | 'object';
export type PaintMode = 'paint' | 'erase';

/** Brush size is in document pixels so it means the same at every zoom. */
export const BRUSH_SIZE_MIN = 1;
export const BRUSH_SIZE_MAX = 1000;

/** Tools that change mask pixels. */
export const MASK_TOOLS: readonly ToolId[] = ['brush', 'eraser', 'rect', 'lasso'];

/** The Eraser always erases; Brush, Rectangle and Lasso follow the paint/erase switch (X). */
export function effectivePaintMode(tool: ToolId, paintMode: PaintMode): PaintMode {
  return tool === 'eraser' ? 'erase' : paintMode;
}

/** `[` and `]` step like image editors: fine steps on small brushes, coarse on big ones. */
export function stepBrushSize(size: number, direction: 1 | -1): number {
  const step = size < 10 ? 1 : size < 50 ? 5 : size < 100 ? 10 : size < 300 ? 25 : 50;
  const next = direction > 0 ? size + step : size - (size <= 10 ? 1 : step);
  return clampBrushSize(next);
}

export function clampBrushSize(size: number): number {
  if (!Number.isFinite(size)) return BRUSH_SIZE_MIN;
  return Math.round(Math.max(BRUSH_SIZE_MIN, Math.min(BRUSH_SIZE_MAX, size)));
}
