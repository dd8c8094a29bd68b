import { useSyncExternalStore } from 'react';
import type { PixelRect } from '../canvas/geometry/pixelRect';

/**
 * The frame while the Region tool drags it: transient, never in the store or the history
 * (one undo step is recorded when the drag ends).
 */
let draft: PixelRect | null = null;
const listeners = new Set<() => void>();

export function setRegionDraft(next: PixelRect | null): void {
  draft = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRegionDraft(): PixelRect | null {
  return useSyncExternalStore(subscribe, () => draft);
}
