/**
 * The weights a result is blended with: the region's black/white mask blurred by the request's
 * MaskBlur (in document pixels), like the local engine and A1111 do it — three box passes whose
 * radii add up to the radius. A box has a finite support, so every pixel farther than `radius`
 * (on either axis) from the mask gets weight exactly 0 and keeps its bytes; pixels deeper than
 * that inside the mask get exactly 255. Borders replicate (a mask reaching the region's edge
 * does not fade there). Values are kept ×256 in 16 bits between passes.
 */
export function featherWeights(mask: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  const r = Math.max(0, Math.round(radius));
  const radii = [Math.floor(r / 3), Math.floor((r + 1) / 3), r - Math.floor(r / 3) - Math.floor((r + 1) / 3)].filter((k) => k > 0);
  if (radii.length === 0) return Uint8Array.from(mask, (value) => (value >= 128 ? 255 : 0));
  const values = Uint16Array.from(mask, (value) => (value >= 128 ? 65280 : 0));
  const scratch = new Uint16Array(values.length);
  for (const k of radii) {
    boxPass(values, scratch, width, height, k, 1, width);
    boxPass(scratch, values, height, width, k, width, 1);
  }
  const weights = new Uint8Array(values.length);
  for (let i = 0; i < weights.length; i++) weights[i] = (values[i]! + 128) >> 8;
  return weights;
}

/**
 * One 1-D box average of radius k along lines of `length` samples (`step` apart), for `lines`
 * lines starting `lineStep` apart; replicated ends. Rounded to the nearest integer.
 */
function boxPass(src: Uint16Array, dst: Uint16Array, length: number, lines: number, k: number, step: number, lineStep: number): void {
  const span = 2 * k + 1;
  const half = span >> 1;
  for (let line = 0; line < lines; line++) {
    const start = line * lineStep;
    const at = (i: number) => src[start + (i < 0 ? 0 : i >= length ? length - 1 : i) * step]!;
    let sum = 0;
    for (let i = -k; i <= k; i++) sum += at(i);
    for (let i = 0; i < length; i++) {
      dst[start + i * step] = Math.floor((sum + half) / span);
      sum += at(i + k + 1) - at(i - k);
    }
  }
}

/** The smallest rectangle holding every non-zero weight, or null. */
export function weightsBounds(weights: Uint8Array, width: number, height: number): { x: number; y: number; width: number; height: number } | null {
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (weights[row + x] === 0) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      bottom = y;
    }
  }
  return right < 0 ? null : { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
}
