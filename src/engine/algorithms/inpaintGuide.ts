/**
 * Context guide for the coarse inpainting levels: a source patch should not only
 * match what is already in the target patch but also the colour its
 * surroundings predict there. The prediction is a membrane spanned by the known
 * pixels around the hole (push-pull); comparing it with each source patch's
 * mean colour keeps a textured neighbour (hair) from spreading into the part of
 * the hole that the surroundings say is flat and bright (sky), while an edge
 * entering the hole can still continue where the colours agree.
 */
import { boxBlur } from './filters';
import { pushPullFill } from './fill';
import type { Level } from './inpaintLevels';

export interface Guide {
  want: Float32Array; // w*h*3: colour predicted by the surroundings
  means: Float32Array; // w*rows*3: mean colour of the patch centred at each pixel
  weight: number; // cost per squared level of mean-colour difference, per patch pixel and channel
}

/** Undefined when nothing around the hole is known (then there is no prediction to follow). */
export function buildGuide(L: Level, weight: number): Guide | undefined {
  const { w, h, rows, r, img, hole } = L;
  const want = img.slice(0, w * h * 3);
  const known = new Uint8Array(w * h);
  for (let p = 0; p < known.length; p++) known[p] = hole[p] ? 0 : 1;
  if (!pushPullFill(want, known, w, h, 3)) return undefined;
  const means = new Float32Array(w * rows * 3);
  const plane = new Float32Array(w * rows);
  for (let c = 0; c < 3; c++) {
    for (let p = 0; p < plane.length; p++) plane[p] = img[p * 3 + c]!;
    const blurred = boxBlur(plane, w, rows, r);
    for (let p = 0; p < plane.length; p++) means[p * 3 + c] = blurred[p]!;
  }
  return { want, means, weight: weight * (2 * r + 1) ** 2 };
}

/** Cost of a source centred at pixel s for the target centred at pixel t. */
export function guideCost(g: Guide, t: number, s: number): number {
  const a = g.means[s * 3]! - g.want[t * 3]!;
  const b = g.means[s * 3 + 1]! - g.want[t * 3 + 1]!;
  const c = g.means[s * 3 + 2]! - g.want[t * 3 + 2]!;
  return g.weight * (a * a + b * b + c * c);
}
