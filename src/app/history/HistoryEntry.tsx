import type { HistoryItem } from './historyQueries';
import { historyEntryText } from './historyEntryText';

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

function Thumbnail({ item }: { item: HistoryItem }) {
  const [first] = item.Images;
  return (
    <div className="relative h-16 w-16 shrink-0 overflow-hidden rounded-md border border-ink-700 bg-[repeating-conic-gradient(#22242a_0_25%,#1b1d21_0_50%)] bg-[length:10px_10px]">
      {first ? <img src={first} alt="First result" loading="lazy" className="h-full w-full object-cover" /> : null}
      {item.Images.length > 1 ? (
        <span className="absolute bottom-0.5 right-0.5 rounded bg-ink-950/85 px-1 font-mono text-[10px] text-ink-200">+{item.Images.length - 1}</span>
      ) : null}
    </div>
  );
}

const STATE_CHIP = {
  failed: 'bg-danger-500/15 text-danger-500',
  running: 'bg-amber-400/15 text-amber-400',
} as const;

/** One archived task: result thumbnail, action, first prompt, seed, date, and Recall. */
export function HistoryEntry({ item, recalling, onRecall }: { item: HistoryItem; recalling: boolean; onRecall: () => void }) {
  const text = historyEntryText(item, (date) => dateFormat.format(date));
  return (
    <li aria-label={`Task ${item.TaskUID}`} className="flex gap-3 rounded-lg border border-ink-800 bg-ink-900 p-2.5 hover:border-ink-700">
      <Thumbnail item={item} />
      <div className="min-w-0 flex-1">
        <div className="flex items-center gap-2">
          <span className="truncate text-xs font-medium text-ink-200">{text.action}</span>
          {text.state !== 'finished' ? (
            <span className={`rounded px-1.5 py-px text-[10px] font-medium ${STATE_CHIP[text.state]}`}>{text.state === 'failed' ? 'Failed' : 'Running'}</span>
          ) : null}
        </div>
        <p className={`mt-0.5 line-clamp-2 text-xs leading-snug ${text.prompt ? 'text-ink-300' : 'italic text-ink-500'}`} title={text.prompt}>
          {text.prompt ?? 'No prompt'}
        </p>
        {text.error ? <p className="mt-0.5 truncate text-[11px] text-danger-500" title={text.error}>{text.error}</p> : null}
        <p className="mt-1 flex gap-2 font-mono text-[10px] text-ink-500">
          {text.designer ? <span className="truncate font-sans text-ink-400">{text.designer}</span> : null}
          {text.seed !== undefined ? <span>seed {text.seed}</span> : null}
          {text.date ? <span>{text.date}</span> : null}
        </p>
      </div>
      <button
        type="button"
        aria-label={`Recall task ${item.TaskUID}`}
        title="Put this task’s parameters and inputs back, and its results in the tray"
        disabled={recalling}
        onClick={onRecall}
        className="h-7 shrink-0 self-center rounded-md border border-ink-600 px-2.5 text-xs text-ink-200 hover:border-accent-500 hover:bg-accent-500/15 hover:text-accent-400 disabled:opacity-50"
      >
        {recalling ? 'Recalling…' : 'Recall'}
      </button>
    </li>
  );
}
