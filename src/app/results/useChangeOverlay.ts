import { useEffect, useState } from 'react';
import { changeMap } from './changeMap';

async function pixels(url: string, width: number, height: number): Promise<Uint8ClampedArray> {
  const image = new Image();
  image.crossOrigin = 'anonymous';
  image.src = url;
  await image.decode();
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(image, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height).data;
}

export interface ChangeOverlay {
  url: string;
  changedShare: number;
}

/** The change view's overlay as an object URL, computed off the render path when asked for. */
export function useChangeOverlay(inputUrl: string | undefined, resultUrl: string, enabled: boolean) {
  const [state, setState] = useState<{ key: string; overlay?: ChangeOverlay; error?: string } | null>(null);
  const key = `${inputUrl}|${resultUrl}`;
  useEffect(() => {
    if (!enabled || !inputUrl) return;
    let cancelled = false;
    let objectUrl: string | undefined;
    (async () => {
      const probe = new Image();
      probe.src = resultUrl;
      await probe.decode();
      const { naturalWidth: w, naturalHeight: h } = probe;
      const { overlay, changedShare } = changeMap(await pixels(inputUrl, w, h), await pixels(resultUrl, w, h));
      const canvas = new OffscreenCanvas(w, h);
      canvas.getContext('2d')!.putImageData(new ImageData(overlay as Uint8ClampedArray<ArrayBuffer>, w, h), 0, 0);
      objectUrl = URL.createObjectURL(await canvas.convertToBlob({ type: 'image/png' }));
      if (!cancelled) setState({ key, overlay: { url: objectUrl, changedShare } });
    })().catch((error: Error) => !cancelled && setState({ key, error: `The change view needs both images: ${error.message}` }));
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [enabled, inputUrl, resultUrl, key]);
  return state?.key === key ? state : null;
}
