/**
 * A result put back into the picture: out = base + (result − base) · w / 255 per channel
 * (alpha too, so an empty outpaint area fills in). Weight 0 copies the base's bytes exactly;
 * weight 255 copies the result's. RGBA, row by row, same size.
 */
export function blendThroughWeights(base: Uint8ClampedArray, result: Uint8ClampedArray, weights: Uint8Array): Uint8ClampedArray<ArrayBuffer> {
  if (base.length !== result.length || base.length !== weights.length * 4) throw new Error('blendThroughWeights: the images differ in size');
  const out = new Uint8ClampedArray(base.length);
  out.set(base);
  for (let p = 0, i = 0; p < weights.length; p++, i += 4) {
    const w = weights[p]!;
    if (w === 0) continue;
    if (w === 255) {
      out[i] = result[i]!;
      out[i + 1] = result[i + 1]!;
      out[i + 2] = result[i + 2]!;
      out[i + 3] = result[i + 3]!;
      continue;
    }
    for (let c = i; c < i + 4; c++) out[c] = Math.round(base[c]! + ((result[c]! - base[c]!) * w) / 255);
  }
  return out;
}
