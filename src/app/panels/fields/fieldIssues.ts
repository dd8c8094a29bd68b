import { useSyncExternalStore } from 'react';

/**
 * Problems of fields whose text the store cannot hold (an emptied number box keeps its last
 * stored value): the Generate footer reads them so it never sends what the form does not show.
 * Out-of-range numbers are stored as typed, and the request check refuses them by itself.
 */
const issues = new Map<string, string>();
const listeners = new Set<() => void>();
let first: string | null = null;

function changed(): void {
  first = issues.values().next().value ?? null;
  for (const listener of listeners) listener();
}

/** Reports a field's problem; the returned function withdraws it (an effect's cleanup). */
export function reportFieldIssue(fieldId: string, message: string): () => void {
  issues.set(fieldId, message);
  changed();
  return () => {
    if (issues.get(fieldId) === message) {
      issues.delete(fieldId);
      changed();
    }
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The first reported field problem, or null. */
export function useFirstFieldIssue(): string | null {
  return useSyncExternalStore(subscribe, () => first);
}
