/**
 * Which pixels a result changed: alpha 255 where the RGB distance between the picture before
 * and the result exceeds `threshold` (0–441), 0 elsewhere. Both are RGBA of the same size.
 * The mask it gives lets a designer keep or revert exactly what a generation altered.
 */
export const CHANGE_THRESHOLD = 12;

export function changedAlpha(before: Uint8ClampedArray | Uint8Array, after: Uint8ClampedArray | Uint8Array, threshold = CHANGE_THRESHOLD): Uint8Array {
  if (before.length !== after.length) throw new Error('The result and the picture before it differ in size');
  const alpha = new Uint8Array(after.length / 4);
  const limit = threshold * threshold;
  for (let i = 0, j = 0; i < alpha.length; i++, j += 4) {
    const dr = after[j]! - before[j]!;
    const dg = after[j + 1]! - before[j + 1]!;
    const db = after[j + 2]! - before[j + 2]!;
    if (dr * dr + dg * dg + db * db > limit) alpha[i] = 255;
  }
  return alpha;
}
