import { useEffect, useRef, type RefObject } from 'react';
import type Konva from 'konva';
import { Stage } from 'react-konva';
import { RegionPreviewLayer } from '../../region/RegionPreviewNodes';
import { SelectionLayer } from '../../selection/SelectionLayer';
import { useStudioStore } from '../../store/studioStore';
import { viewport } from '../viewport/viewport';
import { DocumentLayer } from './DocumentLayer';
import { ForegroundLayer } from './ForegroundLayer';
import { MaskLayer } from './MaskLayer';
import { OverlayLayer } from './OverlayLayer';
import { stageHandles } from './stageHandles';

/** Click on empty canvas with the Move tool deselects the foreground. */
function deselectOnEmpty(event: Konva.KonvaEventObject<PointerEvent>): void {
  if (useStudioStore.getState().tool !== 'move') return;
  const target = event.target;
  if (target.name() === 'foreground' || target.getParent()?.className === 'Transformer') return;
  useStudioStore.getState().foregroundSelected(null);
}

/**
 * The Konva stage: four layers split by update rate. Konva and react-konva are a third of
 * the studio's JavaScript, so CanvasEditor loads this module after the first paint.
 */
export default function DocumentStage({ width, height, containerRef }: { width: number; height: number; containerRef: RefObject<HTMLDivElement | null> }) {
  const stageRef = useRef<Konva.Stage>(null);

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
      // Read by e2e page objects to map document pixels to the screen.
      containerRef.current?.setAttribute('data-view', `${view.zoom} ${view.x} ${view.y}`);
    };
    apply();
    const stop = viewport.subscribe(apply);
    return () => {
      stop();
      stageHandles.stage = null;
    };
  }, [containerRef]);

  return (
    <Stage ref={stageRef} width={width} height={height} onPointerDown={deselectOnEmpty}>
      <DocumentLayer />
      <RegionPreviewLayer />
      <ForegroundLayer />
      <MaskLayer />
      <SelectionLayer />
      <OverlayLayer />
    </Stage>
  );
}
