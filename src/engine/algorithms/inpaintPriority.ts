/**
 * Structure-first start of the coarsest inpainting level (Criminisi, Pérez &
 * Toyama 2004): the hole is filled one patch at a time, always at the front
 * pixel of highest priority = confidence × data term, from the known source
 * patch that best matches what is already there. The data term follows Le Meur
 * et al. 2011: the structure tensor of the patch tells how strong and coherent
 * an edge is and whether it runs into the hole, so edges entering the hole are
 * continued first, while incoherent texture (hair, foliage) gets no head start
 * and cannot flood a flat neighbour such as the sky.
 */
import { contextPenalty, predictionCost } from './inpaintGuide';
import type { Level } from './inpaintLevels';
import { distancePenalty } from './patchmatch';
import type { Nnf } from './patchmatch';

/** Data term floor: flat and textured fronts are ordered by confidence alone (onion-like). */
const ALPHA = 0.3;
/** Boost of fronts whose surroundings are flat. */
const FLAT = 3;
/** Noise floor of the tensor (squared luminance step per sample): faint gradients are not structure. */
const KAPPA = 12 * 12;
/** Patch comparisons allowed for the whole level; below it the source search is exhaustive. */
const BUDGET = 4_000_000;

interface State {
  L: Level;
  filled: Uint8Array; // 1 = known or already filled
  conf: Float32Array; // Criminisi confidence, 1 on known pixels
  lum: Float32Array; // luminance of filled pixels
  srcOf: Int32Array; // pixel each filled hole pixel was copied from
  prio: Float32Array; // priority of front pixels, -1 elsewhere
}

export function priorityFill(L: Level, nnf: Nnf, rng: () => number): void {
  const { w, h, hole, img, validList } = L;
  const n = w * h;
  const st: State = {
    L,
    filled: new Uint8Array(n),
    conf: new Float32Array(n),
    lum: new Float32Array(n),
    srcOf: new Int32Array(n).fill(-1),
    prio: new Float32Array(n).fill(-1),
  };
  const holeList: number[] = [];
  for (let p = 0; p < n; p++) {
    if (hole[p]) holeList.push(p);
    else {
      st.filled[p] = 1;
      st.conf[p] = 1;
      st.lum[p] = 0.299 * img[p * 3]! + 0.587 * img[p * 3 + 1]! + 0.114 * img[p * 3 + 2]!;
    }
  }
  for (const p of holeList) updatePriority(st, p);
  const area = (2 * L.r + 1) ** 2;
  const steps = Math.max(1, Math.ceil(holeList.length / Math.max(1, area / 4)));
  const exhaustive = validList.length * steps <= BUDGET;
  const samples = exhaustive ? 0 : Math.max(32, Math.floor(BUDGET / steps / 2));
  for (let left = holeList.length; left > 0; ) {
    let best = -1;
    let bp = -1;
    for (const p of holeList) {
      if (st.prio[p]! <= best) continue;
      best = st.prio[p]!;
      bp = p;
    }
    // No front while pixels are left: nothing in the picture is known (only the extra source is).
    for (let k = 0; bp < 0 && k < holeList.length; k++) if (!st.filled[holeList[k]!]) bp = holeList[k]!;
    if (bp < 0) break;
    left -= fillPatch(st, bp, exhaustive, samples, rng);
  }
  for (const t of L.targets) {
    const s = st.srcOf[t]!;
    const v = s >= 0 && L.valid[s] ? s : validList[Math.floor(rng() * validList.length)]!;
    nnf.sx[t] = v % w;
    nnf.sy[t] = Math.floor(v / w);
  }
}

/** Copies the best source patch into the unfilled part of the patch around front pixel p; returns pixels filled. */
function fillPatch(st: State, p: number, exhaustive: boolean, samples: number, rng: () => number): number {
  const { L, filled, srcOf } = st;
  const { w, h, r, img, valid, validList } = L;
  const tx = clamp(p % w, r, w - 1 - r);
  const ty = clamp(Math.floor(p / w), r, h - 1 - r);
  const known = countFilled(st, tx, ty) / (2 * r + 1) ** 2;
  let best = Infinity;
  let bs = -1;
  // Nothing to match yet (no known pixel anywhere): any source patch is as good, take a random one.
  if (known === 0) {
    bs = validList[Math.floor(rng() * validList.length)]!;
    best = -Infinity;
  }
  const tryCentre = (sx: number, sy: number): void => {
    if (sx < 0 || sx >= w || sy < 0 || sy >= L.rows || !valid[sy * w + sx]) return;
    let pen = known * distancePenalty(L, tx, ty, sx, sy);
    // The prediction matters where little is known yet; the context everywhere.
    if (L.guide) pen += (1 - known) * predictionCost(L.guide, ty * w + tx, sy * w + sx) + contextPenalty(L.guide, ty * w + tx, sy * w + sx);
    if (pen >= best) return;
    const d = pen + maskedSsd(st, tx, ty, sx, sy, best - pen);
    if (d >= best) return;
    best = d;
    bs = sy * w + sx;
  };
  // Coherence: filled neighbours propose the continuation of the patch they came from.
  for (let dy = -r; dy <= r; dy++) {
    for (let dx = -r; dx <= r; dx++) {
      const s = srcOf[(ty + dy) * w + tx + dx]!;
      if (s >= 0) tryCentre((s % w) - dx, Math.floor(s / w) - dy);
    }
  }
  if (exhaustive) {
    for (const s of validList) tryCentre(s % w, Math.floor(s / w));
  } else {
    const reach = 8 * r + 8;
    for (let k = 0; k < samples; k++) {
      const s = validList[Math.floor(rng() * validList.length)]!;
      tryCentre(s % w, Math.floor(s / w));
      tryCentre(tx + Math.round((2 * rng() - 1) * reach), ty + Math.round((2 * rng() - 1) * reach));
    }
  }
  const c = patchConfidence(st, tx, ty);
  let count = 0;
  for (let dy = -r; dy <= r; dy++) {
    for (let dx = -r; dx <= r; dx++) {
      const q = (ty + dy) * w + tx + dx;
      if (filled[q]) continue;
      const s = bs + dy * w + dx;
      img[q * 3] = img[s * 3]!;
      img[q * 3 + 1] = img[s * 3 + 1]!;
      img[q * 3 + 2] = img[s * 3 + 2]!;
      st.lum[q] = 0.299 * img[q * 3]! + 0.587 * img[q * 3 + 1]! + 0.114 * img[q * 3 + 2]!;
      filled[q] = 1;
      st.conf[q] = c;
      srcOf[q] = s;
      st.prio[q] = -1;
      count++;
    }
  }
  // Only fronts near the copied patch changed.
  for (let y = Math.max(0, ty - 2 * r - 1); y <= Math.min(h - 1, ty + 2 * r + 1); y++) {
    for (let x = Math.max(0, tx - 2 * r - 1); x <= Math.min(w - 1, tx + 2 * r + 1); x++) {
      if (!filled[y * w + x]) updatePriority(st, y * w + x);
    }
  }
  return count;
}

function countFilled(st: State, tx: number, ty: number): number {
  const { w, r } = st.L;
  let n = 0;
  for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) n += st.filled[(ty + dy) * w + tx + dx]!;
  return n;
}

function patchConfidence(st: State, tx: number, ty: number): number {
  const { w, r } = st.L;
  let c = 0;
  for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) c += st.conf[(ty + dy) * w + tx + dx]!;
  return c / (2 * r + 1) ** 2;
}

/** SSD over the filled pixels of the target patch; stops once it reaches `cutoff`. */
function maskedSsd(st: State, tx: number, ty: number, sx: number, sy: number, cutoff: number): number {
  const { img, w, r } = st.L;
  let sum = 0;
  for (let dy = -r; dy <= r; dy++) {
    const trow = (ty + dy) * w + tx;
    const srow = (sy + dy) * w + sx;
    for (let dx = -r; dx <= r; dx++) {
      if (!st.filled[trow + dx]) continue;
      const ti = (trow + dx) * 3;
      const si = (srow + dx) * 3;
      const a = img[ti]! - img[si]!;
      const b = img[ti + 1]! - img[si + 1]!;
      const c = img[ti + 2]! - img[si + 2]!;
      sum += a * a + b * b + c * c;
    }
    if (sum >= cutoff) return sum;
  }
  return sum;
}

/** Priority of p if it is on the fill front (unfilled with a filled 4-neighbour), else -1. */
function updatePriority(st: State, p: number): void {
  const { w, h, r } = st.L;
  const { filled, lum } = st;
  const x = p % w;
  const y = (p - x) / w;
  const f = (xx: number, yy: number): number => (xx < 0 || yy < 0 || xx >= w || yy >= h ? 0 : filled[yy * w + xx]!);
  if (!(f(x - 1, y) || f(x + 1, y) || f(x, y - 1) || f(x, y + 1))) {
    st.prio[p] = -1;
    return;
  }
  // Normal of the front: gradient of the filled indicator (Sobel).
  const nx = f(x + 1, y - 1) + 2 * f(x + 1, y) + f(x + 1, y + 1) - f(x - 1, y - 1) - 2 * f(x - 1, y) - f(x - 1, y + 1);
  const ny = f(x - 1, y + 1) + 2 * f(x, y + 1) + f(x + 1, y + 1) - f(x - 1, y - 1) - 2 * f(x, y - 1) - f(x + 1, y - 1);
  // Structure tensor of the filled part of the patch (forward differences between filled pixels).
  let jxx = 0, jxy = 0, jyy = 0, samples = 0;
  for (let yy = Math.max(0, y - r); yy <= Math.min(h - 2, y + r); yy++) {
    for (let xx = Math.max(0, x - r); xx <= Math.min(w - 2, x + r); xx++) {
      const q = yy * w + xx;
      if (!filled[q] || !filled[q + 1] || !filled[q + w]) continue;
      const gx = lum[q + 1]! - lum[q]!;
      const gy = lum[q + w]! - lum[q]!;
      jxx += gx * gx;
      jxy += gx * gy;
      jyy += gy * gy;
      samples++;
    }
  }
  let data = ALPHA;
  const norm = Math.hypot(nx, ny);
  if (samples > 0 && norm > 0) {
    const half = Math.sqrt(((jxx - jyy) / 2) ** 2 + jxy * jxy);
    const coherence = (2 * half) / (jxx + jyy + KAPPA * samples); // (λ1 − λ2) / (λ1 + λ2 + κ)
    const theta = 0.5 * Math.atan2(2 * jxy, jxx - jyy); // dominant gradient direction
    // The isophote runs across the gradient; it enters the hole when it is parallel to the normal.
    const along = Math.abs(-Math.sin(theta) * nx + Math.cos(theta) * ny) / norm;
    data += (1 - ALPHA) * coherence * along;
    // Flat surroundings (sky, a wall) claim the contested part of the hole before texture does.
    data += FLAT * (1 - (jxx + jyy) / (jxx + jyy + KAPPA * samples));
  }
  const tx = clamp(x, r, w - 1 - r);
  const ty = clamp(y, r, h - 1 - r);
  st.prio[p] = patchConfidence(st, tx, ty) * data + 1e-9; // > 0: every front pixel stays selectable
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
