import type { z } from 'zod';
import { zCommonResponse, type CommonResponse } from './common';
import { describeZodError, zodIssueLines } from './errors';
import { zApplyReferencePatternRequest } from './applyReferencePattern';
import { zGenerateBackgroundsRequest } from './generateBackgrounds';
import { zGenerateImagesRequest } from './generateImages';
import { zGenerateTxt2ImgRequest } from './generateTxt2Img';
import { zModifyMaskedPixelsRequest } from './modifyMaskedPixels';
import { findJsonHazard } from './jsonGuard';
import { isPlainObject } from './normalizeRequest';
import { paramsSizeProblem } from './paramsSize';
import { describeReceived } from './issueMessages';
import { zExtractContentsRequest, zRemoveBackgroundRequest } from './removeBackground';
import * as queries from './queries';

/** Re-exported so the proxy's normalize → validate → sign → send reads from one module. */
export { normalizeRequest } from './normalizeRequest';

/** The actions the studio may send; the proxy forwards nothing else. */
export const ALLOWED_ACTIONS = [
  'GenerateImages',
  'ModifyMaskedPixels',
  'GenerateBackgrounds',
  'ApplyReferencePattern',
  'GenerateTxt2Img',
  'ListModels',
  'ListControlNets',
  'ListTasksDetails',
  'ListRunningTasks',
  'TerminateTask',
  'GetCreditBalance',
  'RemoveBackground',
  'ExtractContents',
] as const;
export type AllowedAction = (typeof ALLOWED_ACTIONS)[number];

export function isAllowedAction(x: unknown): x is AllowedAction {
  return typeof x === 'string' && (ALLOWED_ACTIONS as readonly string[]).includes(x);
}

/** The actions that start a task and answer `TaskUID` (poll it with ListTasksDetails). */
export const GENERATION_ACTIONS = [
  'GenerateImages',
  'ModifyMaskedPixels',
  'GenerateBackgrounds',
  'ApplyReferencePattern',
  'GenerateTxt2Img',
  'RemoveBackground',
  'ExtractContents',
] as const satisfies readonly AllowedAction[];
export type GenerationAction = (typeof GENERATION_ACTIONS)[number];

export function isGenerationAction(x: unknown): x is GenerationAction {
  return typeof x === 'string' && (GENERATION_ACTIONS as readonly string[]).includes(x);
}

/** Request schema per action. Credentials (PublicKey, Signature) are optional everywhere. */
export const requestSchemas = {
  GenerateImages: zGenerateImagesRequest,
  ModifyMaskedPixels: zModifyMaskedPixelsRequest,
  GenerateBackgrounds: zGenerateBackgroundsRequest,
  ApplyReferencePattern: zApplyReferencePatternRequest,
  GenerateTxt2Img: zGenerateTxt2ImgRequest,
  ListModels: queries.zListModelsRequest,
  ListControlNets: queries.zListControlNetsRequest,
  ListTasksDetails: queries.zListTasksDetailsRequest,
  ListRunningTasks: queries.zListRunningTasksRequest,
  TerminateTask: queries.zTerminateTaskRequest,
  GetCreditBalance: queries.zGetCreditBalanceRequest,
  RemoveBackground: zRemoveBackgroundRequest,
  ExtractContents: zExtractContentsRequest,
} as const satisfies Record<AllowedAction, z.ZodType>;

/** Successful (RetCode 0) answer schema per action; all loose, unknown upstream fields kept. */
export const responseSchemas = {
  GenerateImages: queries.zTaskResponse,
  ModifyMaskedPixels: queries.zTaskResponse,
  GenerateBackgrounds: queries.zTaskResponse,
  ApplyReferencePattern: queries.zTaskResponse,
  GenerateTxt2Img: queries.zTaskResponse,
  ListModels: queries.zListModelsResponse,
  ListControlNets: queries.zListControlNetsResponse,
  ListTasksDetails: queries.zListTasksDetailsResponse,
  ListRunningTasks: queries.zListRunningTasksResponse,
  TerminateTask: queries.zTerminateTaskResponse,
  GetCreditBalance: queries.zGetCreditBalanceResponse,
  RemoveBackground: queries.zTaskResponse,
  ExtractContents: queries.zTaskResponse,
} as const satisfies Record<AllowedAction, z.ZodType>;

export type RequestOf<A extends AllowedAction> = z.infer<(typeof requestSchemas)[A]>;
export type ResponseOf<A extends AllowedAction> = z.infer<(typeof responseSchemas)[A]>;
export type AnyRequest = RequestOf<AllowedAction>;

export type ValidRequest = { [A in AllowedAction]: { ok: true; action: A; value: RequestOf<A> } }[AllowedAction];
export interface InvalidRequest {
  ok: false;
  kind: 'unknown-action' | 'invalid';
  message: string;
  field?: string;
}

/**
 * Checks a request body against its action's schema (call normalizeRequest first to accept
 * the documented aliases). Missing Action is 'invalid'; an Action outside ALLOWED_ACTIONS is
 * 'unknown-action'. The value is the parsed body: same fields, nothing added or removed.
 * Before the schema: nesting depth and forbidden keys (findJsonHazard); after it: numbers that
 * cannot travel unchanged in fields the schema passes through, then the size of the parameters
 * besides images (paramsSizeProblem). Ranged fields keep their own messages.
 */
export function validateRequest(body: unknown): ValidRequest | InvalidRequest {
  if (!isPlainObject(body)) {
    return { ok: false, kind: 'invalid', message: `The request must be a JSON object (got ${describeReceived(body)})` };
  }
  const hazard = findJsonHazard(body);
  if (hazard?.kind === 'structure') return { ok: false, kind: 'invalid', field: hazard.field, message: hazard.message };
  const action = body.Action;
  if (action === undefined) return { ok: false, kind: 'invalid', field: 'Action', message: 'Action is required' };
  if (!isAllowedAction(action)) {
    return {
      ok: false,
      kind: 'unknown-action',
      field: 'Action',
      message: `Action ${describeReceived(action)} is not supported; allowed: ${ALLOWED_ACTIONS.join(', ')}`,
    };
  }
  const result = requestSchemas[action].safeParse(body);
  if (!result.success) {
    const field = zodIssueLines(result.error)[0]?.field;
    return { ok: false, kind: 'invalid', message: describeZodError(result.error, { subject: action }), field };
  }
  if (hazard) return { ok: false, kind: 'invalid', field: hazard.field, message: hazard.message };
  const tooLarge = paramsSizeProblem(body);
  if (tooLarge) return { ok: false, kind: 'invalid', ...tooLarge };
  return { ok: true, action, value: result.data } as ValidRequest;
}

export type ResponseValidation<A extends AllowedAction> =
  | { ok: true; value: ResponseOf<A> }
  | { ok: false; kind: 'failure'; retCode: number; message: string; response: CommonResponse }
  | { ok: false; kind: 'invalid'; message: string; field?: string };

/** Reads an answer: RetCode ≠ 0 is a 'failure' carrying Message; RetCode 0 must match the action's schema. */
export function validateResponse<A extends AllowedAction>(action: A, body: unknown): ResponseValidation<A> {
  const envelope = zCommonResponse.safeParse(body);
  if (!envelope.success) {
    return { ok: false, kind: 'invalid', message: describeZodError(envelope.error, { subject: 'Response' }) };
  }
  if (envelope.data.RetCode !== 0) {
    const message = envelope.data.Message || `PICPIK answered RetCode ${envelope.data.RetCode}`;
    return { ok: false, kind: 'failure', retCode: envelope.data.RetCode, message, response: envelope.data };
  }
  const result = responseSchemas[action].safeParse(body);
  if (result.success) return { ok: true, value: result.data as ResponseOf<A> };
  const field = zodIssueLines(result.error)[0]?.field;
  return { ok: false, kind: 'invalid', message: describeZodError(result.error, { subject: 'Response' }), field };
}
