import type { Database } from 'better-sqlite3';
import type { ArchivedFile, ArchivedTask, SavedFile } from './archiveTypes';

interface TaskRow {
  task_uid: string;
  action: string;
  params: string;
  request_uuid: string | null;
  mode: 'picpik' | 'local';
  status: string;
  seed: number | null;
  error_code: number | null;
  error_message: string | null;
  created_at: number;
  finished_at: number | null;
  attempts: number;
}

interface FileRow {
  hash: string;
  ext: string;
  mime: string;
  bytes: number;
  source_url: string | null;
}

export function fileUrl(hash: string, ext: string): string {
  return `/files/${hash}.${ext}`;
}

function savedFile(row: FileRow): SavedFile {
  return { hash: row.hash, url: fileUrl(row.hash, row.ext), bytes: row.bytes, mime: row.mime };
}

/** Reads tasks with their result and input files; newest first is created_at, then insertion order. */
export function createTaskReader(db: Database) {
  const NEWEST_FIRST = 'ORDER BY created_at DESC, rowid DESC';
  const byUid = db.prepare<[string], TaskRow>('SELECT * FROM tasks WHERE task_uid = ?');
  const byRequestUuid = db.prepare<[string], TaskRow>(`SELECT * FROM tasks WHERE request_uuid = ? ${NEWEST_FIRST} LIMIT 1`);
  const page = db.prepare<[number, number], TaskRow>(`SELECT * FROM tasks ${NEWEST_FIRST} LIMIT ? OFFSET ?`);
  const count = db.prepare<[], { total: number }>('SELECT COUNT(*) AS total FROM tasks');
  const images = db.prepare<[string], FileRow>(
    `SELECT t.hash, f.ext, f.mime, t.bytes, t.source_url FROM task_files t JOIN files f ON f.hash = t.hash
     WHERE t.task_uid = ? ORDER BY t.position`,
  );
  const inputs = db.prepare<[string], FileRow>(
    `SELECT t.hash, f.ext, t.mime, t.bytes, NULL AS source_url FROM task_inputs t JOIN files f ON f.hash = t.hash
     WHERE t.task_uid = ? ORDER BY t.position`,
  );

  const toTask = (row: TaskRow): ArchivedTask => ({
    taskUid: row.task_uid,
    action: row.action,
    params: JSON.parse(row.params) as Record<string, unknown>,
    requestUuid: row.request_uuid,
    mode: row.mode,
    status: row.status,
    seed: row.seed,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    attempts: row.attempts,
    images: images.all(row.task_uid).map((file): ArchivedFile => ({ ...savedFile(file), sourceUrl: file.source_url })),
    inputs: inputs.all(row.task_uid).map(savedFile),
  });

  return {
    get(taskUid: string): ArchivedTask | null {
      const row = byUid.get(taskUid);
      return row ? toTask(row) : null;
    },
    byRequestUuid(requestUuid: string): ArchivedTask | null {
      const row = byRequestUuid.get(requestUuid);
      return row ? toTask(row) : null;
    },
    page(pageNumber: number, pageSize: number) {
      return { items: page.all(pageSize, (pageNumber - 1) * pageSize).map(toTask), total: count.get()!.total };
    },
  };
}
