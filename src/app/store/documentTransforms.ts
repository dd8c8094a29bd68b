import type { ForegroundPlacement, MaskMeta, StudioDocument } from './documentTypes';

/** Pure document edits shared by the slice and tests. Every function returns a new document. */

/** New canvas size; existing content moves by (offsetX, offsetY) so it stays at its anchor. */
export function resizeDocument(
  doc: StudioDocument,
  width: number,
  height: number,
  offsetX: number,
  offsetY: number,
): StudioDocument {
  return {
    ...doc,
    width,
    height,
    baseImage: doc.baseImage ? { ...doc.baseImage, x: doc.baseImage.x + offsetX, y: doc.baseImage.y + offsetY } : null,
    edits: doc.edits.map((edit) => ({ ...edit, x: edit.x + offsetX, y: edit.y + offsetY })),
    region: doc.region.frame ? { ...doc.region, frame: { ...doc.region.frame, x: doc.region.frame.x + offsetX, y: doc.region.frame.y + offsetY } } : doc.region,
    foregrounds: doc.foregrounds.map((fg) => ({ ...fg, x: fg.x + offsetX, y: fg.y + offsetY })),
    masks: bumpAllMasks(doc.masks),
  };
}

export function bumpMask(masks: Record<string, MaskMeta>, maskId: string): Record<string, MaskMeta> {
  const current = masks[maskId];
  return { ...masks, [maskId]: { id: maskId, revision: (current?.revision ?? 0) + 1 } };
}

export function bumpAllMasks(masks: Record<string, MaskMeta>): Record<string, MaskMeta> {
  const next: Record<string, MaskMeta> = {};
  for (const [id, meta] of Object.entries(masks)) next[id] = { id, revision: meta.revision + 1 };
  return next;
}

/**
 * Restores a previous document while keeping mask revisions growing:
 * the rasters change on restore, so their revisions must move forward, never back.
 */
export function restoreDocument(current: StudioDocument, snapshot: StudioDocument): StudioDocument {
  const masks: Record<string, MaskMeta> = {};
  for (const id of Object.keys(snapshot.masks)) {
    const newest = Math.max(current.masks[id]?.revision ?? 0, snapshot.masks[id]?.revision ?? 0);
    masks[id] = { id, revision: newest + 1 };
  }
  return { ...snapshot, masks };
}

export function updateForeground(
  doc: StudioDocument,
  id: string,
  change: Partial<Omit<ForegroundPlacement, 'id' | 'assetId'>>,
): StudioDocument {
  if (!doc.foregrounds.some((fg) => fg.id === id)) return doc;
  return { ...doc, foregrounds: doc.foregrounds.map((fg) => (fg.id === id ? { ...fg, ...change } : fg)) };
}

/** Moves a foreground to `toIndex` (clamped) in the bottom-to-top list. */
export function reorderForeground(doc: StudioDocument, id: string, toIndex: number): StudioDocument {
  const from = doc.foregrounds.findIndex((fg) => fg.id === id);
  if (from < 0) return doc;
  const target = Math.max(0, Math.min(doc.foregrounds.length - 1, toIndex));
  if (target === from) return doc;
  const list = doc.foregrounds.slice();
  const [moved] = list.splice(from, 1);
  if (!moved) return doc;
  list.splice(target, 0, moved);
  return { ...doc, foregrounds: list };
}
