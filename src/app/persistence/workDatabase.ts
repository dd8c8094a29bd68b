import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SavedAssetRecord, SavedMaskRecord, SavedWorkRecord } from './savedWorkRecords';
import type { SavedSubmission } from './submissionRecords';

/**
 * The autosave database. Store layout is the IndexedDB schema version (upgrade below);
 * what a record means is SAVED_WORK_VERSION in savedWorkRecords.ts.
 */
export interface WorkSchema extends DBSchema {
  work: { key: string; value: SavedWorkRecord };
  masks: { key: string; value: SavedMaskRecord };
  assets: { key: string; value: SavedAssetRecord };
  /** Generate requests not yet known to be in the results tray (see submissionRecords.ts). */
  submissions: { key: string; value: SavedSubmission };
}

export type WorkDatabase = IDBPDatabase<WorkSchema>;

export const WORK_DB_NAME = 'picpik-studio';
const WORK_DB_VERSION = 2;
const WORK_KEY = 'current';
const STORES = ['work', 'masks', 'assets'] as const;

export async function openWorkDatabase(name = WORK_DB_NAME): Promise<WorkDatabase> {
  const database = await openDB<WorkSchema>(name, WORK_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('work');
        db.createObjectStore('masks', { keyPath: 'maskId' });
        db.createObjectStore('assets', { keyPath: 'id' });
      }
      if (oldVersion < 2) db.createObjectStore('submissions', { keyPath: 'requestUuid' });
    },
  });
  // Another tab upgrading the schema must not be blocked by this one.
  database.addEventListener('versionchange', () => database.close());
  return database;
}

/** Raw records, unvalidated: decodeSavedWork decides whether they are usable. */
export async function readSavedWork(db: WorkDatabase): Promise<{ work: unknown; masks: unknown[]; assets: unknown[] }> {
  const tx = db.transaction(STORES, 'readonly');
  const [work, masks, assets] = await Promise.all([
    tx.objectStore('work').get(WORK_KEY),
    tx.objectStore('masks').getAll(),
    tx.objectStore('assets').getAll(),
  ]);
  await tx.done;
  return { work, masks, assets };
}

export interface WorkChanges {
  work: SavedWorkRecord;
  putMasks: SavedMaskRecord[];
  deleteMasks: string[];
  putAssets: SavedAssetRecord[];
  deleteAssets: string[];
}

/**
 * One transaction, so the saved state is always a consistent whole. Every request is issued
 * synchronously, before the first await: a save started on `pagehide` reaches IndexedDB
 * before the page goes away.
 */
export function writeWorkChanges(db: WorkDatabase, changes: WorkChanges): Promise<unknown> {
  const tx = db.transaction(STORES, 'readwrite');
  const masks = tx.objectStore('masks');
  const assets = tx.objectStore('assets');
  const requests: Promise<unknown>[] = [
    ...changes.putMasks.map((record) => masks.put(record)),
    ...changes.deleteMasks.map((maskId) => masks.delete(maskId)),
    ...changes.putAssets.map((record) => assets.put(record)),
    ...changes.deleteAssets.map((assetId) => assets.delete(assetId)),
    tx.objectStore('work').put(changes.work, WORK_KEY),
  ];
  // Commit now rather than when the event loop comes back: a save issued on pagehide lands.
  tx.commit();
  return Promise.all([...requests, tx.done]);
}

/** New document: the work goes; submissions on their way stay (their tasks are still wanted). */
export async function clearSavedWork(db: WorkDatabase): Promise<void> {
  const tx = db.transaction(STORES, 'readwrite');
  await Promise.all([...STORES.map((store) => tx.objectStore(store).clear()), tx.done]);
}
