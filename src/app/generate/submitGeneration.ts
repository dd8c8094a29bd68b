import { newUuid } from '../api/ids';
import { addAsset } from '../canvas/assets';
import { callPicpik } from '../api/picpik';
import { buildRequest } from '../request/buildRequest';
import type { StudioParams } from '../request/studioParams';
import type { StudioDocument } from '../store/documentTypes';
import type { SubmittedTask } from '../store/resultsSlice';
import { gatherImages } from './gatherImages';
import { sendWithRetries, type RetryOptions } from './sendWithRetries';
import { summarizeRequest } from './summarizeRequest';

/** A refusal before anything was sent: the message names the field or slot to fix. */
export class RequestNotReadyError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'RequestNotReadyError';
  }
}

/** Canvas and form → the exact PICPIK request (images encoded), or a refusal naming what is missing. */
export async function prepareRequest(params: StudioParams, doc: StudioDocument) {
  const images = await gatherImages(params, doc);
  const built = buildRequest(params, { width: doc.width, height: doc.height }, images);
  if (!built.ok) throw new RequestNotReadyError(built.message, built.field);
  return { payload: built.payload, inputPicture: images.picture ?? images.foreground };
}

/**
 * Sends one generation request through the studio server. Nothing in the document or the
 * form is changed here, so a refusal or a failed request loses nothing. Transient failures
 * are retried with the very same body and request_uuid (see retryPolicy.ts).
 */
export async function submitGeneration(params: StudioParams, doc: StudioDocument, retry: RetryOptions = {}): Promise<SubmittedTask> {
  const { payload, inputPicture } = await prepareRequest(params, doc);
  const request = { ...payload, Action: params.action, request_uuid: newUuid() };
  const answer = await sendWithRetries(() => callPicpik(request), retry);
  const taskUid = String(answer.TaskUID ?? '');
  if (!taskUid) throw new Error(`${params.action} answered without a TaskUID`);
  return {
    taskUid,
    action: params.action,
    submittedAt: Date.now(),
    requestSummary: summarizeRequest(request),
    inputAssetId: inputPicture ? await addAsset(inputPicture, 'Input') : null,
  };
}
