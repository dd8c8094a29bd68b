import { archivedParams, decodeImageText, imageRefOf } from './requestParams';
import type { BlobStore } from './blobStore';
import { IMAGE_TYPES, extForMime, sha256Hex, sniffImageExt, type ImageExt } from './imageFiles';
import { fileUrl, type ArchivedTask, type HistoryPage, type HistoryQuery, type SavedFile, type TaskMode, type TaskOutcome } from './records';
import type { TaskIndex } from './taskIndex';

/** What a caller knows when a task starts (the PICPIK answer or the engine gave the TaskUID). */
export interface Submission {
  taskUid: string;
  action: string;
  /** The request as sent; image bodies and credentials are stripped before storing. */
  request: Record<string, unknown>;
  mode: TaskMode;
  requestUuid?: string | undefined;
  /** The seed already chosen for the task (the local engine resolves Seed -1 at submit). */
  seed?: number | undefined;
  designer?: string | null | undefined;
  /** From saveInputImages, in inputImagesOf order. */
  inputs?: readonly SavedFile[] | undefined;
  /** Put it on the local engine's queue, atomically with the record. */
  enqueue?: boolean | undefined;
}

export interface StoredImage {
  mime: string;
  ext: ImageExt;
  size: number;
  body: ReadableStream<Uint8Array>;
}

/** The results archive: images in the blob store by content hash, tasks in the index. */
export interface Archive {
  /** Where it is, for people: the DATA_DIR, or the database (password hidden). */
  readonly location: string;
  readonly index: TaskIndex;
  readonly blobs: BlobStore;
  /** Stores PNG/JPEG/WEBP bytes once per content hash; the type is sniffed, `mime` is the fallback. */
  saveImage(bytes: Uint8Array, mime?: string): Promise<SavedFile>;
  /** Stores input images (data URIs or bare base64) in order; skips types the archive does not serve. */
  saveInputImages(images: readonly string[]): Promise<SavedFile[]>;
  recordSubmission(submission: Submission): Promise<void>;
  /** See TaskRows.completeTask. */
  completeTask(taskUid: string, outcome: TaskOutcome, owner?: string): Promise<boolean>;
  getTask(taskUid: string): Promise<ArchivedTask | null>;
  getTasks(taskUids: readonly string[]): Promise<Map<string, ArchivedTask>>;
  findByRequestUuid(requestUuid: string): Promise<ArchivedTask | null>;
  unfinishedTaskUids(mode: TaskMode, since: number): Promise<string[]>;
  listHistory(query: HistoryQuery): Promise<HistoryPage>;
  /** An archived file for serving, or null (unknown name, or the blob is missing). */
  openFile(hash: string): Promise<StoredImage | null>;
  /** An archived file's bytes, e.g. to rebuild a request from its inputs. */
  readImage(hash: string): Promise<{ mime: string; bytes: Uint8Array } | null>;
  close(): Promise<void>;
}

export class UnsupportedImageError extends Error {}

const HASH = /^[0-9a-f]{64}$/;

export interface ArchiveOptions {
  /** Clock in Unix milliseconds for created/finished times; tests pin it. */
  now?: () => number;
}

export function createArchive(location: string, index: TaskIndex, blobs: BlobStore, options: ArchiveOptions = {}): Archive {
  const now = options.now ?? Date.now;

  async function saveImage(bytes: Uint8Array, mime?: string): Promise<SavedFile> {
    const hash = sha256Hex(bytes);
    const known = await index.fileInfo(hash);
    const ext = known?.ext ?? sniffImageExt(bytes) ?? extForMime(mime);
    if (!ext) throw new UnsupportedImageError(`Not a PNG, JPEG or WEBP image (declared type: ${mime ?? 'none'})`);
    // Bytes first, then the row: a row never names a blob that is not there.
    await blobs.put({ hash, ext }, bytes);
    if (!known) await index.recordFile({ hash, ext, mime: IMAGE_TYPES[ext], bytes: bytes.length });
    return { hash, url: fileUrl(hash, ext), bytes: bytes.length, mime: IMAGE_TYPES[ext] };
  }

  async function saveInputImage(text: string): Promise<SavedFile | null> {
    // An image sent before (the usual case while iterating) is found by hash, without decoding it again.
    const { Hash: hash } = imageRefOf(text);
    const known = await index.fileInfo(hash);
    if (known && (await blobs.has({ hash, ext: known.ext }))) return { hash, url: fileUrl(hash, known.ext), bytes: known.bytes, mime: known.mime };
    const { bytes, mime } = decodeImageText(text);
    try {
      return await saveImage(bytes, mime);
    } catch (error) {
      // An input of a type the archive does not serve is left out; the task itself is kept.
      if (error instanceof UnsupportedImageError) return null;
      throw error;
    }
  }

  async function getTask(taskUid: string) {
    return (await index.getTasks([taskUid])).get(taskUid) ?? null;
  }

  async function fileOf(hash: string) {
    return HASH.test(hash) ? index.fileInfo(hash) : null;
  }

  return {
    location,
    index,
    blobs,
    saveImage,
    async saveInputImages(images) {
      const saved: SavedFile[] = [];
      for (const text of images) {
        const file = await saveInputImage(text);
        if (file) saved.push(file);
      }
      return saved;
    },
    async recordSubmission(submission) {
      await index.recordTask({
        taskUid: submission.taskUid,
        action: submission.action,
        params: archivedParams(submission.request),
        requestUuid: submission.requestUuid ?? null,
        mode: submission.mode,
        seed: submission.seed ?? null,
        designer: submission.designer ?? null,
        createdAt: now(),
        inputs: submission.inputs ?? [],
        enqueue: submission.enqueue ?? false,
      });
    },
    completeTask: (taskUid, outcome, owner) => index.completeTask(taskUid, outcome, now(), owner),
    getTask,
    getTasks: (taskUids) => index.getTasks(taskUids),
    findByRequestUuid: (requestUuid) => index.findByRequestUuid(requestUuid),
    unfinishedTaskUids: (mode, since) => index.unfinishedTaskUids(mode, since),
    listHistory: (query) => index.listHistory(query),
    async openFile(hash) {
      const file = await fileOf(hash);
      const blob = file && (await blobs.open({ hash, ext: file.ext }));
      return file && blob ? { mime: file.mime, ext: file.ext, size: blob.size, body: blob.body } : null;
    },
    async readImage(hash) {
      const file = await fileOf(hash);
      const bytes = file && (await blobs.get({ hash, ext: file.ext }));
      return file && bytes ? { mime: file.mime, bytes } : null;
    },
    async close() {
      await blobs.close();
      await index.close();
    },
  };
}
