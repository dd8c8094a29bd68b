import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32, rleDeflate } from './rleDeflate';

const inflate = (data: Uint8Array) => new Uint8Array(inflateSync(data));
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b) === 0;

describe('rleDeflate', () => {
  it('produces zlib streams that inflate back exactly', () => {
    const cases = [
      new Uint8Array(0),
      Uint8Array.of(5),
      Uint8Array.of(1, 1),
      Uint8Array.of(9, 9, 9, 9),
      Uint8Array.from({ length: 1000 }, (_, i) => (i * 31) % 256),
    ];
    for (const data of cases) expect(same(inflate(rleDeflate(data)), data)).toBe(true);
  });

  it('handles runs of every length around the 258-byte match limit', () => {
    for (let run = 1; run < 800; run++) {
      const data = new Uint8Array(run + 2);
      data.fill(255, 1, run + 1);
      expect(same(inflate(rleDeflate(data)), data)).toBe(true);
    }
  });

  it('compresses a 2560² black/white mask to a small stream', () => {
    const size = 2560;
    const data = new Uint8Array(size * (size + 1));
    for (let y = 400; y < 2000; y++) data.fill(255, y * (size + 1) + 301, y * (size + 1) + 1801);
    const compressed = rleDeflate(data);
    expect(compressed.length).toBeLessThan(150_000);
    expect(same(inflate(compressed), data)).toBe(true);
  });

  it('keeps the checksum exact on very long runs of a bright value', () => {
    const data = new Uint8Array(7_000_000).fill(251);
    data[0] = 3;
    expect(same(inflate(rleDeflate(data)), data)).toBe(true);
  });

  it('computes Adler-32 like zlib', () => {
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
  });
});
