/**
 * PatchMatch (Barnes et al. 2009) nearest-neighbour field for hole completion:
 * for every target patch (one overlapping the hole) find a similar, fully known
 * source patch by random init, propagation from scan neighbours and random
 * search at shrinking radii. Then vote (Wexler et al. 2007) to rebuild holes.
 * A source's cost is its SSD plus a distance penalty (`Level.locality`), so of
 * two lookalikes the one near the target wins and distant textures stay put.
 */
import { guideCost } from './inpaintGuide';
import { planeDistance } from './inpaintLevels';
import type { Level } from './inpaintLevels';
import { textureDistance } from './inpaintTexture';

/**
 * Weight of a vote from a target patch on the other side of the hole (uniform or textured,
 * see inpaintSides.ts) than the pixel: low, so the two sides meet in an edge instead of a
 * blurred in-between band that the next level matches with smooth grey sources (skin for hair).
 */
const CROSS_SIDE = 0.01;

/** Nearest-neighbour field indexed by image pixel (w*h); sx = -1 where unset. */
export interface Nnf {
  sx: Int32Array;
  sy: Int32Array;
  dist: Float32Array; // cost: sum of squared RGB differences over the patch + distance penalty
}

export function createNnf(n: number): Nnf {
  return { sx: new Int32Array(n).fill(-1), sy: new Int32Array(n).fill(-1), dist: new Float32Array(n) };
}

/** SSD between patches centred at (tx,ty) and (sx,sy); stops once it reaches `cutoff`. */
export function patchDistance(L: Level, tx: number, ty: number, sx: number, sy: number, cutoff: number): number {
  return planeDistance(L.img, 3, L.w, L.r, tx, ty, sx, sy, cutoff);
}

/**
 * Penalty for copying from (sx, sy) into the target at (tx, ty), by the distance from the
 * target's anchor (its nearest known pixel); the extra source counts as lying under the image.
 */
export function distancePenalty(L: Level, tx: number, ty: number, sx: number, sy: number): number {
  const a = L.anchor[ty * L.w + tx]!;
  const ax = a % L.w;
  const dx = sx - ax;
  const dy = (sy >= L.h ? sy - L.h : sy) - (a - ax) / L.w;
  return L.locality * (dx * dx + dy * dy);
}

/** SSD plus distance penalty, and on coarse levels the guide and the texture features; stops early at `cutoff`. */
export function patchCost(L: Level, tx: number, ty: number, sx: number, sy: number, cutoff: number): number {
  let pen = distancePenalty(L, tx, ty, sx, sy);
  if (L.guide) pen += guideCost(L.guide, ty * L.w + tx, sy * L.w + sx);
  if (pen >= cutoff) return cutoff;
  if (L.tex) pen += textureDistance(L, L.tex, tx, ty, sx, sy, cutoff - pen);
  return pen >= cutoff ? cutoff : pen + patchDistance(L, tx, ty, sx, sy, cutoff - pen);
}

function assignRandom(L: Level, nnf: Nnf, t: number, rng: () => number): void {
  const s = L.validList[Math.floor(rng() * L.validList.length)]!;
  nnf.sx[t] = s % L.w;
  nnf.sy[t] = Math.floor(s / L.w);
}

/**
 * Map a coarse field onto the finer level (coordinates ×2), re-rolling sources
 * that became invalid. The coarse parent is clamped to where coarse patches
 * exist, keeping the offset, so border targets inherit a match instead of noise.
 */
export function upsampleNnf(coarse: Level, cn: Nnf, fine: Level, rng: () => number): Nnf {
  const nnf = createNnf(fine.w * fine.h);
  const { w, h, r } = fine;
  const cr = coarse.r;
  for (const t of fine.targets) {
    const x = t % w;
    const y = Math.floor(t / w);
    const px = clamp(x >> 1, cr, coarse.w - 1 - cr);
    const py = clamp(y >> 1, cr, coarse.h - 1 - cr);
    const p = py * coarse.w + px;
    const csx = cn.sx[p]!;
    if (csx >= 0) {
      const csy = cn.sy[p]!;
      const part = csy >= coarse.h ? 1 : 0; // 1 = extra source stacked below the image
      const sx = clamp(2 * csx + (x - 2 * px), r, w - 1 - r);
      const sy = clamp(2 * (csy - part * coarse.h) + (y - 2 * py), r, h - 1 - r) + part * h;
      if (fine.valid[sy * w + sx]) {
        nnf.sx[t] = sx;
        nnf.sy[t] = sy;
        continue;
      }
    }
    assignRandom(fine, nnf, t, rng);
  }
  return nnf;
}

export function computeDistances(L: Level, nnf: Nnf): void {
  for (const t of L.targets) {
    nnf.dist[t] = patchCost(L, t % L.w, Math.floor(t / L.w), nnf.sx[t]!, nnf.sy[t]!, Infinity);
  }
}

/**
 * One PatchMatch sweep; even passes scan forward, odd passes backward. Random
 * search starts at `searchRadius` (whole picture by default) and halves.
 */
export function improveNnf(L: Level, nnf: Nnf, rng: () => number, pass: number, searchRadius = Infinity): void {
  const { w, targets } = L;
  const forward = pass % 2 === 0;
  const step = forward ? -1 : 1; // neighbour already visited in this scan direction
  const maxR = Math.min(searchRadius, Math.max(w, L.rows));
  const { sx, sy, dist } = nnf;
  for (let k = 0; k < targets.length; k++) {
    const t = targets[forward ? k : targets.length - 1 - k]!;
    const x = t % w;
    const y = (t - x) / w;
    let bx = sx[t]!;
    let by = sy[t]!;
    let best = dist[t]!;
    // Propagation: a neighbour's good match shifted by one is likely good here.
    const nx = x + step;
    const ny = y + step;
    if (nx >= 0 && nx < w && sx[y * w + nx]! >= 0) {
      const cx = sx[y * w + nx]! - step;
      const cy = sy[y * w + nx]!;
      // In a coherent field the shifted neighbour is usually the current source: its cost is known.
      const d = cx === bx && cy === by ? best : candidateDistance(L, x, y, cx, cy, best);
      if (d < best) {
        best = d;
        bx = cx;
        by = cy;
      }
    }
    if (ny >= 0 && ny < L.h && sx[ny * w + x]! >= 0) {
      const cx = sx[ny * w + x]!;
      const cy = sy[ny * w + x]! - step;
      const d = cx === bx && cy === by ? best : candidateDistance(L, x, y, cx, cy, best);
      if (d < best) {
        best = d;
        bx = cx;
        by = cy;
      }
    }
    // Random search around the current best at exponentially shrinking radii.
    for (let rad = maxR; rad >= 1; rad >>= 1) {
      const cx = bx + Math.round((2 * rng() - 1) * rad);
      const cy = by + Math.round((2 * rng() - 1) * rad);
      const d = cx === bx && cy === by ? best : candidateDistance(L, x, y, cx, cy, best);
      if (d < best) {
        best = d;
        bx = cx;
        by = cy;
      }
    }
    sx[t] = bx;
    sy[t] = by;
    dist[t] = best;
  }
}

/** Cost of a candidate source, or Infinity when that source is not a legal patch. */
function candidateDistance(L: Level, x: number, y: number, cx: number, cy: number, best: number): number {
  if (cx < 0 || cx >= L.w || cy < 0 || cy >= L.rows || !L.valid[cy * L.w + cx]) return Infinity;
  return patchCost(L, x, y, cx, cy, best);
}

/**
 * Rebuild hole pixels as the weighted mean of every source pixel that an
 * overlapping target patch maps onto them. Weight = border confidence ×
 * similarity (exp(-d/2σ²), σ² = mean patch distance), so well-matched, anchored
 * patches dominate and the result stays sharp where matches are coherent. `sparse`
 * votes with every other patch in each direction (each pixel still gets 9+ votes
 * with 7 × 7 patches): the finest level's field is upsampled, so neighbours mostly agree.
 */
export function vote(L: Level, nnf: Nnf, useSimilarity: boolean, sparse = false): void {
  const { w, h, r, img, hole, targets, conf } = L;
  // Accumulators are reused across the EM iterations of a level (they are large at 2560²).
  L.scratch ??= { acc: new Float32Array(w * h * 3), wsum: new Float32Array(w * h) };
  const { acc, wsum } = L.scratch;
  acc.fill(0);
  wsum.fill(0);
  const area3 = (2 * r + 1) * (2 * r + 1) * 3;
  let mean = 0;
  if (useSimilarity) {
    for (const t of targets) mean += nnf.dist[t]! / area3;
    mean = Math.max(1, mean / Math.max(1, targets.length));
  }
  const lastX = w - 1 - r;
  const lastY = h - 1 - r;
  const side = L.side;
  // Coarse levels rebuild the hole's texture features from the same sources, unweighted (see inpaintTexture.ts).
  const tex = L.tex;
  if (tex) L.scratch.tex ??= { acc: new Float32Array(w * h * 2), count: new Float32Array(w * h) };
  const texAcc = tex ? L.scratch.tex!.acc.fill(0) : null;
  const texCount = tex ? L.scratch.tex!.count.fill(0) : null;
  for (const t of targets) {
    const x = t % w;
    const y = (t - x) / w;
    // Sparse: patches centred every other row and column (and on the last ones, so borders stay covered).
    if (sparse && (((x - r) & 1 && x !== lastX) || ((y - r) & 1 && y !== lastY))) continue;
    const sx = nnf.sx[t]!;
    const sy = nnf.sy[t]!;
    let patchWt = conf[t]!;
    if (useSimilarity) patchWt *= Math.exp(-Math.min(30, nnf.dist[t]! / area3 / (2 * mean)));
    const targetSide = side?.[t];
    for (let dy = -r; dy <= r; dy++) {
      const rowStart = (y + dy) * w + x - r;
      const rowEnd = rowStart + 2 * r;
      let s = (sy + dy) * w + sx - r;
      for (let p = rowStart; p <= rowEnd; p++, s++) {
        if (!hole[p]) continue;
        const a = p * 3;
        const q = s * 3;
        const wt = side && side[p] !== targetSide ? patchWt * CROSS_SIDE : patchWt;
        acc[a] = acc[a]! + wt * img[q]!;
        acc[a + 1] = acc[a + 1]! + wt * img[q + 1]!;
        acc[a + 2] = acc[a + 2]! + wt * img[q + 2]!;
        wsum[p] = wsum[p]! + wt;
        if (texAcc) {
          texAcc[p * 2] = texAcc[p * 2]! + tex![s * 2]!;
          texAcc[p * 2 + 1] = texAcc[p * 2 + 1]! + tex![s * 2 + 1]!;
          texCount![p] = texCount![p]! + 1;
        }
      }
    }
  }
  for (let p = 0; p < w * h; p++) {
    const s = wsum[p]!;
    if (!hole[p] || s <= 0) continue;
    img[p * 3] = acc[p * 3]! / s;
    img[p * 3 + 1] = acc[p * 3 + 1]! / s;
    img[p * 3 + 2] = acc[p * 3 + 2]! / s;
    if (texCount && texCount[p]! > 0) {
      tex![p * 2] = texAcc![p * 2]! / texCount[p]!;
      tex![p * 2 + 1] = texAcc![p * 2 + 1]! / texCount[p]!;
    }
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
