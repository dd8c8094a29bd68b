import { useQuery } from '@tanstack/react-query';
import { modelsQuery } from '../../api/catalogQueries';
import { INFERENCE_PARAM_DEFAULTS, type Model } from '../../../picpik/models';
import type { SubModelKind } from '../../request/studioParams';
import { useStudioStore } from '../../store/studioStore';
import { modelOption, subModelGroups } from './catalogOptions';
import { ModelCombobox } from './ModelCombobox';

/** Adds a LoRA, Embedding or HyperNetwork from ListModels; the ones already added are shown but not offered. */
export function SubModelPicker() {
  const chosen = useStudioStore((s) => s.params.subModels);
  const subModelAdded = useStudioStore((s) => s.subModelAdded);
  const models = useQuery(modelsQuery);
  const groups = models.data ? subModelGroups(models.data) : [];
  const byCode = new Map<string, { model: Model; kind: SubModelKind }>();
  for (const group of groups) for (const model of group.models) byCode.set(model.ModelCode, { model, kind: group.kind });
  const optionGroups = groups.map((group) => ({
    label: group.label,
    options: group.models.map((model) => ({
      ...modelOption(model),
      disabled: chosen.some((choice) => choice.model.ModelCode === model.ModelCode),
    })),
  }));
  return (
    <ModelCombobox
      label="Add sub-model"
      groups={optionGroups}
      selectedText=""
      hint="Add LoRA, embedding or hypernetwork…"
      searchHint="Search by name, code or trigger word…"
      emptyText={models.isPending ? 'Loading models…' : models.error ? `Models could not be loaded: ${models.error.message}` : 'No sub-models'}
      onChoose={(option) => {
        const entry = byCode.get(option.key);
        if (!entry) return;
        const weight = entry.model.InferenceParams?.LoraWeight ?? INFERENCE_PARAM_DEFAULTS.LoraWeight;
        subModelAdded({ model: entry.model, kind: entry.kind, enabled: true, weight });
      }}
    />
  );
}
