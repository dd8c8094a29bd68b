import './canvasControls.css';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { MAIN_MASK_ID } from '../store/documentTypes';
import { exposeCanvasToBench } from './bench/exposeCanvasToBench';
import { ensureMask } from './rasters/maskRegistry';
import { useElementSize } from './stage/useElementSize';
import { useImageDropAndPaste } from './stage/useImageDrop';
import { attachPointerTools } from './tools/pointerTools';
import { useEditorShortcuts } from './tools/useEditorShortcuts';
import { EmptyCanvasHint } from './ui/EmptyCanvasHint';
import { NoticeToast } from './ui/NoticeToast';
import { showNotice } from './ui/notice';
import { viewport } from './viewport/viewport';

// Konva is not needed for the first paint: the stage arrives a moment later in its own chunk.
// Its download starts now, beside the rest of the app's start, not after the first render.
const stageModule = import('./stage/DocumentStage');
const DocumentStage = lazy(() => stageModule);

ensureMask(MAIN_MASK_ID);
exposeCanvasToBench();

/** The canvas area: the Konva stage (loaded lazily), native pointer tools and shortcuts. */
export function CanvasEditor() {
  const containerRef = useRef<HTMLDivElement>(null);
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

  return (
    <div
      ref={containerRef}
      data-testid="canvas-viewport"
      className="absolute inset-0 touch-none select-none overflow-hidden bg-ink-950"
    >
      {stageMounted ? (
        <Suspense fallback={null}>
          <DocumentStage width={size.width} height={size.height} containerRef={containerRef} />
        </Suspense>
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
