import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { relativeFilePath, type ImageExt } from '../imageFiles';
import { inTransaction } from './pool';

export interface ImportReport {
  files: number;
  blobs: number;
  missingBlobs: number;
  tasks: number;
  tasksAlreadyThere: number;
  requestUuids: number;
  queued: number;
  designers: number;
}

type Row = Record<string, unknown>;

const hasTable = (db: Database.Database, table: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;

/** Rows of a table of the embedded archive, in its insertion order; [] when that schema has no such table. */
function rowsOf(db: Database.Database, table: string): Row[] {
  return hasTable(db, table) ? db.prepare<[], Row>(`SELECT * FROM ${table} ORDER BY rowid`).all() : [];
}

/**
 * One-shot upgrade from an embedded DATA_DIR to a team database: every file (bytes into the blob
 * table), task, input, result, request_uuid, designer, and the unfinished local tasks (queued, so
 * a team server runs them). Rows already in the database are kept as they are, so running it
 * twice imports nothing twice. The embedded archive is only read.
 */
export async function importDataDir(pool: pg.Pool, dataDir: string, log: (line: string) => void = () => {}): Promise<ImportReport> {
  const path = join(dataDir, 'archive.sqlite');
  if (!existsSync(path)) throw new Error(`No embedded archive at ${path}: point DATA_DIR (or --from) at the studio's data folder`);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const report: ImportReport = { files: 0, blobs: 0, missingBlobs: 0, tasks: 0, tasksAlreadyThere: 0, requestUuids: 0, queued: 0, designers: 0 };
  try {
    const files = rowsOf(db, 'files');
    for (const file of files) {
      const { hash, ext, mime, bytes, created_at: createdAt } = file as { hash: string; ext: ImageExt; mime: string; bytes: number; created_at: number };
      const blobPath = join(dataDir, relativeFilePath(hash, ext));
      // Bytes before the row, as the studio writes them; a file lost from disk keeps its row, as in the source.
      if (existsSync(blobPath)) {
        const stored = await pool.query('INSERT INTO blobs (hash, ext, data) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [hash, ext, readFileSync(blobPath)]);
        report.blobs += stored.rowCount ?? 0;
      } else {
        report.missingBlobs++;
      }
      const inserted = await pool.query('INSERT INTO files (hash, ext, mime, bytes, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING', [hash, ext, mime, bytes, createdAt]);
      report.files += inserted.rowCount ?? 0;
      if (report.files % 500 === 0 && report.files > 0) log(`  ${report.files} of ${files.length} files…`);
    }

    const tasks = rowsOf(db, 'tasks');
    const filesOf = groupByTask(rowsOf(db, 'task_files'));
    const inputsOf = groupByTask(rowsOf(db, 'task_inputs'));
    const queueRows = new Map(rowsOf(db, 'local_queue').map((row) => [row.task_uid as string, row]));
    const hasQueueTable = hasTable(db, 'local_queue');
    for (const task of tasks) {
      const uid = task.task_uid as string;
      const added = await inTransaction(pool, async (client) => {
        const inserted = await client.query(
          `INSERT INTO tasks (task_uid, action, params, request_uuid, mode, status, seed, error_code, error_message, designer, credits, attempts, created_at, finished_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (task_uid) DO NOTHING`,
          [uid, task.action, task.params, task.request_uuid, task.mode, task.status, task.seed, task.error_code, task.error_message, task.designer ?? null, task.credits ?? null, task.attempts ?? 0, task.created_at, task.finished_at],
        );
        if (inserted.rowCount === 0) return false;
        for (const row of filesOf.get(uid) ?? []) {
          await client.query('INSERT INTO task_files (task_uid, position, hash, source_url, bytes) VALUES ($1, $2, $3, $4, $5)', [uid, row.position, row.hash, row.source_url, row.bytes]);
        }
        for (const row of inputsOf.get(uid) ?? []) {
          await client.query('INSERT INTO task_inputs (task_uid, position, hash, mime, bytes) VALUES ($1, $2, $3, $4, $5)', [uid, row.position, row.hash, row.mime, row.bytes]);
        }
        // Schema 1 had no queue: its unfinished local tasks are the ones a restart would have resumed.
        const queued = hasQueueTable ? queueRows.has(uid) : task.mode === 'local' && task.finished_at === null;
        if (queued) {
          await client.query('INSERT INTO local_queue (task_uid, queued_at) VALUES ($1, $2)', [uid, task.created_at]);
          report.queued++;
        }
        return true;
      });
      if (added) report.tasks++;
      else report.tasksAlreadyThere++;
    }

    report.requestUuids = await importClaims(pool, db, tasks);
    for (const designer of rowsOf(db, 'designers')) {
      const inserted = await pool.query('INSERT INTO designers (name, token_hash, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [designer.name, designer.token_hash, designer.created_at]);
      report.designers += inserted.rowCount ?? 0;
    }
  } finally {
    db.close();
  }
  return report;
}

function groupByTask(rows: Row[]): Map<string, Row[]> {
  const grouped = new Map<string, Row[]>();
  for (const row of rows) grouped.set(row.task_uid as string, [...(grouped.get(row.task_uid as string) ?? []), row]);
  return grouped;
}

/** Settled idempotency records (schema 2), or the newest task per request_uuid (schema 1). */
async function importClaims(pool: pg.Pool, db: Database.Database, tasks: Row[]): Promise<number> {
  const claims = hasTable(db, 'request_claims') ? rowsOf(db, 'request_claims').filter((claim) => claim.task_uid !== null) : newestPerUuid(tasks);
  let imported = 0;
  for (const claim of claims) {
    const inserted = await pool.query(
      'INSERT INTO request_claims (mode, request_uuid, fingerprint, task_uid, claimed_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
      [claim.mode, claim.request_uuid, claim.fingerprint ?? null, claim.task_uid, claim.claimed_at],
    );
    imported += inserted.rowCount ?? 0;
  }
  return imported;
}

function newestPerUuid(tasks: Row[]): Row[] {
  const newest = new Map<string, Row>();
  for (const task of tasks) {
    if (task.request_uuid === null) continue;
    const key = `${String(task.mode)}\n${String(task.request_uuid)}`;
    const known = newest.get(key);
    if (!known || (task.created_at as number) >= (known.created_at as number)) newest.set(key, task);
  }
  return [...newest.values()].map((task) => ({ mode: task.mode, request_uuid: task.request_uuid, task_uid: task.task_uid, claimed_at: task.created_at }));
}
