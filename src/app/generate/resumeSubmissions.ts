import { currentWorkDatabase } from '../persistence/restoreSession';
import { readSubmissions } from '../persistence/submissionRecords';
import { pendingEntry, trackSubmission } from './pendingSubmissions';
import { keepTrying } from './submissionRun';

let started = false;

/**
 * After a reload: every Generate that was on its way is picked up where it stopped — encoded
 * again, resent under its request_uuid (the server answers with the task it already started),
 * or its task put back in the tray. Idempotent; the results tray starts it.
 */
export async function resumePendingSubmissions(): Promise<void> {
  if (started) return;
  started = true;
  const db = currentWorkDatabase();
  if (!db) return;
  for (const record of await readSubmissions(db)) {
    if (pendingEntry(record.requestUuid)) continue;
    void trackSubmission(record, true).catch(() => undefined);
    void keepTrying(record.requestUuid);
  }
}
