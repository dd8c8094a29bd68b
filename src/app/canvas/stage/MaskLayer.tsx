import { useEffect, useRef, useSyncExternalStore } from 'react';
import type Konva from 'konva';
import { Image as KonvaImage, Layer } from 'react-konva';
import { useMaskRevision } from '../../store/documentHooks';
import { useActiveMaskId, useMaskOpacity, useMaskVisible } from '../../store/editorHooks';
import { ensureMask, maskRastersVersion, subscribeMaskRasters } from '../rasters/maskRegistry';
import { stageHandles } from './stageHandles';
import { instrumentMaskLayerDraws } from '../bench/benchProbe';

/**
 * The active mask raster shown through one Konva image, tinted by the overlay colour baked
 * into the raster and faded by the layer's opacity. Strokes redraw it imperatively; React
 * only re-renders when the raster canvas is replaced or settings change.
 */
export function MaskLayer() {
  const maskId = useActiveMaskId();
  const visible = useMaskVisible();
  const opacity = useMaskOpacity();
  const revision = useMaskRevision(maskId);
  const rastersVersion = useSyncExternalStore(subscribeMaskRasters, maskRastersVersion);
  const layerRef = useRef<Konva.Layer>(null);
  const canvas = ensureMask(maskId);

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
    layerRef.current?.batchDraw();
  }, [revision, rastersVersion]);

  return (
    <Layer ref={layerRef} listening={false} visible={visible} opacity={opacity}>
      <KonvaImage image={canvas} x={0} y={0} />
    </Layer>
  );
}
