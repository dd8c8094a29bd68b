/**
 * Which pixels a result altered relative to its input: a per-pixel RGB distance above
 * `threshold` (0..441) counts as changed. Returns an RGBA overlay (changed = opaque accent,
 * unchanged = transparent) and the share of changed pixels.
 */
export function changeMap(
  input: Uint8ClampedArray,
  result: Uint8ClampedArray,
  threshold = 12,
  color: [number, number, number] = [255, 64, 129],
): { overlay: Uint8ClampedArray; changedShare: number } {
  if (input.length !== result.length) throw new Error('changeMap: the images differ in size');
  const overlay = new Uint8ClampedArray(result.length);
  const limit = threshold * threshold;
  let changed = 0;
  for (let i = 0; i < result.length; i += 4) {
    const dr = result[i]! - input[i]!;
    const dg = result[i + 1]! - input[i + 1]!;
    const db = result[i + 2]! - input[i + 2]!;
    if (dr * dr + dg * dg + db * db <= limit) continue;
    changed++;
    overlay[i] = color[0];
    overlay[i + 1] = color[1];
    overlay[i + 2] = color[2];
    overlay[i + 3] = 200;
  }
  return { overlay, changedShare: changed / (result.length / 4) };
}
