/**
 * Prompt text → colour palette. Colour and scene words map to hand-picked
 * colours; text without any of them gets a deterministic palette from a hash,
 * so the same prompt always paints the same colours.
 */
import type { Rgb } from './raster';

const WORDS: Record<string, Rgb[]> = {
  red: [[178, 34, 34], [220, 60, 50]],
  crimson: [[150, 20, 40], [200, 30, 60]],
  orange: [[230, 120, 30], [250, 165, 70]],
  yellow: [[240, 200, 40], [250, 230, 120]],
  gold: [[212, 175, 55], [240, 200, 90]],
  golden: [[212, 175, 55], [240, 200, 90]],
  green: [[50, 130, 60], [120, 180, 90]],
  lime: [[150, 210, 60], [200, 235, 120]],
  olive: [[110, 110, 40], [150, 150, 80]],
  blue: [[40, 80, 180], [90, 140, 220]],
  navy: [[20, 30, 80], [40, 60, 120]],
  teal: [[20, 120, 120], [70, 170, 160]],
  cyan: [[40, 190, 210], [140, 225, 235]],
  turquoise: [[50, 200, 190], [130, 225, 215]],
  purple: [[100, 40, 140], [150, 90, 190]],
  violet: [[130, 70, 200], [180, 140, 230]],
  lavender: [[180, 160, 220], [215, 200, 240]],
  pink: [[230, 120, 170], [250, 180, 210]],
  magenta: [[200, 40, 150], [230, 100, 190]],
  brown: [[110, 70, 40], [160, 110, 70]],
  white: [[235, 235, 235], [250, 250, 248]],
  black: [[15, 15, 18], [45, 45, 50]],
  grey: [[110, 110, 115], [170, 170, 175]],
  gray: [[110, 110, 115], [170, 170, 175]],
  silver: [[170, 175, 185], [210, 215, 222]],
  beige: [[215, 195, 160], [235, 220, 190]],
  cream: [[240, 230, 200], [250, 245, 225]],
  sky: [[110, 170, 235], [190, 220, 250]],
  cloud: [[225, 230, 240], [245, 248, 252]],
  ocean: [[10, 70, 120], [40, 130, 170]],
  sea: [[20, 90, 140], [60, 150, 180]],
  water: [[40, 110, 150], [100, 170, 200]],
  forest: [[25, 70, 35], [60, 110, 50]],
  grass: [[70, 140, 50], [120, 180, 80]],
  sunset: [[250, 150, 60], [220, 80, 90], [110, 60, 130]],
  sunrise: [[255, 190, 120], [240, 130, 110], [150, 170, 220]],
  night: [[10, 15, 40], [30, 40, 80]],
  snow: [[235, 240, 248], [200, 215, 235]],
  ice: [[190, 225, 240], [230, 245, 252]],
  desert: [[215, 170, 110], [190, 130, 80]],
  sand: [[220, 195, 150], [240, 220, 180]],
  beach: [[235, 215, 170], [80, 170, 200]],
  wood: [[120, 80, 45], [170, 120, 75]],
  stone: [[120, 118, 112], [165, 160, 150]],
  marble: [[230, 228, 222], [195, 192, 188]],
  studio: [[200, 200, 205], [235, 235, 238]],
  autumn: [[190, 90, 30], [220, 150, 50], [120, 60, 30]],
  spring: [[150, 210, 110], [245, 200, 220]],
  fire: [[250, 120, 20], [200, 40, 20], [255, 210, 80]],
  pastel: [[245, 200, 210], [200, 225, 245], [220, 240, 210]],
  neon: [[255, 40, 200], [40, 240, 255], [120, 40, 255]],
};

/** Colours named in the prompts, in order, up to 6; hash-derived when none are named. */
export function paletteFromPrompts(prompts: string[]): Rgb[] {
  const text = prompts.join(' ').toLowerCase();
  const seen = new Set<string>();
  const out: Rgb[] = [];
  for (const raw of text.split(/[^a-z]+/)) {
    const word = WORDS[raw] ? raw : raw.endsWith('s') && WORDS[raw.slice(0, -1)] ? raw.slice(0, -1) : '';
    const colours = word ? WORDS[word] : undefined;
    if (!colours) continue;
    for (const c of colours) {
      const key = c.join(',');
      if (seen.has(key) || out.length >= 6) continue;
      seen.add(key);
      out.push([c[0], c[1], c[2]]);
    }
  }
  return out.length >= 2 ? out : out.length === 1 ? shades(out[0]!) : hashPalette(text);
}

/** FNV-1a, 32 bit. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

/** Analogous scheme around a hashed hue, light to dark, with one muted accent. */
function hashPalette(text: string): Rgb[] {
  const h = hashString(text.trim());
  const hue = h % 360;
  const sat = 0.35 + ((h >>> 9) % 30) / 100;
  return [
    hslToRgb(hue, sat, 0.78),
    hslToRgb(hue + 20, sat, 0.6),
    hslToRgb(hue - 25, sat + 0.1, 0.42),
    hslToRgb(hue + 160 + ((h >>> 17) % 40), sat * 0.6, 0.3),
  ];
}

function shades(c: Rgb): Rgb[] {
  const scale = (k: number): Rgb => [
    Math.min(255, Math.round(c[0] * k)), Math.min(255, Math.round(c[1] * k)), Math.min(255, Math.round(c[2] * k)),
  ];
  return [scale(1.25), c, scale(0.7)];
}

export function hslToRgb(hueDeg: number, s: number, l: number): Rgb {
  const h = (((hueDeg % 360) + 360) % 360) / 360;
  const sat = Math.min(1, Math.max(0, s));
  const q = l < 0.5 ? l * (1 + sat) : l + sat - l * sat;
  const p = 2 * l - q;
  const f = (t: number): number => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    const v = u < 1 / 6 ? p + (q - p) * 6 * u : u < 1 / 2 ? q : u < 2 / 3 ? p + (q - p) * (2 / 3 - u) * 6 : p;
    return Math.round(v * 255);
  };
  return [f(h + 1 / 3), f(h), f(h - 1 / 3)];
}
