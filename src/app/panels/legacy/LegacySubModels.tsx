import { useStudioStore } from '../../store/studioStore';
import type { LegacySubModel } from '../../request/studioParams';
import { AddRowButton } from '../fields/AddRowButton';
import { HINT_TEXT } from '../fields/fieldStyles';
import { ParamNumber } from '../fields/ParamNumber';
import { LEGACY_RULES } from '../fields/paramRules';

/** SubModelIds with their SubModelParams weights; the legacy page allows them with custom_model only. */
export function LegacySubModels() {
  const subModels = useStudioStore((s) => s.params.legacy.subModels);
  const groupEdited = useStudioStore((s) => s.groupEdited);
  const set = (next: LegacySubModel[]) => groupEdited('legacy', { subModels: next });
  const edit = (index: number, patch: Partial<LegacySubModel>) => set(subModels.map((sub, i) => (i === index ? { ...sub, ...patch } : sub)));
  return (
    <div role="group" aria-label="Sub-models" className="space-y-1 pt-1">
      <p className={HINT_TEXT}>Sub-models (your own LoRAs, by id) and their weights.</p>
      {subModels.map((sub, index) => (
        <div key={index} className="rounded-md border border-ink-800 bg-ink-850/60 px-2 py-1">
          <ParamNumber label="Sub-model ID" name={`Sub-model ${index + 1} ID`} rule={LEGACY_RULES.subModelId} value={sub.id} onChange={(id) => edit(index, { id })} boxWidth="w-20" />
          <ParamNumber label="Weight" name={`Sub-model ${index + 1} weight`} rule={LEGACY_RULES.subModelWeight} value={sub.weight} onChange={(weight) => edit(index, { weight })} boxWidth="w-16" />
          <button type="button" onClick={() => set(subModels.filter((_, i) => i !== index))} className="text-[11px] text-ink-400 hover:text-danger-500">
            Remove sub-model {index + 1}
          </button>
        </div>
      ))}
      <AddRowButton label="Add sub-model" onClick={() => set([...subModels, { id: 0, weight: 1 }])} />
    </div>
  );
}
