import type { Model } from '../../../picpik/models';
import type { ListModelsResponse } from '../../../picpik/queries';
import type { SubModelKind } from '../../request/studioParams';

/** One entry of a model picker. */
export interface CatalogOption {
  key: string;
  name: string;
  /** The model code when it differs from the name. */
  detail: string | undefined;
  official: boolean;
  /** Extra text the search matches (trigger words). */
  keywords: string;
}

export function modelOption(model: Model): CatalogOption {
  const name = model.Name?.trim() || model.ModelCode;
  return {
    key: model.ModelCode,
    name,
    detail: name === model.ModelCode ? undefined : model.ModelCode,
    official: model.IsOfficial === true,
    keywords: (model.TriggerWordList ?? []).join(' '),
  };
}

/** Case-insensitive match on name, code and trigger words; every word of the query must match. */
export function optionMatches(option: CatalogOption, query: string): boolean {
  const haystack = `${option.name} ${option.detail ?? ''} ${option.keywords}`.toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}

export const SUB_MODEL_KINDS: readonly { kind: SubModelKind; label: string; list: 'LoraModels' | 'EmbeddingModels' | 'HypernetworkModels' }[] = [
  { kind: 'lora', label: 'LoRA', list: 'LoraModels' },
  { kind: 'embedding', label: 'Embedding', list: 'EmbeddingModels' },
  { kind: 'hypernetwork', label: 'HyperNetwork', list: 'HypernetworkModels' },
];

export function subModelKindLabel(kind: SubModelKind): string {
  return SUB_MODEL_KINDS.find((entry) => entry.kind === kind)?.label ?? kind;
}

/** The sub-models of ListModels grouped by kind (absent lists are empty groups). */
export function subModelGroups(catalog: ListModelsResponse): { kind: SubModelKind; label: string; models: Model[] }[] {
  return SUB_MODEL_KINDS.map(({ kind, label, list }) => ({ kind, label, models: Object.values(catalog[list] ?? {}) }));
}

/** The legacy id some catalogs give their models (the local engine does); GenerateTxt2Img uses it. */
export function legacyIdOf(entry: Readonly<Record<string, unknown>>): number | undefined {
  const id = entry.LegacyId;
  return typeof id === 'number' && Number.isInteger(id) ? id : undefined;
}

/** Catalog entries that carry a LegacyId, as quick picks for the legacy id fields. */
export function legacyQuickPicks(entries: Record<string, { [key: string]: unknown; ModelCode: string }>): { id: number; name: string }[] {
  return Object.values(entries).flatMap((entry) => {
    const id = legacyIdOf(entry);
    const name = typeof entry.Name === 'string' && entry.Name ? entry.Name : entry.ModelCode;
    return id === undefined ? [] : [{ id, name }];
  });
}
