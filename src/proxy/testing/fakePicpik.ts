import { GENERATION_ACTIONS } from '../../picpik/actions';
import { signRequest } from '../sign';
import type { FakeImageHost } from './fakeImageHost';

/** Ways PICPIK goes wrong, injected one per request in arrival order (see `injectFaults`). */
export type UpstreamFault =
  | { kind: 'down' } // nothing listens: the request never reaches PICPIK
  | { kind: 'hang' } // PICPIK takes the request and never answers: the caller's timeout fires
  | { kind: 'status'; status: number } // an HTTP error page from PICPIK or its gateway
  | { kind: 'malformed' } // 200 with JSON cut off mid-way
  | { kind: 'retCode'; retCode: number; message: string } // PICPIK's own refusal
  | { kind: 'lostAnswer' }; // PICPIK handles it (a task starts) but the connection drops before the answer

/**
 * A stand-in for the PICPIK service, for tests only: it checks the signature the
 * way PICPIK documents it and answers the documented shapes. It records every
 * request it accepted so tests can inspect the exact wire body and headers.
 */
export interface FakePicpik {
  fetch: typeof fetch;
  received: { body: Record<string, unknown>; headers: Headers; url: string }[];
  /** Every request that reached the fake's address, including those it then failed. */
  readonly attempts: number;
  /** Replace the answer for the next calls (fault injection). */
  respondWith(handler: ((body: Record<string, unknown>) => Response | Promise<Response>) | null): void;
  /** The next requests meet these faults, one each; later ones are answered normally. */
  injectFaults(...faults: UpstreamFault[]): void;
  /** Every answer waits this long (aborted by the caller's signal), to make requests overlap. */
  delayAnswers(ms: number): void;
  /** From now on ListTasksDetails reports this task finished with these fields (e.g. ImgList, Seed). */
  finishTask(taskUid: string, fields?: Record<string, unknown>): void;
}

export interface FakePicpikOptions {
  /** Requests to this host go to it instead of the API, so one injected fetch serves both. */
  imageHost?: FakeImageHost;
}

const TASK_ACTIONS = new Set<string>(GENERATION_ACTIONS);

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function documentedAnswer(body: Record<string, unknown>, finished: Map<string, Record<string, unknown>>): Record<string, unknown> {
  const action = String(body.Action);
  const common = { RetCode: 0, Action: action, Message: '', request_uuid: body.request_uuid };
  if (TASK_ACTIONS.has(action)) return { ...common, TaskUID: `ckt${String(body.request_uuid).slice(0, 8)}` };
  switch (action) {
    case 'ListModels':
      return { ...common, MainModels: { 'PICPIK General': { Name: 'PICPIK General', ModelCode: 'PICPIK General', IsOfficial: true, InferenceParams: { Steps: 10, Sampler: 'Euler', ClipSkip: 1, CFGScale: 7.5 } } } };
    case 'ListTasksDetails':
      return {
        ...common,
        TaskDetailList: (body.TaskUIDList as string[]).map((TaskUID) => ({ TaskUID, Status: 'Running', ImgList: [], ErrorCode: 0, ErrorMassage: '', ...finished.get(TaskUID) })),
      };
    case 'GetCreditBalance':
      return { ...common, TotalCredits: 300, UsedCredits: 12, ExpireTimestamp: 1_900_000_000 };
    default:
      return common;
  }
}

function waitOrAbort(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // The caller may have given up already (a slow, loaded test machine): fail at once then.
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    });
  });
}

function faultAnswer(fault: UpstreamFault, body: Record<string, unknown>, signal: AbortSignal): Promise<Response> | Response {
  switch (fault.kind) {
    case 'down':
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
    case 'hang':
      return waitOrAbort(2 ** 31 - 1, signal).then(() => json({}));
    case 'status':
      return new Response(`<html>${fault.status}</html>`, { status: fault.status, headers: { 'Content-Type': 'text/html' } });
    case 'malformed':
      return new Response('{"RetCode":0,"Action":"', { headers: { 'Content-Type': 'application/json' } });
    case 'retCode':
      return json({ RetCode: fault.retCode, Action: body.Action, Message: fault.message, request_uuid: body.request_uuid });
    case 'lostAnswer':
      throw new TypeError('fetch failed', { cause: new Error('other side closed') });
  }
}

export function createFakePicpik(privateKeys: Record<string, string>, options: FakePicpikOptions = {}): FakePicpik {
  const received: FakePicpik['received'] = [];
  const finished = new Map<string, Record<string, unknown>>();
  const faults: UpstreamFault[] = [];
  let override: ((body: Record<string, unknown>) => Response | Promise<Response>) | null = null;
  let attempts = 0;
  let delayMs = 0;
  const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    // The caller's own signal: a Request's copy follows it only while the Request is alive
    // (undici links them through a WeakRef), and a collected Request never aborts.
    const signal = init?.signal ?? request.signal;
    if (options.imageHost && new URL(request.url).host === options.imageHost.host) return options.imageHost.fetch(input, init);
    attempts++;
    const fault = faults.shift();
    if (fault?.kind === 'down') return faultAnswer(fault, {}, signal);
    const body = (await request.json()) as Record<string, unknown>;
    const privateKey = privateKeys[String(body.PublicKey)];
    if (!body.Signature) return json({ RetCode: 170, Action: body.Action, Message: 'Missing Signature' });
    if (!privateKey) return json({ RetCode: 171, Action: body.Action, Message: 'Unknown PublicKey' });
    if (signRequest(body, privateKey) !== body.Signature) return json({ RetCode: 171, Action: body.Action, Message: 'Signature verification failed' });
    received.push({ body, headers: request.headers, url: request.url });
    if (delayMs > 0) await waitOrAbort(delayMs, signal);
    if (fault) return faultAnswer(fault, body, signal);
    if (override) return override(body);
    return json(documentedAnswer(body, finished));
  }) as typeof fetch;
  return {
    fetch: fakeFetch,
    received,
    get attempts() {
      return attempts;
    },
    respondWith: (handler) => (override = handler),
    injectFaults: (...more) => faults.push(...more),
    delayAnswers: (ms) => (delayMs = ms),
    finishTask: (taskUid, fields = {}) => finished.set(taskUid, { Action: 'GenerateImages', Status: 'Finished', Seed: 1234, ...fields }),
  };
}
