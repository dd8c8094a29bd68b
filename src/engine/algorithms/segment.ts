/**
 * Interactive foreground segmentation from the hints RemoveBackground / ExtractContents
 * send: GrabCut (grabcut.ts) seeded from them. Outside the box, the picture's border and
 * discs around exclude points are hard background; discs around include points are hard
 * foreground. The first foreground guess is "unlike the background's colours" (restricted to
 * the clicked object when there are include points), which lets GrabCut start from the
 * object rather than from everything inside the box. Afterwards only the object is kept:
 * the parts connected to an include point, or, without points, the large parts.
 */
import { flattenBackdrop, novelPixels } from './firstGuess';
import type { Surface } from './firstGuess';
import { grabCut, HARD_BG, HARD_FG, UNKNOWN } from './grabcut';
import type { CutResult } from './grabcut';
import type { Raster } from './raster';
import { components, paintDisc } from './regions';

export interface Point {
  X: number;
  Y: number;
}

export interface Seeds {
  /** [x1, y1, x2, y2) in this image's pixels. */
  box?: [number, number, number, number];
  include: Point[];
  exclude: Point[];
}

/** Radius of the hard disc around each include / exclude point, as a share of the shorter side. */
export const SEED_RADIUS = 0.012;
/** Without include points, foreground parts smaller than this share of the largest are dropped. */
const MIN_PART = 0.05;

export interface Segmentation extends CutResult {
  /** The backdrop colour surface the colour models were fitted after removing. */
  surface: Surface;
}

/** Labels (1 = foreground) at this image's size, with the colour models that produced them. */
export function segment(img: Raster, seeds: Seeds): Segmentation {
  const { width: w, height: h } = img;
  const hard = hardSeeds(w, h, seeds);
  const bg: number[] = [];
  for (let i = 0; i < w * h; i++) if (hard[i] === HARD_BG) bg.push(i);
  if (bg.length < 16) for (let i = 0; i < w * h; i++) if (hard[i] !== HARD_FG) bg.push(i);
  // Colour models see the picture with the backdrop's light fall-off taken out; edges use the picture itself.
  // The fall-off is fitted on the frame (border or outside the box) alone: excluded objects are no backdrop.
  const frame = hardSeeds(w, h, { ...seeds, include: [], exclude: [] });
  const frameIdx: number[] = [];
  for (let i = 0; i < w * h; i++) if (frame[i] === HARD_BG) frameIdx.push(i);
  const { flat, surface } = flattenBackdrop(img, Int32Array.from(frameIdx.length >= 16 ? frameIdx : bg));
  const init = firstGuess(flat, Int32Array.from(bg), hard, seeds);
  const result = grabCut({ image: img, colours: flat, hard, init });
  keepObject(result.label, w, h, hard, seeds.include.length > 0);
  return { ...result, surface };
}

function hardSeeds(w: number, h: number, seeds: Seeds): Uint8Array {
  const hard = new Uint8Array(w * h);
  if (seeds.box) {
    const [x1, y1, x2, y2] = seeds.box;
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (x < x1 || x >= x2 || y < y1 || y >= y2) hard[y * w + x] = HARD_BG;
  }
  // The picture's own border is background unless the box reaches it.
  const b = Math.max(1, Math.round(0.01 * Math.min(w, h)));
  if (!seeds.box) {
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (x < b || y < b || x >= w - b || y >= h - b) hard[y * w + x] = HARD_BG;
  }
  const r = Math.max(2, Math.round(SEED_RADIUS * Math.min(w, h)));
  for (const p of seeds.exclude) paintDisc(hard, w, h, p, r, HARD_BG);
  for (const p of seeds.include) paintDisc(hard, w, h, p, r, HARD_FG);
  return hard;
}

/** Where GrabCut starts: the novel colours (restricted to the clicked object when there are include points). */
function firstGuess(flat: Raster, bg: Int32Array, hard: Uint8Array, seeds: Seeds): Uint8Array {
  const { width: w, height: h } = flat;
  const n = w * h;
  const init = novelPixels(flat, bg, (i) => hard[i] === HARD_BG);
  if (seeds.include.length > 0) keepObject(init, w, h, hard, true);
  let count = 0, area = 0;
  for (let i = 0; i < n; i++) {
    count += init[i]!;
    if (hard[i] === UNKNOWN) area++;
  }
  // Nothing stands out (or only the clicked disc): start from the whole candidate area instead.
  if (count < 0.01 * area) for (let i = 0; i < n; i++) init[i] = hard[i] === HARD_BG ? 0 : 1;
  return init;
}

/** Keeps the foreground parts holding hard foreground (with include points) or the large ones. */
function keepObject(label: Uint8Array, w: number, h: number, hard: Uint8Array, byPoints: boolean): void {
  const { id, sizes } = components(label, w, h);
  const keep = new Uint8Array(sizes.length);
  if (byPoints) {
    for (let i = 0; i < label.length; i++) if (hard[i] === HARD_FG && id[i]! >= 0) keep[id[i]!] = 1;
  } else {
    const largest = Math.max(0, ...sizes);
    sizes.forEach((s, c) => (keep[c] = s >= MIN_PART * largest ? 1 : 0));
  }
  for (let i = 0; i < label.length; i++) label[i] = hard[i] === HARD_FG || (id[i]! >= 0 && keep[id[i]!]) ? 1 : 0;
}
