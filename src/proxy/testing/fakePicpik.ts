import { signRequest } from '../sign';
import type { FakeImageHost } from './fakeImageHost';

/**
 * A stand-in for the PICPIK service, for tests only: it checks the signature the
 * way PICPIK documents it and answers the documented shapes. It records every
 * request it accepted so tests can inspect the exact wire body and headers.
 */
export interface FakePicpik {
  fetch: typeof fetch;
  received: { body: Record<string, unknown>; headers: Headers; url: string }[];
  /** Replace the answer for the next calls (fault injection). */
  respondWith(handler: ((body: Record<string, unknown>) => Response | Promise<Response>) | null): void;
  /** From now on ListTasksDetails reports this task finished with these fields (e.g. ImgList, Seed). */
  finishTask(taskUid: string, fields?: Record<string, unknown>): void;
}

export interface FakePicpikOptions {
  /** Requests to this host go to it instead of the API, so one injected fetch serves both. */
  imageHost?: FakeImageHost;
}

const TASK_ACTIONS = new Set([
  'GenerateImages',
  'ModifyMaskedPixels',
  'GenerateBackgrounds',
  'ApplyReferencePattern',
  'GenerateTxt2Img',
  'RemoveBackground',
  'ExtractContents',
]);

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

export function createFakePicpik(privateKeys: Record<string, string>, options: FakePicpikOptions = {}): FakePicpik {
  const received: FakePicpik['received'] = [];
  const finished = new Map<string, Record<string, unknown>>();
  let override: ((body: Record<string, unknown>) => Response | Promise<Response>) | null = null;
  const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (options.imageHost && new URL(request.url).host === options.imageHost.host) return options.imageHost.fetch(input, init);
    const body = (await request.json()) as Record<string, unknown>;
    const privateKey = privateKeys[String(body.PublicKey)];
    if (!body.Signature) return json({ RetCode: 170, Action: body.Action, Message: 'Missing Signature' });
    if (!privateKey) return json({ RetCode: 171, Action: body.Action, Message: 'Unknown PublicKey' });
    if (signRequest(body, privateKey) !== body.Signature) return json({ RetCode: 171, Action: body.Action, Message: 'Signature verification failed' });
    received.push({ body, headers: request.headers, url: request.url });
    if (override) return override(body);
    return json(documentedAnswer(body, finished));
  }) as typeof fetch;
  return {
    fetch: fakeFetch,
    received,
    respondWith: (handler) => (override = handler),
    finishTask: (taskUid, fields = {}) => finished.set(taskUid, { Action: 'GenerateImages', Status: 'Finished', Seed: 1234, ...fields }),
  };
}
