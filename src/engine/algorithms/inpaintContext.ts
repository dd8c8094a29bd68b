/**
 * Context of each part of the hole, read from the known ring around it: where the
 * outline a target faces is uniform (sky, a wall, a studio backdrop), only sources
 * about as smooth as that ring and of a similar colour are acceptable there, so
 * texture from a neighbouring object (hair next to the sky) cannot be pasted into it.
 * Which side of the hole a target is on comes from inpaintSides.ts, so it is general:
 * any uniform area next to any textured one, at every coarse level.
 */
import { nearestKnown } from './inpaintLevels';

/** Window statistics of a level: mean colour and RGB spread over the known pixels of each (2r+1)² window. */
export interface WindowStats {
  mean: Float32Array; // w*rows*3
  spread: Float32Array; // w*rows: sqrt of the summed per-channel variance
}

/** Ring pixels of the uniform area whose windows spread less than this (RGB levels) anchor the targets continuing it. */
const ANCHOR_SPREAD = 8;
/** A source may spread this much more than the uniform ring it continues (×, +levels). */
const SPREAD_RATIO = 1.5;
const SPREAD_SLACK = 3;
/** RGB distance of a source's mean from the ring's local mean that is still the same area (a sky's gradient). */
const COLOUR_SLACK = 12;
/** Cost per patch value of each squared level of excess spread / colour distance. */
const SPREAD_WEIGHT = 2;
const COLOUR_WEIGHT = 1;

/**
 * Mean and spread over the known pixels (known[p] = 1) of every window of radius r
 * (windows are clipped at the picture's edges). Column sums slide down, row sums across.
 */
export function windowStats(img: Float32Array, known: Uint8Array, w: number, rows: number, r: number, out?: WindowStats): WindowStats {
  const stats = out ?? { mean: new Float32Array(w * rows * 3), spread: new Float32Array(w * rows) };
  const col = new Float64Array(w * 5); // per column: count, sum r, g, b, sum of squares
  const addRow = (y: number, sign: number): void => {
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      if (!known[p]) continue;
      const a = img[p * 3]!, b = img[p * 3 + 1]!, c = img[p * 3 + 2]!;
      const o = x * 5;
      col[o] = col[o]! + sign;
      col[o + 1] = col[o + 1]! + sign * a;
      col[o + 2] = col[o + 2]! + sign * b;
      col[o + 3] = col[o + 3]! + sign * c;
      col[o + 4] = col[o + 4]! + sign * (a * a + b * b + c * c);
    }
  };
  for (let y = 0; y < Math.min(r, rows); y++) addRow(y, 1);
  for (let y = 0; y < rows; y++) {
    if (y + r < rows) addRow(y + r, 1);
    if (y - r - 1 >= 0) addRow(y - r - 1, -1);
    let n = 0, sr = 0, sg = 0, sb = 0, sq = 0;
    for (let x = 0; x < Math.min(r, w); x++) {
      n += col[x * 5]!; sr += col[x * 5 + 1]!; sg += col[x * 5 + 2]!; sb += col[x * 5 + 3]!; sq += col[x * 5 + 4]!;
    }
    for (let x = 0; x < w; x++) {
      if (x + r < w) {
        const o = (x + r) * 5;
        n += col[o]!; sr += col[o + 1]!; sg += col[o + 2]!; sb += col[o + 3]!; sq += col[o + 4]!;
      }
      if (x - r - 1 >= 0) {
        const o = (x - r - 1) * 5;
        n -= col[o]!; sr -= col[o + 1]!; sg -= col[o + 2]!; sb -= col[o + 3]!; sq -= col[o + 4]!;
      }
      const p = y * w + x;
      if (n < 0.5) continue;
      const mr = sr / n, mg = sg / n, mb = sb / n;
      stats.mean[p * 3] = mr;
      stats.mean[p * 3 + 1] = mg;
      stats.mean[p * 3 + 2] = mb;
      stats.spread[p] = Math.sqrt(Math.max(0, sq / n - mr * mr - mg * mg - mb * mb));
    }
  }
  return stats;
}

/** Per target pixel: the largest source spread its context accepts, and the ring pixel whose colour it continues. */
export interface UniformContext {
  limit: Float32Array; // Infinity where the target lies on the textured side
  anchor: Int32Array; // for targets on the uniform side, their nearest uniform ring pixel
}

/**
 * Targets on the uniform side of the hole (see inpaintSides.ts) accept sources about as
 * smooth as the nearest smooth pixel of the uniform ring, and of its colour. (The uniform
 * area reaches the hair's edge, but at a coarse level a window there takes in the hair:
 * its spread and mean would let hair through.) Targets on the textured side stay
 * unconstrained: in trials, constraining them by the roughness of the texture they face
 * made texture worse, and keeping them off the uniform area's pixels pasted a launch
 * tower's lattice into the sky seen through it.
 */
export function uniformContext(stats: WindowStats, side: Uint8Array, hole: Uint8Array, w: number, h: number, targets: Int32Array): UniformContext {
  const smooth = side.map((v, p) => (v && stats.spread[p]! < ANCHOR_SPREAD ? 1 : 0));
  // A level too coarse for any smooth window still continues the uniform area from its edge.
  const anchor = nearestKnown(hole, w, h, smooth.includes(1) ? smooth : side);
  const limit = new Float32Array(w * h).fill(Infinity);
  for (const t of targets) {
    const a = anchor[t]!;
    if (side[t] && !hole[a]) limit[t] = SPREAD_RATIO * Math.min(ANCHOR_SPREAD, stats.spread[a]!) + SPREAD_SLACK;
  }
  return { limit, anchor };
}

/**
 * Cost per patch value of copying source s into target t: zero on the textured side, else
 * grows with how much rougher than the uniform ring at t's anchor s is, and how far its
 * colour is from that ring's.
 */
export function contextCost(stats: WindowStats, ctx: UniformContext, t: number, s: number): number {
  const lim = ctx.limit[t]!;
  if (lim === Infinity) return 0;
  const e = stats.spread[s]! - lim;
  let cost = e > 0 ? SPREAD_WEIGHT * e * e : 0;
  const a = ctx.anchor[t]! * 3;
  const m = stats.mean;
  const dr = m[s * 3]! - m[a]!, dg = m[s * 3 + 1]! - m[a + 1]!, db = m[s * 3 + 2]! - m[a + 2]!;
  const d = Math.sqrt(dr * dr + dg * dg + db * db) - COLOUR_SLACK;
  if (d > 0) cost += COLOUR_WEIGHT * d * d;
  return cost;
}
