import { useStudioStore } from '../store/studioStore';
import { modeFromKeys } from './maskCommands';
import { selectSubject } from './selectSubject';
import { SelectSubjectIcon } from './selectionIcons';
import { creditsNote } from './selectionRun';
import { CREDITS_HINT, useCostsCredits } from './useCostsCredits';
import { useSelectionAction } from './useSelectionAction';

const MODE_WORDS = { replace: 'is now the mask', add: 'added to the mask', subtract: 'taken out of the mask', intersect: 'intersected with the mask' };

/** Select subject in one click: plain click replaces the mask, Shift adds, Alt subtracts. */
export function SelectSubjectButton() {
  const busy = useStudioStore((s) => s.selectionBusy);
  const costs = useCostsCredits();
  const run = useSelectionAction();
  return (
    <button
      type="button"
      aria-label="Select subject"
      disabled={busy !== null}
      title={`Select subject: the main subject becomes the mask · Shift adds, Alt subtracts${costs ? ` · ${CREDITS_HINT}` : ''}`}
      onClick={(event) => {
        const mode = modeFromKeys(event);
        run((client) => selectSubject(client, mode), (result) => `Subject ${MODE_WORDS[mode]}${creditsNote(result.credits)}`);
      }}
      className="flex h-6 shrink-0 items-center gap-1.5 rounded-md border border-ink-700 px-2 text-[11px] text-ink-200 hover:bg-ink-700 disabled:opacity-50"
    >
      <SelectSubjectIcon className="h-3.5 w-3.5" />
      {busy === 'Selecting the subject…' ? 'Selecting…' : 'Select subject'}
      {costs ? <span className="text-ink-500">· credits</span> : null}
    </button>
  );
}
