import { useSyncExternalStore } from 'react';
import { useStudioStore } from '../store/studioStore';

/**
 * Whether the work changed since it was last written to or read from a project file.
 * New document asks before discarding such work; the flag is autosaved with the work.
 */
let unsavedToFile = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (value === unsavedToFile) return;
  unsavedToFile = value;
  for (const listener of listeners) listener();
}

export const isUnsavedToFile = (): boolean => unsavedToFile;

/** Save project, Open project and New document leave nothing unsaved. */
export const markFileSaved = (): void => set(false);

/** A restored autosave brings back its own flag. */
export const restoreUnsavedToFile = (value: boolean): void => set(value);

export function subscribeFileSaveState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useUnsavedToFile = (): boolean => useSyncExternalStore(subscribeFileSaveState, isUnsavedToFile);

// Any change to what a project file holds makes the work unsaved.
useStudioStore.subscribe((state, previous) => {
  if (state.document !== previous.document || state.params !== previous.params || state.tasks !== previous.tasks) set(true);
});
