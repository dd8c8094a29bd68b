import type pg from 'pg';
import type { ArchivedTask, HistoryPage, UsageRow } from '../records';
import { toArchivedTask, type FileColumns, type TaskColumns } from '../taskRows';
import { byDayThenDesigner } from '../usageOrder';

/** A task row as SELECT_TASKS reads it: both file lists come along as JSON. */
interface TaskRow extends TaskColumns {
  params: Record<string, unknown>;
  images: FileColumns[];
  inputs: FileColumns[];
}

const filesOf = (table: 'task_files' | 'task_inputs', mime: string, sourceUrl: string) => `COALESCE((
    SELECT json_agg(json_build_object('hash', x.hash, 'ext', f.ext, 'mime', ${mime}, 'bytes', x.bytes, 'source_url', ${sourceUrl}) ORDER BY x.position)
    FROM ${table} x JOIN files f ON f.hash = x.hash WHERE x.task_uid = t.task_uid), '[]')`;

/** One round trip per read: each task with its queue state and both file lists as JSON. */
const SELECT_TASKS = `SELECT t.*, q.started AS queue_started, q.task_uid IS NOT NULL AS queued,
  ${filesOf('task_files', 'f.mime', 'x.source_url')} AS images,
  ${filesOf('task_inputs', 'x.mime', 'NULL')} AS inputs
  FROM tasks t LEFT JOIN local_queue q ON q.task_uid = t.task_uid`;
const NEWEST_FIRST = 'ORDER BY t.created_at DESC, t.seq DESC';

const toTask = (row: TaskRow): ArchivedTask => toArchivedTask(row, row.params, row.images, row.inputs);

export function createPgTaskReader(pool: pg.Pool) {
  return {
    async getTasks(taskUids: readonly string[]): Promise<Map<string, ArchivedTask>> {
      if (taskUids.length === 0) return new Map();
      const { rows } = await pool.query<TaskRow>(`${SELECT_TASKS} WHERE t.task_uid = ANY($1)`, [[...new Set(taskUids)]]);
      return new Map(rows.map((row) => [row.task_uid, toTask(row)]));
    },
    async byRequestUuid(requestUuid: string): Promise<ArchivedTask | null> {
      const { rows } = await pool.query<TaskRow>(`${SELECT_TASKS} WHERE t.request_uuid = $1 ${NEWEST_FIRST} LIMIT 1`, [requestUuid]);
      return rows[0] ? toTask(rows[0]) : null;
    },
    async page(page: number, pageSize: number, designer: string | undefined): Promise<HistoryPage> {
      const filter = designer === undefined ? '' : 'WHERE t.designer = $3';
      const params: unknown[] = [pageSize, (page - 1) * pageSize, ...(designer === undefined ? [] : [designer])];
      const [items, count] = await Promise.all([
        pool.query<TaskRow>(`${SELECT_TASKS} ${filter} ${NEWEST_FIRST} LIMIT $1 OFFSET $2`, params),
        pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM tasks t ${filter.replace('$3', '$1')}`, params.slice(2)),
      ]);
      return { items: items.rows.map(toTask), total: count.rows[0]!.total };
    },
    async usage(since: number, until: number): Promise<UsageRow[]> {
      const { rows } = await pool.query<UsageRow>(
        `SELECT designer, to_char(to_timestamp(created_at / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
           count(*)::int AS tasks, COALESCE(sum(credits), 0)::float8 AS credits
         FROM tasks WHERE created_at >= $1 AND created_at < $2 GROUP BY 1, 2`,
        [since, until],
      );
      return rows.sort(byDayThenDesigner);
    },
  };
}
