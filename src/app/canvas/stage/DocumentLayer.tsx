import { useEffect, useRef, useState } from 'react';
import type Konva from 'konva';
import { Image as KonvaImage, Layer, Rect } from 'react-konva';
import { useBaseImage, useDocumentHeight, useDocumentWidth, usePictureEdits } from '../../store/documentHooks';
import { getAsset, type StudioAsset } from '../assets';
import { viewport } from '../viewport/viewport';
import { checkerboardPattern } from './checkerboard';

/**
 * The full image when zoomed in, its small preview when zoomed out far enough that the
 * preview has every pixel the screen shows: drawing 100 MP per frame would stall panning.
 */
function useImageForZoom(asset: StudioAsset | undefined): ImageBitmap | undefined {
  const pick = () => {
    if (!asset?.preview) return asset?.image;
    const screenScale = viewport.get().zoom * (window.devicePixelRatio || 1);
    return screenScale <= asset.preview.width / asset.width ? asset.preview : asset.image;
  };
  const [image, setImage] = useState(pick);
  useEffect(() => {
    const apply = () => setImage(pick);
    apply();
    return viewport.subscribe(apply);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asset]);
  return image;
}

/**
 * Bottom layer: the checkerboard (transparent and outpaint area), the base image and the
 * results accepted into it, clipped to the document.
 */
export function DocumentLayer() {
  const width = useDocumentWidth();
  const height = useDocumentHeight();
  const base = useBaseImage();
  const edits = usePictureEdits();
  const checkerRef = useRef<Konva.Rect>(null);
  const image = useImageForZoom(base ? getAsset(base.assetId) : undefined);

  // The checkerboard keeps its on-screen size at every zoom, like in image editors.
  useEffect(() => {
    const apply = () => {
      const scale = 1 / viewport.get().zoom;
      checkerRef.current?.fillPatternScale({ x: scale, y: scale });
    };
    apply();
    return viewport.subscribe(apply);
  }, []);

  const pictureShown = base === null || !base.hidden;
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
      {base && image && pictureShown ? <KonvaImage image={image} x={base.x} y={base.y} width={base.width} height={base.height} /> : null}
      {pictureShown
        ? edits.map((edit) => {
            const patch = getAsset(edit.assetId)?.image;
            return patch ? <KonvaImage key={edit.id} image={patch} x={edit.x} y={edit.y} width={edit.width} height={edit.height} /> : null;
          })
        : null}
    </Layer>
  );
}
