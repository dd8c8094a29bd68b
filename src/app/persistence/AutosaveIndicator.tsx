import { useAutosaveStatus, type AutosaveStatus } from './autosaveStatus';

const timeOf = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

function describe(status: AutosaveStatus): { text: string; title: string; tone: 'ok' | 'busy' | 'bad' } {
  switch (status.state) {
    case 'starting':
    case 'pending':
    case 'saving':
      return { text: 'Saving…', title: 'Your work is being saved in this browser', tone: 'busy' };
    case 'saved':
      return { text: 'All changes saved', title: `Saved in this browser at ${timeOf(status.at)}; it comes back when you reload`, tone: 'ok' };
    case 'failed':
      return { text: 'Autosave failed', title: `Autosave failed: ${status.message}. Use Save project to keep your work.`, tone: 'bad' };
    case 'unavailable':
      return { text: 'Autosave off', title: `Autosave is off: ${status.message}. Use Save project to keep your work.`, tone: 'bad' };
  }
}

const DOT = { ok: 'bg-ok-500', busy: 'bg-amber-400 animate-pulse', bad: 'bg-danger-500' };

/** Status-bar readout of the autosave; the title says when and where. */
export function AutosaveIndicator() {
  const { text, title, tone } = describe(useAutosaveStatus());
  return (
    <span className={`flex items-center gap-1.5 ${tone === 'bad' ? 'text-danger-500' : 'text-ink-400'}`} title={title}>
      <span className={`h-1.5 w-1.5 rounded-full ${DOT[tone]}`} aria-hidden />
      <span data-testid="autosave-status">{text}</span>
    </span>
  );
}
