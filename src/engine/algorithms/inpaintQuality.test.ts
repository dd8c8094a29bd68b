// What a designer would notice in a content-aware fill: texture pasted into flat sky, a broken
// edge, a visible outline. Synthetic pictures with known answers; the photo bench is scripts/bench/fill.ts.
import { describe, expect, it } from 'vitest';
import { inpaint } from './inpaint';
import { createRaster, createRng, luminance } from './raster';
import type { Mask, Raster } from './raster';
import { discMask, valueNoise } from './testScenes';

const S = 192;

/** Mean |Laplacian| of luminance over the pixels where `keep` holds. */
function detail(img: Raster, keep: (x: number, y: number) => boolean): number {
  const l = luminance(img);
  let sum = 0;
  let n = 0;
  for (let y = 1; y < S - 1; y++) {
    for (let x = 1; x < S - 1; x++) {
      if (!keep(x, y)) continue;
      const p = y * S + x;
      sum += Math.abs(4 * l[p]! - l[p - 1]! - l[p + 1]! - l[p - S]! - l[p + S]!);
      n++;
    }
  }
  return sum / n;
}

/** Smooth sky above, a dark noisy "head of hair" (a disc) rising into it from below. */
function headAgainstSky(): Raster {
  const img = createRaster(S, S, [0, 0, 0, 255]);
  const rng = createRng(11);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const hair = Math.hypot(x - 80, y - 150) < 70;
      const v = hair ? 40 + 60 * rng() : 170 + (y / S) * 40;
      img.data.set([v, v, hair ? v : v + 30, 255], (y * S + x) * 4);
    }
  }
  return img;
}

const inMask = (mask: Mask, x: number, y: number): boolean => mask.data[y * S + x]! >= 128;

/** A brush stroke of radius r from a to b. */
function strokeMask(a: { x: number; y: number }, b: { x: number; y: number }, r: number): Mask {
  const mask: Mask = { width: S, height: S, data: new Uint8Array(S * S) };
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const t = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy)));
      if (Math.hypot(x - a.x - t * dx, y - a.y - t * dy) <= r) mask.data[y * S + x] = 255;
    }
  }
  return mask;
}

describe('inpaint quality', () => {
  it('pastes no hair into the sky next to a head', () => {
    const img = headAgainstSky();
    const mask = discMask(S, S, 140, 80, 30); // over the head's edge, mostly sky
    const out = inpaint(img, mask, { seed: 1 });
    // Sky part of the hole more than 10 px outside the true head outline (the continued outline may bulge a little).
    const sky = (x: number, y: number): boolean => inMask(mask, x, y) && Math.hypot(x - 80, y - 150) > 80;
    const skyDetail = detail(img, (x, y) => y < 60 && x > 100);
    expect(detail(out, sky)).toBeLessThan(skyDetail + 3);
  });

  it('continues the outline of a head across a stroke along its edge, without a bulge of hair into the sky', () => {
    // Hair with soft light and dark blotches (smooth spots inside the texture), a stroke lying along the head's edge.
    const img = createRaster(S, S, [0, 0, 0, 255]);
    const rng = createRng(11);
    const blotches = valueNoise(S, S, 8, 5);
    for (let y = 0; y < S; y++) {
      for (let x = 0; x < S; x++) {
        const hair = Math.hypot(x - 80, y - 150) < 70;
        const v = hair ? 30 + 80 * blotches[y * S + x]! + 10 * rng() : 170 + (y / S) * 40;
        img.data.set([v, v, hair ? v : v + 30, 255], (y * S + x) * 4);
      }
    }
    const mask = strokeMask({ x: 120, y: 70 }, { x: 150, y: 120 }, 24);
    const l = luminance(inpaint(img, mask, { seed: 1 }));
    // Hair is darker than 135, sky lighter: hair-dark pixels of the hole clearly outside the head.
    let hair = 0;
    let outside = 0;
    for (let y = 0; y < S; y++) {
      for (let x = 0; x < S; x++) {
        if (!inMask(mask, x, y) || Math.hypot(x - 80, y - 150) < 74) continue;
        outside++;
        if (l[y * S + x]! < 135) hair++;
      }
    }
    // Nearest-outline sides gave 8.5 %: the hair took every hole pixel nearer to it than to the sky.
    expect(hair / outside).toBeLessThan(0.02);
  });

  it('pastes no texture onto a plain wall next to a textured object', () => {
    // A coloured, noisy box (books on a shelf) standing in front of a plain wall lit from the left.
    const img = createRaster(S, S, [0, 0, 0, 255]);
    const rng = createRng(21);
    const inBox = (x: number, y: number): boolean => x >= 30 && x < 110 && y >= 70;
    for (let y = 0; y < S; y++) {
      for (let x = 0; x < S; x++) {
        const n = rng();
        const px = inBox(x, y) ? [60 + 120 * n, 90 + 40 * n, 40 + 30 * rng()] : [200 - x / 8, 190 - x / 8, 175 - x / 8];
        img.data.set([...px, 255], (y * S + x) * 4);
      }
    }
    const mask = discMask(S, S, 115, 75, 28); // over the box's top right corner, mostly wall
    const out = inpaint(img, mask, { seed: 4 });
    // Wall part of the hole more than 8 px from the box.
    const wall = (x: number, y: number): boolean => inMask(mask, x, y) && (x >= 118 || y < 62);
    const wallDetail = detail(img, (x, y) => x > 130 && y > 120);
    expect(detail(out, wall)).toBeLessThan(wallDetail + 3);
  });

  it('continues a straight edge across the hole', () => {
    const img = createRaster(S, S, [0, 0, 0, 255]);
    const rng = createRng(5);
    const dark = (x: number, y: number): boolean => x < 0.5 * y + 50; // a slanted edge
    for (let y = 0; y < S; y++) {
      for (let x = 0; x < S; x++) {
        const v = (dark(x, y) ? 50 : 200) + 20 * rng();
        img.data.set([v, v, v, 255], (y * S + x) * 4);
      }
    }
    const mask = discMask(S, S, 0.5 * 96 + 50, 96, 26);
    const out = inpaint(img, mask, { seed: 2 });
    let wrong = 0;
    let counted = 0;
    for (let y = 0; y < S; y++) {
      for (let x = 0; x < S; x++) {
        // Judge pixels clearly on one side (more than 3 px from the edge line).
        if (!inMask(mask, x, y) || Math.abs(x - (0.5 * y + 50)) / Math.hypot(1, 0.5) < 3) continue;
        counted++;
        if (out.data[(y * S + x) * 4]! < 125 !== dark(x, y)) wrong++;
      }
    }
    expect(wrong / counted).toBeLessThan(0.05);
  });

  it('continues a sky darkening upwards without steps where two copies meet', () => {
    // A smooth dusk sky with a little grain beside a latticed tower: copies of sky from other heights differ in level.
    const img = createRaster(S, S, [0, 0, 0, 255]);
    const rng = createRng(13);
    const tower = (x: number, y: number): boolean => x >= 30 && x < 62 && ((x + y) % 12 < 2 || (x - y + 240) % 12 < 2 || x < 33 || x >= 59);
    for (let y = 0; y < S; y++) {
      for (let x = 0; x < S; x++) {
        const v = 40 + 0.6 * y + (rng() - 0.5) * 3;
        img.data.set(tower(x, y) ? [150, 110, 60, 255] : [v * 0.5, v * 0.8, v + 40, 255], (y * S + x) * 4);
      }
    }
    const mask = discMask(S, S, 110, 96, 36); // sky only, 12 px right of the tower
    const out = inpaint(img, mask, { seed: 1 });
    // Row means of the hole's sky (away from the tower) should climb as the sky does: about 0.6 a row.
    const rowMean = (r: Raster, y: number): number => {
      const l = luminance(r);
      let sum = 0, n = 0;
      for (let x = 90; x < 140; x++) if (inMask(mask, x, y)) { sum += l[y * S + x]!; n++; }
      return sum / n;
    };
    let worst = 0;
    for (let y = 70; y < 122; y++) worst = Math.max(worst, Math.abs(rowMean(out, y + 1) - rowMean(out, y) - (rowMean(img, y + 1) - rowMean(img, y))));
    expect(worst).toBeLessThan(1.5);
  });

  it('leaves no step at the outline where the light changes across the picture', () => {
    // Noise over a strong left-to-right brightness ramp: any source patch from elsewhere has the wrong level.
    const img = createRaster(S, S, [0, 0, 0, 255]);
    const rng = createRng(8);
    for (let p = 0; p < S * S; p++) {
      const v = 40 + ((p % S) / S) * 170 + 24 * rng();
      img.data.set([v, v * 0.9, v * 0.8, 255], p * 4);
    }
    const mask = discMask(S, S, 96, 96, 40);
    const out = inpaint(img, mask, { seed: 3 });
    // Mean signed difference between the first hole pixels and the known pixels right outside, per row side.
    let step = 0;
    let n = 0;
    for (let y = 0; y < S; y++) {
      for (let x = 1; x < S; x++) {
        const a = inMask(mask, x - 1, y);
        if (a === inMask(mask, x, y)) continue;
        const [hx, kx] = a ? [x - 1, x] : [x, x - 1]; // hole pixel, known pixel
        step += Math.abs(meanAround(out, hx, y) - meanAround(out, kx, y, true, mask));
        n++;
      }
    }
    expect(step / n).toBeLessThan(8); // the noise alone gives about 3; a level mismatch gives 20+
  });
});

/** Mean luminance of the 5×5 box around (x, y) on one side of the outline. */
function meanAround(img: Raster, x: number, y: number, known = false, mask?: Mask): number {
  const l = luminance(img);
  let s = 0;
  let n = 0;
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) {
      const xx = x + dx;
      const yy = y + dy;
      if (xx < 0 || yy < 0 || xx >= S || yy >= S) continue;
      if (mask && inMask(mask, xx, yy) === known) continue;
      s += l[yy * S + xx]!;
      n++;
    }
  }
  return n ? s / n : 0;
}
