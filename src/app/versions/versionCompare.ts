import { useSyncExternalStore } from 'react';

/** The two versions being compared (view state, not saved): `before` left of the slider, `after` right. */
export interface VersionPair {
  before: string;
  after: string;
}

let pair: VersionPair | null = null;
const listeners = new Set<() => void>();

export function compareVersions(next: VersionPair | null): void {
  pair = next;
  for (const listener of listeners) listener();
}

export function useComparedVersions(): VersionPair | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pair,
  );
}
