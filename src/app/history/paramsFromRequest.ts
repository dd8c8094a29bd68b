import { DEFAULT_CONTROL_MODE, DEFAULT_RESIZE_MODE } from '../../picpik/enums';
import { FOREGROUND_DEFAULTS, IMAGE2IMAGE_DEFAULTS, INFERENCE_PARAM_DEFAULTS, MASKED_DEFAULTS, type Model } from '../../picpik/models';
import type { ControlUnitParams, LegacyControlParams, StudioAction, StudioParams, SubModelChoice, SubModelKind } from '../request/studioParams';
import { readArchivedRequest, type ArchivedRequest } from './archivedRequest';

export interface RecallOptions {
  /** ListModels' grouping (LoRA, embedding, hypernetwork) by ModelCode; a request does not say. */
  subModelKinds?: Readonly<Record<string, SubModelKind>>;
  /** Ids for recalled ControlNet units (they key the unit's mask and control image). */
  newId?: (position: number) => string;
}

type ArchivedUnit = NonNullable<ArchivedRequest['ControlNetList']>[number];
type ArchivedLegacyControl = NonNullable<ArchivedRequest['ControlNetParams']>[number];

/** A model without the InferenceParams keys the form keeps in fields of its own. */
function withoutInference(model: Model, keys: readonly string[]): Model {
  const rest = Object.fromEntries(Object.entries(model.InferenceParams ?? {}).filter(([key]) => !keys.includes(key)));
  const { InferenceParams: _dropped, ...bare } = model;
  return Object.keys(rest).length > 0 ? { ...bare, InferenceParams: rest } : bare;
}

function subModelChoice(model: Model, kinds: Readonly<Record<string, SubModelKind>>): SubModelChoice {
  const weight = model.InferenceParams?.LoraWeight;
  const kind = kinds[model.ModelCode] ?? (weight !== undefined ? 'lora' : 'embedding');
  return { model: withoutInference(model, ['LoraWeight']), kind, enabled: true, weight: weight ?? INFERENCE_PARAM_DEFAULTS.LoraWeight };
}

function controlUnit(unit: ArchivedUnit, id: string): ControlUnitParams {
  const pre = unit.PreProcessor.InferenceParams ?? {};
  const control = unit.ControlModel.InferenceParams ?? {};
  return {
    id,
    enabled: true,
    preProcessor: withoutInference(unit.PreProcessor, ['Resolution']),
    controlModel: withoutInference(unit.ControlModel, ['ControlWeight', 'StartingStep', 'EndingStep']),
    resolution: pre.Resolution ?? INFERENCE_PARAM_DEFAULTS.Resolution,
    controlWeight: control.ControlWeight ?? INFERENCE_PARAM_DEFAULTS.ControlWeight,
    startingStep: control.StartingStep ?? INFERENCE_PARAM_DEFAULTS.StartingStep,
    endingStep: control.EndingStep ?? INFERENCE_PARAM_DEFAULTS.EndingStep,
    // The archived image goes into the unit's own slot; whether it was the canvas is not recorded.
    imageSource: 'slot',
    useMask: unit.MaskIndex !== undefined,
    invertMask: unit.InvertMask ?? false,
  };
}

function legacyControl(param: ArchivedLegacyControl, id: string): LegacyControlParams {
  return {
    id,
    presetId: param.ControlPreSetId,
    controlWeight: param.ControlWeight ?? INFERENCE_PARAM_DEFAULTS.ControlWeight,
    imageSource: 'slot',
    modelId: param.ModelId ?? 0,
    preProcessorId: param.PreProcessorId ?? 0,
    preProcessorResolution: param.PreProcessorResolution ?? INFERENCE_PARAM_DEFAULTS.Resolution,
    startingStep: param.StartingControlStep ?? INFERENCE_PARAM_DEFAULTS.StartingStep,
    endingStep: param.EndingControlStep ?? INFERENCE_PARAM_DEFAULTS.EndingStep,
    controlMode: param.ControlMode ?? DEFAULT_CONTROL_MODE,
    resizeMode: param.ResizeMode ?? DEFAULT_RESIZE_MODE,
    param1: param.Param1Value ?? 0,
    param2: param.Param2Value ?? 0,
  };
}

/** The form always shows at least one positive prompt box. */
const promptBoxes = (prompts: string[] | undefined, fallback: string[]) => (prompts ? (prompts.length > 0 ? prompts : ['']) : fallback);

function promptsAndSeed(r: ArchivedRequest, current: StudioParams, translate: boolean | undefined): Partial<StudioParams> {
  return {
    positivePrompts: promptBoxes(r.PositivePrompts, current.positivePrompts),
    negativePrompts: r.NegativePrompts ?? current.negativePrompts,
    translatePrompts: translate ?? current.translatePrompts,
    seed: r.Seed ?? current.seed,
    batchSize: r.BatchSize ?? current.batchSize,
  };
}

/** Fields the four new generation actions share (commonGenerationFields in reverse). */
function commonFields(r: ArchivedRequest, current: StudioParams, options: RecallOptions): Partial<StudioParams> {
  return {
    ...promptsAndSeed(r, current, r.TranslatePrompts),
    mainModel: r.MainModel ?? current.mainModel,
    subModels: (r.SubModelList ?? []).map((model) => subModelChoice(model, options.subModelKinds ?? {})),
    useMainModelVAE: r.UseMainModelVAE ?? current.useMainModelVAE,
  };
}

function image2Image(r: ArchivedRequest, current: StudioParams, canvasIndex?: number): StudioParams['img2img'] {
  if (!r.Image2Image) return { ...current.img2img, enabled: false };
  const source = canvasIndex !== undefined && r.Image2Image.ImageIndex === canvasIndex ? 'canvas' : 'slot';
  return { enabled: true, source, referStrength: r.Image2Image.ReferStrength ?? IMAGE2IMAGE_DEFAULTS.ReferStrength };
}

function actionFields(action: StudioAction, r: ArchivedRequest, current: StudioParams, newId: (position: number) => string): Partial<StudioParams> {
  switch (action) {
    case 'GenerateImages':
      return {
        tileable: r.Tileable ?? current.tileable,
        img2img: image2Image(r, current),
        controlUnits: (r.ControlNetList ?? []).map((unit, position) => controlUnit(unit, newId(position))),
      };
    case 'ModifyMaskedPixels': {
      const m = r.Masked;
      const masked = m
        ? {
            referStrength: m.ReferStrength ?? MASKED_DEFAULTS.ReferStrength,
            invertMask: m.InvertMask ?? MASKED_DEFAULTS.InvertMask,
            maskBlur: m.MaskBlur ?? MASKED_DEFAULTS.MaskBlur,
            promptsMoreImportant: m.PromptsMoreImportant ?? MASKED_DEFAULTS.PromptsMoreImportant,
          }
        : current.masked;
      return { masked, img2img: image2Image(r, current, m?.ImageIndex) };
    }
    case 'GenerateBackgrounds': {
      const b = r.BackgroundImage2Image;
      return {
        foregroundResizeMode: r.TransparentForeground ? (r.TransparentForeground.ResizeMode ?? FOREGROUND_DEFAULTS.ResizeMode) : current.foregroundResizeMode,
        background: b
          ? { enabled: true, source: 'slot', referStrength: b.ReferStrength ?? IMAGE2IMAGE_DEFAULTS.ReferStrength, resizeMode: b.ResizeMode ?? current.background.resizeMode }
          : { ...current.background, enabled: false },
      };
    }
    case 'ApplyReferencePattern':
      return {
        pattern: {
          patternReferStrength: r.PatternReferStrength ?? current.pattern.patternReferStrength,
          chaoticMode: r.ChaoticMode ?? current.pattern.chaoticMode,
          colorCorrection: r.ColorCorrection ?? current.pattern.colorCorrection,
        },
      };
    case 'GenerateTxt2Img':
      return {
        legacy: {
          modelType: r.ModelType ?? current.legacy.modelType,
          mainModelId: r.MainModelId ?? current.legacy.mainModelId,
          steps: r.Steps ?? current.legacy.steps,
          cfgScale: r.CfgScale ?? current.legacy.cfgScale,
          sampler: r.Sampler ?? current.legacy.sampler,
          clipSkip: r.ClipSkip ?? current.legacy.clipSkip,
          subModels: (r.SubModelIds ?? []).map((id) => ({ id, weight: r.SubModelParams?.find((param) => param.SubModelId === id)?.ControlWeight ?? 1 })),
          enableControlNet: r.EnableControlNet ?? current.legacy.enableControlNet,
          controlParams: (r.ControlNetParams ?? []).map((param, position) => legacyControl(param, newId(position))),
          useCustomMainModelVae: r.UseCustomMainModelVae ?? current.legacy.useCustomMainModelVae,
        },
      };
  }
}

/**
 * An archived PICPIK request (history `Params`) back into the generation form: the inverse of
 * the request builder for each of the five actions. What the request cannot tell (fields of
 * other actions, the form's Width/Height which are the document's) stays as in `current`.
 */
export function paramsFromRequest(action: StudioAction, params: Record<string, unknown>, current: StudioParams, options: RecallOptions = {}): StudioParams {
  const r = readArchivedRequest(params);
  const newId = options.newId ?? ((position: number) => `recalled-${position + 1}`);
  const shared = action === 'GenerateTxt2Img' ? promptsAndSeed(r, current, r.TranslatePrompt) : commonFields(r, current, options);
  return { ...current, action, ...shared, ...actionFields(action, r, current, newId) };
}
