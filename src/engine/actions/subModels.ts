import { findSubModel, type EngineCatalog } from '../catalog';
import { applyGrade } from '../algorithms/grade';
import type { Mask, Raster } from '../algorithms/raster';

interface SubModel {
  ModelCode: string;
  InferenceParams?: { LoraWeight?: number };
}

/**
 * Sub-models of the catalog are colour grades, applied in list order with LoraWeight
 * (default 1). With a mask only the masked pixels change (mask value as opacity).
 */
export function applySubModels(image: Raster, request: Record<string, unknown>, catalog: EngineCatalog, mask?: Mask): Raster {
  const subModels = (request.SubModelList as SubModel[] | undefined) ?? [];
  let out = image;
  for (const sub of subModels) {
    const entry = findSubModel(catalog, sub.ModelCode);
    if (!entry) continue;
    out = applyGrade(out, { kind: entry.LocalGrade }, sub.InferenceParams?.LoraWeight ?? 1);
  }
  if (!mask || out === image) return out;
  const data = Uint8ClampedArray.from(image.data);
  for (let p = 0; p < mask.data.length; p++) {
    const a = mask.data[p]! / 255;
    if (a === 0) continue;
    for (let c = 0; c < 3; c++) data[p * 4 + c] = image.data[p * 4 + c]! + (out.data[p * 4 + c]! - image.data[p * 4 + c]!) * a;
  }
  return { width: image.width, height: image.height, data };
}
