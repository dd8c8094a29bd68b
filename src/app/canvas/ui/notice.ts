import { useSyncExternalStore } from 'react';

/** One transient message for the editor (a failed open, an export error). */
export interface Notice {
  id: number;
  text: string;
  tone: 'error' | 'info';
}

let current: Notice | null = null;
let counter = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function showNotice(text: string, tone: Notice['tone'] = 'error'): void {
  counter += 1;
  current = { id: counter, text, tone };
  clearTimeout(timer);
  timer = setTimeout(dismissNotice, 5000);
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
