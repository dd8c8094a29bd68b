/**
 * Gradient-domain blend of a fill at its outline (Pérez, Gangnet & Blake 2003):
 * the fill keeps its own gradients but is made to meet the picture on the
 * outline. What the fill's source patches hold on the known ring around the
 * hole is compared with the real ring; that difference, spread over the hole as
 * a membrane (a harmonic correction), removes colour and brightness steps at the
 * outline without smearing the texture inside.
 */
import { pushPullFill } from './fill';
import type { Level } from './inpaintLevels';
import type { Nnf } from './patchmatch';

/** Gauss–Seidel sweeps polishing the push-pull start into a membrane. */
const SWEEPS = 12;

export function poissonOutline(L: Level, nnf: Nnf): void {
  const box = ringBox(L);
  if (!box) return;
  const { diff, onRing } = ringDifference(L, nnf, box);
  const { bw, bh } = box;
  let any = false;
  for (let p = 0; p < onRing.length && !any; p++) any = onRing[p] === 1;
  if (!any) return; // nothing known around the hole (whole picture masked): nothing to match
  // A push-pull membrane of the ring differences as the start, then Gauss–Seidel sweeps over the
  // hole pixels towards the discrete harmonic function; ring pixels are the fixed boundary.
  pushPullFill(diff, onRing, bw, bh, 3);
  const inHole = new Uint8Array(bw * bh);
  const all = new Int32Array(bw * bh);
  let holes = 0;
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      if (!L.hole[(y + box.y0) * L.w + x + box.x0]) continue;
      inHole[y * bw + x] = 1;
      all[holes++] = y * bw + x;
    }
  }
  const holeList = all.subarray(0, holes);
  const used = (q: number): number => inHole[q]! | onRing[q]!;
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const forward = sweep % 2 === 0;
    for (let k = 0; k < holeList.length; k++) {
      const p = holeList[forward ? k : holeList.length - 1 - k]!;
      const x = p % bw;
      // Neighbours outside the box (only where it meets the picture's edge) do not count.
      const a = x > 0 ? used(p - 1) : 0;
      const b = x < bw - 1 ? used(p + 1) : 0;
      const c = p >= bw ? used(p - bw) : 0;
      const d = p < inHole.length - bw ? used(p + bw) : 0;
      const m = a + b + c + d;
      if (m === 0) continue;
      for (let ch = 0; ch < 3; ch++) {
        let sum = 0;
        if (a) sum += diff[(p - 1) * 3 + ch]!;
        if (b) sum += diff[(p + 1) * 3 + ch]!;
        if (c) sum += diff[(p - bw) * 3 + ch]!;
        if (d) sum += diff[(p + bw) * 3 + ch]!;
        diff[p * 3 + ch] = sum / m;
      }
    }
  }
  const { img } = L;
  for (const p of holeList) {
    const q = ((p / bw | 0) + box.y0) * L.w + (p % bw) + box.x0;
    for (let ch = 0; ch < 3; ch++) img[q * 3 + ch] = Math.min(255, Math.max(0, img[q * 3 + ch]! + diff[p * 3 + ch]!));
  }
}

interface Box {
  x0: number;
  y0: number;
  bw: number;
  bh: number;
}

/** Bounding box of the hole grown by the patch radius plus one (the ring), clipped to the image. */
function ringBox(L: Level): Box | null {
  const { w, h, r, hole } = L;
  let x0 = w, y0 = h, x1 = -1, y1 = -1;
  for (let p = 0; p < w * h; p++) {
    if (!hole[p]) continue;
    const x = p % w;
    const y = (p - x) / w;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (x1 < 0) return null;
  x0 = Math.max(0, x0 - r - 1);
  y0 = Math.max(0, y0 - r - 1);
  x1 = Math.min(w - 1, x1 + r + 1);
  y1 = Math.min(h - 1, y1 + r + 1);
  return { x0, y0, bw: x1 - x0 + 1, bh: y1 - y0 + 1 };
}

/**
 * For known pixels covered by a target patch (inside the box): real value minus the
 * mean of what the matched source patches put there (the fill's continuation across the outline).
 */
function ringDifference(L: Level, nnf: Nnf, box: Box): { diff: Float32Array; onRing: Uint8Array } {
  const { w, r, img, hole, targets } = L;
  const { x0, y0, bw, bh } = box;
  const acc = new Float32Array(bw * bh * 3);
  const cnt = new Float32Array(bw * bh);
  for (const t of targets) {
    const x = t % w;
    const y = (t - x) / w;
    const sx = nnf.sx[t]!;
    const sy = nnf.sy[t]!;
    for (let dy = -r; dy <= r; dy++) {
      const p0 = (y + dy) * w + x - r;
      const b0 = (y + dy - y0) * bw + x - r - x0;
      const q0 = ((sy + dy) * w + sx - r) * 3;
      for (let k = 0; k <= 2 * r; k++) {
        if (hole[p0 + k]) continue;
        const b = b0 + k;
        const q = q0 + 3 * k;
        acc[b * 3] = acc[b * 3]! + img[q]!;
        acc[b * 3 + 1] = acc[b * 3 + 1]! + img[q + 1]!;
        acc[b * 3 + 2] = acc[b * 3 + 2]! + img[q + 2]!;
        cnt[b] = cnt[b]! + 1;
      }
    }
  }
  const onRing = new Uint8Array(bw * bh);
  for (let b = 0; b < bw * bh; b++) {
    const c = cnt[b]!;
    if (c === 0) continue;
    onRing[b] = 1;
    const p = ((b / bw) | 0) * w + y0 * w + (b % bw) + x0;
    for (let k = 0; k < 3; k++) acc[b * 3 + k] = img[p * 3 + k]! - acc[b * 3 + k]! / c;
  }
  return { diff: acc, onRing };
}
