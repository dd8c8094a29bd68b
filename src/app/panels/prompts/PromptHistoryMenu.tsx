import { usePopover } from '../../canvas/ui/usePopover';
import { useStudioStore } from '../../store/studioStore';
import { SMALL_BUTTON } from '../fields/fieldStyles';
import { placeRecalledPrompt } from './promptPlacement';
import { usePromptHistory } from './rememberPrompts';
import type { PromptHistoryEntry } from './promptHistory';

function recall(entry: PromptHistoryEntry): void {
  const state = useStudioStore.getState();
  const list = entry.list === 'positive' ? 'positivePrompts' : 'negativePrompts';
  const placement = placeRecalledPrompt(state.params[list], entry.text);
  if (placement.kind === 'edit') state.promptEdited(list, placement.index, placement.text);
  if (placement.kind === 'add') state.promptAdded(list, placement.text);
}

/** Recent prompts (saved when a generation is sent); choosing one puts it back in its list. */
export function PromptHistoryMenu() {
  const history = usePromptHistory();
  const { open, setOpen, ref } = usePopover<HTMLDivElement>();
  return (
    <div ref={ref} className="relative">
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} className={SMALL_BUTTON}>
        Prompt history
      </button>
      {open ? (
        <div role="menu" aria-label="Prompt history" className="absolute right-0 top-7 z-30 max-h-72 w-72 overflow-y-auto rounded-lg border border-ink-700 bg-ink-850 p-1 shadow-2xl shadow-black/50">
          {history.length === 0 ? <p className="px-2.5 py-2 text-[11px] text-ink-500">Prompts are kept here each time a generation is sent.</p> : null}
          {history.map((entry) => (
            <button
              key={`${entry.list}:${entry.text}`}
              type="button"
              role="menuitem"
              onClick={() => {
                recall(entry);
                setOpen(false);
              }}
              className="flex w-full items-start gap-2 rounded-md px-2.5 py-1.5 text-left hover:bg-accent-500/15 focus:bg-accent-500/15 focus:outline-none"
            >
              <span className={`mt-px shrink-0 rounded-sm px-1 text-[9px] font-semibold uppercase ${entry.list === 'positive' ? 'bg-ok-500/15 text-ok-500' : 'bg-danger-500/15 text-danger-500'}`}>
                {entry.list === 'positive' ? '+' : '−'}
              </span>
              <span className="line-clamp-2 text-[11px] text-ink-200">{entry.text}</span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
