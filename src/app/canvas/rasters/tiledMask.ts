import { intersectRect, isEmptyRect, unionRect, type PixelRect } from '../geometry/pixelRect';
import { decodeAlpha, encodeAlpha } from './alphaCodec';

/**
 * A mask raster stored sparsely: square tiles allocated only where something was painted, so a
 * 100 MP document with a small stroke costs a few tiles, not 400 MB. Meaning is in alpha (one
 * byte per pixel); how a tile keeps its pixels (a canvas in the browser, bytes in Node tests)
 * is the tile's business. Every change since the last `takeChanges()` remembers the tile's
 * "before" alpha, so one history step stores exactly the tiles a stroke touched.
 */
export const TILE_SIZE = 256;
const TILE_PIXELS = TILE_SIZE * TILE_SIZE;
/** Alpha from which a pixel counts as white (redraw), like the exports. */
const WHITE_FROM = 128;

export interface MaskTile {
  /** Alpha of a rectangle in tile coordinates, row by row. */
  readAlpha(rect: PixelRect): Uint8Array;
  /** Replaces the alpha of a rectangle (tile coordinates). */
  writeAlpha(rect: PixelRect, alpha: Uint8Array): void;
}

export type TileFactory<T extends MaskTile> = () => T;

/** One tile's alpha before and after an edit, run-length coded; null = no tile (all zero). */
export interface TilePatch {
  key: number;
  before: Uint8Array | null;
  after: Uint8Array | null;
}

/** A whole mask as run-length coded tiles (snapshots for history, persistence). */
export interface MaskSnapshot {
  width: number;
  height: number;
  tiles: { key: number; alpha: Uint8Array }[];
}

const FULL_TILE: PixelRect = { x: 0, y: 0, width: TILE_SIZE, height: TILE_SIZE };

function isAllZero(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

export class TiledMask<T extends MaskTile = MaskTile> {
  readonly columns: number;
  readonly rows: number;
  private readonly tiles = new Map<number, T>();
  /** Tiles changed since the last takeChanges(): key → alpha before (null = no tile). */
  private readonly touched = new Map<number, Uint8Array | null>();
  /** Each tile's white bounds, computed when asked and forgotten when the tile changes. */
  private readonly whiteBoundsOf = new Map<number, PixelRect | null>();

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly createTile: TileFactory<T>,
  ) {
    this.columns = Math.ceil(width / TILE_SIZE);
    this.rows = Math.ceil(height / TILE_SIZE);
  }

  get tileCount(): number {
    return this.tiles.size;
  }

  keyOf(column: number, row: number): number {
    return row * this.columns + column;
  }

  /** The tile's rectangle in document pixels (edge tiles are cut at the document border). */
  tileRect(key: number): PixelRect {
    const x = (key % this.columns) * TILE_SIZE;
    const y = Math.floor(key / this.columns) * TILE_SIZE;
    return { x, y, width: Math.min(TILE_SIZE, this.width - x), height: Math.min(TILE_SIZE, this.height - y) };
  }

  tile(key: number): T | undefined {
    return this.tiles.get(key);
  }

  /** Allocated tiles, for drawing. */
  entries(): IterableIterator<[number, T]> {
    return this.tiles.entries();
  }

  /** Keys of every tile position (allocated or not) overlapping `rect`. */
  keysIn(rect: PixelRect): number[] {
    const clipped = intersectRect(rect, { x: 0, y: 0, width: this.width, height: this.height });
    if (isEmptyRect(clipped)) return [];
    const keys: number[] = [];
    const lastColumn = Math.floor((clipped.x + clipped.width - 1) / TILE_SIZE);
    const lastRow = Math.floor((clipped.y + clipped.height - 1) / TILE_SIZE);
    for (let row = Math.floor(clipped.y / TILE_SIZE); row <= lastRow; row++) {
      for (let column = Math.floor(clipped.x / TILE_SIZE); column <= lastColumn; column++) keys.push(this.keyOf(column, row));
    }
    return keys;
  }

  /** Call before changing a tile's pixels by any means: remembers its first "before" state. */
  willChange(key: number): void {
    this.whiteBoundsOf.delete(key);
    if (this.touched.has(key)) return;
    const tile = this.tiles.get(key);
    this.touched.set(key, tile ? tile.readAlpha(FULL_TILE) : null);
  }

  /** The tile at `key`, created (empty) when missing. */
  ensureTile(key: number): T {
    let tile = this.tiles.get(key);
    if (!tile) {
      tile = this.createTile();
      this.tiles.set(key, tile);
    }
    return tile;
  }

  /** Alpha of any rectangle, zero outside the document and where nothing was painted. */
  readAlpha(rect: PixelRect): Uint8Array {
    const out = new Uint8Array(rect.width * rect.height);
    for (const key of this.keysIn(rect)) {
      const tile = this.tiles.get(key);
      if (!tile) continue;
      const tileRect = this.tileRect(key);
      const part = intersectRect(rect, tileRect);
      const alpha = tile.readAlpha({ x: part.x - tileRect.x, y: part.y - tileRect.y, width: part.width, height: part.height });
      for (let row = 0; row < part.height; row++) {
        out.set(alpha.subarray(row * part.width, (row + 1) * part.width), (part.y - rect.y + row) * rect.width + (part.x - rect.x));
      }
    }
    return out;
  }

  /** Writes alpha into a rectangle; tiles are only created where the written part is not all zero. */
  writeAlpha(rect: PixelRect, alpha: Uint8Array): void {
    for (const key of this.keysIn(rect)) {
      const tileRect = this.tileRect(key);
      const part = intersectRect(rect, tileRect);
      const bytes = new Uint8Array(part.width * part.height);
      for (let row = 0; row < part.height; row++) {
        const start = (part.y - rect.y + row) * rect.width + (part.x - rect.x);
        bytes.set(alpha.subarray(start, start + part.width), row * part.width);
      }
      if (!this.tiles.has(key) && isAllZero(bytes)) continue;
      this.willChange(key);
      this.ensureTile(key).writeAlpha({ x: part.x - tileRect.x, y: part.y - tileRect.y, width: part.width, height: part.height }, bytes);
    }
  }

  /** Empties the mask (every tile is dropped). */
  clear(): void {
    for (const key of [...this.tiles.keys()]) {
      this.willChange(key);
      this.tiles.delete(key);
    }
  }

  /** The tiles changed since the last call, before and after; empty tiles are freed. */
  takeChanges(): TilePatch[] {
    const patches: TilePatch[] = [];
    for (const [key, before] of this.touched) {
      const tile = this.tiles.get(key);
      let after = tile ? tile.readAlpha(FULL_TILE) : null;
      if (after && isAllZero(after)) {
        this.tiles.delete(key);
        after = null;
      }
      if (before === null && after === null) continue;
      if (before && after && sameBytes(before, after)) continue;
      patches.push({ key, before: before && encodeAlpha(before), after: after && encodeAlpha(after) });
    }
    this.touched.clear();
    return patches;
  }

  /** Puts patches back ('before' = undo, 'after' = redo) without recording them as changes. */
  applyPatches(patches: readonly TilePatch[], side: 'before' | 'after'): void {
    for (const patch of patches) {
      this.whiteBoundsOf.delete(patch.key);
      const encoded = patch[side];
      if (!encoded) {
        this.tiles.delete(patch.key);
        continue;
      }
      this.ensureTile(patch.key).writeAlpha(FULL_TILE, decodeAlpha(encoded, new Uint8Array(TILE_PIXELS)));
    }
  }

  snapshot(): MaskSnapshot {
    const tiles: MaskSnapshot['tiles'] = [];
    for (const [key, tile] of this.tiles) {
      const alpha = tile.readAlpha(FULL_TILE);
      if (!isAllZero(alpha)) tiles.push({ key, alpha: encodeAlpha(alpha) });
    }
    return { width: this.width, height: this.height, tiles };
  }

  /** Replaces every tile with a snapshot's (same size expected), without recording changes. */
  restore(snapshot: MaskSnapshot): void {
    if (snapshot.width !== this.width || snapshot.height !== this.height) throw new Error('The mask snapshot has another size');
    this.tiles.clear();
    this.touched.clear();
    this.whiteBoundsOf.clear();
    for (const { key, alpha } of snapshot.tiles) {
      this.ensureTile(key).writeAlpha(FULL_TILE, decodeAlpha(alpha, new Uint8Array(TILE_PIXELS)));
    }
  }

  /**
   * Bounding box of the white pixels (alpha ≥ 50 %, what a request sends), or null. Only tiles
   * changed since the last call are scanned again, so it stays cheap after every stroke.
   */
  whiteBounds(): PixelRect | null {
    let union: PixelRect | null = null;
    for (const [key, tile] of this.tiles) {
      let bounds = this.whiteBoundsOf.get(key);
      if (bounds === undefined) {
        bounds = this.scanWhite(key, tile);
        this.whiteBoundsOf.set(key, bounds);
      }
      if (bounds) union = union ? unionRect(union, bounds) : bounds;
    }
    return union;
  }

  private scanWhite(key: number, tile: T): PixelRect | null {
    const rect = this.tileRect(key);
    const alpha = tile.readAlpha({ x: 0, y: 0, width: rect.width, height: rect.height });
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let y = 0; y < rect.height; y++) {
      const row = y * rect.width;
      for (let x = 0; x < rect.width; x++) {
        if (alpha[row + x]! < WHITE_FROM) continue;
        if (x < left) left = x;
        if (x >= right) right = x + 1;
        if (y < top) top = y;
        bottom = y + 1;
      }
    }
    return left === Infinity ? null : { x: rect.x + left, y: rect.y + top, width: right - left, height: bottom - top };
  }

  /** Approximate pixel memory held by the tiles (RGBA canvases in the browser). */
  bytes(bytesPerPixel = 4): number {
    return this.tiles.size * TILE_PIXELS * bytesPerPixel;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
