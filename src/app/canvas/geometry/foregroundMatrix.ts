import type { ForegroundTransform } from '../../store/documentTypes';

/** 2D affine matrix [a, b, c, d, e, f] as used by CanvasRenderingContext2D.setTransform. */
export type Affine = [number, number, number, number, number, number];

/**
 * Konva's node transform for a top-left-origin image: translate, rotate (degrees), scale.
 * Exports draw with this so the PNG matches what the stage shows.
 */
export function foregroundMatrix(t: ForegroundTransform): Affine {
  const radians = (t.rotation * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  return [cos * t.scaleX, sin * t.scaleX, -sin * t.scaleY, cos * t.scaleY, t.x, t.y];
}

export function applyAffine(m: Affine, x: number, y: number): { x: number; y: number } {
  return { x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] };
}
