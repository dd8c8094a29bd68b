import { z } from 'zod';
import { expectMessage } from './issueMessages';
import { oneOf } from './fieldSchemas';

/** How an image is fitted when its size differs from the generation size. Default ResizeAndFill. */
export const RESIZE_MODES = ['JustResize', 'CropAndResize', 'ResizeAndFill'] as const;
export const zResizeMode = oneOf(RESIZE_MODES);
export type ResizeMode = z.infer<typeof zResizeMode>;
export const DEFAULT_RESIZE_MODE: ResizeMode = 'ResizeAndFill';

/** Balance between prompt and ControlNet. Default Balanced. */
export const CONTROL_MODES = ['Balanced', 'MyPromptIsMoreImportant', 'ControlNetIsMoreImportant'] as const;
export const zControlMode = oneOf(CONTROL_MODES);
export type ControlMode = z.infer<typeof zControlMode>;
export const DEFAULT_CONTROL_MODE: ControlMode = 'Balanced';

/** Legacy GenerateTxt2Img: official (combined) or self-trained/uploaded (custom) models. */
export const LEGACY_MODEL_TYPES = ['combined_model', 'custom_model'] as const;
export const zLegacyModelType = oneOf(LEGACY_MODEL_TYPES);
export type LegacyModelType = z.infer<typeof zLegacyModelType>;

/** Legacy GenerateTxt2Img "Support Samplers", in the documented order. */
export const LEGACY_SAMPLERS = [
  'Euler a',
  'Euler',
  'LMS',
  'Heun',
  'DPM2',
  'DPM2 a',
  'DPM++ 2S a',
  'DPM++ 2M',
  'DPM++ SDE',
  'DPM++ 2M SDE',
  'DPM fast',
  'DPM adaptive',
  'LMS Karras',
  'DPM2 Karras',
  'DPM2 a Karras',
  'DPM++ 2S a Karras',
  'DPM++ 2M Karras',
  'DPM++ SDE Karras',
  'DPM++ 2M SDE Karras',
  'DDIM',
  'PLMS',
  'UniPC',
] as const;
export const zLegacySampler = oneOf(LEGACY_SAMPLERS);
export type LegacySampler = z.infer<typeof zLegacySampler>;

/** Legacy ControlNet presets: 0 means "custom", every other id fills the unit's parameters. */
export const CONTROL_PRESET_LABELS = {
  0: 'Custom',
  1: 'Graffiti and sketch',
  2: "Figure's pose",
  3: 'Anime line drawing',
  4: 'Spatial line drawing',
} as const;
export const CONTROL_PRESET_IDS = [0, 1, 2, 3, 4] as const;

/**
 * The doc types ControlPreSetId as String while its example sends numbers: both 2 and "2"
 * are accepted and kept exactly as sent.
 */
export const zControlPreSetId = z.union(
  [z.literal(CONTROL_PRESET_IDS), z.literal(['0', '1', '2', '3', '4'])],
  { error: expectMessage('a preset id from 0 to 4 (0 custom, 1 sketch, 2 pose, 3 anime lines, 4 spatial lines)') },
);
export type ControlPreSetId = z.infer<typeof zControlPreSetId>;

/** The numeric preset id whether it was sent as 2 or "2". */
export function controlPresetNumber(id: ControlPreSetId): (typeof CONTROL_PRESET_IDS)[number] {
  return typeof id === 'number' ? id : (Number(id) as (typeof CONTROL_PRESET_IDS)[number]);
}

/** RemoveBackground / ExtractContents hair handling. */
export const HAIR_OPTIMIZATION_MODES = ['auto', 'on', 'off'] as const;
export const zHairOptimization = oneOf(HAIR_OPTIMIZATION_MODES);
export type HairOptimization = z.infer<typeof zHairOptimization>;
