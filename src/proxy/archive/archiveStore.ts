import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { checkIntegrity, openFailure, refuseLostIndex } from './archiveOpen';
import { migrateArchive } from './archiveSchema';
import { UnsupportedImageError, type Archive, type SavedFile } from './archiveTypes';
import { IMAGE_TYPES, extForMime, relativeFilePath, sha256Hex, sniffImageExt, writeFileAtomically, type ImageExt } from './imageFiles';
import { archivedParams, decodeImageText, imageRefOf } from './requestParams';
import { createTaskReader, fileUrl } from './taskRows';

export interface ArchiveOptions {
  /** Clock in Unix milliseconds; tests pin it. */
  now?: () => number;
  /** Largest database size in pages (SQLite max_page_count); tests use it to fill the "disk". */
  maxPageCount?: number;
}

const HASH = /^[0-9a-f]{64}$/;

/**
 * Opens (or creates) the results archive in `dataDir`: `archive.sqlite` (WAL) indexes tasks,
 * `files/ab/<hash>.<ext>` holds each distinct image once. The API is synchronous: SQLite is
 * local and fast, and one writer (this process) keeps the order of events simple.
 */
export function openArchive(dataDir: string, options: ArchiveOptions = {}): Archive {
  const now = options.now ?? Date.now;
  const db = openDatabase(dataDir, options);

  const fileByHash = db.prepare<[string], { ext: ImageExt; mime: string; bytes: number }>('SELECT ext, mime, bytes FROM files WHERE hash = ?');
  const insertFile = db.prepare('INSERT OR IGNORE INTO files (hash, ext, mime, bytes, created_at) VALUES (?, ?, ?, ?, ?)');
  const upsertTask = db.prepare(
    `INSERT INTO tasks (task_uid, action, params, request_uuid, mode, status, seed, created_at) VALUES (?, ?, ?, ?, ?, 'Submitted', ?, ?)
     ON CONFLICT (task_uid) DO UPDATE SET action = excluded.action, params = excluded.params,
       request_uuid = excluded.request_uuid, mode = excluded.mode, seed = COALESCE(excluded.seed, seed)`,
  );
  const insertInput = db.prepare('INSERT OR REPLACE INTO task_inputs (task_uid, position, hash, mime, bytes) VALUES (?, ?, ?, ?, ?)');
  const finishTask = db.prepare(
    'UPDATE tasks SET status = ?, seed = ?, error_code = ?, error_message = ?, finished_at = ? WHERE task_uid = ?',
  );
  const clearTaskFiles = db.prepare('DELETE FROM task_files WHERE task_uid = ?');
  const insertTaskFile = db.prepare('INSERT INTO task_files (task_uid, position, hash, source_url, bytes) VALUES (?, ?, ?, ?, ?)');
  const unfinished = db.prepare<[string, number], { task_uid: string }>(
    'SELECT task_uid FROM tasks WHERE mode = ? AND finished_at IS NULL AND created_at >= ? ORDER BY created_at, rowid',
  );
  const addAttempt = db.prepare<[string], { attempts: number }>('UPDATE tasks SET attempts = attempts + 1 WHERE task_uid = ? RETURNING attempts');
  const takeBackAttempt = db.prepare('UPDATE tasks SET attempts = MAX(attempts - 1, 0) WHERE task_uid = ?');
  const tasks = createTaskReader(db);

  function saveImage(bytes: Uint8Array, mime?: string): SavedFile {
    const hash = sha256Hex(bytes);
    const known = fileByHash.get(hash);
    const ext = known?.ext ?? sniffImageExt(bytes) ?? extForMime(mime);
    if (!ext) throw new UnsupportedImageError(`Not a PNG, JPEG or WEBP image (declared type: ${mime ?? 'none'})`);
    const path = join(dataDir, relativeFilePath(hash, ext));
    if (!existsSync(path)) writeFileAtomically(path, bytes);
    insertFile.run(hash, ext, IMAGE_TYPES[ext], bytes.length, now());
    return { hash, url: fileUrl(hash, ext), bytes: bytes.length, mime: IMAGE_TYPES[ext] };
  }

  function saveImageText(text: string): SavedFile {
    const { bytes, mime } = decodeImageText(text);
    return saveImage(bytes, mime);
  }

  const completeInTransaction = db.transaction((taskUid: string, outcome: Parameters<Archive['completeTask']>[1]) => {
    const changed = finishTask.run(outcome.status, outcome.seed, outcome.errorCode ?? null, outcome.errorMessage ?? null, now(), taskUid).changes;
    if (changed === 0) throw new Error(`Task ${taskUid} is not in the archive: call recordSubmission first`);
    clearTaskFiles.run(taskUid);
    outcome.files.forEach((file, position) => insertTaskFile.run(taskUid, position, file.hash, file.sourceUrl ?? null, file.bytes));
  });

  return {
    dataDir,
    recordSubmission({ taskUid, action, request, mode, requestUuid, seed }) {
      upsertTask.run(taskUid, action, JSON.stringify(archivedParams(request)), requestUuid ?? null, mode, seed ?? null, now());
    },
    saveInputImages(taskUid, images) {
      const saved: SavedFile[] = [];
      images.forEach((text, position) => {
        // An image sent before (the usual case while iterating) is found by hash, without decoding it again.
        const { Hash: hash } = imageRefOf(text);
        const known = fileByHash.get(hash);
        const existing = known && existsSync(join(dataDir, relativeFilePath(hash, known.ext)));
        try {
          const file = existing ? { hash, url: fileUrl(hash, known.ext), bytes: known.bytes, mime: known.mime } : saveImageText(text);
          insertInput.run(taskUid, position, file.hash, file.mime, file.bytes);
          saved.push(file);
        } catch (error) {
          // An input of a type the archive does not serve is left out; the task itself is kept.
          if (!(error instanceof UnsupportedImageError)) throw error;
        }
      });
      return saved;
    },
    findByRequestUuid: (requestUuid) => tasks.byRequestUuid(requestUuid),
    saveImage,
    completeTask: (taskUid, outcome) => completeInTransaction(taskUid, outcome),
    getTask: (taskUid) => tasks.get(taskUid),
    recordAttempt(taskUid) {
      const row = addAttempt.get(taskUid);
      if (!row) throw new Error(`Task ${taskUid} is not in the archive: call recordSubmission first`);
      return row.attempts;
    },
    releaseAttempt: (taskUid) => void takeBackAttempt.run(taskUid),
    unfinishedTaskUids: (mode, since) => unfinished.all(mode, since).map((row) => row.task_uid),
    listHistory: ({ page, pageSize }) => tasks.page(page, pageSize),
    readFile(hash) {
      if (!HASH.test(hash)) return null;
      const row = fileByHash.get(hash);
      if (!row) return null;
      const path = join(dataDir, relativeFilePath(hash, row.ext));
      return existsSync(path) ? { path, mime: row.mime, ext: row.ext } : null;
    },
    close: () => db.close(),
  };
}

/**
 * Opens, checks and upgrades `archive.sqlite`. Refuses (ArchiveOpenError, one line naming the
 * file and what to do) a damaged database, a full disk, and an empty index over stored images.
 */
function openDatabase(dataDir: string, options: ArchiveOptions): Database.Database {
  const file = join(dataDir, 'archive.sqlite');
  let db: Database.Database | undefined;
  try {
    refuseLostIndex(file, join(dataDir, 'files'));
    mkdirSync(join(dataDir, 'files'), { recursive: true });
    db = new Database(file);
    if (options.maxPageCount) db.pragma(`max_page_count = ${options.maxPageCount}`);
    checkIntegrity(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrateArchive(db);
    return db;
  } catch (error) {
    db?.close();
    throw openFailure(error, file);
  }
}
