// Head against sky, judged from what the fill shows next to what surrounds it (not from the hidden original): where
// a hole borders both a uniform area (sky) and a textured one (hair), the part of the hole nearer the uniform part
// of its ring should be as uniform as that ring. Pasted strands or blocks of another colour show as pixels whose
// local variation is far above anything in the uniform ring; the figure is their share of that part of the hole.
import { distanceTransform } from '../../src/picpik/distanceTransform';
import { boxBlur } from '../../src/engine/algorithms/filters';
import type { Mask, Raster } from '../../src/engine/algorithms/raster';

/** Window radius of the local variation (RGB standard deviation over 7 × 7). */
const WINDOW = 3;
/** Ring pixels whose mean local variation (over 15 × 15 ring pixels) is below this many levels count as uniform. */
const UNIFORM = 4;
/** The ring: known pixels beyond the blend (MaskBlur) up to this much farther from the hole. */
const RING = 16;
/** Variation above this multiple of the uniform ring's 95th percentile is foreign to it. */
const FOREIGN = 2;
/** Fewer flat-side pixels than this and the case has no flat side to judge. */
const MIN_PIXELS = 500;

/** RGB standard deviation over a (2·WINDOW+1)² window, per pixel. */
function localVariation(r: Raster): Float32Array {
  const n = r.width * r.height;
  const variance = new Float32Array(n);
  const plane = new Float32Array(n);
  for (let c = 0; c < 3; c++) {
    for (let p = 0; p < n; p++) plane[p] = r.data[p * 4 + c]!;
    const mean = boxBlur(plane, r.width, r.height, WINDOW);
    for (let p = 0; p < n; p++) plane[p] = r.data[p * 4 + c]! ** 2;
    const meanSq = boxBlur(plane, r.width, r.height, WINDOW);
    for (let p = 0; p < n; p++) variance[p] = variance[p]! + Math.max(0, meanSq[p]! - mean[p]! ** 2);
  }
  return variance.map(Math.sqrt);
}

export interface FlatSide {
  /** Share of the hole's flat side whose local variation is foreign to the uniform ring (0 = as smooth as the sky beside it); NaN when the hole has no flat side. */
  fill: number;
  /** The same for the original picture (what really was there). */
  original: number;
  /** Hole pixels on the flat side. */
  pixels: number;
}

export function foreignOnFlatSide(original: Raster, result: Raster, mask: Mask, maskBlur: number): FlatSide {
  const { width: w, height: h } = mask;
  const hole = Uint8Array.from(mask.data, (v) => (v >= 128 ? 1 : 0));
  const fromHole = distanceTransform(hole, w, h);
  const ring = Uint8Array.from(fromHole, (d) => (d > maskBlur + 1 && d <= maskBlur + RING ? 1 : 0));
  // Uniformity of the ring judged from ring pixels only, so nothing hidden by the hole leaks in.
  const variationO = localVariation(original);
  const inRing = Float32Array.from(ring);
  const ringSum = boxBlur(Float32Array.from(variationO, (v, p) => v * ring[p]!), w, h, 7);
  const ringCount = boxBlur(inRing, w, h, 7);
  const uniform = new Uint8Array(w * h);
  const textured = new Uint8Array(w * h);
  for (let p = 0; p < w * h; p++) {
    if (!ring[p]) continue;
    if (ringSum[p]! / ringCount[p]! < UNIFORM) uniform[p] = 1;
    else textured[p] = 1;
  }
  const toUniform = distanceTransform(uniform, w, h);
  const toTextured = distanceTransform(textured, w, h);
  const variationR = localVariation(result);
  const ringValues: number[] = [];
  for (let p = 0; p < w * h; p++) if (uniform[p]) ringValues.push(variationO[p]!);
  const flatSide: number[] = [];
  for (let p = 0; p < w * h; p++) if (hole[p] && toUniform[p]! < toTextured[p]!) flatSide.push(p);
  if (flatSide.length < MIN_PIXELS || ringValues.length === 0) return { fill: Number.NaN, original: Number.NaN, pixels: flatSide.length };
  ringValues.sort((a, b) => a - b);
  const limit = FOREIGN * Math.max(1, ringValues[Math.floor(0.95 * (ringValues.length - 1))]!);
  const share = (v: Float32Array): number => flatSide.filter((p) => v[p]! > limit).length / flatSide.length;
  return { fill: share(variationR), original: share(variationO), pixels: flatSide.length };
}
