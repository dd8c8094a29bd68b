/**
 * Context of each part of the hole, read from the known ring around it: where the
 * outline a target faces is uniform (sky, a wall, a studio backdrop), only sources
 * about as smooth as that ring and of a similar colour are acceptable there, so
 * texture from a neighbouring object (hair next to the sky) cannot be pasted into it.
 * The label travels into the hole with the target's anchor (its nearest known pixel),
 * so it is general: any uniform area next to any textured one, at every coarse level.
 */

/** Window statistics of a level: mean colour and RGB spread over the known pixels of each (2r+1)² window. */
export interface WindowStats {
  mean: Float32Array; // w*rows*3
  spread: Float32Array; // w*rows: sqrt of the summed per-channel variance
}

/** Anchors whose known surroundings spread less than this (RGB levels) count as uniform. */
const UNIFORM_SPREAD = 6;
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

/**
 * Per target pixel: the largest source spread its context accepts (Infinity where the
 * outline it faces is textured: constraining texture by its colour or roughness pulled
 * the textured side across the hole in trials, so only the uniform side is guarded).
 */
export function uniformLimits(stats: WindowStats, anchor: Int32Array, targets: Int32Array, n: number): Float32Array {
  const limit = new Float32Array(n).fill(Infinity);
  for (const t of targets) {
    const s = stats.spread[anchor[t]!]!;
    if (s < UNIFORM_SPREAD) limit[t] = SPREAD_RATIO * s + SPREAD_SLACK;
  }
  return limit;
}

/**
 * Cost per patch value of copying source s into target t: zero where t faces texture,
 * else grows with how much rougher than the uniform ring at t's anchor s is, and how far
 * its colour is from that ring's.
 */
export function contextCost(stats: WindowStats, limit: Float32Array, anchor: Int32Array, t: number, s: number): number {
  const lim = limit[t]!;
  if (lim === Infinity) return 0;
  const e = stats.spread[s]! - lim;
  let cost = e > 0 ? SPREAD_WEIGHT * e * e : 0;
  const a = anchor[t]! * 3;
  const m = stats.mean;
  const dr = m[s * 3]! - m[a]!, dg = m[s * 3 + 1]! - m[a + 1]!, db = m[s * 3 + 2]! - m[a + 2]!;
  const d = Math.sqrt(dr * dr + dg * dg + db * db) - COLOUR_SLACK;
  if (d > 0) cost += COLOUR_WEIGHT * d * d;
  return cost;
}
