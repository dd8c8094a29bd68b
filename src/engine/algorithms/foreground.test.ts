import { describe, expect, it } from 'vitest';
import { cutout, estimateForeground } from './foreground';
import type { Mask } from './raster';
import { objectOnBackdrop, photoScene } from './testScenes';

function iou(a: Mask, b: Mask): number {
  let inter = 0, union = 0;
  for (let i = 0; i < a.data.length; i++) {
    const x = a.data[i]! >= 128, y = b.data[i]! >= 128;
    if (x && y) inter++;
    if (x || y) union++;
  }
  return inter / union;
}

describe('estimateForeground', () => {
  const { image, truth } = objectOnBackdrop(240, 200);

  it('separates a textured object from a plain-ish backdrop (no hints)', () => {
    expect(iou(estimateForeground(image), truth)).toBeGreaterThan(0.85);
  });

  it('works with a box, and with include / exclude points', () => {
    expect(iou(estimateForeground(image, { box: [40, 5, 200, 195] }), truth)).toBeGreaterThan(0.85);
    const pts = estimateForeground(image, { include: [{ X: 120, Y: 110 }], exclude: [{ X: 10, Y: 10 }, { X: 230, Y: 190 }] });
    expect(iou(pts, truth)).toBeGreaterThan(0.85);
  });

  it('treats everything outside the box as background, even right at a tight box edge', () => {
    const box: [number, number, number, number] = [72, 20, 168, 190]; // clips the object's sides and head
    const m = estimateForeground(image, { box });
    const inBox = (x: number, y: number): boolean => x >= box[0] && x < box[2] && y >= box[1] && y < box[3];
    let outside = 0, inter = 0, union = 0;
    for (let y = 0; y < 200; y++) for (let x = 0; x < 240; x++) {
      const v = m.data[y * 240 + x]!;
      if (!inBox(x, y)) {
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

  it('also finds the object at a size that needs the working-resolution path', () => {
    const big = objectOnBackdrop(900, 700, 8);
    expect(iou(estimateForeground(big.image), big.truth)).toBeGreaterThan(0.85);
  });

  it('maps thresholds and erode size onto a trimap: sure parts are 0/255, soft only near the edge', () => {
    const soft = (m: Mask): number => m.data.filter((v) => v > 0 && v < 255).length;
    const wide = estimateForeground(image, { erodeSize: 20 });
    const none = estimateForeground(image, { erodeSize: 0 });
    expect(soft(wide)).toBeGreaterThan(soft(none));
    // Far from the true outline everything is decided.
    expect(wide.data[5 * 240 + 5]).toBe(0);
    expect(wide.data[120 * 240 + 120]).toBe(255);
    // Adjacent thresholds leave no uncertain band: a hard mask.
    const hard = estimateForeground(image, { erodeSize: 0, backgroundThreshold: 127, foregroundThreshold: 128 });
    expect(soft(hard)).toBe(0);
    expect(iou(hard, truth)).toBeGreaterThan(0.85);
  });

  it('returns something sane for a busy scene without a clear object', () => {
    const m = estimateForeground(photoScene(160, 120, 3));
    expect(m.width).toBe(160);
    expect(m.data.length).toBe(160 * 120);
  });
});

describe('cutout', () => {
  it('keeps RGB and takes alpha from the mask', () => {
    const { image, truth } = objectOnBackdrop(60, 50);
    const out = cutout(image, truth);
    for (let p = 0; p < 60 * 50; p++) {
      expect(out.data[p * 4 + 3]).toBe(truth.data[p]);
      expect(out.data[p * 4]).toBe(image.data[p * 4]);
    }
  });
});
