import { validateRequest } from '../../picpik/actions';
import {
  buildApplyReferencePatternRequest,
  buildGenerateBackgroundsRequest,
  buildGenerateImagesRequest,
  buildModifyMaskedPixelsRequest,
  type DocumentSize,
} from './buildGenerationRequests';
import { buildGenerateTxt2ImgRequest } from './buildTxt2ImgRequest';
import { MissingImageError, type EncodedImages } from './encodedImages';
import type { StudioAction, StudioParams } from './studioParams';

const BUILDERS: Record<StudioAction, (params: StudioParams, size: DocumentSize, images: EncodedImages) => Record<string, unknown>> = {
  GenerateImages: buildGenerateImagesRequest,
  ModifyMaskedPixels: buildModifyMaskedPixelsRequest,
  GenerateBackgrounds: buildGenerateBackgroundsRequest,
  ApplyReferencePattern: buildApplyReferencePatternRequest,
  GenerateTxt2Img: buildGenerateTxt2ImgRequest,
};

export type BuildResult =
  | { ok: true; payload: Record<string, unknown> }
  | { ok: false; message: string; field?: string | undefined };

/** Studio state → the exact PICPIK request body (without credentials), checked against the action's schema. */
export function buildRequest(params: StudioParams, size: DocumentSize, images: EncodedImages): BuildResult {
  let payload: Record<string, unknown>;
  try {
    payload = BUILDERS[params.action](params, size, images);
  } catch (error) {
    if (error instanceof MissingImageError) return { ok: false, message: error.message, field: error.slot };
    throw error;
  }
  const result = validateRequest(payload);
  return result.ok ? { ok: true, payload } : { ok: false, message: result.message, field: result.field };
}
