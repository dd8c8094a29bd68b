import { ACTION_TAB_LABELS } from '../panels/ActionTabs';
import { isTaskFailed } from '../../picpik/queries';
import type { HistoryItem } from './historyQueries';

/** What a history row shows (who sent it too), derived from the archived item (pure, for the list and its tests). */
export function historyEntryText(item: HistoryItem, format: (date: Date) => string) {
  const prompts = item.Params.PositivePrompts;
  const prompt = Array.isArray(prompts) && typeof prompts[0] === 'string' ? prompts[0] : undefined;
  const created = item.CreatedAt ? new Date(item.CreatedAt) : undefined;
  const failed = isTaskFailed({ ErrorCode: item.ErrorCode, Status: item.Status });
  return {
    action: ACTION_TAB_LABELS[item.Action as keyof typeof ACTION_TAB_LABELS] ?? item.Action,
    prompt,
    seed: typeof item.Seed === 'number' ? item.Seed : undefined,
    date: created && !Number.isNaN(created.getTime()) ? format(created) : undefined,
    state: failed ? ('failed' as const) : item.FinishedAt ? ('finished' as const) : ('running' as const),
    error: failed ? item.ErrorMessage || `Error ${item.ErrorCode ?? ''}`.trim() : undefined,
    designer: item.Designer ?? undefined,
  };
}
