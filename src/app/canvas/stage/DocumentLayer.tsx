import { useEffect, useRef } from 'react';
import type Konva from 'konva';
import { Image as KonvaImage, Layer, Rect } from 'react-konva';
import { useBaseImage, useDocumentHeight, useDocumentWidth } from '../../store/documentHooks';
import { getAsset } from '../assets';
import { viewport } from '../viewport/viewport';
import { checkerboardPattern } from './checkerboard';

/** Bottom layer: the checkerboard (transparent and outpaint area) and the base image, clipped to the document. */
export function DocumentLayer() {
  const width = useDocumentWidth();
  const height = useDocumentHeight();
  const base = useBaseImage();
  const checkerRef = useRef<Konva.Rect>(null);
  const image = base ? getAsset(base.assetId)?.image : undefined;

  // The checkerboard keeps its on-screen size at every zoom, like in image editors.
  useEffect(() => {
    const apply = () => {
      const scale = 1 / viewport.get().zoom;
      checkerRef.current?.fillPatternScale({ x: scale, y: scale });
    };
    apply();
    return viewport.subscribe(apply);
  }, []);

  return (
    <Layer listening={false} clipX={0} clipY={0} clipWidth={width} clipHeight={height}>
      <Rect
        ref={checkerRef}
        x={0}
        y={0}
        width={width}
        height={height}
        fillPatternImage={checkerboardPattern() as unknown as HTMLImageElement}
        fillPatternRepeat="repeat"
      />
      {base && image && !base.hidden ? <KonvaImage image={image} x={base.x} y={base.y} width={base.width} height={base.height} /> : null}
    </Layer>
  );
}
