import type { Database } from 'better-sqlite3';
import type { TaskOutcome } from '../records';
import { DesignerExistsError, type DesignerInfo, type TaskIndex } from '../taskIndex';

type Coordination = Pick<
  TaskIndex,
  | 'claimRequest' | 'settleRequest' | 'releaseRequest'
  | 'claimQueued' | 'recordAttempt' | 'renewLeases' | 'releaseLeases' | 'requestCancel' | 'queuedTaskUids'
  | 'runExclusive' | 'addDesigner' | 'removeDesigner' | 'listDesigners' | 'designerByTokenHash'
>;
type Complete = (taskUid: string, outcome: TaskOutcome, finishedAt: number, owner?: string) => boolean;

/** Idempotency claims, the engine queue, exclusive runs and designers in SQLite (one process, so transactions suffice). */
export function createSqliteCoordination(db: Database, now: () => number, complete: Complete): Coordination {
  const claim = db.prepare(
    `INSERT INTO request_claims (mode, request_uuid, fingerprint, owner, claimed_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (mode, request_uuid) DO UPDATE SET fingerprint = excluded.fingerprint, owner = excluded.owner, claimed_at = excluded.claimed_at
     WHERE request_claims.task_uid IS NULL AND request_claims.claimed_at < ?`,
  );
  const claimRow = db.prepare<[string, string], { fingerprint: string | null; task_uid: string | null; claimed_at: number }>(
    'SELECT fingerprint, task_uid, claimed_at FROM request_claims WHERE mode = ? AND request_uuid = ?',
  );
  const settle = db.prepare('UPDATE request_claims SET task_uid = ? WHERE mode = ? AND request_uuid = ?');
  const releaseClaim = db.prepare('DELETE FROM request_claims WHERE mode = ? AND request_uuid = ? AND owner = ? AND task_uid IS NULL');
  const claimable = db.prepare<[number, number], { task_uid: string }>(
    'SELECT task_uid FROM local_queue WHERE owner IS NULL OR lease_until < ? ORDER BY queued_at, rowid LIMIT ?',
  );
  const take = db.prepare('UPDATE local_queue SET owner = ?, lease_until = ?, started = 0 WHERE task_uid = ?');
  const attemptsOf = db.prepare<[string], { attempts: number }>('SELECT attempts FROM tasks WHERE task_uid = ?');
  const markStarted = db.prepare("UPDATE local_queue SET started = 1 WHERE task_uid = ? AND owner = ? AND lease_until >= ?");
  const countAttempt = db.prepare('UPDATE tasks SET attempts = attempts + 1 WHERE task_uid = ?');
  const giveBackAttempts = db.prepare('UPDATE tasks SET attempts = MAX(attempts - 1, 0) WHERE task_uid IN (SELECT task_uid FROM local_queue WHERE owner = ? AND started = 1)');
  const renew = db.prepare<[number, string, string], { task_uid: string; cancel_requested: 0 | 1 }>(
    'UPDATE local_queue SET lease_until = ? WHERE owner = ? AND task_uid = ? RETURNING task_uid, cancel_requested',
  );
  const releaseLeases = db.prepare('UPDATE local_queue SET owner = NULL, lease_until = NULL, started = 0 WHERE owner = ?');
  const queueRow = db.prepare<[string], { owner: string | null; lease_until: number | null }>('SELECT owner, lease_until FROM local_queue WHERE task_uid = ?');
  const flagCancel = db.prepare('UPDATE local_queue SET cancel_requested = 1 WHERE task_uid = ?');
  const queued = db.prepare<[], { task_uid: string }>('SELECT task_uid FROM local_queue ORDER BY queued_at, rowid');
  const lastRun = db.prepare<[string], { started_at: number }>('SELECT started_at FROM exclusive_runs WHERE name = ?');
  const markRun = db.prepare('INSERT OR REPLACE INTO exclusive_runs (name, owner, started_at) VALUES (?, ?, ?)');
  const insertDesigner = db.prepare('INSERT INTO designers (name, token_hash, created_at) VALUES (?, ?, ?)');
  const deleteDesigner = db.prepare('DELETE FROM designers WHERE name = ?');
  const designers = db.prepare<[], { name: string; created_at: number }>('SELECT name, created_at FROM designers ORDER BY name');
  const designerByHash = db.prepare<[string], { name: string }>('SELECT name FROM designers WHERE token_hash = ?');
  const runningHere = new Set<string>();

  const claimQueued = db.transaction((owner: string, limit: number, leaseMs: number) => {
    const time = now();
    return claimable.all(time, limit).map(({ task_uid }) => {
      take.run(owner, time + leaseMs, task_uid);
      return { taskUid: task_uid, attempts: attemptsOf.get(task_uid)?.attempts ?? 0 };
    });
  });
  const recordAttempt = db.transaction((taskUid: string, owner: string) => {
    if (markStarted.run(taskUid, owner, now()).changes === 0) return false;
    countAttempt.run(taskUid);
    return true;
  });
  const release = db.transaction((owner: string) => {
    giveBackAttempts.run(owner);
    releaseLeases.run(owner);
  });

  const requestCancel = db.transaction((taskUid: string, outcome: TaskOutcome, finishedAt: number) => {
    const row = queueRow.get(taskUid);
    if (!row) return 'none' as const;
    if (row.owner === null || (row.lease_until ?? 0) < now()) return complete(taskUid, outcome, finishedAt) ? ('cancelled' as const) : ('none' as const);
    flagCancel.run(taskUid);
    return 'signalled' as const;
  });

  return {
    async claimRequest({ mode, requestUuid, fingerprint, owner, staleAfterMs }) {
      const time = now();
      if (claim.run(mode, requestUuid, fingerprint, owner, time, time - staleAfterMs).changes > 0) return { won: true };
      const row = claimRow.get(mode, requestUuid)!;
      return { won: false, fingerprint: row.fingerprint, taskUid: row.task_uid, claimedAt: row.claimed_at };
    },
    settleRequest: async (mode, requestUuid, taskUid) => void settle.run(taskUid, mode, requestUuid),
    releaseRequest: async (mode, requestUuid, owner) => void releaseClaim.run(mode, requestUuid, owner),
    claimQueued: async (owner, limit, leaseMs) => claimQueued(owner, limit, leaseMs),
    async renewLeases(owner, taskUids, leaseMs) {
      const until = now() + leaseMs;
      const rows = taskUids.flatMap((uid) => renew.all(until, owner, uid));
      return { held: rows.map((row) => row.task_uid), cancelRequested: rows.filter((row) => row.cancel_requested).map((row) => row.task_uid) };
    },
    recordAttempt: async (taskUid, owner) => recordAttempt(taskUid, owner),
    releaseLeases: async (owner) => release(owner),
    requestCancel: async (taskUid, outcome, finishedAt) => requestCancel(taskUid, outcome, finishedAt),
    queuedTaskUids: async () => queued.all().map((row) => row.task_uid),
    async runExclusive(name, owner, minIntervalMs, job) {
      const time = now();
      if (runningHere.has(name) || (lastRun.get(name)?.started_at ?? -Infinity) > time - minIntervalMs) return false;
      runningHere.add(name);
      try {
        markRun.run(name, owner, time);
        await job();
        return true;
      } finally {
        runningHere.delete(name);
      }
    },
    async addDesigner(name, tokenHash, createdAt) {
      try {
        insertDesigner.run(name, tokenHash, createdAt);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new DesignerExistsError(`A designer named "${name}" exists already`);
        throw error;
      }
    },
    removeDesigner: async (name) => deleteDesigner.run(name).changes > 0,
    listDesigners: async () => designers.all().map((row): DesignerInfo => ({ name: row.name, createdAt: row.created_at })),
    designerByTokenHash: async (tokenHash) => designerByHash.get(tokenHash)?.name ?? null,
  };
}
