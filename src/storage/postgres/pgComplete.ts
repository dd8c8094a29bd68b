import type pg from 'pg';
import type { TaskOutcome } from '../records';

/** Completes a task inside the caller's transaction; false when the task is unknown or `owner` lost its lease. */
export async function completeIn(client: pg.ClientBase, taskUid: string, outcome: TaskOutcome, finishedAt: number, owner?: string): Promise<boolean> {
  if (owner !== undefined) {
    const { rows } = await client.query<{ owner: string | null }>('SELECT owner FROM local_queue WHERE task_uid = $1 FOR UPDATE', [taskUid]);
    if (rows[0]?.owner !== owner) return false;
  }
  const { status, seed, errorCode, errorMessage, credits } = outcome;
  const updated = await client.query(
    'UPDATE tasks SET status = $1, seed = $2, error_code = $3, error_message = $4, credits = $5, finished_at = $6 WHERE task_uid = $7',
    [status, seed, errorCode ?? null, errorMessage ?? null, credits ?? null, finishedAt, taskUid],
  );
  if (updated.rowCount === 0) return false;
  await client.query('DELETE FROM task_files WHERE task_uid = $1', [taskUid]);
  if (outcome.files.length > 0) {
    await client.query(
      `INSERT INTO task_files (task_uid, position, hash, source_url, bytes)
       SELECT $1, position - 1, hash, source_url, bytes FROM unnest($2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS f(hash, source_url, bytes, position)`,
      [taskUid, outcome.files.map((f) => f.hash), outcome.files.map((f) => f.sourceUrl ?? null), outcome.files.map((f) => f.bytes)],
    );
  }
  await client.query('DELETE FROM local_queue WHERE task_uid = $1', [taskUid]);
  return true;
}
