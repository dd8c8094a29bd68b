import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { showNotice } from '../canvas/ui/notice';
import { meQuery } from './designerQueries';
import { HistoryEntry } from './HistoryEntry';
import { HISTORY_PAGE_SIZE, historyItemsOf, historyPagesQuery, type HistoryItem } from './historyQueries';
import { recallTask } from './recallTask';
import { UsageView } from './UsageView';

const VIEW_BUTTON = 'h-6 rounded px-2 text-[11px] aria-pressed:bg-ink-700 aria-pressed:text-ink-200 text-ink-400 hover:text-ink-200';

/** The History drawer: archived tasks of this studio, newest first, paged by "Load more"; or the usage per designer. */
export function HistoryDrawer({ onClose }: { onClose: () => void }) {
  const me = useQuery(meQuery);
  const designer = me.data?.designer ?? null;
  const [onlyMine, setOnlyMine] = useState(false);
  const [view, setView] = useState<'tasks' | 'usage'>('tasks');
  const mine = onlyMine && designer !== null;
  const history = useInfiniteQuery(historyPagesQuery(HISTORY_PAGE_SIZE, mine));
  const queryClient = useQueryClient();
  const [recalling, setRecalling] = useState<string | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close.current();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const items = historyItemsOf(history.data?.pages);
  const total = history.data?.pages[0]?.total;
  const recall = async (item: HistoryItem) => {
    setRecalling(item.TaskUID);
    try {
      const { missing } = await recallTask(item, queryClient);
      onClose();
      showNotice(missing.length > 0 ? `Recalled, but the archive has no ${missing.join(', ')}` : 'Recalled: form, inputs and results are back', missing.length > 0 ? 'error' : 'info');
    } catch (error) {
      showNotice(`Recall failed: ${(error as Error).message}`);
    } finally {
      setRecalling(null);
    }
  };

  return (
    <div className="fixed inset-0 z-40 flex justify-end bg-black/50" onClick={onClose}>
      <div role="dialog" aria-modal="true" aria-labelledby="history-title" className="flex h-full w-[420px] flex-col border-l border-ink-700 bg-ink-850 shadow-2xl shadow-black/60" onClick={(event) => event.stopPropagation()}>
        <header className="flex items-center gap-2 border-b border-ink-800 px-4 py-3">
          <div className="min-w-0 flex-1">
            <h2 id="history-title" className="text-sm font-semibold text-ink-200">History</h2>
            <p className="text-[11px] text-ink-500">
              {total === undefined ? 'Tasks archived by this studio' : `${total} task${total === 1 ? '' : 's'} ${mine ? 'of yours ' : ''}archived by this studio`}
            </p>
          </div>
          <div role="group" aria-label="History view" className="flex gap-0.5 rounded-md border border-ink-700 p-0.5">
            <button type="button" aria-pressed={view === 'tasks'} onClick={() => setView('tasks')} className={VIEW_BUTTON}>
              Tasks
            </button>
            <button type="button" aria-pressed={view === 'usage'} onClick={() => setView('usage')} className={VIEW_BUTTON}>
              Usage
            </button>
          </div>
          <button ref={closeRef} type="button" aria-label="Close history" onClick={onClose} className="h-7 w-7 rounded-md text-lg leading-none text-ink-400 hover:bg-ink-700 hover:text-ink-200">
            ×
          </button>
        </header>
        {view === 'tasks' && designer !== null ? (
          <label className="flex items-center gap-2 border-b border-ink-800 px-4 py-2 text-xs text-ink-300">
            <input type="checkbox" checked={onlyMine} onChange={(event) => setOnlyMine(event.target.checked)} className="accent-accent-500" />
            Only my tasks ({designer})
          </label>
        ) : null}
        <div className="min-h-0 flex-1 overflow-y-auto px-3 py-3">
          {view === 'usage' ? <UsageView /> : null}
          {view === 'tasks' ? (
            <>
              {history.isPending ? <p className="px-1 text-xs text-ink-400">Loading history…</p> : null}
              {history.isError ? (
                <p role="alert" className="px-1 text-xs text-danger-500">
                  The history could not be loaded: {history.error.message}
                </p>
              ) : null}
              {history.isSuccess && items.length === 0 ? <p className="px-1 text-xs text-ink-400">No tasks yet. Every generation is archived here with its inputs and results.</p> : null}
              <ul aria-label="Past tasks" className="flex flex-col gap-2">
                {items.map((item) => (
                  <HistoryEntry key={item.TaskUID} item={item} recalling={recalling === item.TaskUID} onRecall={() => void recall(item)} />
                ))}
              </ul>
              {history.hasNextPage ? (
                <button
                  type="button"
                  disabled={history.isFetchingNextPage}
                  onClick={() => void history.fetchNextPage()}
                  className="mt-3 h-8 w-full rounded-md border border-ink-700 text-xs text-ink-300 hover:bg-ink-800 hover:text-ink-200 disabled:opacity-50"
                >
                  {history.isFetchingNextPage ? 'Loading…' : 'Load more'}
                </button>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}
