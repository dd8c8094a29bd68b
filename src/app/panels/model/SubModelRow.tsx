import type { SubModelChoice } from '../../request/studioParams';
import { useStudioStore } from '../../store/studioStore';
import { IconButton } from '../../canvas/ui/IconButton';
import { TrashIcon } from '../../canvas/ui/icons';
import { MiniSwitch } from '../fields/MiniSwitch';
import { ParamNumber } from '../fields/ParamNumber';
import { PARAM_RULES } from '../fields/paramRules';
import { placeTriggerWord, promptHasWord } from '../prompts/promptPlacement';
import { modelOption, subModelKindLabel } from './catalogOptions';

/** Puts a LoRA trigger word into the positive prompts (see placeTriggerWord). */
function insertTriggerWord(word: string): void {
  const state = useStudioStore.getState();
  const placement = placeTriggerWord(state.params.positivePrompts, word);
  if (placement.kind === 'edit') state.promptEdited('positivePrompts', placement.index, placement.text);
  if (placement.kind === 'add') state.promptAdded('positivePrompts', placement.text);
}

function TriggerWords({ words }: { words: readonly string[] }) {
  const firstPrompt = useStudioStore((s) => s.params.positivePrompts[0] ?? '');
  return (
    <div className="mt-1 flex flex-wrap gap-1" aria-label="Trigger words" role="group">
      {words.map((word) => {
        const inserted = promptHasWord(firstPrompt, word);
        return (
          <button
            key={word}
            type="button"
            aria-label={`Insert trigger word ${word}`}
            title={inserted ? 'Already in the first positive prompt' : 'Append to the first positive prompt'}
            onClick={() => insertTriggerWord(word)}
            className={`h-5 rounded-full border px-2 text-[10px] transition-colors ${
              inserted ? 'border-accent-500/50 bg-accent-500/10 text-accent-400' : 'border-ink-600 text-ink-300 hover:border-ink-400 hover:text-ink-200'
            }`}
          >
            {inserted ? '✓ ' : '+ '}
            {word}
          </button>
        );
      })}
    </div>
  );
}

/** One chosen sub-model: on/off, kind, LoRA weight, trigger words, remove. */
export function SubModelRow({ choice }: { choice: SubModelChoice }) {
  const { subModelEdited, subModelRemoved } = useStudioStore.getState();
  const code = choice.model.ModelCode;
  const name = modelOption(choice.model).name;
  const words = choice.model.TriggerWordList ?? [];
  return (
    <li aria-label={name} className={`rounded-md border border-ink-800 bg-ink-850/60 px-2 py-1.5 ${choice.enabled ? '' : 'opacity-60'}`}>
      <div className="flex items-center gap-2">
        <MiniSwitch name={`Enable ${name}`} checked={choice.enabled} onChange={(enabled) => subModelEdited(code, { enabled })} />
        <span className="min-w-0 flex-1 truncate text-xs text-ink-200" title={code}>
          {name}
        </span>
        <span className="rounded-sm bg-ink-700 px-1 text-[9px] font-semibold uppercase tracking-wide text-ink-300">{subModelKindLabel(choice.kind)}</span>
        <IconButton label={`Remove ${name}`} onClick={() => subModelRemoved(code)} className="h-6 w-6">
          <TrashIcon className="h-3.5 w-3.5" />
        </IconButton>
      </div>
      {choice.kind === 'lora' ? (
        <ParamNumber label="Weight" name={`Weight of ${name}`} rule={PARAM_RULES.loraWeight} value={choice.weight} onChange={(weight) => subModelEdited(code, { weight })} slider boxWidth="w-14" />
      ) : null}
      {words.length > 0 ? <TriggerWords words={words} /> : null}
    </li>
  );
}
