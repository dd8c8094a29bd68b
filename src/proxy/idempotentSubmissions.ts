import { createHash } from 'node:crypto';
import type { Backend, BackendAnswer, PicpikRequest, RequestContext } from '../core/backend';
import { isGenerationAction } from '../picpik/actions';
import type { Archive } from '../storage/archive';
import { archivedParams } from '../storage/requestParams';
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
  // The JSON round trip makes the live request look exactly like params read back from storage.
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

export interface IdempotencyOptions {
  /** This server's name on its claims. */
  owner: string;
  /** A claim not settled within this time is taken over: the server that made it died while submitting. */
  staleAfterMs: number;
  /** How often a duplicate waiting for another server's submission looks again (default 50 ms). */
  pollMs?: number;
}

/**
 * Makes submissions idempotent by `request_uuid`, in both modes and across servers: the first
 * server to claim a uuid in the storage (a primary key, INSERT … ON CONFLICT) submits; a duplicate,
 * here or on another server, waits for that TaskUID instead of starting another (paid) task, so a
 * client may retry a submission whose answer it lost. The same uuid with different content is
 * refused (409): that is a client bug, not a retry. Duplicates within this server share one call.
 */
export function createIdempotentBackend<B extends Backend>(inner: B, archive: Archive, options: IdempotencyOptions): B {
  const inFlight = new Map<string, { fingerprint: string; answer: Promise<BackendAnswer> }>();
  const pollMs = options.pollMs ?? 50;
  const claims = archive.index;

  async function knownFingerprint(fingerprint: string | null, taskUid: string | null): Promise<string | null> {
    if (fingerprint !== null || taskUid === null) return fingerprint;
    // Claimed before fingerprints were kept (an upgraded archive): compare with the archived task.
    const task = await archive.getTask(taskUid);
    return task ? submissionFingerprint(task.action, task.params) : null;
  }

  async function submit(request: PicpikRequest, requestUuid: string, context: RequestContext | undefined): Promise<BackendAnswer> {
    let answer: BackendAnswer;
    try {
      answer = await inner.handle(request, context);
    } catch (error) {
      await claims.releaseRequest(inner.mode, requestUuid, options.owner);
      throw error;
    }
    const taskUid = answer.body.TaskUID;
    // A refused submission started nothing: the uuid is free for a corrected retry.
    if (answer.body.RetCode === 0 && typeof taskUid === 'string' && taskUid !== '') await claims.settleRequest(inner.mode, requestUuid, taskUid);
    else await claims.releaseRequest(inner.mode, requestUuid, options.owner);
    return answer;
  }

  async function claimAndSubmit(request: PicpikRequest, requestUuid: string, fingerprint: string, context: RequestContext | undefined): Promise<BackendAnswer> {
    for (;;) {
      const claim = await claims.claimRequest({ mode: inner.mode, requestUuid, fingerprint, owner: options.owner, staleAfterMs: options.staleAfterMs });
      if (claim.won) return submit(request, requestUuid, context);
      const known = await knownFingerprint(claim.fingerprint, claim.taskUid);
      if (known !== null && known !== fingerprint) return conflict(request, requestUuid);
      if (claim.taskUid !== null) return replay(request, requestUuid, claim.taskUid);
      // Another server is submitting it now: its TaskUID, a release or a stale claim ends the wait.
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  function submitOnce(request: PicpikRequest, requestUuid: string, context: RequestContext | undefined): Promise<BackendAnswer> {
    const fingerprint = fingerprintOf(request);
    const running = inFlight.get(requestUuid);
    if (running) return running.fingerprint === fingerprint ? running.answer : Promise.resolve(conflict(request, requestUuid));
    const answer = claimAndSubmit(request, requestUuid, fingerprint, context).finally(() => inFlight.delete(requestUuid));
    inFlight.set(requestUuid, { fingerprint, answer });
    return answer;
  }

  return {
    ...inner,
    mode: inner.mode,
    handle(request: PicpikRequest, context?: RequestContext): Promise<BackendAnswer> {
      const requestUuid = request.request_uuid;
      if (!isGenerationAction(request.Action) || typeof requestUuid !== 'string' || requestUuid === '') return inner.handle(request, context);
      return submitOnce(request, requestUuid, context);
    },
  };
}
