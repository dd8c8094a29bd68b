import type Database from 'better-sqlite3';
import type { FileInfo, NewTask, TaskOutcome } from '../records';
import type { TaskIndex } from '../taskIndex';
import { createSqliteCoordination } from './sqliteCoordination';
import { openSqliteDatabase } from './sqliteOpen';
import { createSqliteTaskReader } from './sqliteTasks';

export interface SqliteIndexOptions {
  /** Clock for leases and claims, in Unix milliseconds; tests pin it. */
  now?: () => number;
  /** Largest database size in pages (SQLite max_page_count); tests use it to fill the "disk". */
  maxPageCount?: number;
}

/**
 * The task index in `dataDir/archive.sqlite` (WAL). One studio process per DATA_DIR: leases
 * found at open belong to a process that stopped, so its tasks go straight back on the queue.
 * better-sqlite3 is synchronous; the async interface is for PostgreSQL's sake.
 */
export function openSqliteIndex(dataDir: string, options: SqliteIndexOptions = {}): TaskIndex & { readonly db: Database.Database } {
  const now = options.now ?? Date.now;
  const db = openSqliteDatabase(dataDir, options);
  // A lease still held here was not released by a graceful stop: that process crashed.
  db.prepare('UPDATE local_queue SET owner = NULL, lease_until = NULL, started = 0 WHERE owner IS NOT NULL').run();

  const fileByHash = db.prepare<[string], Omit<FileInfo, 'hash'>>('SELECT ext, mime, bytes FROM files WHERE hash = ?');
  const insertFile = db.prepare('INSERT OR IGNORE INTO files (hash, ext, mime, bytes, created_at) VALUES (?, ?, ?, ?, ?)');
  const upsertTask = db.prepare(
    `INSERT INTO tasks (task_uid, action, params, request_uuid, mode, status, seed, designer, created_at) VALUES (?, ?, ?, ?, ?, 'Submitted', ?, ?, ?)
     ON CONFLICT (task_uid) DO UPDATE SET action = excluded.action, params = excluded.params, request_uuid = excluded.request_uuid,
       mode = excluded.mode, seed = COALESCE(excluded.seed, seed), designer = COALESCE(excluded.designer, designer)`,
  );
  const insertInput = db.prepare('INSERT OR REPLACE INTO task_inputs (task_uid, position, hash, mime, bytes) VALUES (?, ?, ?, ?, ?)');
  const enqueue = db.prepare('INSERT OR IGNORE INTO local_queue (task_uid, queued_at) VALUES (?, ?)');
  const queueOwner = db.prepare<[string], { owner: string | null }>('SELECT owner FROM local_queue WHERE task_uid = ?');
  const finishTask = db.prepare(
    'UPDATE tasks SET status = ?, seed = ?, error_code = ?, error_message = ?, credits = ?, finished_at = ? WHERE task_uid = ?',
  );
  const clearTaskFiles = db.prepare('DELETE FROM task_files WHERE task_uid = ?');
  const insertTaskFile = db.prepare('INSERT INTO task_files (task_uid, position, hash, source_url, bytes) VALUES (?, ?, ?, ?, ?)');
  const dequeue = db.prepare('DELETE FROM local_queue WHERE task_uid = ?');
  const unfinished = db.prepare<[string, number], { task_uid: string }>(
    'SELECT task_uid FROM tasks WHERE mode = ? AND finished_at IS NULL AND created_at >= ? ORDER BY created_at, rowid',
  );
  const tasks = createSqliteTaskReader(db);

  const record = db.transaction((task: NewTask) => {
    upsertTask.run(task.taskUid, task.action, JSON.stringify(task.params), task.requestUuid, task.mode, task.seed, task.designer, task.createdAt);
    task.inputs.forEach((file, position) => insertInput.run(task.taskUid, position, file.hash, file.mime, file.bytes));
    if (task.enqueue) enqueue.run(task.taskUid, task.createdAt);
  });

  const complete = db.transaction((taskUid: string, outcome: TaskOutcome, finishedAt: number, owner?: string): boolean => {
    if (owner !== undefined && queueOwner.get(taskUid)?.owner !== owner) return false;
    const { status, seed, errorCode, errorMessage, credits } = outcome;
    if (finishTask.run(status, seed, errorCode ?? null, errorMessage ?? null, credits ?? null, finishedAt, taskUid).changes === 0) return false;
    clearTaskFiles.run(taskUid);
    outcome.files.forEach((file, position) => insertTaskFile.run(taskUid, position, file.hash, file.sourceUrl ?? null, file.bytes));
    dequeue.run(taskUid);
    return true;
  });

  return {
    kind: 'sqlite',
    db,
    async fileInfo(hash) {
      const row = fileByHash.get(hash);
      return row ? { hash, ...row } : null;
    },
    async recordFile(file) {
      insertFile.run(file.hash, file.ext, file.mime, file.bytes, now());
    },
    recordTask: async (task) => record(task),
    completeTask: async (taskUid, outcome, finishedAt, owner) => complete(taskUid, outcome, finishedAt, owner),
    async getTasks(taskUids) {
      const found = new Map<string, NonNullable<ReturnType<typeof tasks.get>>>();
      for (const uid of taskUids) {
        const task = found.has(uid) ? null : tasks.get(uid);
        if (task) found.set(uid, task);
      }
      return found;
    },
    findByRequestUuid: async (requestUuid) => tasks.byRequestUuid(requestUuid),
    unfinishedTaskUids: async (mode, since) => unfinished.all(mode, since).map((row) => row.task_uid),
    listHistory: async ({ page, pageSize, designer }) => tasks.page(page, pageSize, designer),
    usage: async ({ since, until }) => tasks.usage(since, until),
    ...createSqliteCoordination(db, now, complete),
    close: async () => void db.close(),
  };
}
