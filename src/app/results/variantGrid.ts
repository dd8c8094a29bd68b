import { useSyncExternalStore } from 'react';

/** Which run's variants are shown side by side (view state, not saved). */
let open: string | null = null;
const listeners = new Set<() => void>();

export function showVariants(taskUid: string | null): void {
  open = taskUid;
  for (const listener of listeners) listener();
}

export function useVariantsShown(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
