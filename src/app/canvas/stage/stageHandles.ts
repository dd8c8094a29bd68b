import type Konva from 'konva';

/**
 * Konva nodes that tools update imperatively on every pointer move (cursor, previews,
 * mask redraws). React mounts them and registers them here; nothing here goes through React.
 */
export const stageHandles: {
  stage: Konva.Stage | null;
  maskLayer: Konva.Layer | null;
  overlayLayer: Konva.Layer | null;
  brushCursor: Konva.Group | null;
  shapePreview: Konva.Line | null;
} = {
  stage: null,
  maskLayer: null,
  overlayLayer: null,
  brushCursor: null,
  shapePreview: null,
};

export function redrawMask(): void {
  stageHandles.maskLayer?.batchDraw();
}

export function redrawOverlay(): void {
  stageHandles.overlayLayer?.batchDraw();
}
