import { validateRequest, type RequestOf, type ValidRequest } from '../../picpik/actions';
import {
  buildApplyReferencePatternRequest,
  buildGenerateBackgroundsRequest,
  buildGenerateImagesRequest,
  buildModifyMaskedPixelsRequest,
} from './buildGenerationRequests';
import { buildGenerateTxt2ImgRequest } from './buildTxt2ImgRequest';
import type { RequestSize } from './commonFields';
import { MissingImageError, type EncodedImages } from './encodedImages';
import { STUDIO_ACTIONS, type StudioAction, type StudioParams } from './studioParams';

type Builder<A extends StudioAction> = (params: StudioParams, size: RequestSize, images: EncodedImages) => RequestOf<A>;

const BUILDERS: { [A in StudioAction]: Builder<A> } = {
  GenerateImages: buildGenerateImagesRequest,
  ModifyMaskedPixels: buildModifyMaskedPixelsRequest,
  GenerateBackgrounds: buildGenerateBackgroundsRequest,
  ApplyReferencePattern: buildApplyReferencePatternRequest,
  GenerateTxt2Img: buildGenerateTxt2ImgRequest,
};

/** Any of the five generation requests, as the protocol's schema parsed it. */
export type StudioRequest = RequestOf<StudioAction>;

function isStudioRequest(valid: ValidRequest): valid is Extract<ValidRequest, { action: StudioAction }> {
  return (STUDIO_ACTIONS as readonly string[]).includes(valid.action);
}

export type BuildResult = { ok: true; payload: StudioRequest } | { ok: false; message: string; field?: string | undefined };

/**
 * Studio state → the exact PICPIK request body (without credentials) for a region: `size` is
 * the region's generation size and the images are already cropped to it. The body is checked
 * by the action's schema, and what the schema parsed is what is returned.
 */
export function buildRequest(params: StudioParams, size: RequestSize, images: EncodedImages): BuildResult {
  let payload: StudioRequest;
  try {
    payload = (BUILDERS[params.action] as Builder<StudioAction>)(params, size, images);
  } catch (error) {
    if (error instanceof MissingImageError) return { ok: false, message: error.message, field: error.slot };
    throw error;
  }
  const result = validateRequest(payload);
  if (!result.ok) return { ok: false, message: result.message, field: result.field };
  if (!isStudioRequest(result)) return { ok: false, message: `${result.action} is not a generation the studio builds`, field: 'Action' };
  return { ok: true, payload: result.value };
}
