import { useEffect, type ReactNode } from 'react';
import { beginRestore, dismissRestoreNotice, useRestorePhase } from './restoreSession';

function RestoringScreen() {
  return (
    <div role="status" aria-live="polite" className="flex h-full items-center justify-center bg-ink-950">
      <div className="flex items-center gap-3 rounded-lg border border-ink-800 bg-ink-900 px-5 py-4 shadow-2xl shadow-black/50">
        <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-accent-500 border-t-transparent" />
        <div>
          <p className="text-sm font-medium text-ink-200">Restoring your work…</p>
          <p className="mt-0.5 text-xs text-ink-400">Canvas, masks, form and results from your last session</p>
        </div>
      </div>
    </div>
  );
}

/** Why the autosaved work did not come back, until dismissed. */
export function RestoreNotice() {
  const phase = useRestorePhase();
  if (phase.phase !== 'ready' || !phase.notice) return null;
  return (
    <div role="alert" className="flex shrink-0 items-start gap-3 border-b border-amber-400/30 bg-amber-400/10 px-3 py-2 text-xs text-ink-200">
      <span aria-hidden className="mt-1 h-1.5 w-1.5 shrink-0 rounded-full bg-amber-400" />
      <p className="min-w-0 flex-1 leading-relaxed">{phase.notice}</p>
      <button type="button" onClick={dismissRestoreNotice} className="shrink-0 rounded px-2 py-0.5 text-ink-400 hover:bg-ink-800 hover:text-ink-200">
        Dismiss
      </button>
    </div>
  );
}

/** Shows the studio only once the autosaved work is back, so nothing is edited before it lands. */
export function RestoreGate({ children }: { children: ReactNode }) {
  const phase = useRestorePhase();
  useEffect(beginRestore, []);
  return phase.phase === 'restoring' ? <RestoringScreen /> : children;
}
