import type { ControlModel, PreProcessor } from '../../../picpik/models';
import type { ListControlNetsResponse } from '../../../picpik/queries';

export type ControlNetCatalog = Pick<ListControlNetsResponse, 'PreProcessors' | 'ControlModels'>;

/**
 * picpik-api.md §4: the pre-processors that feed each control model. Used only when the
 * catalog's ControlModel carries no `PreProcessors` list of its own (the live list wins).
 */
export const DOCUMENTED_CONTROLNET_PAIRS: Readonly<Record<string, readonly string[]>> = {
  control_v11p_sd15_canny: ['canny'],
  control_v11f1p_sd15_depth: ['depth', 'depth_leres', 'depth_zoe'],
  control_v11p_sd15_lineart: ['lineart', 'lineart_standard'],
  control_v11p_sd15s2_lineart_anime: ['lineart_anime', 'lineart_anime_denoise'],
  control_v11p_sd15_mlsd: ['mlsd'],
  control_v11p_sd15_normalbae: ['normal_bae'],
  control_v11p_sd15_openpose: ['openpose_full'],
  ioclab_sd15_recolor: ['recolor_intensity', 'recolor_luminance'],
};

function listedCodes(model: ControlModel): readonly string[] | undefined {
  const listed: unknown = model.PreProcessors;
  return Array.isArray(listed) && listed.every((code) => typeof code === 'string') ? listed : undefined;
}

/** Pre-processor codes that fit a control model: its own list, else the documented pairs. */
export function preProcessorCodesFor(model: ControlModel): readonly string[] {
  return listedCodes(model) ?? DOCUMENTED_CONTROLNET_PAIRS[model.ModelCode] ?? [];
}

export function findPreProcessor(catalog: ControlNetCatalog, code: string): PreProcessor | undefined {
  return Object.values(catalog.PreProcessors).find((entry) => entry.ModelCode === code);
}

export function findControlModel(catalog: ControlNetCatalog, code: string): ControlModel | undefined {
  return Object.values(catalog.ControlModels).find((entry) => entry.ModelCode === code);
}

/** The pre-processor to pick with a control model: the first fitting one the catalog offers. */
export function suggestedPreProcessor(catalog: ControlNetCatalog, controlModelCode: string): PreProcessor | undefined {
  const model = findControlModel(catalog, controlModelCode);
  if (!model) return undefined;
  for (const code of preProcessorCodesFor(model)) {
    const found = findPreProcessor(catalog, code);
    if (found) return found;
  }
  return undefined;
}

/** The control model to pick with a pre-processor: the first one it fits. */
export function suggestedControlModel(catalog: ControlNetCatalog, preProcessorCode: string): ControlModel | undefined {
  return Object.values(catalog.ControlModels).find((model) => preProcessorCodesFor(model).includes(preProcessorCode));
}

/** Whether the two are known to belong together (false when nothing is known about the model). */
export function isKnownPair(catalog: ControlNetCatalog, preProcessorCode: string, controlModelCode: string): boolean {
  const model = findControlModel(catalog, controlModelCode);
  return model !== undefined && preProcessorCodesFor(model).includes(preProcessorCode);
}
