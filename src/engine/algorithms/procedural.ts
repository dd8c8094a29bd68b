/**
 * Procedural backgrounds: seeded fractal gradient noise (Perlin-style fBm)
 * mapped through a palette, with a soft vertical gradient so the result reads
 * as a scene (light "sky" at the top, denser "ground" at the bottom).
 */
import type { Raster, Rgb } from './raster';
import { createRaster, createRng } from './raster';

export { paletteFromPrompts } from './palette';

export interface SynthesizeOptions {
  seed: number;
  /** At least one colour; the first colours land at the top, the last at the bottom. */
  palette: Rgb[];
  /** Periodic noise, no vertical gradient: the picture tiles seamlessly both ways. Default false. */
  tileable?: boolean;
  /** Noise octaves, 1..8; default 6. */
  octaves?: number;
}

export function synthesize(width: number, height: number, opts: SynthesizeOptions): Raster {
  if (opts.palette.length === 0) throw new RangeError('synthesize: empty palette');
  const octaves = Math.min(8, Math.max(1, Math.round(opts.octaves ?? 6)));
  const tileable = opts.tileable ?? false;
  const noise = fbm(width, height, opts.seed, octaves, tileable);
  // A second, coarse field modulates brightness a little: light patches / shade.
  const shade = fbm(width, height, opts.seed ^ 0x5bd1e995, 2, tileable);
  const out = createRaster(width, height, [0, 0, 0, 255]);
  const pal = opts.palette;
  for (let y = 0; y < height; y++) {
    const v = (y + 0.5) / height;
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      const n = Math.min(1, Math.max(0, 0.5 + noise[p]! * 1.6));
      const t = tileable ? n : 0.55 * n + 0.45 * v;
      const light = (tileable ? 1 : 1.08 - 0.18 * v) * (1 + 0.12 * shade[p]!);
      const f = t * (pal.length - 1);
      const i = Math.min(pal.length - 1, Math.floor(f));
      const j = Math.min(pal.length - 1, i + 1);
      const k = f - i;
      const a = pal[i]!;
      const b = pal[j]!;
      for (let c = 0; c < 3; c++) out.data[p * 4 + c] = (a[c]! + (b[c]! - a[c]!) * k) * light;
    }
  }
  return out;
}

/**
 * Sum of gradient-noise octaves (lacunarity 2, gain 0.5), roughly in [-0.5, 0.5].
 * Lattice cells are whole numbers across each side, so wrapping the lattice
 * indices makes the noise exactly periodic over the picture when tileable.
 */
export function fbm(width: number, height: number, seed: number, octaves: number, tileable: boolean): Float32Array {
  const out = new Float32Array(width * height);
  const aspect = width / height;
  const baseX = Math.max(2, Math.round(3 * Math.max(1, aspect)));
  const baseY = Math.max(2, Math.round(3 * Math.max(1, 1 / aspect)));
  let amp = 1;
  let total = 0;
  for (let o = 0; o < octaves; o++) {
    const cx = baseX << o;
    const cy = baseY << o;
    addOctave(out, width, height, cx, cy, amp, createRng((seed >>> 0) + o * 7919), tileable);
    total += amp;
    amp *= 0.5;
  }
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / total;
  return out;
}

function addOctave(out: Float32Array, w: number, h: number, cx: number, cy: number, amp: number, rng: () => number, wrap: boolean): void {
  // Gradient table for (cx+1)×(cy+1) lattice points; wrapping reuses row/column 0 at the far side.
  const gw = cx + 1;
  const gx = new Float32Array(gw * (cy + 1));
  const gy = new Float32Array(gw * (cy + 1));
  for (let j = 0; j <= cy; j++) {
    for (let i = 0; i <= cx; i++) {
      const src = wrap ? (j % cy) * gw + (i % cx) : j * gw + i;
      if (src !== j * gw + i) {
        gx[j * gw + i] = gx[src]!;
        gy[j * gw + i] = gy[src]!;
        continue;
      }
      const a = rng() * Math.PI * 2;
      gx[j * gw + i] = Math.cos(a);
      gy[j * gw + i] = Math.sin(a);
    }
  }
  for (let y = 0; y < h; y++) {
    const fy = ((y + 0.5) / h) * cy;
    const iy = Math.min(cy - 1, Math.floor(fy));
    const ty = fy - iy;
    const v = fade(ty);
    for (let x = 0; x < w; x++) {
      const fx = ((x + 0.5) / w) * cx;
      const ix = Math.min(cx - 1, Math.floor(fx));
      const tx = fx - ix;
      const g00 = iy * gw + ix;
      const g10 = g00 + 1;
      const g01 = g00 + gw;
      const g11 = g01 + 1;
      const n00 = gx[g00]! * tx + gy[g00]! * ty;
      const n10 = gx[g10]! * (tx - 1) + gy[g10]! * ty;
      const n01 = gx[g01]! * tx + gy[g01]! * (ty - 1);
      const n11 = gx[g11]! * (tx - 1) + gy[g11]! * (ty - 1);
      const u = fade(tx);
      const a = n00 + (n10 - n00) * u;
      const b = n01 + (n11 - n01) * u;
      out[y * w + x] = out[y * w + x]! + amp * (a + (b - a) * v);
    }
  }
}

/** Perlin's quintic fade: C2-continuous across lattice cells. */
function fade(t: number): number {
  return t * t * t * (t * (t * 6 - 15) + 10);
}
