import { encodeGrayPng } from '../canvas/export/grayPng';
import { buildRequest } from '../request/buildRequest';
import type { DocumentSize } from '../request/buildGenerationRequests';
import type { EncodedImages, ImageSlots } from '../request/encodedImages';
import type { StudioParams } from '../request/studioParams';
import { planAssetIds, renderPicturePlan, type PicturePlan } from './drawPlan';
import { rasterizeMaskPlan, type MaskPlan } from './maskPlan';
import { summarizeRequest } from './summarizeRequest';

/** An image of a request: an asset's original bytes, a picture to draw, or a mask to rasterise. */
export type ImageInput = { kind: 'asset'; assetId: string } | PicturePlan | MaskPlan;

export type JobSlots = Partial<Record<keyof ImageSlots, ImageInput>> & {
  control?: Record<string, { image?: ImageInput | undefined; mask?: ImageInput | undefined }>;
};

/** Everything the encode worker needs to turn the designer's work into the exact request body. */
export interface EncodeJob {
  params: StudioParams;
  size: DocumentSize;
  /** Added to the built payload: request_uuid for a submission. */
  extra: Record<string, unknown>;
  slots: JobSlots;
  /** The bytes of every asset the slots use (Blobs travel between threads without a copy). */
  assets: Record<string, Blob | string>;
}

export type EncodeResult =
  | { ok: true; body: Blob; summary: Record<string, unknown>; inputPicture: Blob | null }
  | { ok: false; message: string; field?: string | undefined };

interface Encoded {
  blob: Blob;
  dataUri: string;
}

export function blobToDataUri(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the image'));
    reader.readAsDataURL(blob);
  });
}

async function assetBlob(source: Blob | string | undefined, assetId: string): Promise<Blob> {
  if (source === undefined) throw new Error(`The image ${assetId} is not loaded`);
  return typeof source === 'string' ? (await fetch(source)).blob() : source;
}

/** Decoded images, kept per asset id (assets never change under an id) for the next submit. */
const decoded = new Map<string, Promise<ImageBitmap>>();
const DECODED_KEPT = 8;

function decode(assetId: string, source: Blob | string | undefined): Promise<ImageBitmap> {
  // The size joins the key: a restore may put other bytes under a known id.
  const key = `${assetId}:${typeof source === 'string' ? source.length : source?.size}`;
  let bitmap = decoded.get(key);
  if (!bitmap) {
    bitmap = assetBlob(source, assetId).then((blob) => createImageBitmap(blob, { imageOrientation: 'from-image' }));
    bitmap.catch(() => decoded.delete(key));
    decoded.set(key, bitmap);
    for (const old of [...decoded.keys()].slice(0, Math.max(0, decoded.size - DECODED_KEPT))) decoded.delete(old);
  }
  return bitmap;
}

/** Draws a plan in this (worker) thread. */
export async function drawPicture(plan: PicturePlan, assets: EncodeJob['assets']): Promise<OffscreenCanvas> {
  const ids = planAssetIds(plan);
  const bitmaps = new Map(await Promise.all(ids.map(async (id) => [id, await decode(id, assets[id])] as const)));
  return renderPicturePlan(plan, (id) => bitmaps.get(id)!);
}

async function encodePicture(plan: PicturePlan, assets: EncodeJob['assets']): Promise<Blob> {
  return (await drawPicture(plan, assets)).convertToBlob({ type: 'image/png' });
}

async function encodeInput(input: ImageInput, assets: EncodeJob['assets']): Promise<Encoded | undefined> {
  let blob: Blob;
  if (input.kind === 'asset') blob = await assetBlob(assets[input.assetId], input.assetId);
  else if (input.kind === 'picture') blob = await encodePicture(input, assets);
  else {
    const mask = rasterizeMaskPlan(input);
    if (input.dropWhenBlack && mask.whitePixels === 0) return undefined;
    blob = new Blob([encodeGrayPng(mask.width, mask.height, mask.gray) as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  }
  return { blob, dataUri: await blobToDataUri(blob) };
}

/**
 * Encodes the job's images (each input once, however many slots share it), builds the request
 * with the same builder the readiness check uses, and returns the body as a Blob (for IndexedDB
 * and the Request view); `keepBody` gets the bytes the worker itself sends. A 20 MB request
 * never becomes a string on the page's thread.
 */
export async function runEncodeJob(job: EncodeJob, keepBody: (bytes: Uint8Array<ArrayBuffer>) => void = () => undefined): Promise<EncodeResult> {
  const cache = new Map<ImageInput, Promise<Encoded | undefined>>();
  const encode = (input: ImageInput | undefined) => {
    if (!input) return Promise.resolve(undefined);
    let pending = cache.get(input);
    if (!pending) cache.set(input, (pending = encodeInput(input, job.assets)));
    return pending;
  };
  const { control, ...single } = job.slots;
  const encoded: Partial<Record<keyof ImageSlots, Encoded>> = {};
  for (const [slot, input] of Object.entries(single) as [keyof ImageSlots, ImageInput][]) {
    const result = await encode(input);
    if (result) encoded[slot] = result;
  }
  const images: EncodedImages = Object.fromEntries(Object.entries(encoded).map(([slot, value]) => [slot, value.dataUri]));
  if (control) {
    images.control = {};
    for (const [unitId, unit] of Object.entries(control)) {
      images.control[unitId] = { image: (await encode(unit.image))?.dataUri, mask: (await encode(unit.mask))?.dataUri };
    }
  }
  const built = buildRequest(job.params, job.size, images);
  if (!built.ok) return { ok: false, message: built.message, field: built.field };
  const request = { ...built.payload, ...job.extra };
  const bodyBytes = new TextEncoder().encode(JSON.stringify(request));
  keepBody(bodyBytes);
  return {
    ok: true,
    body: new Blob([bodyBytes], { type: 'application/json' }),
    summary: summarizeRequest(request),
    inputPicture: (encoded.picture ?? encoded.foreground)?.blob ?? null,
  };
}
