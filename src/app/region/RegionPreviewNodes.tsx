import { Group, Image as KonvaImage, Layer, Line } from 'react-konva';
import { useViewZoom } from '../canvas/viewport/viewport';
import { useRegionPreview } from './resultPreview';

/**
 * The result in place on the canvas, clipped to its region: what Accept commits. The compare
 * slider shows the picture left of the split and the result right of it; hold-to-compare
 * hides the result; the changes view marks the pixels that differ.
 */
function RegionPreviewNodes() {
  const preview = useRegionPreview();
  const zoom = useViewZoom();
  if (!preview?.composed || preview.holding) return null;
  const { rect, composed, mode, split } = preview;
  const x = rect.x + composed.bounds.x;
  const y = rect.y + composed.bounds.y;
  const splitX = rect.x + Math.round((rect.width * split) / 100);
  const clip = mode === 'slider' ? { clipX: splitX, clipY: rect.y, clipWidth: rect.x + rect.width - splitX, clipHeight: rect.height } : {};
  return (
    <>
      <Group listening={false} {...clip}>
        <KonvaImage image={composed.patch} x={x} y={y} listening={false} />
        {mode === 'changes' ? <KonvaImage image={composed.changes} x={x} y={y} opacity={0.85} listening={false} /> : null}
      </Group>
      {mode === 'slider' ? (
        <Line points={[splitX, rect.y, splitX, rect.y + rect.height]} stroke="#ffffff" strokeWidth={1.5} shadowColor="#000" shadowBlur={4 / zoom} strokeScaleEnabled={false} listening={false} />
      ) : null}
    </>
  );
}

/** Its own layer, not clipped to the document: an outpainting result shows past the edge it will grow. */
export function RegionPreviewLayer() {
  return (
    <Layer listening={false}>
      <RegionPreviewNodes />
    </Layer>
  );
}
