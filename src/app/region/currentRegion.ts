import { useMemo } from 'react';
import { maskBounds } from '../canvas/rasters/maskBounds';
import type { StudioState } from '../store/studioState';
import { useStudioStore } from '../store/studioStore';
import { resolveRegion, type GenerationRegion } from './resolveRegion';

/** The region the next Generate would cover, from the current document, form and masks. */
export function currentRegion(state: Pick<StudioState, 'document' | 'params'> = useStudioStore.getState()): GenerationRegion {
  const { document: doc, params } = state;
  return resolveRegion(doc, params, (maskId) => maskBounds(maskId, doc.masks[maskId]?.revision ?? -1));
}

/** The same, kept up to date for the frame on the canvas and the line in the panel. */
export function useGenerationRegion(): GenerationRegion {
  const document = useStudioStore((s) => s.document);
  const params = useStudioStore((s) => s.params);
  return useMemo(() => currentRegion({ document, params }), [document, params]);
}
