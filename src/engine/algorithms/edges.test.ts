import { describe, expect, it } from 'vitest';
import { applyStructure, canny, lineart } from './edges';
import { createRaster, createRng } from './raster';
import type { Mask, Raster } from './raster';
import { photoScene } from './testScenes';

const W = 128, H = 112;
const RECT = { x0: 32, y0: 40, x1: 96, y1: 88 }; // bright rectangle [x0,x1) × [y0,y1)

/** Dark grainy background with a bright grainy rectangle. */
function rectangleScene(): Raster {
  const img = createRaster(W, H, [0, 0, 0, 255]);
  const rng = createRng(9);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const inside = x >= RECT.x0 && x < RECT.x1 && y >= RECT.y0 && y < RECT.y1;
      const v = (inside ? 190 : 60) + (rng() - 0.5) * 8;
      img.data.set([v, v, v], (y * W + x) * 4);
    }
  }
  return img;
}

/** Distance (Chebyshev, px) from pixel (x,y) to the rectangle's outline between pixels. */
function outlineDistance(x: number, y: number): number {
  const dx = Math.min(Math.abs(x + 0.5 - RECT.x0), Math.abs(x + 0.5 - RECT.x1));
  const dy = Math.min(Math.abs(y + 0.5 - RECT.y0), Math.abs(y + 0.5 - RECT.y1));
  const withinX = x >= RECT.x0 - 2 && x < RECT.x1 + 2;
  const withinY = y >= RECT.y0 - 2 && y < RECT.y1 + 2;
  return Math.min(withinY ? dx : Infinity, withinX ? dy : Infinity);
}

const on = (m: Mask, x: number, y: number): boolean => m.data[y * m.width + x] === 255;

describe('canny', () => {
  const edges = canny(rectangleScene());

  it('finds the four sides of the rectangle where they are', () => {
    const sides = {
      top: (x: number) => [RECT.y0 - 1, RECT.y0].some((y) => on(edges, x, y)),
      bottom: (x: number) => [RECT.y1 - 1, RECT.y1].some((y) => on(edges, x, y)),
      left: (y: number) => [RECT.x0 - 1, RECT.x0].some((x) => on(edges, x, y)),
      right: (y: number) => [RECT.x1 - 1, RECT.x1].some((x) => on(edges, x, y)),
    };
    let hits = 0, total = 0;
    for (let x = RECT.x0 + 2; x < RECT.x1 - 2; x++, total += 2) hits += Number(sides.top(x)) + Number(sides.bottom(x));
    for (let y = RECT.y0 + 2; y < RECT.y1 - 2; y++, total += 2) hits += Number(sides.left(y)) + Number(sides.right(y));
    expect(hits / total).toBeGreaterThan(0.95);
  });

  it('marks nothing in the flat areas and keeps edges thin', () => {
    let stray = 0, count = 0;
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
      if (!on(edges, x, y)) continue;
      count++;
      if (outlineDistance(x, y) > 1.5) stray++;
    }
    expect(stray).toBe(0);
    const perimeter = 2 * (RECT.x1 - RECT.x0 + RECT.y1 - RECT.y0);
    expect(count).toBeLessThan(perimeter * 1.3); // one pixel wide after non-maximum suppression
    for (let p = 0; p < edges.data.length; p++) expect(edges.data[p] === 0 || edges.data[p] === 255).toBe(true);
  });

  it('respects the thresholds', () => {
    expect(canny(rectangleScene(), { low: 5000, high: 6000 }).data.some((v) => v > 0)).toBe(false);
    const loose = canny(photoScene(96, 96, 1), { low: 20, high: 40 }).data.filter((v) => v > 0).length;
    const strict = canny(photoScene(96, 96, 1), { low: 150, high: 300 }).data.filter((v) => v > 0).length;
    expect(loose).toBeGreaterThan(strict);
  });

  it('sees edges between equally bright colours', () => {
    const img = createRaster(64, 64, [0, 0, 0, 255]);
    // Red vs green with the same Rec.601 luma (~ 90).
    for (let y = 0; y < 64; y++) for (let x = 0; x < 64; x++) img.data.set(x < 32 ? [200, 52, 0] : [0, 122, 150], (y * 64 + x) * 4);
    const e = canny(img);
    let hits = 0;
    for (let y = 4; y < 60; y++) if (on(e, 31, y) || on(e, 32, y)) hits++;
    expect(hits).toBeGreaterThan(50);
  });
});

describe('lineart', () => {
  it('draws bright lines along the outline and stays black on flat areas', () => {
    const l = lineart(rectangleScene());
    let nearSum = 0, near = 0, farSum = 0, far = 0;
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
      const d = outlineDistance(x, y);
      const v = l.data[y * W + x]!;
      if (d <= 2) {
        nearSum += v;
        near++;
      } else if (d > 6) {
        farSum += v;
        far++;
      }
    }
    expect(nearSum / near).toBeGreaterThan(60);
    expect(farSum / far).toBeLessThan(3);
  });
});

describe('applyStructure', () => {
  const base = photoScene(96, 96, 4);
  const edges = canny(base);

  it('weight 0 changes nothing', () => {
    expect(Buffer.from(applyStructure(base, edges, 0).data).equals(Buffer.from(base.data))).toBe(true);
  });

  it('darkens edge pixels in proportion to the weight and leaves the others alone', () => {
    const one = applyStructure(base, edges, 1);
    const two = applyStructure(base, edges, 2);
    let darker1 = 0, darker2 = 0, n = 0;
    for (let p = 0; p < edges.data.length; p++) {
      const l = (r: Raster): number => r.data[p * 4]! + r.data[p * 4 + 1]! + r.data[p * 4 + 2]!;
      if (edges.data[p] === 0) {
        expect(l(one)).toBe(l(base));
        continue;
      }
      n++;
      darker1 += l(base) - l(one);
      darker2 += l(base) - l(two);
    }
    expect(n).toBeGreaterThan(50);
    expect(darker1 / n).toBeGreaterThan(60);
    expect(darker2).toBeGreaterThan(darker1 * 1.3);
  });
});
