import { z } from 'zod';
import { STUDIO_ACTIONS } from '../request/studioParams';
import { zStudioParams } from './studioParamsSchema';
import type { WorkDatabase } from './workDatabase';
import { zStudioDocument, zSubmittedTask } from './workSchema';

/**
 * A Generate on its way, kept in IndexedDB (store `submissions`, key request_uuid) from the
 * click until its task is safely in the autosaved results tray, so a reload at any moment
 * finds it again:
 * - `preparing`: clicked, images being encoded; the form and document as they were at the click;
 * - `ready`: the exact body, written BEFORE the request leaves the page; resent as it is (the
 *   server answers a known request_uuid with the first TaskUID, so nothing runs twice);
 * - `answered`: the task the server started, until the autosave holds it.
 */
export const zSavedSubmission = z.object({
  requestUuid: z.string().min(1),
  action: z.enum(STUDIO_ACTIONS),
  createdAt: z.number(),
  stage: z.enum(['preparing', 'ready', 'answered']),
  params: zStudioParams,
  document: zStudioDocument,
  body: z.instanceof(Blob).optional(),
  summary: z.record(z.string(), z.unknown()).optional(),
  /** The picture the request started from, for compare (becomes the task's input asset). */
  inputPicture: z.instanceof(Blob).nullable().optional(),
  /** The region the body covers and how its result goes back (becomes the task's region). */
  region: zSubmittedTask.shape.region,
  task: zSubmittedTask.optional(),
});
export type SavedSubmission = z.infer<typeof zSavedSubmission>;

/** Resolves once the record is committed: only then may the request be sent. */
export async function putSubmission(db: WorkDatabase, record: SavedSubmission): Promise<void> {
  const tx = db.transaction('submissions', 'readwrite');
  const put = tx.objectStore('submissions').put(record);
  tx.commit();
  await Promise.all([put, tx.done]);
}

export async function deleteSubmission(db: WorkDatabase, requestUuid: string): Promise<void> {
  const tx = db.transaction('submissions', 'readwrite');
  const removed = tx.objectStore('submissions').delete(requestUuid);
  tx.commit();
  await Promise.all([removed, tx.done]);
}

/** Valid records, oldest first; a record that does not validate is deleted (it cannot be resumed). */
export async function readSubmissions(db: WorkDatabase): Promise<SavedSubmission[]> {
  const raw = await db.getAll('submissions');
  const valid: SavedSubmission[] = [];
  for (const record of raw) {
    const parsed = zSavedSubmission.safeParse(record);
    if (parsed.success) valid.push(parsed.data);
    else if (typeof (record as { requestUuid?: unknown }).requestUuid === 'string') await deleteSubmission(db, (record as { requestUuid: string }).requestUuid);
  }
  return valid.sort((a, b) => a.createdAt - b.createdAt);
}
