import { useSyncExternalStore } from 'react';
import type { StudioParams } from '../../request/studioParams';
import { PROMPT_HISTORY_KEY, parsePromptHistory, withRecordedPrompts, type PromptHistoryEntry } from './promptHistory';

const listeners = new Set<() => void>();
let cached: PromptHistoryEntry[] | undefined;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function read(): PromptHistoryEntry[] {
  cached ??= parsePromptHistory(storage()?.getItem(PROMPT_HISTORY_KEY) ?? null);
  return cached;
}

/**
 * Records the prompts of a generation that was sent, newest first, in localStorage
 * ('picpik-studio.prompt-history', at most 50). The Generate footer calls it when the
 * mutation succeeds; call it too wherever else a generation is sent.
 */
export function rememberPrompts(params: Pick<StudioParams, 'positivePrompts' | 'negativePrompts'>): void {
  cached = withRecordedPrompts(read(), { positive: params.positivePrompts, negative: params.negativePrompts });
  try {
    storage()?.setItem(PROMPT_HISTORY_KEY, JSON.stringify(cached));
  } catch {
    // A full or blocked storage only loses the history, never the generation.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePromptHistory(): PromptHistoryEntry[] {
  return useSyncExternalStore(subscribe, read);
}
