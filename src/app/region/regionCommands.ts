import { recordDocumentChange } from '../canvas/commands/documentHistory';
import type { GenerationResolution, RegionRect } from '../store/documentTypes';
import { useStudioStore } from '../store/studioStore';
import { currentRegion } from './currentRegion';
import { fitAspect } from './regionGeometry';

/** Undoable changes of the generation region (the Region tool, its options bar). */
const state = () => useStudioStore.getState();

export function setRegionFrame(frame: RegionRect | null): void {
  recordDocumentChange(frame ? 'Set generation region' : 'Fit region to mask', () => state().regionFramed(frame));
}

/** "Fit to mask": back to the automatic frame (the masks' bounding box plus padding). */
export function fitRegionToMask(): void {
  if (state().document.region.frame) setRegionFrame(null);
}

/** An aspect preset: the largest frame of that ratio inside the current region, centred. */
export function applyRegionAspect(ratio: number): void {
  setRegionFrame(fitAspect(currentRegion().rect, ratio));
}

export function setContextPadding(padding: number): void {
  recordDocumentChange('Context padding', () => state().regionPaddingChanged(padding), { mergeKey: 'region-padding' });
}

export function setGenerationResolution(resolution: GenerationResolution): void {
  recordDocumentChange('Generation resolution', () => state().generationResolutionChanged(resolution));
}
