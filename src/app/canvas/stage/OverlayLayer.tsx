import { useEffect, useRef } from 'react';
import type Konva from 'konva';
import { Circle, Group, Layer, Line, Rect, Transformer } from 'react-konva';
import { useBaseImage, useDocumentHeight, useDocumentWidth, useForegrounds } from '../../store/documentHooks';
import { useSelectedForegroundId, useTool } from '../../store/editorHooks';
import { RegionFrame } from '../../region/RegionFrame';
import { uncoveredRects } from '../geometry/outpaintLayout';
import { refreshBrushCursor } from '../tools/brushCursor';
import { stageHandles } from './stageHandles';

const ACCENT = '#4f8cff';

/**
 * When the canvas is larger than the picture: a faint accent tint on the area that will be
 * outpainted and a dashed outline around the picture.
 */
function OutpaintOutline() {
  const base = useBaseImage();
  const width = useDocumentWidth();
  const height = useDocumentHeight();
  if (!base) return null;
  const covers = base.x <= 0 && base.y <= 0 && base.x + base.width >= width && base.y + base.height >= height;
  if (covers) return null;
  return (
    <>
      {uncoveredRects(width, height, base).map((band) => (
        <Rect key={`${band.x},${band.y}`} {...band} fill="rgba(79, 140, 255, 0.07)" listening={false} />
      ))}
      <Rect
      x={base.x}
      y={base.y}
      width={base.width}
      height={base.height}
      stroke={ACCENT}
      strokeWidth={1}
      dash={[6, 4]}
      strokeScaleEnabled={false}
      listening={false}
    />
    </>
  );
}

/** Top layer: document frame, previews, brush ring, and the transformer for the selected foreground. */
export function OverlayLayer() {
  const width = useDocumentWidth();
  const height = useDocumentHeight();
  const tool = useTool();
  const selectedId = useSelectedForegroundId();
  const foregrounds = useForegrounds();
  const layerRef = useRef<Konva.Layer>(null);
  const cursorRef = useRef<Konva.Group>(null);
  const previewRef = useRef<Konva.Line>(null);
  const transformerRef = useRef<Konva.Transformer>(null);

  useEffect(() => {
    stageHandles.overlayLayer = layerRef.current;
    stageHandles.brushCursor = cursorRef.current;
    stageHandles.shapePreview = previewRef.current;
    refreshBrushCursor();
    return () => {
      stageHandles.overlayLayer = null;
      stageHandles.brushCursor = null;
      stageHandles.shapePreview = null;
    };
  }, []);

  // Attach the transformer to the selected foreground (visible and with the Move tool only).
  useEffect(() => {
    const transformer = transformerRef.current;
    const stage = transformer?.getStage();
    if (!transformer || !stage) return;
    const selected = foregrounds.find((fg) => fg.id === selectedId);
    const node = tool === 'move' && selected?.visible ? stage.findOne(`#${selectedId}`) : undefined;
    transformer.nodes(node ? [node] : []);
    transformer.getLayer()?.batchDraw();
  }, [selectedId, tool, foregrounds]);

  return (
    <Layer ref={layerRef}>
      <Rect x={0} y={0} width={width} height={height} stroke="#4a4f58" strokeWidth={1} strokeScaleEnabled={false} listening={false} />
      <OutpaintOutline />
      <RegionFrame />
      <Line
        ref={previewRef}
        closed
        visible={false}
        stroke="#ffffff"
        strokeWidth={1}
        dash={[5, 4]}
        fill="rgba(79, 140, 255, 0.12)"
        strokeScaleEnabled={false}
        listening={false}
      />
      <Group ref={cursorRef} visible={false} listening={false}>
        <Circle radius={10} stroke="rgba(0,0,0,0.85)" strokeWidth={1} strokeScaleEnabled={false} />
        <Circle radius={9} stroke="rgba(255,255,255,0.95)" strokeWidth={1} strokeScaleEnabled={false} />
        <Circle radius={1} fill="#ffffff" stroke="#000000" strokeWidth={0.5} strokeScaleEnabled={false} />
      </Group>
      <Transformer
        ref={transformerRef}
        keepRatio={false}
        rotateEnabled
        rotationSnaps={[0, 90, 180, 270]}
        rotateAnchorOffset={28}
        anchorSize={9}
        anchorCornerRadius={2}
        anchorStroke={ACCENT}
        anchorFill="#ffffff"
        borderStroke={ACCENT}
        borderStrokeWidth={1}
        ignoreStroke
      />
    </Layer>
  );
}
