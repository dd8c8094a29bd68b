import { describe, expect, it } from 'vitest';
import type { PixelRect } from '../geometry/pixelRect';
import { TILE_SIZE, TiledMask, type MaskTile } from './tiledMask';

/** A tile that keeps its alpha in bytes: the browser keeps it in a canvas, with the same contract. */
class BytesTile implements MaskTile {
  readonly alpha = new Uint8Array(TILE_SIZE * TILE_SIZE);
  readAlpha(rect: PixelRect): Uint8Array {
    const out = new Uint8Array(rect.width * rect.height);
    for (let y = 0; y < rect.height; y++) out.set(this.alpha.subarray((rect.y + y) * TILE_SIZE + rect.x, (rect.y + y) * TILE_SIZE + rect.x + rect.width), y * rect.width);
    return out;
  }
  writeAlpha(rect: PixelRect, alpha: Uint8Array): void {
    for (let y = 0; y < rect.height; y++) this.alpha.set(alpha.subarray(y * rect.width, (y + 1) * rect.width), (rect.y + y) * TILE_SIZE + rect.x);
  }
}

const newMask = (width: number, height: number) => new TiledMask(width, height, () => new BytesTile());
const filled = (rect: PixelRect, value = 255) => new Uint8Array(rect.width * rect.height).fill(value);

describe('TiledMask', () => {
  it('allocates tiles only where something is painted, on a 100 MP document', () => {
    const mask = newMask(12_000, 8_333);
    expect(mask.tileCount).toBe(0);
    const stroke = { x: 5130, y: 4100, width: 120, height: 40 };
    mask.writeAlpha(stroke, filled(stroke));
    expect(mask.tileCount).toBe(1);
    expect(mask.bytes()).toBe(TILE_SIZE * TILE_SIZE * 4);
    // Writing zeros where nothing was painted creates nothing.
    mask.writeAlpha({ x: 0, y: 0, width: 1000, height: 1000 }, new Uint8Array(1000 * 1000));
    expect(mask.tileCount).toBe(1);
  });

  it('reads back what was written across tile borders, zero elsewhere and outside the document', () => {
    const mask = newMask(600, 500);
    const rect = { x: 250, y: 250, width: 20, height: 10 };
    const alpha = Uint8Array.from({ length: 200 }, (_, i) => (i * 7) % 256);
    mask.writeAlpha(rect, alpha);
    expect(Array.from(mask.readAlpha(rect))).toEqual(Array.from(alpha));
    const around = mask.readAlpha({ x: -10, y: 240, width: 700, height: 30 });
    expect(around.length).toBe(700 * 30);
    expect(around[10 * 700 + 10 + 250]).toBe(alpha[0]);
    expect(around[0]).toBe(0);
    // White bounds count alpha ≥ 128 only: the first row's first pixels are darker.
    const white = mask.whiteBounds();
    expect(white).toEqual({ x: 250, y: 250, width: 20, height: 10 });
    mask.writeAlpha({ x: 10, y: 10, width: 1, height: 1 }, Uint8Array.of(127));
    expect(mask.whiteBounds()).toEqual(white);
    mask.writeAlpha({ x: 10, y: 10, width: 1, height: 1 }, Uint8Array.of(128));
    expect(mask.whiteBounds()).toEqual({ x: 10, y: 10, width: 260, height: 250 });
  });

  it('records the touched tiles as one patch set that undoes and redoes exactly', () => {
    const mask = newMask(1000, 1000);
    const first = { x: 10, y: 10, width: 300, height: 20 };
    mask.writeAlpha(first, filled(first, 200));
    mask.takeChanges();
    const before = mask.readAlpha({ x: 0, y: 0, width: 1000, height: 1000 });
    const second = { x: 240, y: 0, width: 40, height: 600 };
    mask.writeAlpha(second, filled(second, 90));
    const patches = mask.takeChanges();
    expect(patches.map((p) => p.key).sort((a, b) => a - b)).toEqual([0, 1, 4, 5, 8, 9]);
    const after = mask.readAlpha({ x: 0, y: 0, width: 1000, height: 1000 });
    mask.applyPatches(patches, 'before');
    expect(Buffer.compare(mask.readAlpha({ x: 0, y: 0, width: 1000, height: 1000 }), before)).toBe(0);
    expect(mask.tileCount).toBe(2);
    mask.applyPatches(patches, 'after');
    expect(Buffer.compare(mask.readAlpha({ x: 0, y: 0, width: 1000, height: 1000 }), after)).toBe(0);
  });

  it('frees tiles that became empty and records nothing when nothing changed', () => {
    const mask = newMask(512, 512);
    const rect = { x: 0, y: 0, width: 10, height: 10 };
    mask.writeAlpha(rect, filled(rect));
    mask.takeChanges();
    mask.writeAlpha(rect, filled(rect));
    expect(mask.takeChanges()).toEqual([]);
    mask.clear();
    const cleared = mask.takeChanges();
    expect(cleared).toHaveLength(1);
    expect(cleared[0]?.after).toBeNull();
    expect(mask.tileCount).toBe(0);
  });

  it('snapshots only painted tiles and restores them', () => {
    const mask = newMask(2000, 2000);
    const rect = { x: 1100, y: 1100, width: 50, height: 50 };
    mask.writeAlpha(rect, filled(rect, 128));
    const snapshot = mask.snapshot();
    expect(snapshot.tiles).toHaveLength(1);
    const copy = newMask(2000, 2000);
    copy.restore(snapshot);
    expect(Array.from(copy.readAlpha(rect))).toEqual(Array.from(filled(rect, 128)));
    expect(copy.takeChanges()).toEqual([]);
  });
});
