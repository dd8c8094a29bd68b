import { Circle, Image as KonvaImage, Layer, Line, Rect } from 'react-konva';
import { useViewZoom } from '../canvas/viewport/viewport';
import { useStudioStore } from '../store/studioStore';
import { useProposalState, visibleProposal } from './objectProposal';

const INCLUDE = '#22c55e';
const EXCLUDE = '#ef4444';
const BOX = '#2dd4bf';

/** A point hint: a dot with a + (include) or − (exclude), the same size on screen at every zoom. */
function Hint({ x, y, include, zoom }: { x: number; y: number; include: boolean; zoom: number }) {
  const r = 7 / zoom;
  const arm = 3.5 / zoom;
  return (
    <>
      <Circle x={x} y={y} radius={r} fill={include ? INCLUDE : EXCLUDE} stroke="#ffffff" strokeWidth={1.5} strokeScaleEnabled={false} />
      <Line points={[x - arm, y, x + arm, y]} stroke="#ffffff" strokeWidth={1.5} strokeScaleEnabled={false} />
      {include ? <Line points={[x, y - arm, x, y + arm]} stroke="#ffffff" strokeWidth={1.5} strokeScaleEnabled={false} /> : null}
    </>
  );
}

/**
 * The Select object tool's overlay: the proposed mask as a tint (kept while a newer one is
 * computed), the box and the points. Nothing here listens to the pointer.
 */
export function SelectionLayer() {
  const hints = useStudioStore((s) => s.objectHints);
  const proposal = visibleProposal(useProposalState());
  const zoom = useViewZoom();
  const empty = !proposal && !hints.box && hints.include.length === 0 && hints.exclude.length === 0;
  if (empty) return null;
  return (
    <Layer listening={false}>
      {proposal ? <KonvaImage image={proposal.preview} {...proposal.frame.rect} opacity={0.55} /> : null}
      {hints.box ? <Rect {...hints.box} stroke={BOX} strokeWidth={1.5} dash={[6, 4]} strokeScaleEnabled={false} /> : null}
      {hints.include.map((point, index) => (
        <Hint key={`in-${index}`} x={point.x} y={point.y} include zoom={zoom} />
      ))}
      {hints.exclude.map((point, index) => (
        <Hint key={`out-${index}`} x={point.x} y={point.y} include={false} zoom={zoom} />
      ))}
    </Layer>
  );
}
