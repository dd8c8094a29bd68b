/**
 * Hard foreground/background segmentation from colour models, GrabCut-style
 * (Rother et al. 2004) but with flood-fill connectivity and smoothing instead of
 * a graph cut: the background must be connected to its seeds (border, outside
 * the box, exclude points), and a few rounds re-fit k-means colour models to the
 * current labels.
 */
import { gaussianBlur } from './filters';
import { kmeansColors, nearest } from './kmeans';
import type { Raster } from './raster';

export interface Point {
  X: number;
  Y: number;
}

export interface Seeds {
  box?: [number, number, number, number];
  include: Point[];
  exclude: Point[];
}

const CLUSTERS = 5;
const ROUNDS = 3;

interface SeedMaps {
  hardBg: Uint8Array; // never foreground: outside the box, exclude points
  hardFg: Uint8Array; // never background: include points
  frame: Uint8Array; // picture border without a box: background seed only if it looks like background
  bgSample: Uint8Array; // pixels trusted as background colour samples
}

/** 1 = foreground, per pixel. Coordinates in `seeds` are in this image's pixels. */
export function segment(img: Raster, seeds: Seeds): Uint8Array {
  const { width: w, height: h } = img;
  const n = w * h;
  const { hardBg, hardFg, frame, bgSample } = seedMaps(w, h, seeds);
  // Round 0 has only a background model ("far from every background colour" = foreground);
  // later rounds compare against a foreground model fitted to the current labels.
  let bgModel = kmeansColors(collect(img, (i) => bgSample[i] === 1), CLUSTERS);
  let fgModel: Float32Array | null = null;
  let label: Uint8Array = new Uint8Array(n);
  for (let round = 0; round < ROUNDS; round++) {
    label = relabel(img, bgModel, fgModel, hardBg, bgSample);
    for (let i = 0; i < n; i++) if (hardFg[i]) label[i] = 1;
    keepConnectedBackground(label, w, h, hardBg, frame);
    dropSpecks(label, w, h, hardFg);
    const bgTrusted = (i: number): boolean => label[i] === 0 && (!hardBg[i] || bgSample[i] === 1);
    bgModel = kmeansColors(collect(img, bgTrusted), CLUSTERS);
    // Fit the foreground model only on foreground pixels unlike the background: enclosed or
    // edge pixels of background colour would otherwise teach it the background.
    const tau = backgroundSpread(img, bgModel, bgTrusted);
    const d = img.data;
    const fgPixels = collect(img, (i) => label[i] === 1 && Math.sqrt(nearest(bgModel, d[i * 4]!, d[i * 4 + 1]!, d[i * 4 + 2]!).d2) > tau);
    if (fgPixels.length === 0) break;
    fgModel = kmeansColors(fgPixels, CLUSTERS);
  }
  return label;
}

function seedMaps(w: number, h: number, seeds: Seeds): SeedMaps {
  const n = w * h;
  const m: SeedMaps = { hardBg: new Uint8Array(n), hardFg: new Uint8Array(n), frame: new Uint8Array(n), bgSample: new Uint8Array(n) };
  if (seeds.box) {
    const [x1, y1, x2, y2] = seeds.box;
    // A tight box may clip the object: pixels hugging it are background, but not trusted as colour samples.
    const margin = Math.max(2, 0.04 * Math.min(w, h));
    let far = 0;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        if (x >= x1 && x < x2 && y >= y1 && y < y2) continue;
        m.hardBg[y * w + x] = 1;
        if (Math.max(x1 - x, x - x2 + 1, y1 - y, y - y2 + 1) > margin) {
          m.bgSample[y * w + x] = 1;
          far++;
        }
      }
    }
    if (far < 16) m.bgSample.set(m.hardBg);
  } else {
    const b = Math.max(1, Math.round(0.01 * Math.min(w, h)));
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        if (x >= b && y >= b && x < w - b && y < h - b) continue;
        m.frame[y * w + x] = 1;
        m.bgSample[y * w + x] = 1;
      }
    }
  }
  const rad = Math.max(2, Math.round(0.015 * Math.min(w, h)));
  for (const p of seeds.exclude) {
    paintDisc(m.hardBg, w, h, p, rad);
    paintDisc(m.bgSample, w, h, p, rad);
  }
  for (const p of seeds.include) paintDisc(m.hardFg, w, h, p, rad);
  return m;
}

/** Foreground components much smaller than the largest one (and holding no include point) become background. */
function dropSpecks(label: Uint8Array, w: number, h: number, hardFg: Uint8Array): void {
  const n = w * h;
  const comp = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  const pinned: boolean[] = [];
  for (let s = 0; s < n; s++) {
    if (label[s] !== 1 || comp[s]! >= 0) continue;
    const id = sizes.length;
    let head = 0, tail = 0, pin = false;
    comp[s] = id;
    queue[tail++] = s;
    while (head < tail) {
      const i = queue[head++]!;
      if (hardFg[i]) pin = true;
      const x = i % w;
      for (let k = 0; k < 4; k++) {
        const j = k === 0 ? (x > 0 ? i - 1 : -1) : k === 1 ? (x < w - 1 ? i + 1 : -1) : k === 2 ? i - w : i + w;
        if (j < 0 || j >= n || label[j] !== 1 || comp[j]! >= 0) continue;
        comp[j] = id;
        queue[tail++] = j;
      }
    }
    sizes.push(tail);
    pinned.push(pin);
  }
  const largest = Math.max(0, ...sizes);
  const minSize = Math.max(4, 0.02 * largest);
  for (let i = 0; i < n; i++) {
    const c = comp[i]!;
    if (c >= 0 && !pinned[c] && sizes[c]! < minSize) label[i] = 0;
  }
}

/**
 * Foreground where the pixel is closer to the foreground model than to the
 * background one (or, without a foreground model, far from every background
 * colour); the score is smoothed first so single noisy pixels do not flip.
 */
function relabel(img: Raster, bg: Float32Array, fg: Float32Array | null, hardBg: Uint8Array, bgSample: Uint8Array): Uint8Array {
  const { width: w, height: h, data } = img;
  const n = w * h;
  const score = new Float32Array(n);
  const tau = fg ? 0 : backgroundSpread(img, bg, (i) => bgSample[i] === 1);
  for (let i = 0; i < n; i++) {
    const r = data[i * 4]!, g = data[i * 4 + 1]!, b = data[i * 4 + 2]!;
    const dBg = Math.sqrt(nearest(bg, r, g, b).d2);
    score[i] = fg ? dBg - Math.sqrt(nearest(fg, r, g, b).d2) : dBg - tau;
  }
  const smooth = gaussianBlur(score, w, h, 1);
  const label = new Uint8Array(n);
  for (let i = 0; i < n; i++) label[i] = smooth[i]! > 0 && !hardBg[i] ? 1 : 0;
  return label;
}

/** Distance from the background model that still counts as background: 3× its 90th percentile, at least 18. */
function backgroundSpread(img: Raster, bg: Float32Array, isSeed: (i: number) => boolean): number {
  const ds: number[] = [];
  for (let i = 0; i < img.width * img.height; i++) {
    if (isSeed(i)) ds.push(Math.sqrt(nearest(bg, img.data[i * 4]!, img.data[i * 4 + 1]!, img.data[i * 4 + 2]!).d2));
  }
  ds.sort((a, b) => a - b);
  return Math.max(18, 3 * (ds[Math.floor(ds.length * 0.9)] ?? 0));
}

/** Background = what floods from the seeds through background-labelled pixels; everything else is foreground. */
function keepConnectedBackground(label: Uint8Array, w: number, h: number, hardBg: Uint8Array, frame: Uint8Array): void {
  const n = w * h;
  const reached = new Uint8Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) {
    if (label[i] === 0 && (hardBg[i] || frame[i])) {
      reached[i] = 1;
      queue[tail++] = i;
    }
  }
  while (head < tail) {
    const i = queue[head++]!;
    const x = i % w;
    for (let k = 0; k < 4; k++) {
      const j = k === 0 ? (x > 0 ? i - 1 : -1) : k === 1 ? (x < w - 1 ? i + 1 : -1) : k === 2 ? i - w : i + w;
      if (j < 0 || j >= n || reached[j] || label[j] === 1) continue;
      reached[j] = 1;
      queue[tail++] = j;
    }
  }
  for (let i = 0; i < n; i++) label[i] = reached[i] ? 0 : 1;
}

function collect(img: Raster, pick: (i: number) => boolean): Float32Array {
  const out: number[] = [];
  for (let i = 0; i < img.width * img.height; i++) {
    if (pick(i)) out.push(img.data[i * 4]!, img.data[i * 4 + 1]!, img.data[i * 4 + 2]!);
  }
  return Float32Array.from(out);
}

function paintDisc(a: Uint8Array, w: number, h: number, p: Point, r: number): void {
  for (let y = Math.max(0, Math.round(p.Y) - r); y <= Math.min(h - 1, Math.round(p.Y) + r); y++) {
    for (let x = Math.max(0, Math.round(p.X) - r); x <= Math.min(w - 1, Math.round(p.X) + r); x++) {
      if ((x - p.X) ** 2 + (y - p.Y) ** 2 <= r * r) a[y * w + x] = 1;
    }
  }
}
