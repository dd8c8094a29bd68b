/** Canvas helpers shared by the rasters, the brush and the exports. */
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
