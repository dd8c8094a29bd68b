/**
 * Colour grades standing in for LoRA-like sub-models. Each grade is a full-
 * strength transform G; a weight w (LoraWeight, -1..2) applies
 * in + w·(G(in) − in): 0 = identity, 1 = the grade, 2 = twice as strong, and
 * negative weights push the opposite way (warm → cool, mono → more saturated…).
 */
import { cloneRaster } from './raster';
import type { Raster } from './raster';

export type GradeKind = 'warm' | 'cool' | 'vintage' | 'mono' | 'vivid' | 'film';

export interface Grade {
  kind: GradeKind;
}

type Transform = (r: number, g: number, b: number, out: Float32Array) => void;

const luma = (r: number, g: number, b: number): number => 0.299 * r + 0.587 * g + 0.114 * b;

const TRANSFORMS: Record<GradeKind, Transform> = {
  // White-balance shifts: multiply channels like a camera's colour temperature.
  warm: (r, g, b, o) => {
    o[0] = r * 1.12;
    o[1] = g * 1.03;
    o[2] = b * 0.85;
  },
  cool: (r, g, b, o) => {
    o[0] = r * 0.87;
    o[1] = g * 0.99;
    o[2] = b * 1.12;
  },
  // Half sepia, then faded blacks and dulled whites, like aged print.
  vintage: (r, g, b, o) => {
    const sr = 0.393 * r + 0.769 * g + 0.189 * b;
    const sg = 0.349 * r + 0.686 * g + 0.168 * b;
    const sb = 0.272 * r + 0.534 * g + 0.131 * b;
    o[0] = 24 + 0.85 * (r + (sr - r) * 0.55);
    o[1] = 20 + 0.85 * (g + (sg - g) * 0.55);
    o[2] = 14 + 0.85 * (b + (sb - b) * 0.55);
  },
  mono: (r, g, b, o) => {
    const l = luma(r, g, b);
    o[0] = l;
    o[1] = l;
    o[2] = l;
  },
  // Saturation ×1.4 around luma plus a gentle linear contrast boost.
  vivid: (r, g, b, o) => {
    const l = luma(r, g, b);
    o[0] = 128 + (l + (r - l) * 1.4 - 128) * 1.1;
    o[1] = 128 + (l + (g - l) * 1.4 - 128) * 1.1;
    o[2] = 128 + (l + (b - l) * 1.4 - 128) * 1.1;
  },
  // S-curve contrast, lifted blacks, teal shadows / orange highlights split toning.
  film: (r, g, b, o) => {
    const l = luma(r, g, b) / 255;
    const warmth = (l - 0.5) * 24; // >0 in highlights, <0 in shadows
    o[0] = 12 + 0.93 * sCurve(r) + warmth;
    o[1] = 12 + 0.93 * sCurve(g) + warmth * 0.2;
    o[2] = 12 + 0.93 * sCurve(b) - warmth;
  },
};

function sCurve(v: number): number {
  const t = v / 255;
  const s = t * t * (3 - 2 * t);
  return 255 * (t + (s - t) * 0.6);
}

export function applyGrade(image: Raster, grade: Grade, weight: number): Raster {
  const out = cloneRaster(image);
  const w = Math.min(2, Math.max(-1, weight));
  if (w === 0) return out;
  const transform = TRANSFORMS[grade.kind];
  const g = new Float32Array(3);
  const d = image.data;
  for (let i = 0; i < d.length; i += 4) {
    const r = d[i]!, gg = d[i + 1]!, b = d[i + 2]!;
    transform(r, gg, b, g);
    out.data[i] = Math.round(r + w * (g[0]! - r));
    out.data[i + 1] = Math.round(gg + w * (g[1]! - gg));
    out.data[i + 2] = Math.round(b + w * (g[2]! - b));
  }
  return out;
}
