import { useSyncExternalStore } from 'react';
import { keepAssetsReferencedBy } from '../persistence/autosave';
import { currentWorkDatabase } from '../persistence/restoreSession';
import { deleteSubmission, putSubmission, type SavedSubmission } from '../persistence/submissionRecords';

/**
 * Generate requests between the click and their task in the tray, as the tray shows them.
 * Each is mirrored in IndexedDB (submissionRecords.ts) so a reload finds it again.
 */
export type PendingStatus = 'preparing' | 'sending' | 'waiting' | 'failed';

export interface PendingEntry {
  record: SavedSubmission;
  status: PendingStatus;
  /** Picked up again after a reload. */
  resumed: boolean;
  error?: string | undefined;
  retry?: { attempt: number; of: number } | undefined;
}

const entries = new Map<string, PendingEntry>();
let snapshot: PendingEntry[] = [];
const listeners = new Set<() => void>();

function changed(): void {
  snapshot = [...entries.values()].filter((entry) => entry.record.stage !== 'answered').reverse();
  for (const listener of listeners) listener();
}

/** Newest first, answered ones left out (their task card shows instead). */
export function usePendingSubmissions(): PendingEntry[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
}

export const pendingEntry = (requestUuid: string): PendingEntry | undefined => entries.get(requestUuid);

/** Asset ids the pending submissions still need (autosave keeps them). */
export function pendingAssetIds(): string[] {
  const ids: string[] = [];
  for (const { record } of entries.values()) {
    const doc = record.document;
    ids.push(...[doc.baseImage?.assetId, ...doc.foregrounds.map((fg) => fg.assetId), doc.references.img2img, doc.references.background, doc.references.pattern, ...Object.values(doc.references.control)].filter((id): id is string => !!id));
  }
  return ids;
}

keepAssetsReferencedBy(pendingAssetIds);

/** Stores the record; resolves when IndexedDB has committed it (at once without a database). */
function persist(record: SavedSubmission): Promise<void> {
  const db = currentWorkDatabase();
  return db ? putSubmission(db, record) : Promise.resolve();
}

export function trackSubmission(record: SavedSubmission, resumed: boolean): Promise<void> {
  entries.set(record.requestUuid, { record, resumed, status: record.stage === 'ready' ? 'sending' : 'preparing' });
  changed();
  return persist(record);
}

/** A new stage of the record: kept in IndexedDB before the promise resolves. */
export function advanceSubmission(record: SavedSubmission, status: PendingStatus): Promise<void> {
  const entry = entries.get(record.requestUuid);
  if (entry) entries.set(record.requestUuid, { ...entry, record, status, error: undefined, retry: undefined });
  changed();
  return persist(record);
}

export function setSubmissionStatus(requestUuid: string, patch: Partial<Pick<PendingEntry, 'status' | 'error' | 'retry'>>): void {
  const entry = entries.get(requestUuid);
  if (!entry) return;
  entries.set(requestUuid, { ...entry, ...patch });
  changed();
}

/** Forgets the submission (done, refused or dismissed). */
export async function dropSubmission(requestUuid: string): Promise<void> {
  if (entries.delete(requestUuid)) changed();
  const db = currentWorkDatabase();
  if (db) await deleteSubmission(db, requestUuid);
}
