import { Group, Label, Rect, Tag, Text } from 'react-konva';
import { useDocumentHeight, useDocumentWidth } from '../store/documentHooks';
import { useTool } from '../store/editorHooks';
import { useViewZoom } from '../canvas/viewport/viewport';
import { useGenerationRegion } from './currentRegion';
import { generationSize } from './generationSize';
import { useRegionDraft } from './regionDraft';
import { useStudioStore } from '../store/studioStore';

const ACCENT = '#f5b83d';
const HANDLE_PX = 8;

/** The eight resize handles, a constant size on screen. */
function Handles({ x, y, width, height, zoom }: { x: number; y: number; width: number; height: number; zoom: number }) {
  const size = HANDLE_PX / zoom;
  const xs = [x, x + width / 2, x + width];
  const ys = [y, y + height / 2, y + height];
  const points = ys.flatMap((py, row) => xs.map((px, column) => ({ px, py, key: `${row}${column}` }))).filter((p) => p.key !== '11');
  return points.map(({ px, py, key }) => (
    <Rect key={key} x={px - size / 2} y={py - size / 2} width={size} height={size} fill="#ffffff" stroke={ACCENT} strokeWidth={1} strokeScaleEnabled={false} listening={false} />
  ));
}

/**
 * The generation region on the canvas: always shown as a dashed frame with its size and the
 * size it is generated at; the part past the document's edge (outpainting) is tinted. With
 * the Region tool it gets handles, and follows a drag live.
 */
export function RegionFrame() {
  const region = useGenerationRegion();
  const draft = useRegionDraft();
  const zoom = useViewZoom();
  const tool = useTool();
  const resolution = useStudioStore((s) => s.document.region.resolution);
  const docWidth = useDocumentWidth();
  const docHeight = useDocumentHeight();
  const rect = draft ?? region.rect;
  const generated = draft ? generationSize(draft, resolution) : region.generated;
  const editing = tool === 'region';
  const outside = rect.x < 0 || rect.y < 0 || rect.x + rect.width > docWidth || rect.y + rect.height > docHeight;
  const label = `${rect.width} × ${rect.height} → ${generated.width} × ${generated.height}${region.source === 'masks' && !draft ? ' · auto' : ''}`;
  return (
    <Group listening={false} name="generation-region">
      {outside ? (
        <Rect x={rect.x} y={rect.y} width={rect.width} height={rect.height} fill="rgba(245, 184, 61, 0.10)" listening={false} />
      ) : null}
      <Rect x={rect.x} y={rect.y} width={rect.width} height={rect.height} stroke="rgba(0,0,0,0.6)" strokeWidth={3} strokeScaleEnabled={false} listening={false} />
      <Rect
        x={rect.x}
        y={rect.y}
        width={rect.width}
        height={rect.height}
        stroke={ACCENT}
        strokeWidth={1.5}
        // An unscaled stroke is drawn in screen pixels, its dash too: not divided by the zoom.
        dash={[7, 5]}
        strokeScaleEnabled={false}
        listening={false}
      />
      <Label x={rect.x} y={rect.y} scaleX={1 / zoom} scaleY={1 / zoom} offsetY={22} listening={false}>
        <Tag fill="rgba(20, 21, 24, 0.85)" cornerRadius={3} />
        <Text text={label} fontSize={11} fontFamily="ui-monospace, monospace" fill={ACCENT} padding={4} />
      </Label>
      {editing ? <Handles {...rect} zoom={zoom} /> : null}
    </Group>
  );
}
