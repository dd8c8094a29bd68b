import { useEffect, useRef, useSyncExternalStore } from 'react';
import type Konva from 'konva';
import { Layer, Shape } from 'react-konva';
import { useMaskRevision } from '../../store/documentHooks';
import { useActiveMaskId, useMaskOpacity, useMaskVisible } from '../../store/editorHooks';
import { ensureMask, getMask, maskRastersVersion, subscribeMaskRasters } from '../rasters/maskRegistry';
import { useRegionPreview } from '../../region/resultPreview';
import { viewport } from '../viewport/viewport';
import { maskView } from './maskView';
import { stageHandles } from './stageHandles';
import { instrumentMaskLayerDraws } from '../bench/benchProbe';

/**
 * The active mask shown through one custom shape that paints the raster's tiles (tinted by the
 * overlay colour baked into them, faded by the layer's opacity). Strokes repaint only what
 * they touched (see maskView.ts); React re-renders only when the raster or settings change.
 */
export function MaskLayer() {
  const maskId = useActiveMaskId();
  // A result previewed in place is what the designer looks at: the mask overlay steps aside.
  const previewing = useRegionPreview()?.composed != null;
  const visible = useMaskVisible() && !previewing;
  const opacity = useMaskOpacity();
  const revision = useMaskRevision(maskId);
  const rastersVersion = useSyncExternalStore(subscribeMaskRasters, maskRastersVersion);
  const layerRef = useRef<Konva.Layer>(null);
  ensureMask(maskId);

  useEffect(() => {
    const layer = layerRef.current;
    stageHandles.maskLayer = layer;
    const stopBench = layer ? instrumentMaskLayerDraws(layer) : undefined;
    return () => {
      stopBench?.();
      stageHandles.maskLayer = null;
    };
  }, []);

  useEffect(() => {
    maskView.invalidateAll();
    layerRef.current?.batchDraw();
  }, [revision, rastersVersion, maskId, visible, opacity]);

  return (
    <Layer ref={layerRef} listening={false} visible={visible} opacity={opacity} clearBeforeDraw={false}>
      <Shape
        listening={false}
        perfectDrawEnabled={false}
        sceneFunc={(context, shape) => {
          const pixelRatio = shape.getLayer()?.getCanvas().getPixelRatio() ?? 1;
          const native = (context as unknown as { _context: CanvasRenderingContext2D })._context;
          maskView.draw(native, getMask(maskId), viewport.get(), pixelRatio, opacity);
        }}
      />
    </Layer>
  );
}
