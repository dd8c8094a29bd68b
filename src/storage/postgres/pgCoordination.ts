import type pg from 'pg';
import { DesignerExistsError, type TaskIndex } from '../taskIndex';
import { completeIn } from './pgComplete';
import { NOW_MS, inTransaction } from './pool';

type Coordination = Pick<
  TaskIndex,
  | 'claimRequest' | 'settleRequest' | 'releaseRequest'
  | 'claimQueued' | 'recordAttempt' | 'renewLeases' | 'releaseLeases' | 'requestCancel' | 'queuedTaskUids'
  | 'runExclusive' | 'addDesigner' | 'removeDesigner' | 'listDesigners' | 'designerByTokenHash'
>;

const UNIQUE_VIOLATION = '23505';

/** A stable 64-bit advisory lock key per job name. */
const LOCK_KEY = `hashtextextended('picpik-studio:' || $1, 0)`;

/**
 * Coordination between servers on one database: idempotency claims by a primary key and
 * INSERT … ON CONFLICT, the engine queue by SELECT … FOR UPDATE SKIP LOCKED with leases on the
 * database clock, exclusive runs under an advisory lock, designers.
 */
export function createPgCoordination(pool: pg.Pool): Coordination {
  return {
    async claimRequest({ mode, requestUuid, fingerprint, owner, staleAfterMs }) {
      for (;;) {
        const inserted = await pool.query(
          `INSERT INTO request_claims (mode, request_uuid, fingerprint, owner, claimed_at) VALUES ($1, $2, $3, $4, ${NOW_MS})
           ON CONFLICT (mode, request_uuid) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, owner = EXCLUDED.owner, claimed_at = EXCLUDED.claimed_at
           WHERE request_claims.task_uid IS NULL AND request_claims.claimed_at < EXCLUDED.claimed_at - $5`,
          [mode, requestUuid, fingerprint, owner, staleAfterMs],
        );
        if (inserted.rowCount === 1) return { won: true };
        const { rows } = await pool.query<{ fingerprint: string | null; task_uid: string | null; claimed_at: number }>(
          'SELECT fingerprint, task_uid, claimed_at FROM request_claims WHERE mode = $1 AND request_uuid = $2',
          [mode, requestUuid],
        );
        // Released between the two statements: claim again.
        if (rows[0]) return { won: false, fingerprint: rows[0].fingerprint, taskUid: rows[0].task_uid, claimedAt: rows[0].claimed_at };
      }
    },
    async settleRequest(mode, requestUuid, taskUid) {
      await pool.query('UPDATE request_claims SET task_uid = $3 WHERE mode = $1 AND request_uuid = $2', [mode, requestUuid, taskUid]);
    },
    async releaseRequest(mode, requestUuid, owner) {
      await pool.query('DELETE FROM request_claims WHERE mode = $1 AND request_uuid = $2 AND owner = $3 AND task_uid IS NULL', [mode, requestUuid, owner]);
    },
    async claimQueued(owner, limit, leaseMs) {
      const { rows } = await pool.query<{ task_uid: string; attempts: number; queued_at: number }>(
        `WITH picked AS (
           SELECT task_uid FROM local_queue WHERE owner IS NULL OR lease_until < ${NOW_MS}
           ORDER BY queued_at, task_uid LIMIT $2 FOR UPDATE SKIP LOCKED)
         UPDATE local_queue q SET owner = $1, lease_until = ${NOW_MS} + $3, started = false
         FROM picked, tasks t WHERE q.task_uid = picked.task_uid AND t.task_uid = q.task_uid RETURNING q.task_uid, t.attempts, q.queued_at`,
        [owner, limit, leaseMs],
      );
      return rows.sort((a, b) => a.queued_at - b.queued_at).map((row) => ({ taskUid: row.task_uid, attempts: row.attempts }));
    },
    async renewLeases(owner, taskUids, leaseMs) {
      if (taskUids.length === 0) return { held: [], cancelRequested: [] };
      const { rows } = await pool.query<{ task_uid: string; cancel_requested: boolean }>(
        `UPDATE local_queue SET lease_until = ${NOW_MS} + $3 WHERE owner = $1 AND task_uid = ANY($2) RETURNING task_uid, cancel_requested`,
        [owner, [...taskUids], leaseMs],
      );
      return { held: rows.map((row) => row.task_uid), cancelRequested: rows.filter((row) => row.cancel_requested).map((row) => row.task_uid) };
    },
    async recordAttempt(taskUid, owner) {
      const { rowCount } = await pool.query(
        `WITH run AS (UPDATE local_queue SET started = true WHERE task_uid = $1 AND owner = $2 AND lease_until >= ${NOW_MS} RETURNING task_uid)
         UPDATE tasks SET attempts = attempts + 1 FROM run WHERE tasks.task_uid = run.task_uid`,
        [taskUid, owner],
      );
      return (rowCount ?? 0) > 0;
    },
    async releaseLeases(owner) {
      await pool.query(
        `WITH released AS (UPDATE local_queue q SET owner = NULL, lease_until = NULL, started = false FROM local_queue old
           WHERE q.task_uid = old.task_uid AND old.owner = $1 RETURNING q.task_uid, old.started)
         UPDATE tasks SET attempts = GREATEST(attempts - 1, 0) FROM released WHERE tasks.task_uid = released.task_uid AND released.started`,
        [owner],
      );
    },
    requestCancel: (taskUid, outcome, finishedAt) =>
      inTransaction(pool, async (client) => {
        const { rows } = await client.query<{ owner: string | null; expired: boolean }>(
          `SELECT owner, lease_until < ${NOW_MS} AS expired FROM local_queue WHERE task_uid = $1 FOR UPDATE`,
          [taskUid],
        );
        const row = rows[0];
        if (!row) return 'none';
        if (row.owner === null || row.expired) return (await completeIn(client, taskUid, outcome, finishedAt)) ? 'cancelled' : 'none';
        await client.query('UPDATE local_queue SET cancel_requested = true WHERE task_uid = $1', [taskUid]);
        return 'signalled';
      }),
    async queuedTaskUids() {
      const { rows } = await pool.query<{ task_uid: string }>('SELECT task_uid FROM local_queue ORDER BY queued_at, task_uid');
      return rows.map((row) => row.task_uid);
    },
    async runExclusive(name, owner, minIntervalMs, job) {
      // A session lock on a connection of its own, held for the whole run; freed if this server dies.
      const client = await pool.connect();
      try {
        const locked = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${LOCK_KEY}) AS locked`, [name]);
        if (!locked.rows[0]!.locked) return false;
        try {
          const started = await client.query(
            `INSERT INTO exclusive_runs (name, owner, started_at) VALUES ($1, $2, ${NOW_MS})
             ON CONFLICT (name) DO UPDATE SET owner = EXCLUDED.owner, started_at = EXCLUDED.started_at
             WHERE exclusive_runs.started_at <= EXCLUDED.started_at - $3`,
            [name, owner, minIntervalMs],
          );
          if (started.rowCount === 0) return false;
          await job();
          return true;
        } finally {
          await client.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`, [name]);
        }
      } finally {
        client.release();
      }
    },
    async addDesigner(name, tokenHash, createdAt) {
      try {
        await pool.query('INSERT INTO designers (name, token_hash, created_at) VALUES ($1, $2, $3)', [name, tokenHash, createdAt]);
      } catch (error) {
        if ((error as { code?: string; constraint?: string }).code === UNIQUE_VIOLATION && (error as { constraint?: string }).constraint === 'designers_pkey') {
          throw new DesignerExistsError(`A designer named "${name}" exists already`);
        }
        throw error;
      }
    },
    async removeDesigner(name) {
      return ((await pool.query('DELETE FROM designers WHERE name = $1', [name])).rowCount ?? 0) > 0;
    },
    async listDesigners() {
      const { rows } = await pool.query<{ name: string; created_at: number }>('SELECT name, created_at FROM designers ORDER BY name');
      return rows.map((row) => ({ name: row.name, createdAt: row.created_at }));
    },
    async designerByTokenHash(tokenHash) {
      const { rows } = await pool.query<{ name: string }>('SELECT name FROM designers WHERE token_hash = $1', [tokenHash]);
      return rows[0]?.name ?? null;
    },
  };
}
