/**
 * Onion-peel initialisation of the coarsest inpainting level: fill the hole one
 * ring at a time from its border inwards, each pixel copied from the source
 * patch that best matches its already-known/filled neighbourhood. This gives
 * the EM iterations a structurally plausible start instead of a blurry membrane,
 * which otherwise lets one distinctive texture flood the whole hole.
 */
import { distanceTransform } from './filters';
import type { Level } from './inpaintLevels';
import type { Nnf } from './patchmatch';

/**
 * Random sources tried per pixel (plus those proposed by already-filled neighbours):
 * up to 300, fewer when the hole is large so the total stays near 2M comparisons.
 */
const MAX_SAMPLES = 300;
const MIN_SAMPLES = 16;
const BUDGET = 2_000_000;

export function onionPeel(L: Level, nnf: Nnf, rng: () => number): void {
  const { w, h, r, img, hole, valid, validList } = L;
  const filled = new Uint8Array(w * h);
  for (let i = 0; i < filled.length; i++) filled[i] = hole[i] ? 0 : 1;
  const srcPix = new Int32Array(w * h).fill(-1); // pixel each filled hole pixel was copied from
  const order = ringOrder(hole, filled, w, h);
  const samples = Math.min(validList.length, Math.max(MIN_SAMPLES, Math.min(MAX_SAMPLES, Math.floor(BUDGET / Math.max(1, order.length)))));
  for (const p of order) {
    const x = p % w;
    const y = (p - x) / w;
    const tx = clamp(x, r, w - 1 - r);
    const ty = clamp(y, r, h - 1 - r);
    let best = Infinity;
    let bs = -1;
    // Neighbours already filled propose their source shifted by the same offset (coherence),
    // then random legal patches compete.
    for (let k = 0; k < 4 + samples; k++) {
      let sx: number, sy: number;
      if (k < 4) {
        const qx = k === 0 ? x - 1 : k === 1 ? x + 1 : x;
        const qy = k === 2 ? y - 1 : k === 3 ? y + 1 : y;
        if (qx < 0 || qx >= w || qy < 0 || qy >= h || srcPix[qy * w + qx]! < 0) continue;
        const s = srcPix[qy * w + qx]!;
        sx = (s % w) + (x - qx) - (x - tx);
        sy = Math.floor(s / w) + (y - qy) - (y - ty);
      } else {
        const s = validList[Math.floor(rng() * validList.length)]!;
        sx = s % w;
        sy = Math.floor(s / w);
      }
      if (sx < 0 || sx >= w || sy < 0 || sy >= L.rows || !valid[sy * w + sx]) continue;
      const d = maskedDistance(L, filled, tx, ty, sx, sy, best);
      if (d < best) {
        best = d;
        bs = sy * w + sx;
      }
    }
    const s = bs + (y - ty) * w + (x - tx); // the pixel matching p inside the chosen patch
    srcPix[p] = s;
    img[p * 3] = img[s * 3]!;
    img[p * 3 + 1] = img[s * 3 + 1]!;
    img[p * 3 + 2] = img[s * 3 + 2]!;
    filled[p] = 1;
  }
  // Targets centred on a filled pixel start from the patch that filled it, when legal.
  for (const t of L.targets) {
    const s = srcPix[t]!;
    if (s >= 0 && valid[s]) {
      nnf.sx[t] = s % w;
      nnf.sy[t] = Math.floor(s / w);
    } else {
      const v = validList[Math.floor(rng() * validList.length)]!;
      nnf.sx[t] = v % w;
      nnf.sy[t] = Math.floor(v / w);
    }
  }
}

/** Hole pixels sorted by distance to the known region (stable, so deterministic). */
function ringOrder(hole: Uint8Array, known: Uint8Array, w: number, h: number): Int32Array {
  const dist = distanceTransform(known, w, h);
  const idx: number[] = [];
  for (let p = 0; p < w * h; p++) if (hole[p]) idx.push(p);
  idx.sort((a, b) => dist[a]! - dist[b]! || a - b);
  return Int32Array.from(idx);
}

/** SSD over the target patch pixels that are known or already filled. */
function maskedDistance(L: Level, filled: Uint8Array, tx: number, ty: number, sx: number, sy: number, cutoff: number): number {
  const { img, w, r } = L;
  let sum = 0;
  for (let dy = -r; dy <= r; dy++) {
    for (let dx = -r; dx <= r; dx++) {
      const tp = (ty + dy) * w + tx + dx;
      if (!filled[tp]) continue;
      const ti = tp * 3;
      const si = ((sy + dy) * w + sx + dx) * 3;
      const a = img[ti]! - img[si]!;
      const b = img[ti + 1]! - img[si + 1]!;
      const c = img[ti + 2]! - img[si + 2]!;
      sum += a * a + b * b + c * c;
    }
    if (sum >= cutoff) return sum;
  }
  return sum;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
