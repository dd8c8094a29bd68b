import { beforeAll, describe, expect, it } from 'vitest';
import { buildCases, iou } from '../testing/segmentationCases';
import type { SegmentationCase } from '../testing/segmentationCases';
import { cutout, estimateForeground, extractForeground } from './foreground';
import type { Mask } from './raster';
import { objectOnBackdrop, photoScene } from './testScenes';

const softCount = (m: Mask): number => m.data.filter((v) => v > 0 && v < 255).length;

describe('estimateForeground on a synthetic object', () => {
  const { image, truth } = objectOnBackdrop(240, 200);

  it('separates a textured object from a plain-ish backdrop, with or without hints', () => {
    expect(iou(estimateForeground(image), truth)).toBeGreaterThan(0.9);
    expect(iou(estimateForeground(image, { box: [40, 5, 200, 195] }), truth)).toBeGreaterThan(0.9);
    const pts = estimateForeground(image, { include: [{ X: 120, Y: 110 }], exclude: [{ X: 10, Y: 10 }, { X: 230, Y: 190 }] });
    expect(iou(pts, truth)).toBeGreaterThan(0.9);
  });

  it('treats everything outside the box as background, even right at a tight box edge', () => {
    const box: [number, number, number, number] = [72, 20, 168, 190]; // clips the object's sides and head
    const m = estimateForeground(image, { box });
    let outside = 0, inter = 0, union = 0;
    for (let y = 0; y < 200; y++) for (let x = 0; x < 240; x++) {
      const v = m.data[y * 240 + x]!;
      if (x < box[0] || x >= box[2] || y < box[1] || y >= box[3]) {
        if (v !== 0) outside++;
        continue;
      }
      const a = v >= 128, b = truth.data[y * 240 + x]! >= 128;
      if (a && b) inter++;
      if (a || b) union++;
    }
    expect(outside).toBe(0);
    expect(inter / union).toBeGreaterThan(0.85);
  });

  it('honours include and exclude points as hard constraints, in full-size pixels', () => {
    // An include point on the backdrop and an exclude point on the object both win.
    const m = estimateForeground(image, { include: [{ X: 20, Y: 100 }, { X: 120, Y: 110 }], exclude: [{ X: 120, Y: 60 }] });
    expect(truth.data[100 * 240 + 20]).toBe(0);
    expect(m.data[100 * 240 + 20]).toBe(255);
    expect(truth.data[60 * 240 + 120]).toBe(255);
    expect(m.data[60 * 240 + 120]).toBe(0);
  });

  it('maps thresholds and erode size onto a trimap: sure parts are 0/255, soft only near the edge', () => {
    const wide = estimateForeground(image, { erodeSize: 20 });
    const none = estimateForeground(image, { erodeSize: 0 });
    expect(softCount(wide)).toBeGreaterThan(softCount(none));
    expect(wide.data[5 * 240 + 5]).toBe(0);
    expect(wide.data[120 * 240 + 120]).toBe(255);
    // Adjacent thresholds leave no uncertain band: a hard mask.
    const hard = estimateForeground(image, { erodeSize: 0, backgroundThreshold: 127, foregroundThreshold: 128 });
    expect(softCount(hard)).toBe(0);
    expect(iou(hard, truth)).toBeGreaterThan(0.9);
    // A foreground threshold of 0 calls everything sure foreground.
    expect(estimateForeground(image, { foregroundThreshold: 0 }).data.every((v) => v === 255)).toBe(true);
  });

  it('solves alpha over a wider band with HairOptimization on than off', () => {
    const on = estimateForeground(image, { hairOptimization: 'on' });
    const off = estimateForeground(image, { hairOptimization: 'off' });
    expect(softCount(on)).toBeGreaterThan(softCount(off));
    expect(iou(on, truth)).toBeGreaterThan(0.85);
  });

  it('finds the object at a size that needs the working-resolution path', () => {
    const big = objectOnBackdrop(900, 700, 8);
    expect(iou(estimateForeground(big.image), big.truth)).toBeGreaterThan(0.9);
  });

  it('returns something sane for a busy scene without a clear object', () => {
    const m = estimateForeground(photoScene(160, 120, 3));
    expect(m.width).toBe(160);
    expect(m.data.length).toBe(160 * 120);
  });
});

describe('estimateForeground on real product shots with a known outline', () => {
  let cases: SegmentationCase[];
  beforeAll(async () => {
    cases = await buildCases(576, 432, (object, backdrop) => (object === 'cup' && backdrop === 'plain-blue') || (object === 'shuttle' && backdrop === 'grass') || (object === 'rocket' && backdrop === 'gravel'));
  });
  const get = (name: string): SegmentationCase => cases.find((c) => c.name === name)!;

  it('cuts the cup from a plain backdrop with no hint', () => {
    const c = get('cup/plain-blue/1');
    expect(iou(estimateForeground(c.image), c.truth)).toBeGreaterThan(0.95);
  });

  it('cuts the shuttle and the rocket from grass and gravel with a box or one include point', () => {
    for (const c of [get('shuttle/grass/2'), get('rocket/gravel/1')]) {
      expect(iou(estimateForeground(c.image, { box: c.box }), c.truth)).toBeGreaterThan(0.9);
      expect(iou(estimateForeground(c.image, { include: [c.point] }), c.truth)).toBeGreaterThan(0.9);
    }
  });
});

describe('cutout', () => {
  it('keeps RGB where alpha is sure and takes alpha from the mask', () => {
    const { image, truth } = objectOnBackdrop(60, 50);
    const out = cutout(image, truth);
    for (let p = 0; p < 60 * 50; p++) {
      expect(out.data[p * 4 + 3]).toBe(truth.data[p]);
      expect(out.data[p * 4]).toBe(image.data[p * 4]);
    }
  });

  it('replaces the colour of soft edge pixels with the estimated foreground colour', () => {
    // A white square on black: edge pixels are grey mixtures; their foreground colour is white.
    const w = 80, h = 80;
    const { image } = objectOnBackdrop(w, h);
    const along = (v: number): number => Math.max(0, Math.min(v + 1, 60.6) - Math.max(v, 20.3)); // square edges between pixels
    for (let p = 0; p < w * h; p++) {
      const cover = along(p % w) * along(Math.floor(p / w));
      image.data.set([255 * cover, 255 * cover, 255 * cover, 255], p * 4);
    }
    const { alpha, colour } = extractForeground(image, { erodeSize: 3 });
    const out = cutout(image, alpha, colour);
    let soft = 0;
    for (let p = 0; p < w * h; p++) {
      const a = out.data[p * 4 + 3]!;
      if (a <= 80 || a >= 255) continue;
      soft++;
      expect(out.data[p * 4]).toBeGreaterThan(200);
    }
    expect(soft).toBeGreaterThan(0);
  });
});
