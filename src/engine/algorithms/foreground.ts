/**
 * RemoveBackground / ExtractContents, classically: segment at a working
 * resolution (segment.ts), then build a trimap the way rembg's alpha matting
 * does (ForegroundThreshold / BackgroundThreshold on the soft mask, both sure
 * regions eroded by ErodeSize) and solve alpha in the unknown band by projecting
 * each pixel's colour onto the line between local foreground and background colours.
 */
import { distanceTransform, gaussianBlur } from './filters';
import { pushPullFill } from './fill';
import { assertSameSize, cloneRaster, createMask } from './raster';
import type { Mask, Raster } from './raster';
import { resize, resizeMask } from './resample';
import { segment } from './segment';
import type { Point } from './segment';

export interface ForegroundOptions {
  /** x1, y1, x2, y2 in image pixels: everything outside is background. */
  box?: [number, number, number, number];
  include?: Point[];
  exclude?: Point[];
  /** 0..40, default 15: width of the uncertain band on each side of the edge. */
  erodeSize?: number;
  /** 0..255, default 240: soft mask at or above this is sure foreground. */
  foregroundThreshold?: number;
  /** 0..255, default 15: soft mask at or below this is sure background. */
  backgroundThreshold?: number;
}

/** Segmentation runs with the longer side at most this big; matting runs at full size. */
const WORK_SIDE = 512;

export function estimateForeground(image: Raster, opts: ForegroundOptions = {}): Mask {
  const { width: w, height: h } = image;
  const scale = Math.min(1, WORK_SIDE / Math.max(w, h));
  const sw = Math.max(1, Math.round(w * scale));
  const sh = Math.max(1, Math.round(h * scale));
  const small = scale < 1 ? resize(image, sw, sh) : image;
  const sx = sw / w, sy = sh / h;
  const scalePt = (p: Point): Point => ({ X: p.X * sx, Y: p.Y * sy });
  const label = segment(small, {
    ...(opts.box ? { box: [opts.box[0] * sx, opts.box[1] * sy, opts.box[2] * sx, opts.box[3] * sy] as [number, number, number, number] } : {}),
    include: (opts.include ?? []).map(scalePt),
    exclude: (opts.exclude ?? []).map(scalePt),
  });
  const soft = softMask(label, sw, sh, w, h);
  const alpha = matte(image, soft, {
    erode: Math.min(40, Math.max(0, Math.round(opts.erodeSize ?? 15))),
    fgThr: opts.foregroundThreshold ?? 240,
    bgThr: opts.backgroundThreshold ?? 15,
  });
  if (opts.box) clearOutside(alpha, opts.box); // the soft edge and matting must not leak past the box
  return alpha;
}

function clearOutside(m: Mask, [x1, y1, x2, y2]: [number, number, number, number]): void {
  for (let y = 0; y < m.height; y++) {
    for (let x = 0; x < m.width; x++) if (!(x >= x1 && x < x2 && y >= y1 && y < y2)) m.data[y * m.width + x] = 0;
  }
}

/** Working-resolution labels → full-size 0..255 soft mask (bilinear + light blur hides the upscale steps). */
function softMask(label: Uint8Array, sw: number, sh: number, w: number, h: number): Float32Array {
  const small = createMask(sw, sh);
  for (let i = 0; i < label.length; i++) small.data[i] = label[i] ? 255 : 0;
  const up = resizeMask(small, w, h);
  return gaussianBlur(Float32Array.from(up.data), w, h, Math.max(0.7, (0.5 * w) / sw));
}

interface MatteParams {
  erode: number;
  fgThr: number;
  bgThr: number;
}

function matte(image: Raster, soft: Float32Array, prm: MatteParams): Mask {
  const { width: w, height: h, data } = image;
  const n = w * h;
  const sureFg = erode(soft, w, h, (v) => v >= prm.fgThr, prm.erode);
  const sureBg = erode(soft, w, h, (v) => v <= prm.bgThr, prm.erode);
  const F = new Float32Array(n * 3);
  const B = new Float32Array(n * 3);
  for (let i = 0; i < n * 3; i++) F[i] = B[i] = data[(i / 3 | 0) * 4 + (i % 3)]!;
  const haveF = pushPullFill(F, sureFg, w, h, 3);
  const haveB = pushPullFill(B, sureBg, w, h, 3);
  const out = createMask(w, h);
  for (let p = 0; p < n; p++) {
    if (sureFg[p]) {
      out.data[p] = 255;
      continue;
    }
    if (sureBg[p]) continue;
    let a = soft[p]! / 255;
    if (haveF && haveB) {
      let dot = 0, len = 0;
      for (let c = 0; c < 3; c++) {
        const fb = F[p * 3 + c]! - B[p * 3 + c]!;
        dot += (data[p * 4 + c]! - B[p * 3 + c]!) * fb;
        len += fb * fb;
      }
      // Colour-line projection only where foreground and background colours really differ.
      if (len > 400) a = Math.min(1, Math.max(0, dot / len));
    }
    out.data[p] = Math.round(a * 255);
  }
  return out;
}

/** Pixels meeting `pred` whose distance to any pixel not meeting it exceeds r (disc erosion). */
function erode(soft: Float32Array, w: number, h: number, pred: (v: number) => boolean, r: number): Uint8Array {
  const inside = new Uint8Array(w * h);
  const outside = new Uint8Array(w * h);
  for (let i = 0; i < inside.length; i++) {
    if (pred(soft[i]!)) inside[i] = 1;
    else outside[i] = 1;
  }
  if (r === 0) return inside;
  const dist = distanceTransform(outside, w, h);
  for (let i = 0; i < inside.length; i++) if (inside[i] && dist[i]! <= r) inside[i] = 0;
  return inside;
}

/** RGBA cut-out: the image with its alpha multiplied by the mask. */
export function cutout(image: Raster, alphaMask: Mask): Raster {
  assertSameSize(image, alphaMask, 'cutout');
  const out = cloneRaster(image);
  for (let p = 0; p < alphaMask.data.length; p++) {
    out.data[p * 4 + 3] = Math.round((image.data[p * 4 + 3]! * alphaMask.data[p]!) / 255);
  }
  return out;
}
