import { dismissNotice, useNotice } from './notice';

export function NoticeToast() {
  const notice = useNotice();
  if (!notice) return null;
  return (
    <div
      role={notice.tone === 'error' ? 'alert' : 'status'}
      className={`pointer-events-auto absolute bottom-4 left-1/2 z-20 flex -translate-x-1/2 items-center gap-3 rounded-md border px-3 py-2 text-xs shadow-xl ${
        notice.tone === 'error' ? 'border-danger-500/50 bg-ink-850 text-ink-200' : 'border-ink-700 bg-ink-850 text-ink-200'
      }`}
    >
      {notice.tone === 'error' ? <span className="h-1.5 w-1.5 rounded-full bg-danger-500" aria-hidden /> : null}
      <span>{notice.text}</span>
      {notice.action ? (
        <button
          type="button"
          className="rounded bg-accent-500 px-2 py-0.5 font-medium text-white hover:bg-accent-600"
          onClick={() => {
            dismissNotice();
            notice.action?.run();
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button type="button" aria-label="Dismiss message" className="text-ink-400 hover:text-ink-200" onClick={dismissNotice}>
        ×
      </button>
    </div>
  );
}
