import './canvasControls.css';
import { useEffect, useRef } from 'react';
import type Konva from 'konva';
import { Stage } from 'react-konva';
import { MAIN_MASK_ID } from '../store/documentTypes';
import { SelectionLayer } from '../selection/SelectionLayer';
import { useStudioStore } from '../store/studioStore';
import { exposeCanvasToBench } from './bench/exposeCanvasToBench';
import { ensureMask } from './rasters/maskRegistry';
import { RegionPreviewLayer } from '../region/RegionPreviewNodes';
import { DocumentLayer } from './stage/DocumentLayer';
import { ForegroundLayer } from './stage/ForegroundLayer';
import { MaskLayer } from './stage/MaskLayer';
import { OverlayLayer } from './stage/OverlayLayer';
import { stageHandles } from './stage/stageHandles';
import { useElementSize } from './stage/useElementSize';
import { useImageDropAndPaste } from './stage/useImageDrop';
import { attachPointerTools } from './tools/pointerTools';
import { useEditorShortcuts } from './tools/useEditorShortcuts';
import { EmptyCanvasHint } from './ui/EmptyCanvasHint';
import { NoticeToast } from './ui/NoticeToast';
import { showNotice } from './ui/notice';
import { viewport } from './viewport/viewport';

ensureMask(MAIN_MASK_ID);
exposeCanvasToBench();

/** Click on empty canvas with the Move tool deselects the foreground. */
function deselectOnEmpty(event: Konva.KonvaEventObject<PointerEvent>): void {
  if (useStudioStore.getState().tool !== 'move') return;
  const target = event.target;
  if (target.name() === 'foreground' || target.getParent()?.className === 'Transformer') return;
  useStudioStore.getState().foregroundSelected(null);
}

/** The Konva stage: four layers split by update rate, plus native pointer tools and shortcuts. */
export function CanvasEditor() {
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const size = useElementSize(containerRef);
  const stageMounted = size.width > 0;
  const dragging = useImageDropAndPaste(containerRef, showNotice);
  useEditorShortcuts();

  useEffect(() => {
    const element = containerRef.current;
    return element ? attachPointerTools(element) : undefined;
  }, []);

  useEffect(() => {
    if (size.width > 0 && size.height > 0) viewport.setContainerSize(size);
  }, [size]);

  // The view transform is applied imperatively: no React render per wheel tick or pan frame.
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    stageHandles.stage = stage;
    const apply = () => {
      const view = viewport.get();
      stage.scale({ x: view.zoom, y: view.zoom });
      stage.position({ x: view.x, y: view.y });
      stage.batchDraw();
      const element = containerRef.current;
      // Read by e2e page objects to map document pixels to the screen.
      element?.setAttribute('data-view', `${view.zoom} ${view.x} ${view.y}`);
    };
    apply();
    const stop = viewport.subscribe(apply);
    return () => {
      stop();
      stageHandles.stage = null;
    };
  }, [stageMounted]);

  return (
    <div
      ref={containerRef}
      data-testid="canvas-viewport"
      className="absolute inset-0 touch-none select-none overflow-hidden bg-ink-950"
    >
      {stageMounted ? (
        <Stage ref={stageRef} width={size.width} height={size.height} onPointerDown={deselectOnEmpty}>
          <DocumentLayer />
          <RegionPreviewLayer />
          <ForegroundLayer />
          <MaskLayer />
          <SelectionLayer />
          <OverlayLayer />
        </Stage>
      ) : null}
      <EmptyCanvasHint />
      {dragging ? (
        <div className="pointer-events-none absolute inset-3 z-10 flex items-center justify-center rounded-lg border-2 border-dashed border-accent-500 bg-accent-500/10 text-sm font-medium text-accent-400">
          Drop to open the image
        </div>
      ) : null}
      <NoticeToast />
    </div>
  );
}
