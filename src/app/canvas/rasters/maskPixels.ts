import type { PixelRect } from '../geometry/pixelRect';

/**
 * Mask rasters keep their meaning in alpha only; the RGB is the overlay colour, so the
 * Konva image can show the raster as is. These helpers move alpha in and out.
 */
export function createRasterCanvas(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

export function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas');
  return ctx;
}

let colorProbe: CanvasRenderingContext2D | null = null;

/** Parses any CSS colour into RGB through a 1×1 canvas. */
export function cssColorToRgb(color: string): [number, number, number] {
  colorProbe ??= context2d(createRasterCanvas(1, 1));
  colorProbe.clearRect(0, 0, 1, 1);
  colorProbe.fillStyle = '#000';
  colorProbe.fillStyle = color;
  colorProbe.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = colorProbe.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

export function readAlpha(canvas: HTMLCanvasElement, rect: PixelRect): Uint8Array {
  const rgba = context2d(canvas).getImageData(rect.x, rect.y, rect.width, rect.height).data;
  const alpha = new Uint8Array(rect.width * rect.height);
  for (let i = 0, j = 3; i < alpha.length; i++, j += 4) alpha[i] = rgba[j]!;
  return alpha;
}

/** Replaces the pixels of `rect` with `alpha` in the given colour. */
export function writeAlpha(canvas: HTMLCanvasElement, rect: PixelRect, alpha: Uint8Array, color: string): void {
  const [r, g, b] = cssColorToRgb(color);
  const image = new ImageData(rect.width, rect.height);
  const data = image.data;
  for (let i = 0, j = 0; i < alpha.length; i++, j += 4) {
    data[j] = r;
    data[j + 1] = g;
    data[j + 2] = b;
    data[j + 3] = alpha[i]!;
  }
  context2d(canvas).putImageData(image, rect.x, rect.y);
}

/** Changes the colour of every pixel, keeping alpha: the mask overlay colour changed. */
export function recolor(canvas: HTMLCanvasElement, color: string): void {
  const ctx = context2d(canvas);
  ctx.save();
  ctx.globalCompositeOperation = 'source-in';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.restore();
}

/** Copies a region from one raster to another, replacing what was there. */
export function copyRegion(from: HTMLCanvasElement, to: HTMLCanvasElement, rect: PixelRect): void {
  const ctx = context2d(to);
  ctx.clearRect(rect.x, rect.y, rect.width, rect.height);
  ctx.drawImage(from, rect.x, rect.y, rect.width, rect.height, rect.x, rect.y, rect.width, rect.height);
}
