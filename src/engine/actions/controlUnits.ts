import { applyStructure, canny, lineart } from '../algorithms/edges';
import { invertMask } from '../algorithms/raster';
import type { Mask, Raster } from '../algorithms/raster';
import { resize, resizeMask } from '../algorithms/resample';
import type { Inputs } from './inputs';
import { EngineInputError } from './engineErrors';

export interface ControlUnit {
  ImageIndex: number;
  MaskIndex?: number;
  InvertMask?: boolean;
  PreProcessor: { ModelCode: string; InferenceParams?: { Resolution?: number; CannyLowThreshold?: number; CannyHighThreshold?: number } };
  ControlModel: { ModelCode: string; InferenceParams?: { ControlWeight?: number; StartingStep?: number; EndingStep?: number } };
}

/** Runs a pre-processor at its Resolution (short side), as ControlNet does, and returns the edge map. */
export function preprocess(image: Raster, code: string, params: ControlUnit['PreProcessor']['InferenceParams'] = {}): Mask {
  const resolution = params.Resolution ?? 512;
  const scale = resolution / Math.min(image.width, image.height);
  const small = resize(image, Math.max(1, Math.round(image.width * scale)), Math.max(1, Math.round(image.height * scale)));
  if (code === 'canny') return canny(small, { low: params.CannyLowThreshold ?? 100, high: params.CannyHighThreshold ?? 200 });
  if (code.startsWith('lineart')) return lineart(small);
  throw new EngineInputError(`The local engine has no pre-processor "${code}" (it has canny and lineart variants)`);
}

/**
 * How much a unit shapes the picture: its weight, scaled by the share of the
 * denoising schedule it takes part in (EndingStep − StartingStep).
 */
export function unitStrength(unit: ControlUnit): number {
  const p = unit.ControlModel.InferenceParams ?? {};
  const span = Math.max(0, (p.EndingStep ?? 1) - (p.StartingStep ?? 0));
  return (p.ControlWeight ?? 1) * span;
}

function limitToMask(edges: Mask, mask: Mask): Mask {
  const data = new Uint8Array(edges.data.length);
  for (let p = 0; p < data.length; p++) data[p] = Math.round((edges.data[p]! * mask.data[p]!) / 255);
  return { width: edges.width, height: edges.height, data };
}

/** Draws each unit's structure into the picture, within the unit's mask when one is given. */
export async function applyControlUnits(base: Raster, units: readonly ControlUnit[], inputs: Inputs): Promise<Raster> {
  let out = base;
  for (const [i, unit] of units.entries()) {
    const image = await inputs.image(unit.ImageIndex, `ControlNetList[${i}].ImageIndex`);
    let edges = resizeMask(preprocess(image, unit.PreProcessor.ModelCode, unit.PreProcessor.InferenceParams), base.width, base.height);
    if (unit.MaskIndex !== undefined) {
      let mask = await inputs.mask(unit.MaskIndex, `ControlNetList[${i}].MaskIndex`, base.width, base.height);
      if (unit.InvertMask) mask = invertMask(mask);
      edges = limitToMask(edges, mask);
    }
    out = applyStructure(out, edges, unitStrength(unit));
  }
  return out;
}
