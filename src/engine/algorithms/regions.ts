/** Small helpers on label maps: connected components and painted discs. */
import type { Point } from './segment';

/** 8-connected components of the pixels where label is 1: component id per pixel (−1 elsewhere) and sizes. */
export function components(label: Uint8Array, w: number, h: number): { id: Int32Array; sizes: number[] } {
  const n = w * h;
  const id = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (label[s] !== 1 || id[s]! >= 0) continue;
    const c = sizes.length;
    let head = 0, tail = 0;
    id[s] = c;
    queue[tail++] = s;
    while (head < tail) {
      const i = queue[head++]!;
      const x = i % w, y = (i - x) / w;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const j = yy * w + xx;
          if (label[j] !== 1 || id[j]! >= 0) continue;
          id[j] = c;
          queue[tail++] = j;
        }
      }
    }
    sizes.push(tail);
  }
  return { id, sizes };
}

export function paintDisc(a: Uint8Array, w: number, h: number, p: Point, r: number, value: number): void {
  for (let y = Math.max(0, Math.round(p.Y - r)); y <= Math.min(h - 1, Math.round(p.Y + r)); y++) {
    for (let x = Math.max(0, Math.round(p.X - r)); x <= Math.min(w - 1, Math.round(p.X + r)); x++) {
      if ((x - p.X) ** 2 + (y - p.Y) ** 2 <= r * r) a[y * w + x] = value;
    }
  }
}
