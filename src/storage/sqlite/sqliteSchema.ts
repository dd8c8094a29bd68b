import type { Database } from 'better-sqlite3';

/**
 * Schema steps of DATA_DIR/archive.sqlite, applied in order; PRAGMA user_version records how
 * many ran. Append new steps, never edit old ones: existing archives are upgraded step by step.
 */
const STEPS: string[] = [
  `
  CREATE TABLE files (
    hash TEXT PRIMARY KEY,
    ext TEXT NOT NULL,
    mime TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE tasks (
    task_uid TEXT PRIMARY KEY,
    action TEXT NOT NULL,
    params TEXT NOT NULL,
    request_uuid TEXT,
    mode TEXT NOT NULL CHECK (mode IN ('picpik', 'local')),
    status TEXT NOT NULL,
    seed INTEGER,
    error_code INTEGER,
    error_message TEXT,
    created_at INTEGER NOT NULL,
    finished_at INTEGER
  );
  CREATE INDEX tasks_by_created ON tasks (created_at DESC);
  CREATE INDEX tasks_by_request_uuid ON tasks (request_uuid);
  CREATE TABLE task_files (
    task_uid TEXT NOT NULL REFERENCES tasks (task_uid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    hash TEXT NOT NULL REFERENCES files (hash),
    source_url TEXT,
    bytes INTEGER NOT NULL,
    PRIMARY KEY (task_uid, position)
  );
  CREATE TABLE task_inputs (
    task_uid TEXT NOT NULL REFERENCES tasks (task_uid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    hash TEXT NOT NULL REFERENCES files (hash),
    mime TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    PRIMARY KEY (task_uid, position)
  );
  `,
  // Local engine: runs started per task, written before each run, so a task that keeps
  // killing the server is recognised at the next start and not run again (quarantine).
  `ALTER TABLE tasks ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;`,
  // Designers, credits, idempotency records, the local engine's queue, exclusive runs. Uuids and
  // unfinished local tasks recorded before this step are carried over, so nothing is lost.
  `
  ALTER TABLE tasks ADD COLUMN designer TEXT;
  ALTER TABLE tasks ADD COLUMN credits REAL;
  CREATE INDEX tasks_by_designer ON tasks (designer, created_at DESC);
  CREATE TABLE request_claims (
    mode TEXT NOT NULL,
    request_uuid TEXT NOT NULL,
    fingerprint TEXT,
    task_uid TEXT,
    owner TEXT,
    claimed_at INTEGER NOT NULL,
    PRIMARY KEY (mode, request_uuid)
  );
  INSERT INTO request_claims (mode, request_uuid, task_uid, claimed_at)
    SELECT mode, request_uuid, task_uid, MAX(created_at) FROM tasks WHERE request_uuid IS NOT NULL GROUP BY mode, request_uuid;
  CREATE TABLE local_queue (
    task_uid TEXT PRIMARY KEY REFERENCES tasks (task_uid) ON DELETE CASCADE,
    owner TEXT,
    lease_until INTEGER,
    started INTEGER NOT NULL DEFAULT 0,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    queued_at INTEGER NOT NULL
  );
  CREATE INDEX local_queue_by_age ON local_queue (queued_at);
  INSERT INTO local_queue (task_uid, queued_at) SELECT task_uid, created_at FROM tasks WHERE mode = 'local' AND finished_at IS NULL;
  CREATE TABLE exclusive_runs (
    name TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    started_at INTEGER NOT NULL
  );
  CREATE TABLE designers (
    name TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
  );
  `,
];

export const SQLITE_SCHEMA_VERSION = STEPS.length;

/**
 * Brings the database to the newest schema (or to `target`, for tests of upgrades); refuses an
 * archive written by a newer studio.
 */
export function migrateSqlite(db: Database, target = STEPS.length): { from: number; to: number } {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > STEPS.length) {
    throw new Error(`The archive database has schema version ${version}; this studio knows up to ${STEPS.length}. Update the studio.`);
  }
  const upgrade = db.transaction(() => {
    for (let step = version; step < target; step++) db.exec(STEPS[step]!);
    db.pragma(`user_version = ${Math.max(version, target)}`);
  });
  upgrade();
  return { from: version, to: Math.max(version, target) };
}
