/**
 * A zlib stream using only run-length matches (distance 1) and fixed Huffman codes, like
 * zlib's Z_RLE strategy. Black/white masks are long runs, so this compresses them well and
 * runs several times faster than the platform's general-purpose deflate at 2560².
 * Any input is valid; non-run data simply comes out as literals.
 */

// Fixed Huffman code per literal/length symbol (RFC 1951 §3.2.6), bit-reversed for LSB-first output.
const CODES = new Uint16Array(288);
const CODE_BITS = new Uint8Array(288);
for (let symbol = 0; symbol < 288; symbol++) {
  let code: number;
  let bits: number;
  if (symbol < 144) [code, bits] = [0x30 + symbol, 8];
  else if (symbol < 256) [code, bits] = [0x190 + symbol - 144, 9];
  else if (symbol < 280) [code, bits] = [symbol - 256, 7];
  else [code, bits] = [0xc0 + symbol - 280, 8];
  let reversed = 0;
  for (let i = 0; i < bits; i++) reversed |= ((code >> i) & 1) << (bits - 1 - i);
  CODES[symbol] = reversed;
  CODE_BITS[symbol] = bits;
}

// Match length 3–258 → length symbol and its extra bits.
const LENGTH_BASES = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const LENGTH_SYMBOL = new Uint16Array(259);
const LENGTH_EXTRA_BITS = new Uint8Array(259);
const LENGTH_EXTRA_VALUE = new Uint8Array(259);
for (let index = 0; index < LENGTH_BASES.length; index++) {
  const base = LENGTH_BASES[index]!;
  const extra = LENGTH_EXTRA[index]!;
  const last = index === LENGTH_BASES.length - 1 ? 258 : base + (1 << extra) - 1;
  for (let length = base; length <= last && length <= 258; length++) {
    if (LENGTH_SYMBOL[length]) continue;
    LENGTH_SYMBOL[length] = 257 + index;
    LENGTH_EXTRA_BITS[length] = extra;
    LENGTH_EXTRA_VALUE[length] = length - base;
  }
}

const MAX_MATCH = 258;

export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  const length = data.length;
  for (let start = 0; start < length; ) {
    // 5552 is the longest stretch before b can overflow 2^32 (zlib's NMAX).
    const end = Math.min(length, start + 5552);
    for (let i = start; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
    start = end;
  }
  return ((b << 16) | a) >>> 0;
}

export function rleDeflate(data: Uint8Array): Uint8Array {
  let out = new Uint8Array(1024 + (data.length >> 4));
  let used = 0;
  let bitBuffer = 0;
  let bitCount = 0;
  const writeBits = (value: number, bits: number) => {
    bitBuffer |= value << bitCount;
    bitCount += bits;
    while (bitCount >= 8) {
      if (used === out.length) {
        const grown = new Uint8Array(out.length * 2);
        grown.set(out);
        out = grown;
      }
      out[used++] = bitBuffer & 0xff;
      bitBuffer >>>= 8;
      bitCount -= 8;
    }
  };
  const literal = (value: number) => writeBits(CODES[value]!, CODE_BITS[value]!);
  const match = (length: number) => {
    const symbol = LENGTH_SYMBOL[length]!;
    writeBits(CODES[symbol]!, CODE_BITS[symbol]!);
    if (LENGTH_EXTRA_BITS[length]) writeBits(LENGTH_EXTRA_VALUE[length]!, LENGTH_EXTRA_BITS[length]!);
    writeBits(0, 5); // distance code 0 = distance 1
  };

  writeBits(0x78, 8); // zlib header: deflate, 32 K window…
  writeBits(0x01, 8); // …no dictionary, check bits
  writeBits(1, 1); // final block
  writeBits(1, 2); // fixed Huffman codes
  const length = data.length;
  // Adler-32 is updated per run in O(1) (n equal bytes v: a += n·v, b += n·a + v·n(n+1)/2),
  // so a mask costs one pass over its bytes. Values stay below 2^53 before each modulo.
  let a = 1;
  let b = 0;
  let i = 0;
  while (i < length) {
    const value = data[i]!;
    literal(value);
    let end = i + 1;
    while (end < length && data[end] === value) end++;
    const count = end - i;
    b = (b + ((count * a) % 65521) + value * (((count * (count + 1)) / 2) % 65521)) % 65521;
    a = (a + count * value) % 65521;
    let run = count - 1;
    while (run >= 3) {
      const take = Math.min(MAX_MATCH, run - (run - MAX_MATCH > 0 && run - MAX_MATCH < 3 ? 3 : 0));
      match(take);
      run -= take;
    }
    for (; run > 0; run--) literal(value);
    i = end;
  }
  literal(256); // end of block
  if (bitCount > 0) writeBits(0, 8 - bitCount);
  const checksum = ((b << 16) | a) >>> 0;
  writeBits((checksum >>> 24) & 0xff, 8);
  writeBits((checksum >>> 16) & 0xff, 8);
  writeBits((checksum >>> 8) & 0xff, 8);
  writeBits(checksum & 0xff, 8);
  return out.slice(0, used);
}
