import { describe, expect, it } from 'vitest';
import { minCut, SLOT_DX, SLOT_DY } from './maxflow';
import { createRng } from './raster';

/** A w×h 8-connected grid with random symmetric or asymmetric capacities and terminal weights. */
function randomGrid(w: number, h: number, seed: number) {
  const rng = createRng(seed);
  const n = w * h;
  const nbr = new Int32Array(n * 8).fill(-1);
  const cap = new Int32Array(n * 8);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    for (let k = 0; k < 8; k++) {
      const xx = x + SLOT_DX[k]!, yy = y + SLOT_DY[k]!;
      if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
      nbr[(y * w + x) * 8 + k] = yy * w + xx;
      cap[(y * w + x) * 8 + k] = Math.floor(rng() * 10);
    }
  }
  const tr = Int32Array.from({ length: n }, () => Math.floor(rng() * 41) - 20);
  return { n, nbr, cap, tr };
}

/** Cost of a partition: source→node for sink-side nodes, node→sink for source-side ones, arcs from source side to sink side. */
function cutCost(g: ReturnType<typeof randomGrid>, side: (i: number) => boolean): number {
  let cost = 0;
  for (let i = 0; i < g.n; i++) {
    const t = g.tr[i]!;
    if (side(i) && t < 0) cost += -t;
    if (!side(i) && t > 0) cost += t;
    for (let k = 0; k < 8; k++) {
      const j = g.nbr[i * 8 + k]!;
      if (j >= 0 && side(i) && !side(j)) cost += g.cap[i * 8 + k]!;
    }
  }
  return cost;
}

describe('minCut (Boykov–Kolmogorov)', () => {
  it('finds a cut as cheap as the best of all partitions on small random grids', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const g = randomGrid(4, 3, seed);
      const copy = { n: g.n, nbr: g.nbr, cap: Int32Array.from(g.cap), tr: Int32Array.from(g.tr) };
      const side = minCut(copy);
      let best = Infinity;
      for (let mask = 0; mask < 1 << g.n; mask++) best = Math.min(best, cutCost(g, (i) => ((mask >> i) & 1) === 1));
      expect(cutCost(g, (i) => side[i] === 1)).toBe(best);
    }
  });

  it('keeps nodes tied to the source on the source side and splits a grid along its weakest column', () => {
    const w = 30, h = 20;
    const g = randomGrid(w, h, 7);
    g.cap.fill(0);
    for (let i = 0; i < g.n; i++) {
      for (let k = 0; k < 8; k++) {
        const j = g.nbr[i * 8 + k]!;
        if (j < 0) continue;
        // Links crossing between columns 11 and 12 are cheap, everything else is strong.
        const a = i % w, b = j % w;
        g.cap[i * 8 + k] = Math.min(a, b) === 11 && Math.max(a, b) === 12 ? 1 : 50;
      }
      g.tr[i] = i % w === 0 ? 1000 : i % w === w - 1 ? -1000 : 0;
    }
    const side = minCut(g);
    for (let i = 0; i < g.n; i++) expect(side[i]).toBe(i % w <= 11 ? 1 : 0);
  });
});
