import { ApiError } from '../api/http';
import { newUuid } from '../api/ids';
import { currentAutosaver } from '../persistence/restoreSession';
import type { SavedSubmission } from '../persistence/submissionRecords';
import type { StudioParams } from '../request/studioParams';
import type { StudioDocument } from '../store/documentTypes';
import type { SubmittedTask } from '../store/resultsSlice';
import { dropSubmission, setSubmissionStatus, trackSubmission } from './pendingSubmissions';
import { isTransientFailure } from './retryPolicy';
import type { RetryOptions } from './sendWithRetries';
import { carryOut, keepTrying } from './submissionRun';

/**
 * Sends one generation request through the studio server and puts its task in the tray.
 * From the click on, the submission is kept in IndexedDB (see pendingSubmissions.ts), so a
 * reload at any moment finds it again. Transient failures are retried with the very same
 * body and request_uuid; when they persist, the request waits for the server and goes out
 * when it is back. Nothing in the document or the form is changed here.
 */
export async function submitGeneration(params: StudioParams, doc: StudioDocument, retry: RetryOptions = {}): Promise<SubmittedTask> {
  const record: SavedSubmission = { requestUuid: newUuid(), action: params.action, createdAt: Date.now(), stage: 'preparing', params, document: doc };
  void trackSubmission(record, false).catch(() => undefined);
  // The masks as painted now are what a reload during encoding starts again from.
  void currentAutosaver()?.flush();
  try {
    return await carryOut(record, retry);
  } catch (error) {
    const waiting = error instanceof ApiError && isTransientFailure(error);
    if (!waiting) {
      await dropSubmission(record.requestUuid).catch(() => undefined);
      throw error;
    }
    setSubmissionStatus(record.requestUuid, { status: 'waiting', error: error.message });
    void keepTrying(record.requestUuid);
    throw new Error(`${error.message}. Your request is kept and goes out when the server answers again.`, { cause: error });
  }
}
