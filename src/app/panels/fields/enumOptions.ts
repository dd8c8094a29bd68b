import { CONTROL_MODES, CONTROL_PRESET_IDS, CONTROL_PRESET_LABELS, LEGACY_MODEL_TYPES, LEGACY_SAMPLERS, RESIZE_MODES } from '../../../picpik/enums';

const spaced = (code: string) => code.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^(\w)(.*)$/, (_, a: string, b: string) => a + b.toLowerCase());

/** "JustResize" → "Just resize"; the value sent stays the code. */
export const RESIZE_MODE_OPTIONS = RESIZE_MODES.map((value) => ({ value, label: spaced(value) }));

/** "MyPromptIsMoreImportant" → "My prompt is more important". */
export const CONTROL_MODE_OPTIONS = CONTROL_MODES.map((value) => ({ value, label: spaced(value) }));

export const LEGACY_SAMPLER_OPTIONS = LEGACY_SAMPLERS.map((value) => ({ value, label: value }));

const MODEL_TYPE_LABELS: Record<(typeof LEGACY_MODEL_TYPES)[number], string> = {
  combined_model: 'Official (combined_model)',
  custom_model: 'Own model (custom_model)',
};
export const LEGACY_MODEL_TYPE_OPTIONS = LEGACY_MODEL_TYPES.map((value) => ({ value, label: MODEL_TYPE_LABELS[value] }));

/** Preset ids as select values ("0"…"4") with the documented labels. */
export const CONTROL_PRESET_OPTIONS = CONTROL_PRESET_IDS.map((id) => ({ value: String(id), label: `${id} · ${CONTROL_PRESET_LABELS[id]}` }));
