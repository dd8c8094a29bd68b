import { describe, expect, it } from 'vitest';
import { growMask, shrinkMask } from './growShrink';
import { fillHoles } from './fillHoles';
import { smoothMask } from './smoothMask';
import { alphaAt, bytesMask, maskedCount, paintRect } from './testMask';

describe('grow and shrink', () => {
  it('grows a dot into a disc of the radius, once, also across chunk borders', () => {
    const mask = bytesMask(2100, 1100);
    paintRect(mask, { x: 1023, y: 1023, width: 1, height: 1 });
    growMask(mask, 20);
    // Exactly the pixels within 20 px of (1023, 1023) are masked (each chunk saw the dot as it was).
    let expected = 0;
    for (let y = -20; y <= 20; y++) for (let x = -20; x <= 20; x++) if (x * x + y * y <= 400 && 1023 + y < 1100) expected++;
    expect(maskedCount(mask)).toBe(expected);
    expect(alphaAt(mask, 1043, 1023)).toBeGreaterThanOrEqual(128);
    expect(alphaAt(mask, 1042, 1023)).toBe(255);
    expect(alphaAt(mask, 1045, 1023)).toBe(0);
    expect(alphaAt(mask, 1023, 1003)).toBe(128);
    expect(alphaAt(mask, 1023, 1004)).toBe(255);
  });

  it('shrinks a square by the amount on every side, but not from the document edge', () => {
    const mask = bytesMask(600, 400);
    paintRect(mask, { x: 100, y: 100, width: 100, height: 100 });
    paintRect(mask, { x: 0, y: 0, width: 50, height: 400 });
    shrinkMask(mask, 10);
    expect(alphaAt(mask, 110, 110)).toBe(255);
    expect(alphaAt(mask, 109, 150)).toBe(0);
    expect(alphaAt(mask, 189, 189)).toBe(255);
    expect(alphaAt(mask, 190, 150)).toBe(0);
    // The band along the left edge loses 10 px on its right only.
    expect(alphaAt(mask, 0, 0)).toBe(255);
    expect(alphaAt(mask, 39, 200)).toBe(255);
    expect(alphaAt(mask, 40, 200)).toBe(0);
    expect(maskedCount(mask)).toBe(80 * 80 + 40 * 400);
  });

  it('refuses amounts outside 1–256, naming the range', () => {
    expect(() => growMask(bytesMask(64, 64), 0)).toThrow(/1 to 256/);
    expect(() => shrinkMask(bytesMask(64, 64), 2.5)).toThrow(/1 to 256/);
  });
});

describe('fill holes', () => {
  it('fills what a ring encloses and leaves an open shape alone', () => {
    const mask = bytesMask(300, 300);
    paintRect(mask, { x: 20, y: 20, width: 100, height: 100 });
    paintRect(mask, { x: 40, y: 40, width: 60, height: 60 }, 0);
    // A "C": its inside opens to the right.
    paintRect(mask, { x: 150, y: 150, width: 100, height: 100 });
    paintRect(mask, { x: 170, y: 170, width: 80, height: 60 }, 0);
    const before = maskedCount(mask);
    fillHoles(mask);
    expect(alphaAt(mask, 70, 70)).toBe(255);
    expect(alphaAt(mask, 200, 200)).toBe(0);
    expect(maskedCount(mask)).toBe(before + 60 * 60);
  });
});

describe('smooth', () => {
  it('drops specks, rounds corners and keeps the inside', () => {
    const mask = bytesMask(400, 400);
    paintRect(mask, { x: 100, y: 100, width: 200, height: 200 });
    paintRect(mask, { x: 20, y: 20, width: 2, height: 2 });
    smoothMask(mask, 6);
    expect(alphaAt(mask, 20, 20)).toBe(0);
    expect(alphaAt(mask, 100, 100)).toBeLessThan(128);
    expect(alphaAt(mask, 200, 200)).toBe(255);
    expect(alphaAt(mask, 100, 200)).toBeGreaterThan(100);
  });
});
