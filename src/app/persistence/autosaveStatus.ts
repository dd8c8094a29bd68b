import { useSyncExternalStore } from 'react';

/** What the status bar says about autosave. */
export type AutosaveStatus =
  | { state: 'starting' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'failed'; message: string }
  | { state: 'unavailable'; message: string };

let status: AutosaveStatus = { state: 'starting' };
const listeners = new Set<() => void>();

export function setAutosaveStatus(next: AutosaveStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

export const getAutosaveStatus = (): AutosaveStatus => status;

export function useAutosaveStatus(): AutosaveStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getAutosaveStatus,
  );
}

/** IndexedDB errors in words a designer can act on. */
export function describeStorageError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return 'the browser’s storage for this site is full';
  if (name === 'InvalidStateError' || name === 'SecurityError') return 'this browser does not allow the studio to store data (private window?)';
  return (error as Error | null)?.message || 'unknown storage error';
}
