import type { Database } from 'better-sqlite3';
import type { ArchivedTask, UsageRow } from '../records';
import { toArchivedTask, type FileColumns, type TaskColumns } from '../taskRows';
import { byDayThenDesigner } from '../usageOrder';

/** A task row; params is JSON text. */
interface TaskRow extends TaskColumns {
  params: string;
}

const SELECT_TASK = `SELECT t.*, q.started AS queue_started, q.task_uid IS NOT NULL AS queued FROM tasks t LEFT JOIN local_queue q ON q.task_uid = t.task_uid`;
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
  const images = db.prepare<[string], FileColumns>(
    `SELECT t.hash, f.ext, f.mime, t.bytes, t.source_url FROM task_files t JOIN files f ON f.hash = t.hash
     WHERE t.task_uid = ? ORDER BY t.position`,
  );
  const inputs = db.prepare<[string], FileColumns>(
    `SELECT t.hash, f.ext, t.mime, t.bytes, NULL AS source_url FROM task_inputs t JOIN files f ON f.hash = t.hash
     WHERE t.task_uid = ? ORDER BY t.position`,
  );
  const usage = db.prepare<[number, number], UsageRow>(
    `SELECT designer, strftime('%Y-%m-%d', created_at / 1000, 'unixepoch') AS day, COUNT(*) AS tasks, COALESCE(SUM(credits), 0) AS credits
     FROM tasks WHERE created_at >= ? AND created_at < ? GROUP BY designer, day`,
  );

  const toTask = (row: TaskRow): ArchivedTask =>
    toArchivedTask(row, JSON.parse(row.params) as Record<string, unknown>, images.all(row.task_uid), inputs.all(row.task_uid));

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
