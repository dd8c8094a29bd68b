import { useContext, useId } from 'react';
import { useGenerate } from '../../generate/useGenerate';
import { RegionSummary } from '../../region/RegionSummary';
import { useStudioStore } from '../../store/studioStore';
import { useFirstFieldIssue } from '../fields/fieldIssues';
import { rememberPrompts } from '../prompts/rememberPrompts';
import { ReadinessContext } from '../readinessContext';
import { CutOutOffer } from './CutOutOffer';
import { useGenerateShortcut } from './useGenerateShortcut';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function Spinner() {
  return <span aria-hidden className="h-3.5 w-3.5 animate-spin rounded-full border-2 border-white/30 border-t-white" />;
}

/**
 * The sticky bottom of the panel: Generate (also Ctrl/Cmd+Enter), why it is disabled, and
 * the last failure. Nothing in the form changes when a request fails.
 */
export function GenerateFooter() {
  const readiness = useContext(ReadinessContext);
  const fieldIssue = useFirstFieldIssue();
  const generate = useGenerate();
  const reasonId = useId();
  const reason = fieldIssue ?? (readiness.ok ? undefined : readiness.message);
  const canGenerate = reason === undefined && !generate.isPending;
  const run = () => {
    if (!canGenerate) return;
    const sent = useStudioStore.getState().params;
    generate.mutate(undefined, { onSuccess: () => rememberPrompts(sent) });
  };
  useGenerateShortcut(canGenerate ? run : undefined);

  return (
    <footer className="sticky bottom-0 z-20 border-t border-ink-800 bg-ink-900/95 px-3 pb-3 pt-2.5 backdrop-blur">
      <RegionSummary />
      <button
        type="button"
        aria-label="Generate"
        aria-describedby={reason ? reasonId : undefined}
        aria-busy={generate.isPending}
        disabled={!canGenerate}
        onClick={run}
        className="flex h-8 w-full items-center justify-center gap-2 rounded-md bg-accent-500 text-xs font-semibold text-white shadow-sm hover:bg-accent-600 disabled:cursor-not-allowed disabled:bg-ink-700 disabled:text-ink-400"
      >
        {generate.isPending ? <Spinner /> : null}
        <span>{generate.retrying ? `Retrying (${generate.retrying.attempt}/${generate.retrying.of})…` : generate.isPending ? 'Sending…' : 'Generate'}</span>
        {generate.isPending ? null : <kbd className="font-sans text-[10px] font-normal opacity-60">{isMac ? '⌘↵' : 'Ctrl ↵'}</kbd>}
      </button>
      {reason ? (
        <p id={reasonId} data-testid="generate-reason" className="mt-1.5 text-[11px] leading-snug text-danger-500">
          {reason}
        </p>
      ) : null}
      <CutOutOffer />
      {generate.error ? (
        <div role="alert" className="mt-1.5 flex items-start gap-2 rounded-md border border-danger-500/40 bg-danger-500/10 px-2 py-1.5 text-[11px] leading-snug text-ink-200">
          <span className="min-w-0 flex-1 break-words">{generate.error.message}</span>
          <button type="button" onClick={() => generate.reset()} className="shrink-0 text-[10px] text-ink-400 underline hover:text-ink-200">
            Dismiss
          </button>
        </div>
      ) : null}
    </footer>
  );
}
