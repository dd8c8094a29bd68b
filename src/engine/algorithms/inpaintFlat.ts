/**
 * Uniform parts of a fill follow their surroundings. Two copies of sky taken from
 * slightly different heights meet in a straight step inside the hole, which shows in
 * a flat area however good the copies are. Where the fill is smooth and of the colour
 * of the uniform known pixels around it, its low frequencies are replaced by a membrane
 * spanned by those pixels (the sky's gradient, continued); it keeps its fine grain, up to
 * the amplitude of the surroundings' own. Textured parts, and smooth parts of another
 * colour (a continued object), are left as they are.
 */
import { membraneFill } from './fill';
import { windowStats } from './inpaintContext';
import type { Level } from './inpaintLevels';
import { components } from './regions';

/** Window radius of the smoothness and colour measurements. */
const R = 3;
/** Known pixels whose window spreads less than this (RGB levels) bound the membrane. */
const UNIFORM_SPREAD = 4;
/** Fill windows spreading less than LO are smooth, more than HI textured (linear between). */
const SMOOTH_LO = 4;
const SMOOTH_HI = 8;
/** Distance (RGB levels) between the fill's local mean and the membrane: same area below LO, another above HI. */
const COLOUR_LO = 16;
const COLOUR_HI = 40;
/** Room around the hole for the membrane's boundary. */
const MARGIN = 2 * R + 2;
/** Uniform areas given a membrane of their own (the largest ones), and the least pixels that make one. */
const AREAS = 2;
const MIN_AREA = 256;
/** Gauss–Seidel sweeps polishing the push-pull start of a membrane, and melting steps. */
const SWEEPS = 4;
const STEP_SWEEPS = 6;

/** Each separate part of the hole is handled in its own box, so scattered holes cost what they cover. */
export function flattenUniform(L: Level): void {
  for (const part of holeParts(L)) flattenPart(L, part);
}

interface Part {
  pixels: Int32Array;
  x0: number;
  y0: number;
  bw: number;
  bh: number;
}

function flattenPart(L: Level, part: Part): void {
  const { x0, y0, bw, bh } = part;
  const { w, img, hole } = L;
  const n = bw * bh;
  const f = new Float32Array(n * 3);
  const known = new Uint8Array(n);
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      const p = (by + y0) * w + bx + x0;
      const b = by * bw + bx;
      f[b * 3] = img[p * 3]!;
      f[b * 3 + 1] = img[p * 3 + 1]!;
      f[b * 3 + 2] = img[p * 3 + 2]!;
      known[b] = hole[p] ? 0 : 1;
    }
  }
  // Nothing to follow without a sizeable uniform area around (the usual case in grass or brick).
  // One membrane per uniform area (the sky, a dark smooth part of the hair are separated by edges,
  // whose windows are not uniform), so no membrane mixes the colours of two areas.
  const ring = windowStats(f, known, bw, bh, R);
  const uniform = new Uint8Array(n);
  for (let b = 0; b < n; b++) if (known[b] && ring.spread[b]! < UNIFORM_SPREAD) uniform[b] = 1;
  const areas = largestAreas(uniform, bw, bh);
  if (areas.length === 0) return;
  // Only smooth parts of the fill can be pulled; a textured part (grass, hair) needs nothing more.
  // This part's pixels only, in box coordinates: other parts in the box just lend their fill.
  const fill = windowStats(f, new Uint8Array(n).fill(1), bw, bh, R);
  // A pixel is smooth if some window of the fill near it is: a window straddling a seam's step
  // spreads wide, but the windows beside it, on either side, do not (texture spreads everywhere).
  // Windows centred on known pixels do not count: beside the sky, texture in the hole stays texture.
  const roughness = minFilter(fill.spread.map((v, b) => (known[b] ? Infinity : v)), bw, bh, R + 1);
  const smooth = new Int32Array(part.pixels.length);
  let smoothCount = 0;
  for (const p of part.pixels) {
    const b = (((p / w) | 0) - y0) * bw + (p % w) - x0;
    if (roughness[b]! < SMOOTH_HI) smooth[smoothCount++] = b;
  }
  if (smoothCount === 0) return;
  const smoothHoles = smooth.subarray(0, smoothCount);
  // Grain allowed per channel: twice the typical per-channel deviation of the uniform surroundings.
  const spreads = ring.spread.filter((_, b) => uniform[b] === 1).sort();
  const grain = Math.max(2, (2 * spreads[spreads.length >> 1]!) / Math.sqrt(3));
  const membranes = areas.map((area) => membraneOf(f, area, smoothHoles, bw, bh));
  const target = f.slice();
  const weight = new Float32Array(n);
  for (const b of smoothHoles) {
    // The area whose continuation is nearest in colour to the fill here.
    let membrane = membranes[0]!;
    let distance = Infinity;
    for (const m of membranes) {
      const d = colourDistance(fill.mean, m, b);
      if (d < distance) {
        distance = d;
        membrane = m;
      }
    }
    weight[b] = ramp(roughness[b]!, SMOOTH_HI, SMOOTH_LO) * ramp(distance, COLOUR_HI, COLOUR_LO);
    // The membrane plus the fill's grain (what it holds above its local mean); a step between two
    // copies left in it melts in relaxSteps.
    for (let c = 0; c < 3; c++) {
      target[b * 3 + c] = membrane[b * 3 + c]! + Math.max(-grain, Math.min(grain, f[b * 3 + c]! - fill.mean[b * 3 + c]!));
    }
  }
  relaxSteps(target, f, weight, smoothHoles, grain, bw, bh);
  for (const b of smoothHoles) {
    const wt = weight[b]!;
    if (wt === 0) continue;
    const p = (((b / bw) | 0) + y0) * w + (b % bw) + x0;
    for (let c = 0; c < 3; c++) img[p * 3 + c] = f[b * 3 + c]! + wt * (target[b * 3 + c]! - f[b * 3 + c]!);
  }
}

/**
 * Gauss–Seidel sweeps towards the fill's own small gradients (its grain) over the pulled
 * pixels: steps larger than the grain count as flat, so what is left of a seam's step melts away.
 */
function relaxSteps(t: Float32Array, f: Float32Array, weight: Float32Array, pixels: Int32Array, grain: number, bw: number, bh: number): void {
  const last = bw * bh - bw;
  const pulled = pixels.filter((b) => weight[b]! > 0);
  // Per pixel its 4 neighbours inside the box (-1 past the edge), found once for all sweeps.
  const nbr = new Int32Array(pulled.length * 4);
  pulled.forEach((b, k) => {
    const x = b % bw;
    nbr.set([x > 0 ? b - 1 : -1, x < bw - 1 ? b + 1 : -1, b >= bw ? b - bw : -1, b < last ? b + bw : -1], k * 4);
  });
  for (let sweep = 0; sweep < STEP_SWEEPS; sweep++) {
    const forward = sweep % 2 === 0;
    for (let i = 0; i < pulled.length; i++) {
      const k = forward ? i : pulled.length - 1 - i;
      const b3 = pulled[k]! * 3;
      let r = 0, g = 0, bl = 0, cnt = 0;
      for (let j = k * 4; j < k * 4 + 4; j++) {
        const q = nbr[j]!;
        if (q < 0) continue;
        const q3 = q * 3;
        // The neighbour's value plus the fill's gradient from it, unless that gradient is a step.
        const dr = f[b3]! - f[q3]!, dg = f[b3 + 1]! - f[q3 + 1]!, db = f[b3 + 2]! - f[q3 + 2]!;
        r += t[q3]! + (dr > grain || dr < -grain ? 0 : dr);
        g += t[q3 + 1]! + (dg > grain || dg < -grain ? 0 : dg);
        bl += t[q3 + 2]! + (db > grain || db < -grain ? 0 : db);
        cnt++;
      }
      t[b3] = r / cnt;
      t[b3 + 1] = g / cnt;
      t[b3 + 2] = bl / cnt;
    }
  }
}

/** Minimum over the (2r+1)² window, rows then columns (windows clipped at the box's edges). */
function minFilter(src: Float32Array, bw: number, bh: number, r: number): Float32Array {
  return minAlong(minAlong(src, bh, bw, bw, 1, r), bw, bh, 1, bw, r);
}

/** Running minimum of radius r along each of `lines` lines of `len` values (`lineStep` apart, `step` within). */
function minAlong(src: Float32Array, lines: number, len: number, lineStep: number, step: number, r: number): Float32Array {
  const out = new Float32Array(src.length);
  for (let l = 0; l < lines; l++) {
    for (let i = 0; i < len; i++) {
      let m = Infinity;
      for (let j = Math.max(0, i - r); j <= Math.min(len - 1, i + r); j++) m = Math.min(m, src[l * lineStep + j * step]!);
      out[l * lineStep + i * step] = m;
    }
  }
  return out;
}

function colourDistance(a: Float32Array, b: Float32Array, i: number): number {
  const dr = a[i * 3]! - b[i * 3]!;
  const dg = a[i * 3 + 1]! - b[i * 3 + 1]!;
  const db = a[i * 3 + 2]! - b[i * 3 + 2]!;
  return Math.sqrt(dr * dr + dg * dg + db * db);
}

/** The AREAS largest 8-connected parts of `uniform` (of MIN_AREA pixels or more), each as a mask, largest first. */
function largestAreas(uniform: Uint8Array, bw: number, bh: number): Uint8Array[] {
  const { id: label, sizes } = components(uniform, bw, bh);
  const ids = sizes.map((size, id) => ({ size, id })).filter((a) => a.size >= MIN_AREA).sort((a, b) => b.size - a.size).slice(0, AREAS);
  return ids.map(({ id }) => {
    const area = new Uint8Array(label.length);
    for (let b = 0; b < label.length; b++) if (label[b] === id) area[b] = 1;
    return area;
  });
}

/** 1 at or below `full`, 0 at or above `none`, linear between (full < none). */
function ramp(v: number, none: number, full: number): number {
  return v <= full ? 1 : v >= none ? 0 : (none - v) / (none - full);
}

/** Harmonic interpolation of one uniform area over the hole, polished where it will be read. */
function membraneOf(f: Float32Array, area: Uint8Array, pixels: Int32Array, bw: number, bh: number): Float32Array {
  const m = f.slice();
  membraneFill(m, area, pixels, bw, bh, SWEEPS);
  return m;
}

/** The hole's 8-connected parts (pixels in raster order), each with its bounding box grown by MARGIN (clipped to the image). */
function holeParts(L: Level): Part[] {
  const { w, h, hole } = L;
  const { id, sizes } = components(hole, w, h);
  // Each part's pixels in one stretch of a shared array: offsets from the sizes, then one raster pass.
  const start = new Int32Array(sizes.length + 1);
  sizes.forEach((size, k) => (start[k + 1] = start[k]! + size));
  const fill = start.slice(0, sizes.length);
  const pixels = new Int32Array(start[sizes.length]!);
  const box = sizes.map(() => ({ x0: w, y0: h, x1: -1, y1: -1 }));
  for (let p = 0; p < w * h; p++) {
    const k = id[p]!;
    if (k < 0) continue;
    pixels[fill[k]!++] = p;
    const x = p % w;
    const y = (p - x) / w;
    const b = box[k]!;
    if (x < b.x0) b.x0 = x;
    if (x > b.x1) b.x1 = x;
    if (y < b.y0) b.y0 = y;
    b.y1 = y;
  }
  return box.map((b, k) => {
    const x0 = Math.max(0, b.x0 - MARGIN);
    const y0 = Math.max(0, b.y0 - MARGIN);
    const x1 = Math.min(w - 1, b.x1 + MARGIN);
    const y1 = Math.min(h - 1, b.y1 + MARGIN);
    return { pixels: pixels.subarray(start[k]!, start[k + 1]!), x0, y0, bw: x1 - x0 + 1, bh: y1 - y0 + 1 };
  });
}
