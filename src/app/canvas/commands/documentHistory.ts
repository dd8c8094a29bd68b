import { useStudioStore } from '../../store/studioStore';
import type { StudioDocument } from '../../store/documentTypes';
import { recordCommand } from '../history/studioHistory';
import { maskIds, restoreMaskSnapshot, snapshotMask } from '../rasters/maskRegistry';
import type { MaskSnapshot } from '../rasters/tiledMask';

type NamedSnapshot = MaskSnapshot & { maskId: string };

/** Every mask as its painted tiles only: cheap for sparse masks on large documents. */
function snapshotMasks(): NamedSnapshot[] {
  return maskIds().flatMap((maskId) => {
    const snapshot = snapshotMask(maskId);
    return snapshot ? [{ ...snapshot, maskId }] : [];
  });
}

function restoreMasks(snapshots: NamedSnapshot[]): void {
  for (const snapshot of snapshots) restoreMaskSnapshot(snapshot.maskId, snapshot);
}

const snapshotBytes = (snapshot: MaskSnapshot) => snapshot.tiles.reduce((sum, tile) => sum + tile.alpha.byteLength + 16, 64);

/** Document objects are immutable and shared, so a snapshot costs little beyond its placements. */
function documentBytes(doc: StudioDocument): number {
  return 512 + doc.foregrounds.length * 256;
}

export interface DocumentChangeOptions {
  /** Consecutive changes with this key (a slider drag) become one undo step. */
  mergeKey?: string;
  /** The change resizes or resets mask rasters: snapshot them too. */
  includesMasks?: boolean;
  /** State outside the document that the same step puts back (Open project restores the form too). */
  sideState?: { undo: () => void; redo: () => void };
}

/**
 * Runs `apply` (store events, raster changes) and records one undo step that restores the
 * whole document before/after, plus the mask rasters when the change touches them.
 */
export function recordDocumentChange(label: string, apply: () => void, options: DocumentChangeOptions = {}): void {
  const store = useStudioStore;
  const before = store.getState().document;
  const masksBefore = options.includesMasks ? snapshotMasks() : [];
  apply();
  const after = store.getState().document;
  if (after === before && !options.includesMasks) return;
  const masksAfter = options.includesMasks ? snapshotMasks() : [];
  const bytes =
    documentBytes(before) +
    documentBytes(after) +
    [...masksBefore, ...masksAfter].reduce((sum, snapshot) => sum + snapshotBytes(snapshot), 0);
  recordCommand({
    label,
    bytes,
    mergeKey: options.mergeKey,
    undo: () => {
      if (options.includesMasks) restoreMasks(masksBefore);
      store.getState().documentRestored(before);
      options.sideState?.undo();
    },
    redo: () => {
      if (options.includesMasks) restoreMasks(masksAfter);
      store.getState().documentRestored(after);
      options.sideState?.redo();
    },
  });
}
