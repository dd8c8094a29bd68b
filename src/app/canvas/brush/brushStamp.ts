import { createRasterCanvas, context2d, cssColorToRgb } from '../rasters/maskPixels';

/**
 * A pre-rendered round dab for a brush size, hardness and colour. Drawing a cached canvas
 * per dab is far cheaper than building a radial gradient for every dab.
 */
let cached: { key: string; canvas: HTMLCanvasElement } | null = null;

/** Soft part of the brush: alpha falls from 1 at `hardness` to 0 at the rim, smoothstep-shaped. */
function paintDab(ctx: CanvasRenderingContext2D, diameter: number, hardness: number, color: string): void {
  const radius = diameter / 2;
  ctx.fillStyle = color;
  if (hardness >= 0.99 || radius < 2) {
    ctx.beginPath();
    ctx.arc(radius, radius, radius, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  const gradient = ctx.createRadialGradient(radius, radius, 0, radius, radius, radius);
  const steps = 8;
  gradient.addColorStop(0, color);
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const smooth = t * t * (3 - 2 * t);
    gradient.addColorStop(hardness + (1 - hardness) * t, withAlpha(color, 1 - smooth));
  }
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, diameter, diameter);
}

function withAlpha(color: string, alpha: number): string {
  const [r, g, b] = cssColorToRgb(color);
  return `rgba(${r}, ${g}, ${b}, ${alpha.toFixed(3)})`;
}

export function brushStamp(size: number, hardness: number, color: string): HTMLCanvasElement {
  const diameter = Math.max(1, Math.ceil(size));
  const key = `${diameter}|${hardness.toFixed(3)}|${color}`;
  if (cached?.key === key) return cached.canvas;
  const canvas = createRasterCanvas(diameter, diameter);
  paintDab(context2d(canvas), diameter, hardness, color);
  cached = { key, canvas };
  return canvas;
}
