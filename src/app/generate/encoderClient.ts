import type { RawAnswer } from '../api/rawFetch';
import type { PicturePlan } from './drawPlan';
import type { EncodeJob, EncodeResult } from './encodeJob';
import type { EncoderAnswer, EncoderRequest } from './encodeWorker';

type Waiting = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Outgoing = EncoderRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function failAll(message: string): void {
  for (const entry of waiting.values()) entry.reject(new Error(message));
  waiting.clear();
  worker?.terminate();
  worker = null;
}

/** Started on first use, so a page that never generates never loads it. */
function encoderWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./encodeWorker.ts', import.meta.url), { type: 'module', name: 'picpik-encoder' });
  worker.onmessage = (event: MessageEvent<EncoderAnswer>) => {
    const answer = event.data;
    const entry = waiting.get(answer.id);
    if (!entry) return;
    waiting.delete(answer.id);
    if ('error' in answer) entry.reject(new Error(answer.error));
    else entry.resolve(answer.value);
  };
  worker.onerror = (event) => failAll(`The image encoder stopped: ${event.message || 'it could not be loaded'}`);
  return worker;
}

function ask<T>(message: Outgoing): Promise<T> {
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
    encoderWorker().postMessage({ ...message, id });
  });
}

/** Draws, encodes and builds the request in the encode worker. */
export function encodeInWorker(job: EncodeJob): Promise<EncodeResult> {
  return ask<EncodeResult>({ op: 'encode', job });
}

/** How many pixels of a drawn picture are not fully opaque. */
export function countTransparentPixels(plan: PicturePlan, assets: EncodeJob['assets']): Promise<number> {
  return ask<number>({ op: 'transparency', plan, assets });
}

/** Posts a Generate body from the worker: the bytes it built for this request_uuid, or `body`. */
export function sendFromWorker(requestUuid: string, body: Blob, token: string | null): Promise<RawAnswer> {
  return ask<RawAnswer>({ op: 'send', requestUuid, body, token });
}
