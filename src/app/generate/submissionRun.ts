import { waitUntilOnline } from '../api/connection';
import { ApiError } from '../api/http';
import { sendPicpikRaw } from '../api/picpik';
import { addAsset, getAsset, restoreAsset } from '../canvas/assets';
import { currentAutosaver } from '../persistence/restoreSession';
import type { SavedSubmission } from '../persistence/submissionRecords';
import type { SubmittedTask } from '../store/resultsSlice';
import { useStudioStore } from '../store/studioStore';
import { sendFromWorker } from './encoderClient';
import { advanceSubmission, dropSubmission, pendingEntry, setSubmissionStatus } from './pendingSubmissions';
import { isTransientFailure } from './retryPolicy';
import { sendWithRetries, type RetryOptions } from './sendWithRetries';
import { prepareRequest } from './prepareRequest';

/** Pause between rounds while a kept request waits for the server. */
const ROUND_PAUSE_MS = 3000;

/**
 * Takes a submission from whatever stage it reached to its task in the tray:
 * preparing → (encode, keep the body) ready → (send) answered → in the tray.
 * The body is committed to IndexedDB before the request leaves the page.
 */
export async function carryOut(start: SavedSubmission, retry: RetryOptions = {}): Promise<SubmittedTask> {
  let record = start;
  const uuid = record.requestUuid;
  if (record.stage === 'preparing') {
    const prepared = await prepareRequest(record.params, record.document, { request_uuid: uuid });
    record = { ...record, stage: 'ready', ...prepared };
    await advanceSubmission(record, 'sending');
  }
  if (record.stage === 'ready') {
    const body = record.body;
    if (!body) throw new Error('The kept request has no body');
    const answer = await sendWithRetries(() => sendPicpikRaw(record.action, (token) => sendFromWorker(uuid, body, token)), {
      ...retry,
      onRetry: (attempt, of) => {
        setSubmissionStatus(uuid, { retry: { attempt, of } });
        retry.onRetry?.(attempt, of);
      },
    });
    const taskUid = String(answer.TaskUID ?? '');
    if (!taskUid) throw new Error(`${record.action} answered without a TaskUID`);
    const task: SubmittedTask = {
      taskUid,
      action: record.action,
      submittedAt: Date.now(),
      requestSummary: record.summary ?? {},
      // Kept for compare, never shown on the stage: no preview to make.
      inputAssetId: record.inputPicture ? await addAsset(record.inputPicture, 'Input', { preview: false }) : null,
      ...(record.region ? { region: record.region } : {}),
    };
    record = { ...record, stage: 'answered', task, body: undefined };
    void advanceSubmission(record, 'sending').catch(() => undefined);
  }
  return settle(record);
}

/** The answered task into the tray (again, after a reload); the record goes once the autosave holds it. */
async function settle(record: SavedSubmission): Promise<SubmittedTask> {
  const task = record.task;
  if (!task) throw new Error('The kept request has no task');
  const state = useStudioStore.getState();
  if (!state.tasks.some((t) => t.taskUid === task.taskUid)) {
    if (task.inputAssetId && record.inputPicture && !getAsset(task.inputAssetId)) await restoreAsset(task.inputAssetId, record.inputPicture, 'Input', { preview: false });
    state.taskSubmitted(task);
  }
  const autosaver = currentAutosaver();
  void (autosaver ? autosaver.saveNow() : Promise.resolve()).then(() => dropSubmission(record.requestUuid)).catch(() => undefined);
  return task;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Carries a kept submission through, waiting for the server while it is away. A refusal
 * (validation, conflict) stops it and is shown on its card.
 */
export async function keepTrying(requestUuid: string): Promise<void> {
  for (let round = 0; ; round++) {
    if (round > 0) await sleep(ROUND_PAUSE_MS);
    await waitUntilOnline();
    // Discarded meanwhile: nothing more to do.
    const entry = pendingEntry(requestUuid);
    if (!entry) return;
    setSubmissionStatus(requestUuid, { status: entry.record.stage === 'preparing' ? 'preparing' : 'sending', error: undefined });
    try {
      await carryOut(entry.record);
      return;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const transient = error instanceof ApiError && isTransientFailure(error);
      setSubmissionStatus(requestUuid, { status: transient ? 'waiting' : 'failed', error: message });
      if (!transient) return;
    }
  }
}
