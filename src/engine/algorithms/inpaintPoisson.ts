/**
 * Gradient-domain blend of a fill at its outline (Pérez, Gangnet & Blake 2003):
 * the fill keeps its own gradients but is made to meet the picture on the
 * outline. What the fill's source patches hold on the known ring around the
 * hole is compared with the real ring; that difference, spread over the hole as
 * a membrane (a harmonic correction), removes colour and brightness steps at the
 * outline without smearing the texture inside.
 */
import { membraneFill } from './fill';
import type { Level } from './inpaintLevels';
import type { Nnf } from './patchmatch';

/** Gauss–Seidel sweeps polishing the push-pull start into a membrane. */
const SWEEPS = 12;

/**
 * With `side` (1 on the uniform side of the hole and its ring, see inpaintSides.ts), each side of the
 * hole is corrected from its own part of the outline: where continued hair ends at the soft edge of
 * real hair, the hair's difference there (up to 100 levels) otherwise spread into the sky as a white blot.
 */
export function poissonOutline(L: Level, nnf: Nnf, side?: Uint8Array): void {
  const box = ringBox(L);
  if (!box) return;
  const { diff, onRing, holeList } = ringDifference(L, nnf, box);
  const { bw, bh, x0, y0 } = box;
  const parts = side ? bySide(onRing, holeList, boxOf(side, L.w, box)) : [{ known: onRing, holes: holeList }];
  const active = parts.filter((part) => part.holes.length > 0);
  for (const [k, { known, holes }] of active.entries()) {
    // The harmonic membrane of the outline differences over the hole; the outline's known pixels are the
    // fixed boundary. With nothing known around the hole (whole picture masked) there is nothing to match.
    // The last side may overwrite the differences; an earlier one works on a copy.
    const membrane = k < active.length - 1 ? diff.slice() : diff;
    if (!membraneFill(membrane, known, holes, bw, bh, SWEEPS)) return;
    const { img } = L;
    for (const p of holes) {
      const q = ((p / bw | 0) + y0) * L.w + (p % bw) + x0;
      for (let ch = 0; ch < 3; ch++) img[q * 3 + ch] = Math.min(255, Math.max(0, img[q * 3 + ch]! + membrane[p * 3 + ch]!));
    }
  }
}

/** The outline and hole pixels of each side; a side with no outline of its own is bounded by the whole outline. */
function bySide(onRing: Uint8Array, holeList: Int32Array, side: Uint8Array): { known: Uint8Array; holes: Int32Array }[] {
  return [0, 1].map((s) => {
    const known = new Uint8Array(onRing.length);
    for (let b = 0; b < known.length; b++) if (onRing[b] && side[b] === s) known[b] = 1;
    // (A loop: TypedArray filter is slow.)
    const holes = new Int32Array(holeList.length);
    let n = 0;
    for (const b of holeList) if (side[b] === s) holes[n++] = b;
    return { known: known.includes(1) ? known : onRing, holes: holes.subarray(0, n) };
  });
}

/** The part of a picture-sized plane inside the box, row by row. */
function boxOf(plane: Uint8Array, w: number, box: Box): Uint8Array {
  const out = new Uint8Array(box.bw * box.bh);
  for (let by = 0; by < box.bh; by++) out.set(plane.subarray((by + box.y0) * w + box.x0, (by + box.y0) * w + box.x0 + box.bw), by * box.bw);
  return out;
}

interface Box {
  x0: number;
  y0: number;
  bw: number;
  bh: number;
}

/** Bounding box of the hole grown by one pixel (its outline), clipped to the image. */
function ringBox(L: Level): Box | null {
  const { w, h, hole } = L;
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
  x0 = Math.max(0, x0 - 1);
  y0 = Math.max(0, y0 - 1);
  x1 = Math.min(w - 1, x1 + 1);
  y1 = Math.min(h - 1, y1 + 1);
  return { x0, y0, bw: x1 - x0 + 1, bh: y1 - y0 + 1 };
}

/**
 * On the outline (known pixels 4-adjacent to the hole, inside the box): the real value minus the mean of
 * what the matched source patches put there (the fill's continuation across the outline). Only these
 * pixels bound the harmonic correction, so only they are measured. Also lists the hole pixels (box indices).
 */
function ringDifference(L: Level, nnf: Nnf, box: Box): { diff: Float32Array; onRing: Uint8Array; holeList: Int32Array } {
  const { w, h, r, img, hole } = L;
  const { x0, y0, bw, bh } = box;
  const diff = new Float32Array(bw * bh * 3);
  const onRing = new Uint8Array(bw * bh);
  const all = new Int32Array(bw * bh);
  let holes = 0;
  for (let by = 0; by < bh; by++) {
    const y = by + y0;
    for (let bx = 0; bx < bw; bx++) {
      const x = bx + x0;
      const p = y * w + x;
      const b = by * bw + bx;
      if (hole[p]) {
        all[holes++] = b;
        continue;
      }
      if (!((x > 0 && hole[p - 1]) || (x < w - 1 && hole[p + 1]) || (y > 0 && hole[p - w]) || (y < h - 1 && hole[p + w]))) continue;
      // Every target patch covering p (centres within r of it) proposes a value for p.
      let sr = 0, sg = 0, sb = 0, n = 0;
      for (let ty = Math.max(r, y - r); ty <= Math.min(h - 1 - r, y + r); ty++) {
        for (let tx = Math.max(r, x - r); tx <= Math.min(w - 1 - r, x + r); tx++) {
          const t = ty * w + tx;
          const sx = nnf.sx[t]!;
          if (sx < 0) continue;
          const q = ((nnf.sy[t]! + y - ty) * w + sx + x - tx) * 3;
          sr += img[q]!;
          sg += img[q + 1]!;
          sb += img[q + 2]!;
          n++;
        }
      }
      if (n === 0) continue;
      onRing[b] = 1;
      diff[b * 3] = img[p * 3]! - sr / n;
      diff[b * 3 + 1] = img[p * 3 + 1]! - sg / n;
      diff[b * 3 + 2] = img[p * 3 + 2]! - sb / n;
    }
  }
  return { diff, onRing, holeList: all.subarray(0, holes) };
}
