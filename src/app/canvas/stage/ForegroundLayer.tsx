import type Konva from 'konva';
import { Image as KonvaImage, Layer } from 'react-konva';
import { useDocumentHeight, useDocumentWidth, useForegrounds } from '../../store/documentHooks';
import { useTool } from '../../store/editorHooks';
import { useStudioStore } from '../../store/studioStore';
import type { ForegroundPlacement } from '../../store/documentTypes';
import { getAsset } from '../assets';
import { transformForeground } from '../commands/documentCommands';
import { lockHistory, unlockHistory } from '../history/studioHistory';

/** The node's transform after a drag or a transformer gesture, committed as one history step. */
function commitNodeTransform(id: string, node: Konva.Node): void {
  unlockHistory();
  // Whole document pixels, like design tools: positions read cleanly in the transform fields.
  transformForeground(id, {
    x: Math.round(node.x()),
    y: Math.round(node.y()),
    scaleX: node.scaleX(),
    scaleY: node.scaleY(),
    rotation: node.rotation(),
  });
}

function ForegroundNode({ foreground, movable }: { foreground: ForegroundPlacement; movable: boolean }) {
  const asset = getAsset(foreground.assetId);
  if (!asset) return null;
  const select = () => useStudioStore.getState().foregroundSelected(foreground.id);
  return (
    <KonvaImage
      id={foreground.id}
      name="foreground"
      image={asset.image}
      x={foreground.x}
      y={foreground.y}
      scaleX={foreground.scaleX}
      scaleY={foreground.scaleY}
      rotation={foreground.rotation}
      opacity={foreground.opacity}
      visible={foreground.visible}
      draggable={movable}
      listening={movable}
      onPointerDown={select}
      onDragStart={() => {
        select();
        lockHistory('drag foreground');
      }}
      onDragEnd={(event) => commitNodeTransform(foreground.id, event.target)}
      onTransformStart={() => lockHistory('transform foreground')}
      onTransformEnd={(event) => commitNodeTransform(foreground.id, event.target)}
    />
  );
}

/** Foreground placements, draggable with the Move tool; the transformer lives in the overlay layer. */
export function ForegroundLayer() {
  const foregrounds = useForegrounds();
  const width = useDocumentWidth();
  const height = useDocumentHeight();
  const movable = useTool() === 'move';
  return (
    <Layer listening={movable} clipX={0} clipY={0} clipWidth={width} clipHeight={height}>
      {foregrounds.map((foreground) => (
        <ForegroundNode key={foreground.id} foreground={foreground} movable={movable} />
      ))}
    </Layer>
  );
}
