import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../store/documentTypes';
import type { TaskRegion } from '../store/resultsSlice';
import { maskIntoDocument, recalledRegionFrame, recalledResolution } from './recallRegion';

const region = (over: Partial<TaskRegion> = {}): TaskRegion => ({
  rect: { x: 2400, y: 1900, width: 400, height: 200 },
  generated: { width: 1024, height: 512 },
  documentSize: { width: 6000, height: 4000 },
  anchor: { x: 0, y: 0 },
  blend: { kind: 'replace' },
  ...over,
});

function photoDocument(width = 6000, height = 4000, at = { x: 0, y: 0 }) {
  const doc = createEmptyDocument(width, height);
  doc.baseImage = { assetId: 'photo', x: at.x, y: at.y, width: 6000, height: 4000 };
  return doc;
}

describe('recalling a region task', () => {
  it('puts the region back where it was on the same picture', () => {
    expect(recalledRegionFrame(region(), photoDocument())).toEqual({ x: 2400, y: 1900, width: 400, height: 200 });
  });

  it('moves the region with the picture when the canvas grew around it', () => {
    expect(recalledRegionFrame(region(), photoDocument(6500, 4000, { x: 500, y: 0 }))).toEqual({ x: 2900, y: 1900, width: 400, height: 200 });
  });

  it('has no region on another picture, an empty canvas or an older task', () => {
    expect(recalledRegionFrame(region(), photoDocument(1024, 1024))).toBeNull();
    expect(recalledRegionFrame(region(), createEmptyDocument(6000, 4000))).toBeNull();
    expect(recalledRegionFrame(undefined, photoDocument())).toBeNull();
    expect(recalledRegionFrame(region({ anchor: null }), photoDocument())).toBeNull();
  });

  it('finds the generation resolution that gives the size the task was generated at', () => {
    const rect = { x: 0, y: 0, width: 400, height: 200 };
    expect(recalledResolution(rect, { width: 1024, height: 512 })).toBe('auto');
    expect(recalledResolution(rect, { width: 2048, height: 1024 })).toBe(2048);
    expect(recalledResolution(rect, { width: 400, height: 200 })).toBe('region');
    expect(recalledResolution(rect, { width: 999, height: 1 })).toBe('auto');
  });

  it('scales a sent mask back over its region in a document-sized mask, dropping what lies past the edge', () => {
    // 4 × 2 sent mask: left half white. Region 8 × 4 at (2, 1) in a 9 × 6 document: x 2–9 (one column past the edge).
    const sent = { width: 4, height: 2, alpha: Uint8Array.of(255, 255, 0, 0, 255, 255, 0, 0) };
    const placed = maskIntoDocument(sent, { x: 2, y: 1, width: 8, height: 4 }, { width: 9, height: 6 });
    const row = (y: number) => [...placed.alpha.subarray(y * 9, y * 9 + 9)];
    expect(row(0)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    for (const y of [1, 2, 3, 4]) expect(row(y)).toEqual([0, 0, 255, 255, 255, 255, 0, 0, 0]);
    expect(row(5)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
