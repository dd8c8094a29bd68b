import { intersectRect, isEmptyRect, type PixelRect } from '../geometry/pixelRect';
import type { TiledMask } from '../rasters/tiledMask';
import { documentRect } from './maskChunks';

/** How new alpha meets the mask: Photoshop's new / add / subtract / intersect selection. */
export type CombineMode = 'replace' | 'add' | 'subtract' | 'intersect';

/** New alpha for any document rectangle inside the area it covers, row by row. */
export type AlphaSource = (rect: PixelRect) => Uint8Array;

function merge(mode: CombineMode, old: Uint8Array, incoming: Uint8Array): Uint8Array {
  if (mode === 'replace') return incoming;
  const out = new Uint8Array(old.length);
  for (let i = 0; i < out.length; i++) {
    const a = old[i]!;
    const b = incoming[i]!;
    out[i] = mode === 'add' ? Math.max(a, b) : mode === 'subtract' ? Math.min(a, 255 - b) : Math.min(a, b);
  }
  return out;
}

/**
 * Combines alpha from `source` (defined over `area`, document pixels) into the mask, tile by
 * tile so memory follows the tiles, not the area. Replace and intersect also empty the mask
 * outside the area. Returns the changed area (the whole document for replace / intersect).
 */
export function combineMask(mask: TiledMask, area: PixelRect, source: AlphaSource, mode: CombineMode): PixelRect | null {
  const inside = intersectRect(area, documentRect(mask));
  if (mode === 'replace') mask.clear();
  if (mode === 'intersect') {
    for (const [key] of [...mask.entries()]) {
      const rect = mask.tileRect(key);
      const keep = intersectRect(rect, inside);
      const alpha = mask.readAlpha(rect);
      for (let y = 0; y < rect.height; y++) {
        for (let x = 0; x < rect.width; x++) {
          const docX = rect.x + x;
          const docY = rect.y + y;
          const within = docX >= keep.x && docX < keep.x + keep.width && docY >= keep.y && docY < keep.y + keep.height;
          if (!within) alpha[y * rect.width + x] = 0;
        }
      }
      mask.writeAlpha(rect, alpha);
    }
  }
  if (isEmptyRect(inside)) return mode === 'add' || mode === 'subtract' ? null : documentRect(mask);
  for (const key of mask.keysIn(inside)) {
    const part = intersectRect(mask.tileRect(key), inside);
    const incoming = source(part);
    mask.writeAlpha(part, merge(mode, mask.readAlpha(part), incoming));
  }
  return mode === 'add' || mode === 'subtract' ? inside : documentRect(mask);
}

/** Masks the whole document (Select all). */
export function selectAll(mask: TiledMask): PixelRect {
  const whole = documentRect(mask);
  return combineMask(mask, whole, (rect) => new Uint8Array(rect.width * rect.height).fill(255), 'replace') ?? whole;
}

/**
 * A low-resolution alpha (w × h, e.g. a mask PICPIK answered for a scaled-down picture)
 * stretched over `dest` in document pixels, sampled bilinearly at pixel centres.
 */
export function scaledAlphaSource(alpha: Uint8Array, w: number, h: number, dest: PixelRect): AlphaSource {
  if (alpha.length !== w * h) throw new Error(`The alpha has ${alpha.length} values, not ${w} × ${h}`);
  const sx = w / dest.width;
  const sy = h / dest.height;
  return (rect) => {
    const out = new Uint8Array(rect.width * rect.height);
    for (let y = 0; y < rect.height; y++) {
      const v = Math.min(h - 1, Math.max(0, (rect.y + y + 0.5 - dest.y) * sy - 0.5));
      const y0 = Math.floor(v);
      const y1 = Math.min(h - 1, y0 + 1);
      const fy = v - y0;
      for (let x = 0; x < rect.width; x++) {
        const u = Math.min(w - 1, Math.max(0, (rect.x + x + 0.5 - dest.x) * sx - 0.5));
        const x0 = Math.floor(u);
        const x1 = Math.min(w - 1, x0 + 1);
        const fx = u - x0;
        const top = alpha[y0 * w + x0]! * (1 - fx) + alpha[y0 * w + x1]! * fx;
        const bottom = alpha[y1 * w + x0]! * (1 - fx) + alpha[y1 * w + x1]! * fx;
        out[y * rect.width + x] = Math.round(top * (1 - fy) + bottom * fy);
      }
    }
    return out;
  };
}
