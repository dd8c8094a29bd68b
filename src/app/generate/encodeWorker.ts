import '../zodSetup';
import { fetchRaw, type RawAnswer } from '../api/rawFetch';
import type { PicturePlan } from './drawPlan';
import { drawPicture, runEncodeJob, type EncodeJob } from './encodeJob';

/**
 * The encode worker: draws, encodes and builds request bodies off the page's thread, and sends
 * them, so the copy of a 20 MB body is not the page's either (see encoderClient.ts for the
 * other side). One message in, one answer out, by id.
 */
export type EncoderRequest =
  | { id: number; op: 'encode'; job: EncodeJob }
  | { id: number; op: 'send'; requestUuid: string; body: Blob; token: string | null }
  | { id: number; op: 'transparency'; plan: PicturePlan; assets: EncodeJob['assets'] };

export type EncoderAnswer = { id: number; value: unknown } | { id: number; error: string };

/** Bodies built here, by request_uuid, ready to be sent (and sent again) without a copy back. */
const bodies = new Map<string, Uint8Array<ArrayBuffer>>();
const BODIES_KEPT = 3;

function keep(requestUuid: unknown, bytes: Uint8Array<ArrayBuffer>): void {
  if (typeof requestUuid !== 'string') return;
  bodies.set(requestUuid, bytes);
  for (const old of [...bodies.keys()].slice(0, Math.max(0, bodies.size - BODIES_KEPT))) bodies.delete(old);
}

async function send(requestUuid: string, body: Blob, token: string | null): Promise<RawAnswer> {
  // After a reload the body comes from IndexedDB: the Blob is read here, not on the page.
  const bytes = bodies.get(requestUuid) ?? new Uint8Array(await body.arrayBuffer());
  return fetchRaw('/api/picpik', { method: 'POST', body: bytes }, token);
}

/** Pixels with alpha below 255 in a drawn picture (a cut-out has many, a photo none). */
async function transparentPixels(plan: PicturePlan, assets: EncodeJob['assets']): Promise<number> {
  const canvas = await drawPicture(plan, assets);
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let count = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! < 255) count++;
  return count;
}

function run(request: EncoderRequest): Promise<unknown> {
  if (request.op === 'encode') return runEncodeJob(request.job, (bytes) => keep(request.job.extra.request_uuid, bytes));
  if (request.op === 'send') return send(request.requestUuid, request.body, request.token);
  return transparentPixels(request.plan, request.assets);
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<EncoderRequest>) => void) | null; postMessage: (message: EncoderAnswer) => void };

scope.onmessage = (event) => {
  const request = event.data;
  run(request).then(
    (value) => scope.postMessage({ id: request.id, value }),
    (error: unknown) => scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
};
