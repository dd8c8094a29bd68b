/**
 * RemoveBackground / ExtractContents, classically: GrabCut on a downscaled copy
 * (segment.ts), the cut brought back to full size by a full-resolution graph cut along its
 * outline (refineCut.ts), then a soft alpha edge honouring ErodeSize, the two thresholds and
 * HairOptimization (alphaMatte.ts).
 */
import { looksHairy, matte } from './alphaMatte';
import { gaussianBlur } from './filters';
import { HARD_BG, HARD_FG } from './grabcut';
import { assertSameSize, cloneRaster } from './raster';
import type { Mask, Raster } from './raster';
import { refineCut } from './refineCut';
import { paintDisc } from './regions';
import { resize } from './resample';
import { SEED_RADIUS, segment } from './segment';
import type { Point } from './segment';

export type HairOptimization = 'auto' | 'on' | 'off';

export interface ForegroundOptions {
  /** [x1, y1, x2, y2) in image pixels: everything outside is background. */
  box?: [number, number, number, number];
  include?: Point[];
  exclude?: Point[];
  /** 0..40, default 15: how far the sure parts are eroded, i.e. the half-width of the band where alpha is solved. */
  erodeSize?: number;
  /** 0..255, default 240: soft outline at or above this is sure foreground. */
  foregroundThreshold?: number;
  /** 0..255, default 15: soft outline at or below this is sure background. */
  backgroundThreshold?: number;
  /** Default auto: on when the outline is ragged (hair, fur). */
  hairOptimization?: HairOptimization;
}

export interface Foreground {
  alpha: Mask;
  /** Foreground colour estimated in the soft band (RGB per pixel), or null when there is none. */
  colour: Float32Array | null;
}

/** GrabCut runs on about this many pixels; the full-size pass only touches the outline. */
const WORK_PIXELS = 160_000;

export function extractForeground(image: Raster, opts: ForegroundOptions = {}): Foreground {
  const { width: w, height: h } = image;
  const scale = Math.min(1, Math.sqrt(WORK_PIXELS / (w * h)));
  const sw = Math.max(1, Math.round(w * scale));
  const sh = Math.max(1, Math.round(h * scale));
  const small = scale < 1 ? resize(image, sw, sh) : image;
  const sx = sw / w, sy = sh / h;
  const at = (p: Point): Point => ({ X: (p.X + 0.5) * sx - 0.5, Y: (p.Y + 0.5) * sy - 0.5 });
  const box = opts.box;
  const include = opts.include ?? [], exclude = opts.exclude ?? [];
  const cut = segment(small, {
    ...(box ? { box: [Math.floor(box[0] * sx), Math.floor(box[1] * sy), Math.ceil(box[2] * sx), Math.ceil(box[3] * sy)] as [number, number, number, number] } : {}),
    include: include.map(at),
    exclude: exclude.map(at),
  });
  const label = refineCut(image, cut, sw, sh, hardAt(w, h, box, include, exclude));
  const hair = opts.hairOptimization === 'on' || (opts.hairOptimization !== 'off' && ragged(cut.label, sw, sh));
  const result = matte(image, label, {
    erode: Math.min(40, Math.max(0, Math.round(opts.erodeSize ?? 15))),
    fgThr: opts.foregroundThreshold ?? 240,
    bgThr: opts.backgroundThreshold ?? 15,
    hair,
  });
  // Hints are hard constraints for the soft edge too: nothing past the box, the clicked discs decided.
  if (box) clearOutside(result.alpha, box);
  const r = SEED_RADIUS * Math.min(w, h);
  for (const p of exclude) paintDisc(result.alpha.data, w, h, p, r, 0);
  for (const p of include) paintDisc(result.alpha.data, w, h, p, r, 255);
  return result;
}

/** The alpha (0..255, 255 = foreground) alone. */
export function estimateForeground(image: Raster, opts: ForegroundOptions = {}): Mask {
  return extractForeground(image, opts).alpha;
}

function ragged(label: Uint8Array, w: number, h: number): boolean {
  const src = new Float32Array(label.length);
  for (let i = 0; i < label.length; i++) src[i] = label[i]!;
  const blurred = gaussianBlur(src, w, h, 2);
  const smoothed = new Uint8Array(label.length);
  for (let i = 0; i < label.length; i++) smoothed[i] = blurred[i]! >= 0.5 ? 1 : 0;
  return looksHairy(label, w, h, smoothed);
}

/** Full-size hard seeds: outside the box, the exclude and include discs. */
function hardAt(w: number, h: number, box: ForegroundOptions['box'], include: Point[], exclude: Point[]): (i: number) => number {
  const r2 = (SEED_RADIUS * Math.min(w, h)) ** 2;
  const near = (pts: Point[], x: number, y: number): boolean => pts.some((p) => (x - p.X) ** 2 + (y - p.Y) ** 2 <= r2);
  return (i) => {
    const x = i % w, y = (i - x) / w;
    if (box && (x < box[0] || y < box[1] || x >= box[2] || y >= box[3])) return HARD_BG;
    if (near(exclude, x, y)) return HARD_BG;
    return near(include, x, y) ? HARD_FG : 0;
  };
}

function clearOutside(m: Mask, [x1, y1, x2, y2]: [number, number, number, number]): void {
  for (let y = 0; y < m.height; y++) {
    for (let x = 0; x < m.width; x++) if (x < x1 || x >= x2 || y < y1 || y >= y2) m.data[y * m.width + x] = 0;
  }
}

/**
 * RGBA cut-out: alpha from the mask; in the soft band the colour is the estimated
 * foreground colour, so the old background does not fringe the edge on a new one.
 */
export function cutout(image: Raster, alphaMask: Mask, colour: Float32Array | null = null): Raster {
  assertSameSize(image, alphaMask, 'cutout');
  const out = cloneRaster(image);
  for (let p = 0; p < alphaMask.data.length; p++) {
    const a = alphaMask.data[p]!;
    out.data[p * 4 + 3] = Math.round((image.data[p * 4 + 3]! * a) / 255);
    if (colour && a > 0 && a < 255) for (let c = 0; c < 3; c++) out.data[p * 4 + c] = Math.round(colour[p * 3 + c]!);
  }
  return out;
}
