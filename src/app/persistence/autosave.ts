import { isGestureInProgress } from '../canvas/history/studioHistory';
import { encodeMaskRaster } from '../canvas/rasters/maskRegistry';
import type { StudioState } from '../store/studioState';
import { useStudioStore } from '../store/studioStore';
import { describeStorageError, getAutosaveStatus, setAutosaveStatus } from './autosaveStatus';
import { dataUriToBlob } from './binaryText';
import { isUnsavedToFile, subscribeFileSaveState } from './fileSaveState';
import { assetSource, currentWork } from './readWork';
import { SAVED_WORK_VERSION, type SavedAssetRecord, type SavedMaskRecord } from './savedWorkRecords';
import { clearSavedWork, writeWorkChanges, type WorkChanges, type WorkDatabase } from './workDatabase';
import { referencedAssetIds, type StudioWork } from './workSchema';

export const AUTOSAVE_DELAY_MS = 800;

/** Images kept although the work no longer shows them (a Generate on its way still needs its inputs). */
let extraAssetIds: () => string[] = () => [];
export function keepAssetsReferencedBy(provider: () => string[]): void {
  extraAssetIds = provider;
}

type Written = StudioWork & { unsavedToFile: boolean };

const watchedChanged = (a: StudioState, b: StudioState) =>
  a.document !== b.document || a.params !== b.params || a.tasks !== b.tasks || a.selectedResult !== b.selectedResult || a.versionTree !== b.versionTree;

/**
 * Saves the work to IndexedDB 800 ms after the last change, and at once when the page is
 * hidden or left. Off the paint path: it only listens to store changes, reads a mask raster
 * only when its revision moved since the last save, and writes each (immutable) asset once.
 */
export class Autosaver {
  private readonly maskRevisions = new Map<string, number>();
  private readonly assetIds = new Set<string>();
  private written: Written | null = null;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  private queued = false;
  private readonly stops: (() => void)[] = [];

  constructor(private readonly db: WorkDatabase) {}

  /** What the database already holds (just restored), so it is not written again. */
  markWritten(maskRevisions: Record<string, number>, assetIds: Iterable<string>): void {
    for (const [maskId, revision] of Object.entries(maskRevisions)) this.maskRevisions.set(maskId, revision);
    for (const assetId of assetIds) this.assetIds.add(assetId);
    this.written = { ...currentWork(), unsavedToFile: isUnsavedToFile() };
  }

  start(): void {
    this.stops.push(useStudioStore.subscribe((state, previous) => watchedChanged(state, previous) && this.schedule()));
    this.stops.push(subscribeFileSaveState(() => this.schedule()));
    // Leaving: write at once, even while an earlier write is still under way (its
    // transaction commits first; this one lands right after, before the page goes).
    const flushNow = () => {
      clearTimeout(this.timer);
      void this.write();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flushNow();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushNow);
    this.stops.push(() => document.removeEventListener('visibilitychange', onVisibility));
    this.stops.push(() => window.removeEventListener('pagehide', flushNow));
    setAutosaveStatus(this.written ? { state: 'saved', at: Date.now() } : { state: 'pending' });
    if (!this.written) this.schedule();
  }

  stop(): void {
    clearTimeout(this.timer);
    for (const stop of this.stops.splice(0)) stop();
  }

  private schedule(): void {
    this.dirty = true;
    // Typing changes the store per key: the readout re-renders only when the state changes.
    if (getAutosaveStatus().state !== 'pending') setAutosaveStatus({ state: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.saveWhenIdle(), AUTOSAVE_DELAY_MS);
  }

  /** Reading a large raster takes tens of ms: never in the middle of a stroke or drag. */
  private saveWhenIdle(): void {
    if (isGestureInProgress()) this.timer = setTimeout(() => this.saveWhenIdle(), AUTOSAVE_DELAY_MS / 4);
    else void this.flush();
  }

  /** Saves now; a change that arrives meanwhile is saved right after. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlight) {
      this.queued = true;
      return this.inFlight;
    }
    this.inFlight = this.write().finally(() => {
      this.inFlight = null;
      if (this.queued) {
        this.queued = false;
        void this.flush();
      }
    });
    return this.inFlight;
  }

  /** Resolves once everything changed so far is written (or the write failed). */
  async saveNow(): Promise<void> {
    await this.flush();
    while (this.inFlight) await this.inFlight;
  }

  /** New document: the database is emptied and the fresh state is saved from scratch. */
  async reset(): Promise<void> {
    clearTimeout(this.timer);
    await this.inFlight;
    await clearSavedWork(this.db);
    this.maskRevisions.clear();
    this.assetIds.clear();
    this.written = null;
    this.schedule();
  }

  private async write(): Promise<void> {
    this.dirty = false;
    const next: Written = { ...currentWork(), unsavedToFile: isUnsavedToFile() };
    if (this.written && sameWork(next, this.written)) {
      setAutosaveStatus({ state: 'saved', at: Date.now() });
      return;
    }
    setAutosaveStatus({ state: 'saving' });
    try {
      const changes = this.collect(next);
      await writeWorkChanges(this.db, changes);
      for (const mask of changes.putMasks) this.maskRevisions.set(mask.maskId, mask.revision);
      for (const maskId of changes.deleteMasks) this.maskRevisions.delete(maskId);
      for (const asset of changes.putAssets) this.assetIds.add(asset.id);
      for (const assetId of changes.deleteAssets) this.assetIds.delete(assetId);
      this.written = next;
      setAutosaveStatus(this.dirty ? { state: 'pending' } : { state: 'saved', at: Date.now() });
    } catch (error) {
      setAutosaveStatus({ state: 'failed', message: describeStorageError(error) });
    }
  }

  /** Synchronous on purpose: see writeWorkChanges. */
  private collect(work: Written): WorkChanges {
    const putMasks: SavedMaskRecord[] = [];
    for (const [maskId, meta] of Object.entries(work.document.masks)) {
      if (this.maskRevisions.get(maskId) === meta.revision) continue;
      // Coded from the tiles: unpainted tiles are never read, so a large mask costs what is painted.
      const encoded = encodeMaskRaster(maskId);
      if (encoded) putMasks.push({ maskId, width: encoded.width, height: encoded.height, revision: meta.revision, alphaRle: encoded.alphaRle });
    }
    const referenced = [...new Set([...referencedAssetIds(work), ...extraAssetIds()])];
    const putAssets: SavedAssetRecord[] = [];
    for (const assetId of referenced) {
      if (this.assetIds.has(assetId)) continue;
      const asset = assetSource(assetId);
      if (!asset) throw new Error(`the image ${assetId} is no longer loaded`);
      const blob = typeof asset.source === 'string' ? dataUriToBlob(asset.source) : asset.source;
      putAssets.push({ id: assetId, name: asset.name, mimeType: asset.mimeType, blob });
    }
    return {
      work: { ...work, formatVersion: SAVED_WORK_VERSION, savedAt: Date.now() },
      putMasks,
      deleteMasks: [...this.maskRevisions.keys()].filter((maskId) => !work.document.masks[maskId]),
      putAssets,
      deleteAssets: [...this.assetIds].filter((assetId) => !referenced.includes(assetId)),
    };
  }
}

function sameWork(a: Written, b: Written): boolean {
  return a.document === b.document && a.params === b.params && a.tasks === b.tasks && a.selectedResult === b.selectedResult && a.versions === b.versions && a.unsavedToFile === b.unsavedToFile;
}
