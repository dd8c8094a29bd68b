/**
 * Push-pull (Gortler et al. 1996) interpolation: fills unknown pixels of a float
 * plane with a smooth membrane spanned by the known ones. Used to seed the
 * coarsest inpainting level and as the "what the surroundings predict" colour
 * field in referBlend. Cost is O(n) over a 2× pyramid.
 */

interface Level {
  w: number;
  h: number;
  val: Float32Array; // channels per pixel, normalised (not weighted)
  wt: Float32Array; // 0..1 confidence
}

/**
 * Membrane (discrete harmonic) interpolation of RGB values: a push-pull start, then
 * Gauss–Seidel sweeps over `pixels` (see relaxMembrane). Returns false when nothing is known.
 */
export function membraneFill(rgb: Float32Array, known: Uint8Array, pixels: Int32Array, width: number, height: number, sweeps: number): boolean {
  if (!pushPullFill(rgb, known, width, height, 3)) return false;
  relaxMembrane(rgb, 3, pixels, width, height, sweeps);
  return true;
}

/**
 * Gauss–Seidel sweeps over `pixels`, alternating direction: each becomes the mean of its
 * 4-neighbours. Other pixels stay fixed (the known boundary, or values given outside the list).
 */
export function relaxMembrane(values: Float32Array, channels: number, pixels: Int32Array, width: number, height: number, sweeps: number): void {
  // RGB, the outline correction's hot path at full resolution, unrolled: twice as fast.
  if (channels === 3) return relaxRgb(values, pixels, width, height, sweeps);
  const last = width * height - width;
  const nb = new Int32Array(4);
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const forward = sweep % 2 === 0;
    for (let k = 0; k < pixels.length; k++) {
      const p = pixels[forward ? k : pixels.length - 1 - k]!;
      const x = p % width;
      let n = 0;
      if (x > 0) nb[n++] = (p - 1) * channels;
      if (x < width - 1) nb[n++] = (p + 1) * channels;
      if (p >= width) nb[n++] = (p - width) * channels;
      if (p < last) nb[n++] = (p + width) * channels;
      if (n === 0) continue;
      for (let c = 0; c < channels; c++) {
        let sum = 0;
        for (let j = 0; j < n; j++) sum += values[nb[j]! + c]!;
        values[p * channels + c] = sum / n;
      }
    }
  }
}

function relaxRgb(rgb: Float32Array, pixels: Int32Array, width: number, height: number, sweeps: number): void {
  const last = width * height - width;
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const forward = sweep % 2 === 0;
    for (let k = 0; k < pixels.length; k++) {
      const p = pixels[forward ? k : pixels.length - 1 - k]!;
      const x = p % width;
      let n = 0, r = 0, g = 0, b = 0;
      if (x > 0) { const q = (p - 1) * 3; r += rgb[q]!; g += rgb[q + 1]!; b += rgb[q + 2]!; n++; }
      if (x < width - 1) { const q = (p + 1) * 3; r += rgb[q]!; g += rgb[q + 1]!; b += rgb[q + 2]!; n++; }
      if (p >= width) { const q = (p - width) * 3; r += rgb[q]!; g += rgb[q + 1]!; b += rgb[q + 2]!; n++; }
      if (p < last) { const q = (p + width) * 3; r += rgb[q]!; g += rgb[q + 1]!; b += rgb[q + 2]!; n++; }
      if (n === 0) continue;
      rgb[p * 3] = r / n;
      rgb[p * 3 + 1] = g / n;
      rgb[p * 3 + 2] = b / n;
    }
  }
}

/**
 * Fill in place: pixels with known[i] === 0 are replaced, known ones kept.
 * Returns false (and leaves img untouched) when nothing is known.
 */
export function pushPullFill(img: Float32Array, known: Uint8Array, width: number, height: number, channels: number): boolean {
  const base: Level = { w: width, h: height, val: img, wt: new Float32Array(width * height) };
  let any = false;
  for (let i = 0; i < base.wt.length; i++) {
    if (known[i]) {
      base.wt[i] = 1;
      any = true;
    }
  }
  if (!any) return false;
  const levels: Level[] = [base];
  let cur = base;
  while ((cur.w > 1 || cur.h > 1) && hasGaps(cur.wt)) {
    cur = pushDown(cur, channels);
    levels.push(cur);
  }
  for (let l = levels.length - 2; l >= 0; l--) pullUp(levels[l]!, levels[l + 1]!, channels);
  return true;
}

function hasGaps(wt: Float32Array): boolean {
  for (let i = 0; i < wt.length; i++) if (wt[i]! < 1) return true;
  return false;
}

function pushDown(f: Level, ch: number): Level {
  const w = Math.ceil(f.w / 2);
  const h = Math.ceil(f.h / 2);
  const val = new Float32Array(w * h * ch);
  const wt = new Float32Array(w * h);
  const acc = new Float32Array(ch);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sw = 0;
      acc.fill(0);
      for (let dy = 0; dy < 2; dy++) {
        const yy = Math.min(f.h - 1, 2 * y + dy);
        for (let dx = 0; dx < 2; dx++) {
          const i = yy * f.w + Math.min(f.w - 1, 2 * x + dx);
          const cw = f.wt[i]!;
          if (cw === 0) continue;
          sw += cw;
          for (let c = 0; c < ch; c++) acc[c] = acc[c]! + cw * f.val[i * ch + c]!;
        }
      }
      const o = y * w + x;
      wt[o] = Math.min(1, sw);
      if (sw > 0) for (let c = 0; c < ch; c++) val[o * ch + c] = acc[c]! / sw;
    }
  }
  return { w, h, val, wt };
}

/** Blend each not-fully-known fine pixel towards the bilinear upsampled coarse level. */
function pullUp(f: Level, c: Level, ch: number): void {
  for (let y = 0; y < f.h; y++) {
    const cy = Math.min(c.h - 1, Math.max(0, (y + 0.5) / 2 - 0.5));
    const y0 = Math.floor(cy);
    const y1 = Math.min(c.h - 1, y0 + 1);
    const ty = cy - y0;
    for (let x = 0; x < f.w; x++) {
      const i = y * f.w + x;
      const w = f.wt[i]!;
      if (w >= 1) continue;
      const cx = Math.min(c.w - 1, Math.max(0, (x + 0.5) / 2 - 0.5));
      const x0 = Math.floor(cx);
      const x1 = Math.min(c.w - 1, x0 + 1);
      const tx = cx - x0;
      for (let k = 0; k < ch; k++) {
        const a = c.val[(y0 * c.w + x0) * ch + k]! * (1 - tx) + c.val[(y0 * c.w + x1) * ch + k]! * tx;
        const b = c.val[(y1 * c.w + x0) * ch + k]! * (1 - tx) + c.val[(y1 * c.w + x1) * ch + k]! * tx;
        const up = a * (1 - ty) + b * ty;
        f.val[i * ch + k] = w === 0 ? up : w * f.val[i * ch + k]! + (1 - w) * up;
      }
      f.wt[i] = 1;
    }
  }
}
