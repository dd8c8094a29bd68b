import type pg from 'pg';
import type { FileInfo } from '../records';
import type { TaskIndex } from '../taskIndex';
import { completeIn } from './pgComplete';
import { createPgCoordination } from './pgCoordination';
import { createPgTaskReader } from './pgTasks';
import { inTransaction } from './pool';

/** The task index in PostgreSQL, shared by every studio server on the database. */
export function createPgIndex(pool: pg.Pool): TaskIndex {
  const tasks = createPgTaskReader(pool);
  return {
    kind: 'postgres',
    async fileInfo(hash) {
      const { rows } = await pool.query<FileInfo>('SELECT hash, ext, mime, bytes FROM files WHERE hash = $1', [hash]);
      return rows[0] ?? null;
    },
    async recordFile(file) {
      await pool.query('INSERT INTO files (hash, ext, mime, bytes, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (hash) DO NOTHING', [
        file.hash, file.ext, file.mime, file.bytes, Date.now(),
      ]);
    },
    recordTask: (task) =>
      inTransaction(pool, async (client) => {
        await client.query(
          `INSERT INTO tasks (task_uid, action, params, request_uuid, mode, status, seed, designer, created_at) VALUES ($1, $2, $3, $4, $5, 'Submitted', $6, $7, $8)
           ON CONFLICT (task_uid) DO UPDATE SET action = EXCLUDED.action, params = EXCLUDED.params, request_uuid = EXCLUDED.request_uuid,
             mode = EXCLUDED.mode, seed = COALESCE(EXCLUDED.seed, tasks.seed), designer = COALESCE(EXCLUDED.designer, tasks.designer)`,
          [task.taskUid, task.action, JSON.stringify(task.params), task.requestUuid, task.mode, task.seed, task.designer, task.createdAt],
        );
        if (task.inputs.length > 0) {
          await client.query(
            `INSERT INTO task_inputs (task_uid, position, hash, mime, bytes)
             SELECT $1, position - 1, hash, mime, bytes FROM unnest($2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS i(hash, mime, bytes, position)
             ON CONFLICT (task_uid, position) DO UPDATE SET hash = EXCLUDED.hash, mime = EXCLUDED.mime, bytes = EXCLUDED.bytes`,
            [task.taskUid, task.inputs.map((f) => f.hash), task.inputs.map((f) => f.mime), task.inputs.map((f) => f.bytes)],
          );
        }
        if (task.enqueue) {
          await client.query('INSERT INTO local_queue (task_uid, queued_at) VALUES ($1, $2) ON CONFLICT (task_uid) DO NOTHING', [task.taskUid, task.createdAt]);
        }
      }),
    completeTask: (taskUid, outcome, finishedAt, owner) => inTransaction(pool, (client) => completeIn(client, taskUid, outcome, finishedAt, owner)),
    getTasks: (taskUids) => tasks.getTasks(taskUids),
    findByRequestUuid: (requestUuid) => tasks.byRequestUuid(requestUuid),
    async unfinishedTaskUids(mode, since) {
      const { rows } = await pool.query<{ task_uid: string }>(
        'SELECT task_uid FROM tasks WHERE mode = $1 AND finished_at IS NULL AND created_at >= $2 ORDER BY created_at, seq',
        [mode, since],
      );
      return rows.map((row) => row.task_uid);
    },
    listHistory: ({ page, pageSize, designer }) => tasks.page(page, pageSize, designer),
    usage: ({ since, until }) => tasks.usage(since, until),
    ...createPgCoordination(pool),
    close: () => pool.end(),
  };
}
