import { useSyncExternalStore } from 'react';
import { viewport } from '../canvas/viewport/viewport';
import { applyWork, registerAssets } from './applyWork';
import { Autosaver } from './autosave';
import { describeStorageError, setAutosaveStatus } from './autosaveStatus';
import { restoreUnsavedToFile } from './fileSaveState';
import { decodeSavedWork } from './savedWorkRecords';
import { clearSavedWork, openWorkDatabase, readSavedWork, type WorkDatabase } from './workDatabase';

/** Startup: the autosaved work is put back before the studio is shown, then autosave starts. */
export type RestorePhase = { phase: 'restoring' } | { phase: 'ready'; notice: string | null };

let phase: RestorePhase = { phase: 'restoring' };
let started = false;
let autosaver: Autosaver | null = null;
let database: WorkDatabase | null = null;
const listeners = new Set<() => void>();

function setPhase(next: RestorePhase): void {
  phase = next;
  for (const listener of listeners) listener();
}

export function useRestorePhase(): RestorePhase {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => phase,
  );
}

/** The running autosave (null when the browser offers no IndexedDB). */
export const currentAutosaver = (): Autosaver | null => autosaver;

/** The autosave database once open (null before, or when the browser offers no IndexedDB). */
export const currentWorkDatabase = (): WorkDatabase | null => database;

export function dismissRestoreNotice(): void {
  if (phase.phase === 'ready' && phase.notice) setPhase({ phase: 'ready', notice: null });
}

/** Idempotent (StrictMode mounts twice); the gate calls it. */
export function beginRestore(): void {
  if (started) return;
  started = true;
  void restore().then((notice) => setPhase({ phase: 'ready', notice }));
}

type RestoreOutcome =
  | { restored: { maskRevisions: Record<string, number>; assetIds: string[] } | null }
  | { notice: string };

async function restore(): Promise<string | null> {
  let db: WorkDatabase;
  try {
    db = await openWorkDatabase();
  } catch (error) {
    setAutosaveStatus({ state: 'unavailable', message: describeStorageError(error) });
    return `Autosave is off: ${describeStorageError(error)}. Use Save project to keep your work.`;
  }
  const outcome = await restoreInto(db);
  database = db;
  autosaver = new Autosaver(db);
  if ('restored' in outcome && outcome.restored) autosaver.markWritten(outcome.restored.maskRevisions, outcome.restored.assetIds);
  autosaver.start();
  return 'notice' in outcome ? outcome.notice : null;
}

/** Applies the saved work, or explains why it cannot be used (and clears it, so the next save starts clean). */
async function restoreInto(db: WorkDatabase): Promise<RestoreOutcome> {
  let problem: string;
  try {
    const raw = await readSavedWork(db);
    const decoded = decodeSavedWork(raw.work, raw.masks, raw.assets);
    if (decoded.kind === 'none') return { restored: null };
    if (decoded.kind === 'work') {
      const { content } = decoded;
      try {
        await registerAssets(content.assets, content);
        // The result viewer stays closed: it would sit over the canvas and swallow the first strokes.
        applyWork({ ...content, selectedResult: null }, { exactRevisions: true });
        restoreUnsavedToFile(decoded.unsavedToFile);
        viewport.fitDocument();
        const maskRevisions = Object.fromEntries(Object.keys(content.masks).map((id) => [id, content.document.masks[id]?.revision ?? -1]));
        return { restored: { maskRevisions, assetIds: Object.keys(content.assets) } };
      } catch (error) {
        problem = `an image in it does not open (${(error as Error).message})`;
      }
    } else {
      problem = decoded.reason;
    }
  } catch (error) {
    problem = `it could not be read (${describeStorageError(error)})`;
  }
  await clearSavedWork(db).catch(() => undefined);
  return { notice: `Your autosaved work could not be restored because ${problem}. The studio started with a new document.` };
}
