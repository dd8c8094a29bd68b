import type { Raster } from '../algorithms/raster';
import { applyControlUnits, type ControlUnit } from './controlUnits';
import { EngineInputError } from './engineErrors';
import { Inputs } from './inputs';
import { batchSize, type EngineJob } from './job';
import { batchSeed } from './seeds';
import { synthesizeForPrompts } from './synthesis';
import type { EngineCatalog } from '../catalog';

interface LegacyControlParam {
  ControlNetImg?: string;
  ControlPreSetId?: string | number;
  ControlWeight?: number;
  PreProcessorId?: number;
  PreProcessorResolution?: number;
  StartingControlStep?: number;
  EndingControlStep?: number;
  Param1Value?: number;
  Param2Value?: number;
}

/** Legacy presets: 1 sketch and 3 anime lines → line art, 4 spatial lines → canny; 2 (pose) has no classical stand-in. */
const PRESET_PRE_PROCESSORS: Record<number, string> = { 1: 'lineart', 3: 'lineart_anime', 4: 'canny' };

function preProcessorCode(param: LegacyControlParam, catalog: EngineCatalog, index: number): string {
  const preset = Number(param.ControlPreSetId ?? 0);
  if (preset !== 0) {
    const code = PRESET_PRE_PROCESSORS[preset];
    if (!code) throw new EngineInputError(`ControlNetParams[${index}].ControlPreSetId ${preset} (pose) is not available in the local engine`);
    return code;
  }
  const entry = Object.values(catalog.PreProcessors).find((pre) => pre.LegacyId === param.PreProcessorId);
  if (!entry) throw new EngineInputError(`ControlNetParams[${index}].PreProcessorId ${param.PreProcessorId} is not in the local engine's catalog`);
  return entry.ModelCode;
}

/** The legacy text-to-image action: the same synthesis with the legacy field names. */
export async function generateTxt2Img(job: EngineJob): Promise<Raster[]> {
  const request = job.request;
  const size = { width: request.Width as number, height: request.Height as number };
  const params = request.EnableControlNet ? ((request.ControlNetParams as LegacyControlParam[] | undefined) ?? []) : [];
  const images = params.map((param) => param.ControlNetImg ?? '');
  const units: ControlUnit[] = params.map((param, index) => ({
    ImageIndex: index,
    PreProcessor: {
      ModelCode: preProcessorCode(param, job.catalog, index),
      InferenceParams: { Resolution: param.PreProcessorResolution, CannyLowThreshold: param.Param1Value, CannyHighThreshold: param.Param2Value },
    },
    ControlModel: {
      ModelCode: 'legacy',
      InferenceParams: { ControlWeight: param.ControlWeight, StartingStep: param.StartingControlStep, EndingStep: param.EndingControlStep },
    },
  }));
  const inputs = new Inputs(images, 'ControlNetParams[].ControlNetImg');
  const mainModel = Object.values(job.catalog.MainModels).find((model) => model.LegacyId === request.MainModelId);
  const synthesisRequest = { ...request, MainModel: { ModelCode: mainModel?.ModelCode ?? 'PICPIK General' } };

  const results: Raster[] = [];
  for (let i = 0; i < batchSize(request); i++) {
    const picture = synthesizeForPrompts(synthesisRequest, job.catalog, size, batchSeed(job.seed, i));
    results.push(await applyControlUnits(picture, units, inputs));
  }
  return results;
}
