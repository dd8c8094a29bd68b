import { ACTION_TAB_LABELS } from '../panels/ActionTabs';
import { dropSubmission, type PendingEntry } from '../generate/pendingSubmissions';

const STATUS_TEXT: Record<PendingEntry['status'], string> = {
  preparing: 'Preparing the request…',
  sending: 'Sending…',
  waiting: 'Waiting for the server…',
  failed: 'Not sent',
};

/** A Generate on its way (or picked up again after a reload), until its task card replaces it. */
export function PendingCard({ entry }: { entry: PendingEntry }) {
  const { record, status } = entry;
  const label = ACTION_TAB_LABELS[record.action] ?? record.action;
  const busy = status !== 'failed';
  return (
    <li aria-label={`Request ${record.requestUuid}`} className="flex w-48 shrink-0 flex-col gap-1.5 rounded-md border border-dashed border-ink-600 bg-ink-850 p-2">
      <div className="flex items-center gap-2 text-[11px]">
        <span className="font-medium text-ink-200">{label}</span>
        {entry.resumed ? <span className="text-ink-500">resumed after reload</span> : null}
      </div>
      <div className={`flex items-center gap-2 text-[11px] ${status === 'failed' ? 'text-danger-500' : 'text-ink-400'}`}>
        {busy ? <span aria-hidden className={`h-3 w-3 rounded-full border-2 border-t-transparent ${status === 'waiting' ? 'border-amber-400' : 'animate-spin border-accent-500'}`} /> : null}
        <span data-testid="pending-status">{entry.retry && status === 'sending' ? `Retrying (${entry.retry.attempt}/${entry.retry.of})…` : STATUS_TEXT[status]}</span>
      </div>
      {entry.error ? <p className="break-words text-[11px] leading-snug text-ink-400">{entry.error}</p> : null}
      {status === 'failed' || status === 'waiting' ? (
        <button
          type="button"
          aria-label={`Discard request ${record.requestUuid}`}
          onClick={() => void dropSubmission(record.requestUuid)}
          className="self-start rounded px-1.5 py-0.5 text-[11px] text-ink-300 hover:bg-ink-700"
        >
          Discard
        </button>
      ) : null}
    </li>
  );
}
