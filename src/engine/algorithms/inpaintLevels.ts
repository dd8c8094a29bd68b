/**
 * Pyramid levels for exemplar inpainting. A level holds the image as RGB floats,
 * the hole, and — when the caller gives an extra patch source — that source
 * stacked *below* the image in the same buffer, so patch comparisons stay one
 * tight loop over contiguous rows whichever picture the source patch lives in.
 */
import type { Guide } from './inpaintGuide';

/** Per-level inputs before patch bookkeeping. */
export interface LevelData {
  w: number;
  h: number;
  top: Float32Array; // RGB of the image, w*h*3 (hole pixels hold no picture data yet)
  hole: Uint8Array; // w*h, 1 = to fill
  extra: Float32Array | null; // RGB of the extra source, same w*h, or null
  anchor?: Int32Array; // nearest known pixel per pixel, when already computed
  clean?: Uint8Array; // legal source centres (see cleanPatches), when already computed
  tex?: Float32Array; // texture features of the image (w*h*2, see inpaintTexture.ts), coarse levels only
  extraTex?: Float32Array; // the same for the extra source
  side?: Uint8Array; // w*h: 1 on the uniform side of the hole and the uniform ring (see inpaintSides.ts), coarse levels only
}

export interface Level {
  w: number;
  h: number;
  rows: number; // h, or 2h with the extra source below
  r: number; // patch radius
  img: Float32Array; // w*rows*3
  hole: Uint8Array; // w*h
  valid: Uint8Array; // w*rows, 1 = a patch centred here lies fully on known pixels of one picture
  validList: Int32Array; // indices of valid centres, for uniform random sampling
  targets: Int32Array; // centres (in the image part) whose patch overlaps the hole, raster order
  conf: Float32Array; // w*h, vote confidence of a target patch (lower deep inside the hole)
  locality: number; // cost per squared pixel between a target's anchor and its source (see patchmatch.ts)
  anchor: Int32Array; // w*h: for hole pixels the (approximately) nearest known pixel, else the pixel itself
  guide?: Guide; // coarse levels: colour the surroundings predict (see inpaintGuide.ts)
  tex?: Float32Array; // coarse levels: texture features, w*rows*2, stacked like img (see inpaintTexture.ts)
  side?: Uint8Array; // coarse levels: 1 on the uniform side of the hole and the uniform ring (see inpaintSides.ts)
  scratch?: { acc: Float32Array; wsum: Float32Array; tex?: { acc: Float32Array; count: Float32Array } }; // vote accumulators, created on first use
}

/** 2× box downscale; a coarse pixel is a hole if any of its children is, so coarse known pixels are exact. */
export function downscale(d: LevelData): LevelData {
  const w = Math.ceil(d.w / 2);
  const h = Math.ceil(d.h / 2);
  const hole = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let isHole = 0;
      for (let dy = 0; dy < 2; dy++) {
        const row = Math.min(d.h - 1, 2 * y + dy) * d.w;
        for (let dx = 0; dx < 2; dx++) isHole |= d.hole[row + Math.min(d.w - 1, 2 * x + dx)]!;
      }
      hole[y * w + x] = isHole;
    }
  }
  return { w, h, top: halvePlane(d.top, 3, d.w, d.h), hole, extra: d.extra ? halvePlane(d.extra, 3, d.w, d.h) : null };
}

/** 2× box downscale of a plane with `channels` values per pixel (the last row and column repeat on odd sizes). */
export function halvePlane(src: Float32Array, channels: number, w: number, h: number): Float32Array {
  const hw = Math.ceil(w / 2);
  const hh = Math.ceil(h / 2);
  const out = new Float32Array(hw * hh * channels);
  for (let y = 0; y < hh; y++) {
    for (let x = 0; x < hw; x++) {
      const o = (y * hw + x) * channels;
      for (let dy = 0; dy < 2; dy++) {
        const row = Math.min(h - 1, 2 * y + dy) * w;
        for (let dx = 0; dx < 2; dx++) {
          const i = (row + Math.min(w - 1, 2 * x + dx)) * channels;
          for (let c = 0; c < channels; c++) out[o + c] = out[o + c]! + src[i + c]! * 0.25;
        }
      }
    }
  }
  return out;
}

/**
 * SSD between the windows of radius r centred at (tx,ty) and (sx,sy) of a plane with
 * `channels` values per pixel, row by row; stops once it reaches `cutoff`.
 */
export function planeDistance(plane: Float32Array, channels: number, w: number, r: number, tx: number, ty: number, sx: number, sy: number, cutoff: number): number {
  const rowLen = (2 * r + 1) * channels;
  let sum = 0;
  for (let dy = -r; dy <= r; dy++) {
    const ti = ((ty + dy) * w + tx - r) * channels;
    const si = ((sy + dy) * w + sx - r) * channels;
    for (let k = 0; k < rowLen; k++) {
      const d = plane[ti + k]! - plane[si + k]!;
      sum += d * d;
    }
    if (sum >= cutoff) return sum;
  }
  return sum;
}

/**
 * 1 where the patch of radius r centred there lies inside the picture and holds no
 * hole pixel: running hole counts along each row, then down the columns a row at a time.
 */
function cleanPatches(d: LevelData, r: number): Uint8Array {
  const { w, h, hole } = d;
  const clean = new Uint8Array(w * h);
  if (w <= 2 * r || h <= 2 * r) return clean;
  const across = new Int32Array(w * h); // holes in the row segment [x - r, x + r]
  for (let y = 0; y < h; y++) {
    const row = y * w;
    let n = 0;
    for (let x = 0; x < 2 * r; x++) n += hole[row + x]!;
    for (let x = r; x < w - r; x++) {
      n += hole[row + x + r]!;
      across[row + x] = n;
      n -= hole[row + x - r]!;
    }
  }
  const down = new Int32Array(w);
  for (let y = 0; y < 2 * r; y++) for (let x = r; x < w - r; x++) down[x] = down[x]! + across[y * w + x]!;
  for (let y = r; y < h - r; y++) {
    const add = (y + r) * w;
    const sub = (y - r) * w;
    for (let x = r; x < w - r; x++) {
      const n = down[x]! + across[add + x]!;
      clean[y * w + x] = n === 0 ? 1 : 0;
      down[x] = n - across[sub + x]!;
    }
  }
  return clean;
}

/** How many legal source centres a level would have (cheap check before committing to it). */
export function countValid(d: LevelData, r: number): number {
  const clean = (d.clean = cleanPatches(d, r));
  let n = d.extra ? Math.max(0, d.w - 2 * r) * Math.max(0, d.h - 2 * r) : 0;
  for (let i = 0; i < clean.length; i++) n += clean[i]!;
  return n;
}

/**
 * How strongly nearby sources are preferred: a source a quarter of the picture
 * away costs as much as an RMS difference of sqrt(LOCALITY) = 49 levels per channel,
 * one a sixteenth away 12 levels. Weaker (150) let the grey body of a camera 230 px
 * away fill a hair line next to the sky; the blob-mask scores barely move with it.
 */
export const LOCALITY = 2400;

export function buildLevel(d: LevelData, r: number): Level {
  const { w, h } = d;
  const rows = d.extra ? 2 * h : h;
  // Without an extra source the level works in its own `top` (nothing reads it after this).
  let img = d.top;
  if (d.extra) {
    img = new Float32Array(w * rows * 3);
    img.set(d.top);
    img.set(d.extra, w * h * 3);
  }
  let tex = d.tex;
  if (tex && d.extraTex) {
    tex = new Float32Array(w * rows * 2);
    tex.set(d.tex!);
    tex.set(d.extraTex, w * h * 2);
  }
  const clean = d.clean ?? cleanPatches(d, r);
  const anchor = d.anchor ?? nearestKnown(d.hole, w, h);
  const valid = new Uint8Array(w * rows);
  const validList = new Int32Array(w * rows);
  const targets = new Int32Array(w * h);
  let nv = 0;
  let nt = 0;
  for (let y = r; y < h - r; y++) {
    for (let i = y * w + r; i < y * w + w - r; i++) {
      if (clean[i]) {
        valid[i] = 1;
        validList[nv++] = i;
      } else {
        targets[nt++] = i;
      }
    }
  }
  if (d.extra) {
    for (let y = h + r; y < 2 * h - r; y++) {
      for (let x = r; x < w - r; x++) {
        valid[y * w + x] = 1;
        validList[nv++] = y * w + x;
      }
    }
  }
  return {
    w, h, rows, r, img, hole: d.hole, valid,
    validList: validList.slice(0, nv),
    targets: targets.slice(0, nt),
    conf: confidence(anchor, w, h),
    anchor,
    tex,
    side: d.side,
    // With nothing known (only the extra source) there is no outline to stay near.
    locality: d.hole.includes(0) ? (LOCALITY * (2 * r + 1) ** 2 * 3) / (0.25 * Math.max(w, h)) ** 2 : 0,
  };
}

/**
 * Wexler et al.: patches deep inside the hole are guesses, those near the known
 * border are anchored, so votes decay as 1.3^-distance. The distance is capped
 * so very deep outpainting areas still get (equal, tiny) non-zero weights.
 */
function confidence(anchor: Int32Array, w: number, h: number): Float32Array {
  const conf = new Float32Array(w * h);
  for (let i = 0; i < conf.length; i++) conf[i] = anchor[i] === i ? 1 : Math.pow(1.3, -Math.min(anchorDistance(anchor, w, i), 120));
  return conf;
}

/**
 * Nearest known pixel of every hole pixel, by a breadth-first flood from the
 * outline (8-connected, so within a pixel or two of the Euclidean nearest).
 * A hole pixel's texture should come from near the part of the outline it faces.
 * With `seeds`, only outline pixels it marks count; hole pixels no flood reaches are their own anchor.
 */
export function nearestKnown(hole: Uint8Array, w: number, h: number, seeds?: Uint8Array): Int32Array {
  const anchor = new Int32Array(w * h);
  const queue = new Int32Array(w * h);
  let head = 0;
  let tail = 0;
  for (let p = 0; p < w * h; p++) anchor[p] = hole[p] ? -1 : p;
  // Seed with the known pixels on the outline only; the rest of the known area is never visited.
  for (let p = 0; p < w * h; p++) {
    if (!hole[p]) continue;
    const x = p % w;
    const y = (p - x) / w;
    for (let yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
      for (let xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
        const q = yy * w + xx;
        if (hole[q] || anchor[q] === -2 - q || (seeds && !seeds[q])) continue;
        anchor[q] = -2 - q; // mark as queued
        queue[tail++] = q;
      }
    }
  }
  for (let k = 0; k < tail; k++) anchor[queue[k]!] = queue[k]!;
  while (head < tail) {
    const p = queue[head++]!;
    const x = p % w;
    const y = (p - x) / w;
    for (let yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
      for (let xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
        const q = yy * w + xx;
        if (anchor[q] !== -1) continue;
        anchor[q] = anchor[p]!;
        queue[tail++] = q;
      }
    }
  }
  for (let p = 0; p < w * h; p++) if (anchor[p] === -1) anchor[p] = p; // nothing known at all
  return anchor;
}

/** Distance from each pixel to its anchor (0 on known pixels). */
export function anchorDistance(anchor: Int32Array, w: number, p: number): number {
  const a = anchor[p]!;
  const ax = a % w;
  const px = p % w;
  return Math.hypot(px - ax, (p - px) / w - (a - ax) / w);
}
