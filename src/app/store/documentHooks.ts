import { useStudioStore } from './studioStore';
import type { MaskId } from './documentTypes';

/** Small hooks with atomic selectors: each returns a primitive or an object the store keeps stable. */

export const useDocumentWidth = () => useStudioStore((s) => s.document.width);
export const useDocumentHeight = () => useStudioStore((s) => s.document.height);
export const useBaseImage = () => useStudioStore((s) => s.document.baseImage);
export const useForegrounds = () => useStudioStore((s) => s.document.foregrounds);
export const useForeground = (id: string | null) =>
  useStudioStore((s) => (id === null ? undefined : s.document.foregrounds.find((fg) => fg.id === id)));
export const useMasks = () => useStudioStore((s) => s.document.masks);
export const useMaskRevision = (maskId: MaskId) => useStudioStore((s) => s.document.masks[maskId]?.revision ?? -1);
export const useReferences = () => useStudioStore((s) => s.document.references);
export const usePictureEdits = () => useStudioStore((s) => s.document.edits);
export const useRegionSettings = () => useStudioStore((s) => s.document.region);
/** True once there is anything on the canvas (a base image, an accepted result or a foreground). */
export const useDocumentHasContent = () =>
  useStudioStore((s) => s.document.baseImage !== null || s.document.edits.length > 0 || s.document.foregrounds.length > 0);
