import { describe, expect, it } from 'vitest';
import { base64ImageProblem, intInRange, numberInRange, zBase64Image } from './common';
import { PNG_1X1_BASE64, PNG_DATA_URI, WEBP_VP8_3X2_BASE64 } from './testFixtures';

describe('range helpers', () => {
  it('intInRange names the range and the received value', () => {
    const schema = intInRange(64, 2560);
    expect(schema.parse(64)).toBe(64);
    const result = schema.safeParse(63);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be an integer from 64 to 2560 (got 63)');
    expect(schema.safeParse('512').error?.issues[0]?.message).toBe('must be an integer from 64 to 2560 (got "512")');
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe('is required');
  });

  it('numberInRange accepts fractions inside the range only', () => {
    const schema = numberInRange(0, 2);
    expect(schema.parse(1.25)).toBe(1.25);
    expect(schema.safeParse(2.01).error?.issues[0]?.message).toBe('must be a number from 0 to 2 (got 2.01)');
    expect(schema.safeParse(Number.NaN).success).toBe(false);
  });
});

describe('zBase64Image', () => {
  it.each([
    PNG_DATA_URI,
    PNG_1X1_BASE64,
    `data:image/jpeg;base64,${PNG_1X1_BASE64}`,
    `data:image/webp;base64,${WEBP_VP8_3X2_BASE64}`,
  ])('accepts %s', (value) => {
    expect(zBase64Image.safeParse(value).success).toBe(true);
  });

  it.each([
    ['', 'must be a non-empty base64 image'],
    ['data:image/png;base64,', 'must carry image data after the data URI prefix'],
    ['data:text/plain;base64,QUJD', 'must be a data:image/…;base64, URI or bare base64'],
    ['not base64!', 'must contain only base64 characters (A–Z, a–z, 0–9, +, /, = padding)'],
    ['https://example.com/a.png', 'must contain only base64 characters (A–Z, a–z, 0–9, +, /, = padding)'],
  ])('rejects %j', (value, message) => {
    expect(base64ImageProblem(value)).toBe(message);
    expect(zBase64Image.safeParse(value).error?.issues[0]?.message).toBe(message);
  });
});
