import type { StudioParams } from '../request/studioParams';
import type { StudioDocument } from '../store/documentTypes';
import { encodeInWorker } from './encoderClient';
import { describeImages, slotAssets } from './gatherImages';

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

export interface PreparedRequest {
  /** The exact JSON body (as kept in IndexedDB; the worker sends the same bytes). */
  body: Blob;
  /** The request with images shortened, for the tray and the Request view. */
  summary: Record<string, unknown>;
  inputPicture: Blob | null;
}

/**
 * Canvas and form → the exact PICPIK request, or a refusal naming what is missing. The images
 * are drawn, encoded and the body built in the encode worker: the page keeps painting.
 */
export async function prepareRequest(params: StudioParams, doc: StudioDocument, extra: Record<string, unknown> = {}): Promise<PreparedRequest> {
  const slots = await describeImages(params, doc);
  const result = await encodeInWorker({ params, size: { width: doc.width, height: doc.height }, extra, slots, assets: slotAssets(slots) });
  if (!result.ok) throw new RequestNotReadyError(result.message, result.field);
  return result;
}
