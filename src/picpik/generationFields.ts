import { zModel } from './models';
import { intInRange } from './common';
import { flag, listOf, textList } from './fieldSchemas';
import { LIST_LIMITS } from './requestLimits';

/** Documented ranges of the fields shared by the generation actions. */
export const GENERATION_RANGES = {
  Seed: { min: -1, max: 2147483647 },
  Width: { min: 64, max: 2560 },
  Height: { min: 64, max: 2560 },
  BatchSize: { min: 1, max: 16 },
} as const;

/**
 * Documented defaults the server applies when a field is absent. The schemas never insert
 * them (the proxy forwards bodies unchanged in meaning); the UI starts its forms from them.
 */
export const GENERATION_DEFAULTS = {
  TranslatePrompts: true,
  Seed: -1,
  Width: 1024,
  Height: 1024,
  BatchSize: 1,
  UseMainModelVAE: false,
} as const;

/** The official main model the docs use by default; build pickers from ListModels. */
export const DEFAULT_MAIN_MODEL_CODE = 'PICPIK General';

const R = GENERATION_RANGES;

/** Fields shared by GenerateImages, ModifyMaskedPixels, GenerateBackgrounds, ApplyReferencePattern. */
export const generationFields = {
  MainModel: zModel,
  SubModelList: listOf(zModel, { max: LIST_LIMITS.subModels }).optional(),
  PositivePrompts: textList(LIST_LIMITS.prompts).optional(),
  NegativePrompts: textList(LIST_LIMITS.prompts).optional(),
  TranslatePrompts: flag().optional(),
  Seed: intInRange(R.Seed.min, R.Seed.max).optional(),
  Width: intInRange(R.Width.min, R.Width.max).optional(),
  Height: intInRange(R.Height.min, R.Height.max).optional(),
  BatchSize: intInRange(R.BatchSize.min, R.BatchSize.max).optional(),
  UseMainModelVAE: flag().optional(),
};
