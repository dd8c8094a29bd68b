import type { Model } from '../../picpik/models';
import {
  APPLY_REFERENCE_PATTERN_DEFAULTS,
} from '../../picpik/applyReferencePattern';
import { GENERATION_DEFAULTS, DEFAULT_MAIN_MODEL_CODE } from '../../picpik/generationFields';
import { LEGACY_TXT2IMG_DEFAULTS } from '../../picpik/generateTxt2Img';
import { FOREGROUND_DEFAULTS, IMAGE2IMAGE_DEFAULTS, MASKED_DEFAULTS } from '../../picpik/models';

/** The five generation actions the studio has a tab for, named after the seed pages. */
export const STUDIO_ACTIONS = ['GenerateImages', 'ModifyMaskedPixels', 'GenerateBackgrounds', 'ApplyReferencePattern', 'GenerateTxt2Img'] as const;
export type StudioAction = (typeof STUDIO_ACTIONS)[number];

export type SubModelKind = 'lora' | 'embedding' | 'hypernetwork';

/** A sub-model picked from ListModels; the model object is sent back as it came (unknown fields kept). */
export interface SubModelChoice {
  model: Model;
  kind: SubModelKind;
  enabled: boolean;
  /** LoraWeight −1..2; only sent for LoRA models. */
  weight: number;
}

/** Where a reference image comes from: the canvas composite, or an image put in the slot. */
export type ImageSource = 'canvas' | 'slot';

export interface ReferenceParams {
  enabled: boolean;
  source: ImageSource;
  referStrength: number;
}

export interface ControlUnitParams {
  id: string;
  enabled: boolean;
  preProcessor: Model;
  controlModel: Model;
  resolution: number;
  controlWeight: number;
  startingStep: number;
  endingStep: number;
  imageSource: ImageSource;
  /** Send the mask painted for this unit on the canvas. */
  useMask: boolean;
  invertMask: boolean;
}

export interface LegacyControlParams {
  id: string;
  presetId: number;
  controlWeight: number;
  imageSource: ImageSource;
  modelId: number;
  preProcessorId: number;
  preProcessorResolution: number;
  startingStep: number;
  endingStep: number;
  controlMode: string;
  resizeMode: string;
  param1: number;
  param2: number;
}

/** A legacy sub-model (custom_model only): its id and weight (SubModelParam.ControlWeight). */
export interface LegacySubModel {
  id: number;
  weight: number;
}

export interface StudioParams {
  action: StudioAction;
  mainModel: Model;
  subModels: SubModelChoice[];
  positivePrompts: string[];
  negativePrompts: string[];
  translatePrompts: boolean;
  seed: number;
  batchSize: number;
  useMainModelVAE: boolean;
  tileable: boolean;
  img2img: ReferenceParams;
  controlUnits: ControlUnitParams[];
  masked: { referStrength: number; invertMask: boolean; maskBlur: number; promptsMoreImportant: boolean };
  background: ReferenceParams & { resizeMode: string };
  foregroundResizeMode: string;
  pattern: { patternReferStrength: number; chaoticMode: boolean; colorCorrection: boolean };
  legacy: {
    modelType: string;
    mainModelId: number;
    steps: number;
    cfgScale: number;
    sampler: string;
    clipSkip: number;
    subModels: LegacySubModel[];
    enableControlNet: boolean;
    controlParams: LegacyControlParams[];
    useCustomMainModelVae: boolean;
  };
}

export function defaultStudioParams(): StudioParams {
  return {
    action: 'ModifyMaskedPixels',
    mainModel: { ModelCode: DEFAULT_MAIN_MODEL_CODE },
    subModels: [],
    positivePrompts: [''],
    negativePrompts: [],
    translatePrompts: GENERATION_DEFAULTS.TranslatePrompts,
    seed: GENERATION_DEFAULTS.Seed,
    batchSize: GENERATION_DEFAULTS.BatchSize,
    useMainModelVAE: GENERATION_DEFAULTS.UseMainModelVAE,
    tileable: false,
    img2img: { enabled: false, source: 'canvas', referStrength: IMAGE2IMAGE_DEFAULTS.ReferStrength },
    controlUnits: [],
    masked: { ...camel(MASKED_DEFAULTS) },
    background: { enabled: false, source: 'slot', referStrength: IMAGE2IMAGE_DEFAULTS.ReferStrength, resizeMode: 'ResizeAndFill' },
    foregroundResizeMode: FOREGROUND_DEFAULTS.ResizeMode,
    pattern: {
      patternReferStrength: APPLY_REFERENCE_PATTERN_DEFAULTS.PatternReferStrength,
      chaoticMode: APPLY_REFERENCE_PATTERN_DEFAULTS.ChaoticMode,
      colorCorrection: APPLY_REFERENCE_PATTERN_DEFAULTS.ColorCorrection,
    },
    legacy: {
      modelType: LEGACY_TXT2IMG_DEFAULTS.ModelType,
      mainModelId: 1,
      steps: LEGACY_TXT2IMG_DEFAULTS.Steps,
      cfgScale: LEGACY_TXT2IMG_DEFAULTS.CfgScale,
      sampler: LEGACY_TXT2IMG_DEFAULTS.Sampler,
      clipSkip: LEGACY_TXT2IMG_DEFAULTS.ClipSkip,
      subModels: [],
      enableControlNet: false,
      controlParams: [],
      useCustomMainModelVae: LEGACY_TXT2IMG_DEFAULTS.UseCustomMainModelVae,
    },
  };
}

function camel(defaults: typeof MASKED_DEFAULTS) {
  return {
    referStrength: defaults.ReferStrength,
    invertMask: defaults.InvertMask,
    maskBlur: defaults.MaskBlur,
    promptsMoreImportant: defaults.PromptsMoreImportant,
  };
}
