/**
 * Product shots with an exactly known outline, for the segmentation tests and benchmark:
 * a real object cut out of a photo (segmentation/outlines.ts) laid at a given position and
 * scale on a plain studio backdrop or on a real texture (grass, gravel, brick). The truth is
 * the outline's own coverage, so it is exact at any scale. Deterministic: same arguments,
 * same pixels.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import { distanceTransform } from '../../picpik/distanceTransform';
import { createMask } from '../algorithms/raster';
import type { Mask, Raster } from '../algorithms/raster';
import { resize } from '../algorithms/resample';
import { backdrop, BACKDROPS } from './segmentation/backdrops';
import type { BackdropName, Footprint } from './segmentation/backdrops';
import { insideObject, OBJECTS } from './segmentation/outlines';
import type { FixtureObject } from './segmentation/outlines';
import { FIXTURE_DIR } from './segmentation/sources';

export interface Placement {
  /** Object size relative to its crop in the source photo. */
  scale: number;
  /** Object centre as a fraction of the canvas. */
  cx: number;
  cy: number;
}

export interface SegmentationCase {
  name: string;
  object: string;
  backdrop: BackdropName;
  plain: boolean;
  image: Raster;
  truth: Mask;
  /** A loose box around the object, as a designer would drag it: [x1, y1, x2, y2), canvas pixels. */
  box: [number, number, number, number];
  /** One click on the object: its most interior pixel. */
  point: { X: number; Y: number };
}

/** Two placements per object (large and centred, smaller and off-centre); scales are for a 1152 wide canvas and follow its width. */
export const PLACEMENTS: Record<string, Placement[]> = {
  cup: [{ scale: 1.3, cx: 0.5, cy: 0.52 }, { scale: 0.8, cx: 0.34, cy: 0.6 }],
  shuttle: [{ scale: 2.6, cx: 0.5, cy: 0.5 }, { scale: 1.6, cx: 0.68, cy: 0.45 }],
  rocket: [{ scale: 2.4, cx: 0.5, cy: 0.5 }, { scale: 1.6, cx: 0.3, cy: 0.55 }],
};

export async function loadFixture(file: string): Promise<Raster> {
  const { data, info } = await sharp(join(FIXTURE_DIR, file)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data) };
}

/** Every object × backdrop × placement (or the filtered subset), at width × height. */
export async function buildCases(width = 1152, height = 864, keep: (object: string, backdrop: BackdropName) => boolean = () => true): Promise<SegmentationCase[]> {
  const textures = new Map<string, Raster>();
  for (const name of ['grass', 'gravel', 'brick']) textures.set(name, await loadFixture(`${name}.jpg`));
  const out: SegmentationCase[] = [];
  for (const obj of OBJECTS) {
    const crop = await loadFixture(obj.file);
    for (const name of BACKDROPS) {
      if (!keep(obj.name, name)) continue;
      PLACEMENTS[obj.name]!.forEach((placement, i) => {
        const scene = compose(obj, crop, placement, width, height, (bottom) => backdrop(name, width, height, textures, bottom));
        out.push({ name: `${obj.name}/${name}/${i + 1}`, object: obj.name, backdrop: name, plain: name.startsWith('plain'), ...scene, ...hints(scene.truth) });
      });
    }
  }
  return out;
}

function compose(obj: FixtureObject, crop: Raster, p: Placement, w: number, h: number, makeBackdrop: (f: Footprint) => Raster) {
  const scale = (p.scale * w) / 1152;
  const sw = Math.round(crop.width * scale), sh = Math.round(crop.height * scale);
  const scaled = resize(crop, sw, sh);
  const ox = Math.round(p.cx * w - sw / 2), oy = Math.round(p.cy * h - sh / 2);
  if (ox < 0 || oy < 0 || ox + sw > w || oy + sh > h) throw new RangeError(`${obj.name} at scale ${scale} does not fit ${w}×${h}`);
  const cover = coverage(obj, scale, sw, sh);
  const image = makeBackdrop({ left: ox, right: ox + sw, bottom: oy + sh });
  const truth = createMask(w, h);
  for (let y = 0; y < sh; y++) {
    for (let x = 0; x < sw; x++) {
      const a = cover[y * sw + x]!;
      if (a === 0) continue;
      const q = ((oy + y) * w + ox + x) * 4, s = (y * sw + x) * 4;
      for (let c = 0; c < 3; c++) image.data[q + c] = Math.round(a * scaled.data[s + c]! + (1 - a) * image.data[q + c]!);
      if (a >= 0.5) truth.data[(oy + y) * w + ox + x] = 255;
    }
  }
  return { image, truth };
}

/** Share of each canvas pixel inside the outline: exact inside and outside, 4×4 samples where its corners disagree. */
function coverage(obj: FixtureObject, scale: number, sw: number, sh: number): Float32Array {
  const [gx, gy] = obj.origin;
  const inside = (x: number, y: number): boolean => insideObject(obj, x / scale + gx, y / scale + gy);
  const corner = new Uint8Array((sw + 1) * (sh + 1));
  for (let y = 0; y <= sh; y++) for (let x = 0; x <= sw; x++) corner[y * (sw + 1) + x] = inside(x, y) ? 1 : 0;
  const out = new Float32Array(sw * sh);
  for (let y = 0; y < sh; y++) {
    for (let x = 0; x < sw; x++) {
      const c = y * (sw + 1) + x;
      const sum = corner[c]! + corner[c + 1]! + corner[c + sw + 1]! + corner[c + sw + 2]!;
      if (sum === 0 || sum === 4) {
        out[y * sw + x] = sum / 4;
        continue;
      }
      let n = 0;
      for (let j = 0; j < 4; j++) for (let i = 0; i < 4; i++) n += inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4) ? 1 : 0;
      out[y * sw + x] = n / 16;
    }
  }
  return out;
}

function hints(truth: Mask): Pick<SegmentationCase, 'box' | 'point'> {
  const { width: w, height: h } = truth;
  let x1 = w, y1 = h, x2 = 0, y2 = 0;
  const outside = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (!truth.data[y * w + x]) {
        outside[y * w + x] = 1;
        continue;
      }
      x1 = Math.min(x1, x); y1 = Math.min(y1, y); x2 = Math.max(x2, x + 1); y2 = Math.max(y2, y + 1);
    }
  }
  const m = Math.round(Math.max(6, 0.04 * Math.max(x2 - x1, y2 - y1)));
  const dist = distanceTransform(outside, w, h);
  let best = 0;
  for (let i = 1; i < dist.length; i++) if (dist[i]! > dist[best]!) best = i;
  return {
    box: [Math.max(0, x1 - m), Math.max(0, y1 - m), Math.min(w, x2 + m), Math.min(h, y2 + m)],
    point: { X: best % w, Y: Math.floor(best / w) },
  };
}

export function iou(a: Mask, b: Mask): number {
  let inter = 0, union = 0;
  for (let i = 0; i < a.data.length; i++) {
    const x = a.data[i]! >= 128, y = b.data[i]! >= 128;
    if (x && y) inter++;
    if (x || y) union++;
  }
  return union === 0 ? 1 : inter / union;
}
