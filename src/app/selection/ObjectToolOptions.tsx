import { useEffect } from 'react';
import { isTypingTarget } from '../canvas/tools/shortcuts';
import type { ObjectMergeMode } from '../store/selectionSlice';
import { useStudioStore } from '../store/studioStore';
import { useProposalState } from './objectProposal';
import { applyObjectProposal, cancelObjectSelection } from './objectSelection';
import { useCostsCredits } from './useCostsCredits';
import { useObjectProposalRunner } from './useObjectProposalRunner';

const MODES: { value: ObjectMergeMode; label: string }[] = [
  { value: 'add', label: 'Add to mask' },
  { value: 'subtract', label: 'Subtract' },
  { value: 'replace', label: 'Replace mask' },
];

const button = 'h-6 shrink-0 rounded-md px-2 text-[11px] disabled:opacity-40';

/** Enter applies the proposal, Esc drops it, while the Select object tool is active. */
function useApplyKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target as HTMLElement | null) || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Enter' && applyObjectProposal()) event.preventDefault();
      if (event.key === 'Escape') cancelObjectSelection();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** The Select object tool's options: how the proposal merges, its state, Apply / Cancel. */
export function ObjectToolOptions() {
  useObjectProposalRunner();
  useApplyKeys();
  const hints = useStudioStore((s) => s.objectHints);
  const mode = useStudioStore((s) => s.objectMergeMode);
  const changeMode = useStudioStore((s) => s.objectMergeModeChanged);
  const proposal = useProposalState();
  const costs = useCostsCredits();
  const count = hints.include.length + hints.exclude.length;
  const status =
    proposal.status === 'working'
      ? 'Finding the object…'
      : proposal.status === 'failed'
        ? proposal.message
        : proposal.status === 'ready'
          ? `Proposal ready · ${hints.include.length} in, ${hints.exclude.length} out${hints.box ? ', box' : ''} · Enter applies, Esc cancels`
          : `Click the object · Alt-click excludes · drag a box${costs ? ' · costs credits' : ''}`;
  return (
    <div className="flex shrink-0 items-center gap-2">
      <select
        aria-label="Apply proposal as"
        value={mode}
        onChange={(event) => changeMode(event.target.value as ObjectMergeMode)}
        className="h-6 shrink-0 rounded border border-ink-700 bg-ink-950 px-1 text-[11px] text-ink-200"
      >
        {MODES.map((item) => (
          <option key={item.value} value={item.value}>
            {item.label}
          </option>
        ))}
      </select>
      <span role="status" aria-label="Select object status" className={`max-w-[30rem] shrink-0 truncate text-[11px] ${proposal.status === 'failed' ? 'text-danger-500' : 'text-ink-400'}`}>
        {status}
      </span>
      <button type="button" disabled={proposal.status !== 'ready'} onClick={() => applyObjectProposal()} className={`${button} bg-accent-500 font-medium text-white hover:bg-accent-600`}>
        Apply
      </button>
      <button type="button" disabled={count === 0 && !hints.box && proposal.status === 'empty'} onClick={cancelObjectSelection} className={`${button} text-ink-300 hover:bg-ink-700`}>
        Cancel
      </button>
    </div>
  );
}
