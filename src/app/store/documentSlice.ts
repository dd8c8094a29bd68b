import {
  createEmptyDocument,
  MAIN_MASK_ID,
  type ForegroundPlacement,
  type ForegroundTransform,
  type GenerationResolution,
  type MaskId,
  type PictureEdit,
  type ReferenceKind,
  type RegionRect,
  type StudioDocument,
} from './documentTypes';
import {
  bumpMask,
  reorderForeground,
  resizeDocument,
  restoreDocument,
  updateForeground,
} from './documentTransforms';
import type { StudioSlice } from './studioState';

export interface DocumentSlice {
  document: StudioDocument;
  /** A new base image starts a new document of its (clamped) size; references are kept. */
  imageOpened: (image: { assetId: string; width: number; height: number }) => void;
  /** Canvas resize or extension: content moves by the anchor offset. */
  canvasResized: (size: { width: number; height: number; offsetX: number; offsetY: number }) => void;
  maskAdded: (maskId: MaskId) => void;
  maskRemoved: (maskId: MaskId) => void;
  maskStrokeCommitted: (maskId: MaskId) => void;
  maskInverted: (maskId: MaskId) => void;
  maskCleared: (maskId: MaskId) => void;
  /** Pixels of the raster were rewritten from history. */
  maskRestored: (maskId: MaskId) => void;
  foregroundPlaced: (foreground: ForegroundPlacement) => void;
  foregroundTransformed: (id: string, transform: ForegroundTransform) => void;
  foregroundReordered: (id: string, toIndex: number) => void;
  foregroundRemoved: (id: string) => void;
  foregroundOpacityChanged: (id: string, opacity: number) => void;
  foregroundVisibilityChanged: (id: string, visible: boolean) => void;
  baseImageVisibilityChanged: (visible: boolean) => void;
  referenceSet: (kind: ReferenceKind, assetId: string | null) => void;
  controlReferenceSet: (unitId: string, assetId: string | null) => void;
  /** A result was composited into the picture (its area only). */
  pictureEdited: (edit: PictureEdit) => void;
  /** The designer drew or moved the generation frame; null goes back to the automatic one. */
  regionFramed: (frame: RegionRect | null) => void;
  regionPaddingChanged: (padding: number) => void;
  generationResolutionChanged: (resolution: GenerationResolution) => void;
  /** Undo/redo put a whole earlier document back. */
  documentRestored: (snapshot: StudioDocument) => void;
}

export const createDocumentSlice: StudioSlice<DocumentSlice> = (set) => {
  const edit = (change: (doc: StudioDocument) => StudioDocument) =>
    set((state) => {
      const document = change(state.document);
      return document === state.document ? state : { document };
    });
  const bump = (maskId: MaskId) => edit((doc) => (doc.masks[maskId] ? { ...doc, masks: bumpMask(doc.masks, maskId) } : doc));

  return {
    document: createEmptyDocument(),
    imageOpened: ({ assetId, width, height }) =>
      edit((doc) => {
        const fresh = createEmptyDocument(width, height);
        const masks = { ...doc.masks };
        for (const id of Object.keys(masks)) masks[id] = { id, revision: (masks[id]?.revision ?? 0) + 1 };
        // References and the region settings stay; a drawn frame belonged to the old picture.
        const region = { ...doc.region, frame: null };
        return { ...fresh, masks, references: doc.references, region, baseImage: { assetId, x: 0, y: 0, width, height } };
      }),
    canvasResized: ({ width, height, offsetX, offsetY }) => edit((doc) => resizeDocument(doc, width, height, offsetX, offsetY)),
    maskAdded: (maskId) =>
      edit((doc) => (doc.masks[maskId] ? doc : { ...doc, masks: { ...doc.masks, [maskId]: { id: maskId, revision: 0 } } })),
    maskRemoved: (maskId) =>
      edit((doc) => {
        if (maskId === MAIN_MASK_ID || !doc.masks[maskId]) return doc;
        const masks = { ...doc.masks };
        delete masks[maskId];
        return { ...doc, masks };
      }),
    maskStrokeCommitted: bump,
    maskInverted: bump,
    maskCleared: bump,
    maskRestored: bump,
    foregroundPlaced: (foreground) => edit((doc) => ({ ...doc, foregrounds: [...doc.foregrounds, foreground] })),
    foregroundTransformed: (id, transform) => edit((doc) => updateForeground(doc, id, transform)),
    foregroundReordered: (id, toIndex) => edit((doc) => reorderForeground(doc, id, toIndex)),
    foregroundRemoved: (id) =>
      set((state) => ({
        document: { ...state.document, foregrounds: state.document.foregrounds.filter((fg) => fg.id !== id) },
        selectedForegroundId: state.selectedForegroundId === id ? null : state.selectedForegroundId,
      })),
    foregroundOpacityChanged: (id, opacity) =>
      edit((doc) => updateForeground(doc, id, { opacity: Math.max(0, Math.min(1, opacity)) })),
    foregroundVisibilityChanged: (id, visible) => edit((doc) => updateForeground(doc, id, { visible })),
    baseImageVisibilityChanged: (visible) =>
      edit((doc) => (doc.baseImage ? { ...doc, baseImage: { ...doc.baseImage, hidden: visible ? undefined : true } } : doc)),
    referenceSet: (kind, assetId) =>
      edit((doc) => {
        const references = { ...doc.references };
        if (assetId) references[kind] = assetId;
        else delete references[kind];
        return { ...doc, references };
      }),
    controlReferenceSet: (unitId, assetId) =>
      edit((doc) => {
        const control = { ...doc.references.control };
        if (assetId) control[unitId] = assetId;
        else delete control[unitId];
        return { ...doc, references: { ...doc.references, control } };
      }),
    pictureEdited: (accepted) => edit((doc) => ({ ...doc, edits: [...doc.edits, accepted] })),
    regionFramed: (frame) => edit((doc) => ({ ...doc, region: { ...doc.region, frame } })),
    regionPaddingChanged: (padding) =>
      edit((doc) => ({ ...doc, region: { ...doc.region, padding: Number.isFinite(padding) ? Math.max(0, Math.min(1024, Math.round(padding))) : doc.region.padding } })),
    generationResolutionChanged: (resolution) => edit((doc) => ({ ...doc, region: { ...doc.region, resolution } })),
    documentRestored: (snapshot) =>
      set((state) => {
        const document = restoreDocument(state.document, snapshot);
        const selected = state.selectedForegroundId;
        const stillThere = selected !== null && document.foregrounds.some((fg) => fg.id === selected);
        const activeMaskId = document.masks[state.activeMaskId] ? state.activeMaskId : MAIN_MASK_ID;
        return { document, selectedForegroundId: stillThere ? selected : null, activeMaskId };
      }),
  };
};
