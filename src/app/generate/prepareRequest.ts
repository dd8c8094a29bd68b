import type { StudioParams } from '../request/studioParams';
import type { StudioDocument } from '../store/documentTypes';
import type { TaskRegion } from '../store/resultsSlice';
import { currentRegion } from '../region/currentRegion';
import { describeTaskRegion } from '../region/taskRegion';
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
  /** The region the request covers and how its result goes back into the picture. */
  region: TaskRegion;
}

/**
 * Canvas and form → the exact PICPIK request, or a refusal naming what is missing. The images
 * are drawn, encoded and the body built in the encode worker: the page keeps painting.
 */
export async function prepareRequest(params: StudioParams, doc: StudioDocument, extra: Record<string, unknown> = {}): Promise<PreparedRequest> {
  const region = currentRegion({ document: doc, params });
  const slots = await describeImages(params, doc, region);
  const result = await encodeInWorker({ params, size: region.generated, extra, slots, assets: slotAssets(slots) });
  if (!result.ok) throw new RequestNotReadyError(result.message, result.field);
  return { ...result, region: describeTaskRegion(doc, params, region) };
}
