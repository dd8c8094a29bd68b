/**
 * Guides for the coarse inpainting levels: a source patch should not only
 * match what is already in the target patch but also
 *  - the colour its surroundings predict there: a membrane spanned by the known
 *    pixels around the hole (push-pull), compared with each source patch's mean
 *    colour, so an edge entering the hole continues where the colours agree;
 *  - the context of the outline the target faces (inpaintContext.ts): next to a
 *    uniform part of the ring (sky) only smooth sources of that colour fit, so a
 *    textured neighbour (hair) cannot spread into it.
 */
import { pushPullFill } from './fill';
import { contextCost, uniformContext, windowStats } from './inpaintContext';
import type { UniformContext, WindowStats } from './inpaintContext';
import type { Level } from './inpaintLevels';

export interface Guide {
  want: Float32Array; // w*h*3: colour predicted by the surroundings
  stats: WindowStats; // w*rows: mean colour and spread of the known pixels of the patch centred at each pixel
  context: UniformContext; // which side of the hole each target is on, and what that side accepts
  weight: number; // cost per squared level of mean-colour difference, per patch pixel and channel
  area3: number; // values in a patch
}

/** Undefined when nothing around the hole is known (then there is no prediction to follow). */
export function buildGuide(L: Level, weight: number): Guide | undefined {
  const { w, h, rows, r, img, hole } = L;
  const want = img.slice(0, w * h * 3);
  const known = new Uint8Array(w * h);
  for (let p = 0; p < known.length; p++) known[p] = hole[p] ? 0 : 1;
  if (!pushPullFill(want, known, w, h, 3)) return undefined;
  const stats: WindowStats = { mean: new Float32Array(w * rows * 3), spread: new Float32Array(w * rows) };
  windowStats(img.subarray(0, w * h * 3), known, w, h, r, { mean: stats.mean.subarray(0, w * h * 3), spread: stats.spread.subarray(0, w * h) });
  if (rows > h) {
    // The extra source stacked below: all known, and its windows must not reach into the image.
    windowStats(img.subarray(w * h * 3), known.fill(1), w, rows - h, r, { mean: stats.mean.subarray(w * h * 3), spread: stats.spread.subarray(w * h) });
  }
  const area = (2 * r + 1) ** 2;
  const context = uniformContext(stats, L.side ?? new Uint8Array(w * h), hole, w, h, L.targets);
  return { want, stats, context, weight: weight * area, area3: 3 * area };
}

/** Cost of a source centred at pixel s for the target centred at pixel t: prediction and context. */
export function guideCost(g: Guide, t: number, s: number): number {
  return predictionCost(g, t, s) + contextPenalty(g, t, s);
}

/** How far the source's mean colour is from what the surroundings predict at the target. */
export function predictionCost(g: Guide, t: number, s: number): number {
  const m = g.stats.mean;
  const a = m[s * 3]! - g.want[t * 3]!;
  const b = m[s * 3 + 1]! - g.want[t * 3 + 1]!;
  const c = m[s * 3 + 2]! - g.want[t * 3 + 2]!;
  return g.weight * (a * a + b * b + c * c);
}

/** How badly the source fits the context (uniform or not) of the outline the target faces. */
export function contextPenalty(g: Guide, t: number, s: number): number {
  return g.area3 * contextCost(g.stats, g.context, t, s);
}
