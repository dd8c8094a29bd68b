import { z } from 'zod';

export const PROMPT_HISTORY_KEY = 'picpik-studio.prompt-history';
export const PROMPT_HISTORY_LIMIT = 50;

export type PromptListKind = 'positive' | 'negative';

export interface PromptHistoryEntry {
  text: string;
  list: PromptListKind;
}

const zHistory = z.array(z.object({ text: z.string().min(1), list: z.enum(['positive', 'negative']) }));

/** Persisted history, newest first; anything unreadable counts as empty. */
export function parsePromptHistory(raw: string | null): PromptHistoryEntry[] {
  if (!raw) return [];
  try {
    const result = zHistory.safeParse(JSON.parse(raw));
    return result.success ? result.data.slice(0, PROMPT_HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

/**
 * The history after a generation with these prompts: they move to the front (in their
 * order, positives first), older copies are dropped, and the ring keeps the newest `limit`.
 */
export function withRecordedPrompts(
  history: readonly PromptHistoryEntry[],
  prompts: { positive: readonly string[]; negative: readonly string[] },
  limit = PROMPT_HISTORY_LIMIT,
): PromptHistoryEntry[] {
  const fresh: PromptHistoryEntry[] = [];
  const add = (list: PromptListKind) => (text: string) => {
    const trimmed = text.trim();
    if (trimmed && !fresh.some((entry) => entry.text === trimmed && entry.list === list)) fresh.push({ text: trimmed, list });
  };
  prompts.positive.forEach(add('positive'));
  prompts.negative.forEach(add('negative'));
  const older = history.filter((entry) => !fresh.some((f) => f.text === entry.text && f.list === entry.list));
  return [...fresh, ...older].slice(0, limit);
}
