import type { Database } from 'better-sqlite3';
import type { ImageExt } from '../imageFiles';
import { fileUrl, type ArchivedFile, type ArchivedTask, type SavedFile, type TaskMode, type UsageRow } from '../records';
import { byDayThenDesigner } from '../usageOrder';

interface TaskRow {
  task_uid: string;
  action: string;
  params: string;
  request_uuid: string | null;
  mode: TaskMode;
  status: string;
  seed: number | null;
  error_code: number | null;
  error_message: string | null;
  designer: string | null;
  credits: number | null;
  attempts: number;
  created_at: number;
  finished_at: number | null;
  queue_owner: string | null;
  queued: 0 | 1;
}

interface FileRow {
  hash: string;
  ext: ImageExt;
  mime: string;
  bytes: number;
  source_url: string | null;
}

const savedFile = (row: FileRow): SavedFile => ({ hash: row.hash, url: fileUrl(row.hash, row.ext), bytes: row.bytes, mime: row.mime });

const SELECT_TASK = `SELECT t.*, q.owner AS queue_owner, q.task_uid IS NOT NULL AS queued FROM tasks t LEFT JOIN local_queue q ON q.task_uid = t.task_uid`;
/** Newest first is created_at, then insertion order. */
const NEWEST_FIRST = 'ORDER BY t.created_at DESC, t.rowid DESC';

/** Reads tasks with their queue state, result and input files; usage sums. */
export function createSqliteTaskReader(db: Database) {
  const byUid = db.prepare<[string], TaskRow>(`${SELECT_TASK} WHERE t.task_uid = ?`);
  const byRequestUuid = db.prepare<[string], TaskRow>(`${SELECT_TASK} WHERE t.request_uuid = ? ${NEWEST_FIRST} LIMIT 1`);
  const page = db.prepare<[number, number], TaskRow>(`${SELECT_TASK} ${NEWEST_FIRST} LIMIT ? OFFSET ?`);
  const pageOf = db.prepare<[string, number, number], TaskRow>(`${SELECT_TASK} WHERE t.designer = ? ${NEWEST_FIRST} LIMIT ? OFFSET ?`);
  const count = db.prepare<[], { total: number }>('SELECT COUNT(*) AS total FROM tasks');
  const countOf = db.prepare<[string], { total: number }>('SELECT COUNT(*) AS total FROM tasks WHERE designer = ?');
  const images = db.prepare<[string], FileRow>(
    `SELECT t.hash, f.ext, f.mime, t.bytes, t.source_url FROM task_files t JOIN files f ON f.hash = t.hash
     WHERE t.task_uid = ? ORDER BY t.position`,
  );
  const inputs = db.prepare<[string], FileRow>(
    `SELECT t.hash, f.ext, t.mime, t.bytes, NULL AS source_url FROM task_inputs t JOIN files f ON f.hash = t.hash
     WHERE t.task_uid = ? ORDER BY t.position`,
  );
  const usage = db.prepare<[number, number], UsageRow>(
    `SELECT designer, strftime('%Y-%m-%d', created_at / 1000, 'unixepoch') AS day, COUNT(*) AS tasks, COALESCE(SUM(credits), 0) AS credits
     FROM tasks WHERE created_at >= ? AND created_at < ? GROUP BY designer, day`,
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
    designer: row.designer,
    credits: row.credits,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    queue: row.queued ? (row.queue_owner ? 'Running' : 'Queuing') : null,
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
    page(pageNumber: number, pageSize: number, designer: string | undefined) {
      const offset = (pageNumber - 1) * pageSize;
      const rows = designer === undefined ? page.all(pageSize, offset) : pageOf.all(designer, pageSize, offset);
      const total = designer === undefined ? count.get()!.total : countOf.get(designer)!.total;
      return { items: rows.map(toTask), total };
    },
    usage: (since: number, until: number) => usage.all(since, until).sort(byDayThenDesigner),
  };
}
