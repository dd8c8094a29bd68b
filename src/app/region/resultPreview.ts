import { useSyncExternalStore } from 'react';
import type { PixelRect } from '../canvas/geometry/pixelRect';
import type { ComposedRegion } from './composite/composeRegion';

/** How the result viewer shows a result on the canvas: as it would be accepted, split against the picture, or its changes. */
export type PreviewMode = 'result' | 'slider' | 'changes';

/**
 * The result being looked at, composed into its region on the canvas (what Accept would
 * commit). Lives outside the store: bitmaps are not state, and the viewer drives it.
 */
export interface RegionPreview {
  /** taskUid:index of the result. */
  key: string;
  /** The region in document pixels now. */
  rect: PixelRect;
  composed: ComposedRegion | null;
  error: string | null;
  mode: PreviewMode;
  /** Compare slider position, 0–100 % of the region's width: the picture left of it, the result right. */
  split: number;
  holding: boolean;
}

let preview: RegionPreview | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function getRegionPreview(): RegionPreview | null {
  return preview;
}

export function setRegionPreview(next: RegionPreview | null): void {
  if (preview?.composed && preview.composed !== next?.composed) {
    preview.composed.patch.close();
    preview.composed.changes.close();
  }
  preview = next;
  emit();
}

/** Changes the view of the current preview (mode, slider, hold) if it is still `key`. */
export function updateRegionPreview(key: string, change: Partial<Pick<RegionPreview, 'mode' | 'split' | 'holding' | 'composed' | 'error'>>): void {
  if (!preview || preview.key !== key) return;
  preview = { ...preview, ...change };
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRegionPreview(): RegionPreview | null {
  return useSyncExternalStore(subscribe, () => preview);
}
