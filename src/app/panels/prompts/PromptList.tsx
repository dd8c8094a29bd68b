import { IconButton } from '../../canvas/ui/IconButton';
import { ChevronDownIcon, ChevronUpIcon, TrashIcon } from '../../canvas/ui/icons';
import type { PromptListName } from '../../store/paramsSlice';
import { useStudioStore } from '../../store/studioStore';
import { LABEL, SMALL_BUTTON } from '../fields/fieldStyles';

type PromptListProps = {
  list: PromptListName;
  /** "Positive" or "Negative": names the textareas "Positive prompt 1"… */
  kind: 'Positive' | 'Negative';
  hint: string;
};

/** An ordered prompt list: edit, add, move up/down, remove. Each entry is sent as one prompt. */
export function PromptList({ list, kind, hint }: PromptListProps) {
  const prompts = useStudioStore((s) => s.params[list]);
  const { promptAdded, promptEdited, promptMoved, promptRemoved } = useStudioStore.getState();
  const noun = kind.toLowerCase();
  return (
    <div className="py-1">
      <div className="mb-1 flex items-center justify-between">
        <span className={LABEL}>{kind}</span>
        <button type="button" aria-label={`Add ${noun} prompt`} onClick={() => promptAdded(list)} className={SMALL_BUTTON}>
          + Add
        </button>
      </div>
      <ol className="space-y-1">
        {prompts.map((text, index) => {
          const name = `${kind} prompt ${index + 1}`;
          return (
            <li key={index} className="group flex gap-1">
              <textarea
                aria-label={name}
                value={text}
                rows={2}
                placeholder={index === 0 ? hint : undefined}
                onChange={(event) => promptEdited(list, index, event.target.value)}
                className="min-h-[40px] min-w-0 flex-1 resize-y rounded border border-ink-700 bg-ink-950 px-2 py-1 text-xs leading-snug text-ink-200 placeholder:text-ink-500 hover:border-ink-600 focus:border-accent-500 focus:outline-none"
              />
              <div className="flex flex-col opacity-60 group-focus-within:opacity-100 group-hover:opacity-100">
                <IconButton label={`Move ${noun} prompt ${index + 1} up`} disabled={index === 0} onClick={() => promptMoved(list, index, index - 1)} className="h-5 w-5">
                  <ChevronUpIcon className="h-3 w-3" />
                </IconButton>
                <IconButton
                  label={`Move ${noun} prompt ${index + 1} down`}
                  disabled={index === prompts.length - 1}
                  onClick={() => promptMoved(list, index, index + 1)}
                  className="h-5 w-5"
                >
                  <ChevronDownIcon className="h-3 w-3" />
                </IconButton>
                <IconButton label={`Remove ${noun} prompt ${index + 1}`} onClick={() => promptRemoved(list, index)} className="h-5 w-5">
                  <TrashIcon className="h-3 w-3" />
                </IconButton>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
