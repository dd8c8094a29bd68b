/**
 * Run-length codec for 8-bit mask alpha, used by undo history. Masks are mostly long runs
 * of 0 or 255 with short soft edges, so this shrinks a 2560² patch (6.5 MB) to kilobytes
 * and stays fast enough to run on every pointer-up.
 *
 * Tokens:  0–127  literal: the next (n + 1) bytes are copied as they are
 *          128–254 repeat:  the next byte repeats (n − 125) times (3–129)
 *          255     long repeat: 4-byte little-endian count, then the byte
 */
const MIN_RUN = 3;
const SHORT_RUN_MAX = 129;
const LITERAL_MAX = 128;

export function encodeAlpha(alpha: Uint8Array): Uint8Array {
  const length = alpha.length;
  // Worst case: all literals, one header per 128 bytes.
  let out = new Uint8Array(Math.min(1024, length + 16));
  let used = 0;
  const ensure = (extra: number) => {
    if (used + extra <= out.length) return;
    const grown = new Uint8Array(Math.max(out.length * 2, used + extra));
    grown.set(out.subarray(0, used));
    out = grown;
  };
  let literalStart = 0;
  const flushLiterals = (end: number) => {
    let start = literalStart;
    while (start < end) {
      const count = Math.min(LITERAL_MAX, end - start);
      ensure(count + 1);
      out[used++] = count - 1;
      out.set(alpha.subarray(start, start + count), used);
      used += count;
      start += count;
    }
  };

  let i = 0;
  while (i < length) {
    const value = alpha[i]!;
    let run = 1;
    while (i + run < length && alpha[i + run] === value) run++;
    if (run < MIN_RUN) {
      i += run;
      continue;
    }
    flushLiterals(i);
    if (run <= SHORT_RUN_MAX) {
      ensure(2);
      out[used++] = run + 125;
      out[used++] = value;
    } else {
      ensure(6);
      out[used++] = 255;
      out[used++] = run & 0xff;
      out[used++] = (run >>> 8) & 0xff;
      out[used++] = (run >>> 16) & 0xff;
      out[used++] = (run >>> 24) & 0xff;
      out[used++] = value;
    }
    i += run;
    literalStart = i;
  }
  flushLiterals(length);
  return out.slice(0, used);
}

/** Decodes into `target` (which must have the original length) and returns it. */
export function decodeAlpha(encoded: Uint8Array, target: Uint8Array): Uint8Array {
  let read = 0;
  let write = 0;
  while (read < encoded.length) {
    const token = encoded[read++]!;
    if (token < 128) {
      const count = token + 1;
      target.set(encoded.subarray(read, read + count), write);
      read += count;
      write += count;
    } else {
      let count: number;
      if (token === 255) {
        count = encoded[read]! | (encoded[read + 1]! << 8) | (encoded[read + 2]! << 16) | (encoded[read + 3]! << 24);
        read += 4;
      } else {
        count = token - 125;
      }
      const value = encoded[read++]!;
      target.fill(value, write, write + count);
      write += count;
    }
  }
  if (write !== target.length) throw new Error(`Mask history is damaged: decoded ${write} of ${target.length} bytes`);
  return target;
}
