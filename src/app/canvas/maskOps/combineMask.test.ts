import { describe, expect, it } from 'vitest';
import { changedAlpha } from './changedPixels';
import { combineMask, scaledAlphaSource, selectAll } from './combineMask';
import { alphaAt, bytesMask, maskedCount, paintRect } from './testMask';

const solid = (value: number) => (rect: { width: number; height: number }) => new Uint8Array(rect.width * rect.height).fill(value);

describe('combineMask', () => {
  it('adds, subtracts, replaces and intersects like selection modes', () => {
    const area = { x: 50, y: 50, width: 100, height: 100 };
    const start = () => {
      const mask = bytesMask(600, 300);
      paintRect(mask, { x: 0, y: 0, width: 100, height: 100 });
      return mask;
    };
    const added = start();
    combineMask(added, area, solid(255), 'add');
    expect(maskedCount(added)).toBe(100 * 100 + 100 * 100 - 50 * 50);
    const subtracted = start();
    combineMask(subtracted, area, solid(255), 'subtract');
    expect(maskedCount(subtracted)).toBe(100 * 100 - 50 * 50);
    const replaced = start();
    combineMask(replaced, area, solid(255), 'replace');
    expect(maskedCount(replaced)).toBe(100 * 100);
    expect(alphaAt(replaced, 10, 10)).toBe(0);
    const intersected = start();
    combineMask(intersected, area, solid(255), 'intersect');
    expect(maskedCount(intersected)).toBe(50 * 50);
  });

  it('records one set of tile changes for the whole operation', () => {
    const mask = bytesMask(600, 300);
    mask.takeChanges();
    combineMask(mask, { x: 0, y: 0, width: 600, height: 300 }, solid(255), 'add');
    const patches = mask.takeChanges();
    expect(patches.length).toBe(mask.tileCount);
    expect(patches.every((patch) => patch.before === null && patch.after !== null)).toBe(true);
  });

  it('selects all', () => {
    const mask = bytesMask(700, 90);
    selectAll(mask);
    expect(maskedCount(mask)).toBe(700 * 90);
  });
});

describe('scaledAlphaSource', () => {
  it('stretches a small alpha over its document rectangle, zero-free inside, exact at the centres', () => {
    // 2 × 1: left masked, right not, laid over x 100–139, y 10–29.
    const source = scaledAlphaSource(Uint8Array.from([255, 0]), 2, 1, { x: 100, y: 10, width: 40, height: 20 });
    const row = source({ x: 100, y: 15, width: 40, height: 1 });
    expect(row[0]).toBe(255);
    expect(row[9]).toBe(255);
    expect(row[39]).toBe(0);
    expect(row[19]! > row[20]!).toBe(true);
  });
});

describe('changedAlpha', () => {
  it('marks pixels whose colour moved more than the threshold', () => {
    const before = Uint8Array.from([10, 10, 10, 255, 10, 10, 10, 255]);
    const after = Uint8Array.from([15, 10, 10, 255, 200, 10, 10, 255]);
    expect([...changedAlpha(before, after)]).toEqual([0, 255]);
  });
});
