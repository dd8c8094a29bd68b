import { useSyncExternalStore } from 'react';

/** One transient message for the editor (a failed open, an export error), maybe with one action. */
export interface Notice {
  id: number;
  text: string;
  tone: 'error' | 'info';
  action?: { label: string; run: () => void } | undefined;
}

let current: Notice | null = null;
let counter = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** A notice with an action stays until it is used or dismissed; others go after 5 s. */
export function showNotice(text: string, tone: Notice['tone'] = 'error', action?: Notice['action']): void {
  counter += 1;
  current = { id: counter, text, tone, action };
  clearTimeout(timer);
  if (!action) timer = setTimeout(dismissNotice, 5000);
  emit();
}

export function dismissNotice(): void {
  current = null;
  emit();
}

export function useNotice(): Notice | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
