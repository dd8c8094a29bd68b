import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ArchiveOpenError, classifyStorageError } from '../storageErrors';
import { migrateSqlite } from './sqliteSchema';

const sizeOf = (path: string) => (existsSync(path) ? statSync(path).size : null);

/** True when `files/` holds at least one stored image (files/ab/<hash>.<ext>). */
function holdsImages(filesDir: string): boolean {
  if (!existsSync(filesDir)) return false;
  return readdirSync(filesDir, { withFileTypes: true }).some((entry) => entry.isDirectory() && readdirSync(join(filesDir, entry.name)).length > 0);
}

/**
 * A missing or empty index next to stored images means the index was lost (a truncated copy,
 * a failed restore): starting would silently show an empty history over existing work.
 */
function refuseLostIndex(file: string, filesDir: string): void {
  const size = sizeOf(file);
  if (size !== null && size > 0) return;
  const walBytes = sizeOf(`${file}-wal`) ?? 0;
  if (!holdsImages(filesDir) && walBytes === 0) return;
  const state = size === null ? 'is missing' : 'is empty (0 bytes)';
  const found = walBytes > 0 ? `its write-ahead log ${file}-wal is not` : `${filesDir} holds archived images`;
  throw new ArchiveOpenError(
    `The results archive ${file} ${state} but ${found}: the task index was lost. Restore archive.sqlite from a backup, or move ${filesDir} (and any archive.sqlite-wal) away to start a new, empty archive.`,
  );
}

/** Refuses a database whose pages are damaged before anything is read from or written to it. */
function checkIntegrity(db: Database.Database, file: string): void {
  const verdict = db.pragma('quick_check(1)', { simple: true });
  if (verdict !== 'ok') throw damaged(file, String(verdict));
}

function damaged(file: string, detail: string): ArchiveOpenError {
  // quick_check reports over several lines; the message stays one.
  return new ArchiveOpenError(
    `The results archive ${file} is damaged (${detail.replace(/\s+/g, ' ').trim()}). Stop the studio, move that file away and restore it from a backup, or rebuild it with: sqlite3 "${file}" .recover | sqlite3 recovered.sqlite. The image files are not affected.`,
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Any failure while opening or upgrading the archive, as one line naming the file and what to do. */
function openFailure(error: unknown, file: string): ArchiveOpenError {
  if (error instanceof ArchiveOpenError) return error;
  const failure = classifyStorageError(error);
  const message = (error as Error).message;
  if (failure?.lasting) return damaged(file, `${message}, ${failure.problem}`);
  if (failure) return new ArchiveOpenError(`Cannot open the results archive ${file}: ${failure.problem}. ${capitalise(failure.advice)}, then start the studio again.`, { cause: error });
  return new ArchiveOpenError(`Cannot open the results archive ${file}: ${message.replace(/\s+/g, ' ')}`, { cause: error });
}

/**
 * Opens, checks and upgrades `dataDir/archive.sqlite`. Refuses (ArchiveOpenError, one line naming
 * the file and what to do) a damaged database, a full disk, and an empty index over stored images.
 */
export function openSqliteDatabase(dataDir: string, options: { maxPageCount?: number } = {}): Database.Database {
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
    migrateSqlite(db);
    return db;
  } catch (error) {
    db?.close();
    throw openFailure(error, file);
  }
}
