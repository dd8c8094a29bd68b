import type { EngineCatalog } from './catalog';
import { findSubModel } from './catalog';

interface ModelRef {
  ModelCode?: string;
}

function names(map: Record<string, unknown>): string {
  return Object.keys(map).join(', ');
}

/**
 * Checks that the models a request names exist in the engine's catalog, so a request
 * the engine cannot honour fails at submit with a clear message, not as a task error.
 */
export function catalogProblem(request: Record<string, unknown>, catalog: EngineCatalog): string | null {
  const main = request.MainModel as ModelRef | undefined;
  if (main?.ModelCode && !catalog.MainModels[main.ModelCode]) {
    return `MainModel "${main.ModelCode}" is not in the local engine's catalog (${names(catalog.MainModels)})`;
  }
  if (request.Action === 'GenerateTxt2Img' && !Object.values(catalog.MainModels).some((m) => m.LegacyId === request.MainModelId)) {
    return `MainModelId ${String(request.MainModelId)} is not in the local engine's catalog`;
  }
  for (const [i, sub] of ((request.SubModelList as ModelRef[] | undefined) ?? []).entries()) {
    if (sub.ModelCode && !findSubModel(catalog, sub.ModelCode)) return `SubModelList[${i}] "${sub.ModelCode}" is not in the local engine's catalog`;
  }
  const units = (request.ControlNetList as { PreProcessor: ModelRef; ControlModel: ModelRef }[] | undefined) ?? [];
  for (const [i, unit] of units.entries()) {
    const pre = unit.PreProcessor.ModelCode ?? '';
    if (!catalog.PreProcessors[pre]) {
      return `ControlNetList[${i}].PreProcessor "${pre}" is not available in the local engine (${names(catalog.PreProcessors)})`;
    }
    const control = unit.ControlModel.ModelCode ?? '';
    if (!catalog.ControlModels[control]) {
      return `ControlNetList[${i}].ControlModel "${control}" is not available in the local engine (${names(catalog.ControlModels)})`;
    }
  }
  return null;
}
