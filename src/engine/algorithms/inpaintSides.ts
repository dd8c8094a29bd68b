/**
 * Which part of the hole belongs to a uniform area of its ring (sky, a studio backdrop)
 * and which to the textured one beside it (hair). The uniform ring's share of the
 * harmonic measure (a membrane that is 1 on uniform ring pixels and 0 on textured ones)
 * is compared with the textured share of that hole's whole ring: in a round hole the two
 * are equal exactly on the chord between the points where the edge meets the outline
 * (harmonic measure of an arc, seen from its chord), so a head's outline runs on straight
 * across the hole. Nearest-outline labels gave the hair every hole pixel nearer to it than
 * to the sky, half the hole where it borders a third of it; a share of one half, still a
 * bulge past the chord.
 *
 * Uniformity is judged once, at half scale (coarser windows count a backdrop's soft
 * blotches as texture, full scale its grain), and averaged down the pyramid, so every
 * level draws the same line. The membrane is solved coarse to fine (cascadic): many
 * Gauss–Seidel sweeps on the small coarsest hole, a few on each finer one starting from
 * the coarser answer.
 */
import { pushPullFill, relaxMembrane } from './fill';
import { windowStats } from './inpaintContext';
import { halvePlane } from './inpaintLevels';
import type { LevelData } from './inpaintLevels';
import { components } from './regions';

/** Half-scale windows whose known pixels spread less than this (RGB levels) are uniform. */
const UNIFORM_SPREAD = 6;
/** RGB distance from a uniform area's colour of pixels it grows over towards an edge. */
const EDGE_COLOUR = 12;
/** Smooth areas smaller than this many windows are spots in a texture, not a uniform area. */
const MIN_AREA_WINDOWS = 4;
/** Sweeps on the coarsest level, and on each finer one. */
const COARSEST_SWEEPS = 64;
const SWEEPS = 8;

/** Sets `side` (1 = uniform) on every level but the finest (which has no guide), given the window radius r. */
export function addUniformSides(levels: LevelData[], r: number): void {
  if (levels.length < 2) return;
  const shares = [new Float32Array(0), uniformRing(levels[1]!, r)];
  // Known coarse pixels average their (all known) children; hole pixels are solved for below.
  for (let k = 2; k < levels.length; k++) shares.push(halvePlane(shares[k - 1]!, 1, levels[k - 1]!.w, levels[k - 1]!.h));
  const last = levels.length - 1;
  const coarsest = levels[last]!;
  const coarseKnown = coarsest.hole.map((v) => 1 - v);
  pushPullFill(shares[last]!, coarseKnown, coarsest.w, coarsest.h, 1);
  relax(coarsest, shares[last]!, COARSEST_SWEEPS);
  for (let k = last - 1; k >= 1; k--) {
    startFrom(levels[k + 1]!, shares[k + 1]!, levels[k]!, shares[k]!);
    relax(levels[k]!, shares[k]!, SWEEPS);
  }
  for (let k = 1; k <= last; k++) levels[k]!.side = sides(levels[k]!, shares[k]!);
}

/**
 * Half scale: 1 on known pixels of a large uniform area. A uniform area is a large one: hair
 * has smooth dark (or bright) spots too, and a target continuing one of those would accept
 * a smooth dark source, pasting a dark blot into the sky beside it.
 */
function uniformRing(half: LevelData, r: number): Float32Array {
  const known = half.hole.map((v) => 1 - v);
  const stats = windowStats(half.top, known, half.w, half.h, r);
  const smooth = new Uint8Array(known.length);
  for (let p = 0; p < known.length; p++) if (known[p] && stats.spread[p]! < UNIFORM_SPREAD) smooth[p] = 1;
  const { id, sizes } = components(smooth, half.w, half.h);
  const minArea = MIN_AREA_WINDOWS * (2 * r + 1) ** 2;
  const uniform = new Uint8Array(known.length);
  for (let p = 0; p < known.length; p++) if (smooth[p] && sizes[id[p]!]! >= minArea) uniform[p] = 1;
  growToEdges(uniform, known, half.top, stats.mean, half.w, half.h, r + 1);
  return Float32Array.from(largerThanTheirHoles(uniform, half));
}

/**
 * Keeps the uniform areas at least as large as every part of the hole they border. A brick's
 * face is uniform next to a small stain on it, but a hole across several bricks must continue
 * their mortar lines, not fill smoothly from the faces around.
 */
function largerThanTheirHoles(uniform: Uint8Array, d: LevelData): Uint8Array {
  const { w, h, hole } = d;
  const areas = components(uniform, w, h);
  const holes = components(hole, w, h);
  const needed = new Float64Array(areas.sizes.length);
  const nb = new Int32Array(4);
  for (let p = 0; p < w * h; p++) {
    if (!hole[p]) continue;
    for (let k = neighbours(p, w, h, nb) - 1; k >= 0; k--) {
      const a = areas.id[nb[k]!]!;
      if (a >= 0) needed[a] = Math.max(needed[a]!, holes.sizes[holes.id[p]!]!);
    }
  }
  return uniform.map((v, p) => (v && areas.sizes[areas.id[p]!]! >= needed[areas.id[p]!]! ? 1 : 0));
}

/**
 * Known pixels: uniform where most of their children are (coarse levels average them). Hole pixels:
 * uniform where their share is at least the textured share of their part of the hole's ring (the
 * chord, see above).
 */
function sides(d: LevelData, share: Float32Array): Uint8Array {
  const { w, h, hole } = d;
  const side = new Uint8Array(w * h);
  for (let p = 0; p < w * h; p++) if (!hole[p] && share[p]! >= 0.5) side[p] = 1;
  // The ring's textured share per hole part, counted over the outline's pixel edges.
  const { id, sizes } = components(hole, w, h);
  const textured = new Float64Array(sizes.length);
  const edges = new Float64Array(sizes.length);
  const nb = new Int32Array(4);
  for (let p = 0; p < w * h; p++) {
    if (!hole[p]) continue;
    const part = id[p]!;
    for (let k = neighbours(p, w, h, nb) - 1; k >= 0; k--) {
      const q = nb[k]!;
      if (hole[q]) continue;
      textured[part] = textured[part]! + 1 - share[q]!;
      edges[part] = edges[part]! + 1;
    }
  }
  for (let p = 0; p < w * h; p++) {
    if (hole[p] && share[p]! >= textured[id[p]!]! / Math.max(1, edges[id[p]!]!)) side[p] = 1;
  }
  return side;
}

/** The 4-neighbours of p inside the picture, written to `out`; returns how many. */
function neighbours(p: number, w: number, h: number, out: Int32Array): number {
  const x = p % w;
  let n = 0;
  if (x > 0) out[n++] = p - 1;
  if (x < w - 1) out[n++] = p + 1;
  if (p >= w) out[n++] = p - w;
  if (p < w * h - w) out[n++] = p + w;
  return n;
}

/**
 * A window reaching over an edge is not smooth, so the uniform area stops r pixels short of
 * the hair. It grows back, a pixel a step, over known pixels of its own colour, so the ring's
 * textured part (and the hair continued inside the hole) ends where the hair does.
 */
function growToEdges(uniform: Uint8Array, known: Uint8Array, rgb: Float32Array, mean: Float32Array, w: number, h: number, steps: number): void {
  const nb = new Int32Array(4);
  // The front: uniform pixels next to a known pixel that is not (yet).
  let front = new Int32Array(uniform.length);
  let size = 0;
  for (let p = 0; p < uniform.length; p++) {
    if (!uniform[p]) continue;
    for (let k = neighbours(p, w, h, nb) - 1; k >= 0; k--) {
      if (known[nb[k]!] && !uniform[nb[k]!]) {
        front[size++] = p;
        break;
      }
    }
  }
  let next = new Int32Array(uniform.length);
  for (let step = 0; step < steps && size > 0; step++) {
    let grown = 0;
    for (let i = 0; i < size; i++) {
      const q = front[i]!;
      for (let k = neighbours(q, w, h, nb) - 1; k >= 0; k--) {
        const p = nb[k]!;
        if (uniform[p] || !known[p]) continue;
        const dr = rgb[p * 3]! - mean[q * 3]!, dg = rgb[p * 3 + 1]! - mean[q * 3 + 1]!, db = rgb[p * 3 + 2]! - mean[q * 3 + 2]!;
        if (dr * dr + dg * dg + db * db > EDGE_COLOUR ** 2) continue;
        uniform[p] = 1;
        // The grown pixel passes on the colour of the area it joined.
        mean.copyWithin(p * 3, q * 3, q * 3 + 3);
        next[grown++] = p;
      }
    }
    [front, next] = [next, front];
    size = grown;
  }
}

/** Hole pixels of the finer level start from their coarse parent's answer. */
function startFrom(coarse: LevelData, coarseShare: Float32Array, fine: LevelData, fineShare: Float32Array): void {
  for (let y = 0; y < fine.h; y++) {
    for (let x = 0; x < fine.w; x++) {
      const p = y * fine.w + x;
      if (fine.hole[p]) fineShare[p] = coarseShare[(y >> 1) * coarse.w + (x >> 1)]!;
    }
  }
}

/** Gauss–Seidel sweeps over the hole; known pixels stay fixed. */
function relax(d: LevelData, v: Float32Array, sweeps: number): void {
  const { w, h, hole } = d;
  let count = 0;
  for (let p = 0; p < w * h; p++) count += hole[p]!;
  const holes = new Int32Array(count);
  for (let p = 0, k = 0; p < w * h; p++) if (hole[p]) holes[k++] = p;
  relaxMembrane(v, 1, holes, w, h, sweeps);
}

/** The finest level's sides (1 = uniform), from the half-scale ones; null without them. */
export function finestSides(levels: LevelData[]): Uint8Array | null {
  const [fine, half] = [levels[0]!, levels[1]];
  if (!half?.side) return null;
  const side = new Uint8Array(fine.w * fine.h);
  for (let y = 0; y < fine.h; y++) {
    for (let x = 0; x < fine.w; x++) side[y * fine.w + x] = half.side[(y >> 1) * half.w + (x >> 1)]!;
  }
  return side;
}
