import { createHash } from 'node:crypto';
import { isGenerationAction } from '../picpik/actions';
import type { Archive } from './archive/archiveTypes';
import { archivedParams } from './archive/requestParams';
import type { Backend, BackendAnswer, PicpikRequest } from './backend';
import { RET } from './retCodes';

/** JSON with object keys sorted at every depth, so equal values give equal text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * What identifies a submission's content: the Action and the params as the archive keeps
 * them (credentials and request_uuid dropped, each image body replaced by its sha256), so a
 * request can be compared with one archived before a restart.
 */
export function submissionFingerprint(action: string, params: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson({ Action: action, Params: params })).digest('hex');
}

function fingerprintOf(request: PicpikRequest): string {
  // The JSON round trip makes the live request look exactly like params read back from SQLite.
  const params = JSON.parse(JSON.stringify(archivedParams(request))) as Record<string, unknown>;
  return submissionFingerprint(request.Action, params);
}

function conflict(request: PicpikRequest, requestUuid: string): BackendAnswer {
  return {
    status: 409,
    body: {
      RetCode: RET.conflict,
      Action: request.Action,
      Message: `request_uuid ${requestUuid} was already used for a different request; send a new request_uuid for a new submission`,
      request_uuid: requestUuid,
    },
  };
}

function replay(request: PicpikRequest, requestUuid: string, taskUid: string): BackendAnswer {
  return { status: 200, body: { RetCode: 0, Action: request.Action, Message: '', request_uuid: requestUuid, TaskUID: taskUid } };
}

/**
 * Makes submissions idempotent by `request_uuid`, in both modes: a generation request whose
 * request_uuid was seen before gets the first answer's TaskUID instead of starting another
 * (paid) task, so a client may retry a submission whose answer it lost. The archive remembers
 * uuids across restarts; an in-flight map joins concurrent duplicates onto one backend call.
 * The same uuid with different content is refused (409): that is a client bug, not a retry.
 */
export function createIdempotentBackend<B extends Backend>(inner: B, archive: Archive): B {
  const inFlight = new Map<string, { fingerprint: string; answer: Promise<BackendAnswer> }>();

  async function submitOnce(request: PicpikRequest, requestUuid: string): Promise<BackendAnswer> {
    const fingerprint = fingerprintOf(request);
    const running = inFlight.get(requestUuid);
    if (running) return running.fingerprint === fingerprint ? running.answer : conflict(request, requestUuid);
    const archived = archive.findByRequestUuid(requestUuid);
    // A task archived in the other mode has a TaskUID this backend does not know: submit anew.
    if (archived && archived.mode === inner.mode) {
      const same = submissionFingerprint(archived.action, archived.params) === fingerprint;
      return same ? replay(request, requestUuid, archived.taskUid) : conflict(request, requestUuid);
    }
    const answer = inner.handle(request).finally(() => inFlight.delete(requestUuid));
    inFlight.set(requestUuid, { fingerprint, answer });
    return answer;
  }

  return {
    ...inner,
    mode: inner.mode,
    handle(request: PicpikRequest): Promise<BackendAnswer> {
      const requestUuid = request.request_uuid;
      if (!isGenerationAction(request.Action) || typeof requestUuid !== 'string' || requestUuid === '') return inner.handle(request);
      return submitOnce(request, requestUuid);
    },
  };
}
