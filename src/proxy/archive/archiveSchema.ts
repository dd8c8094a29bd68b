import type { Database } from 'better-sqlite3';

/**
 * Schema steps, applied in order; PRAGMA user_version records how many ran. Append new
 * steps, never edit old ones: existing archives are upgraded step by step on open.
 */
const MIGRATIONS: string[] = [
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
];

/** Brings the database to the newest schema; refuses an archive written by a newer studio. */
export function migrateArchive(db: Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new Error(`The archive database has schema version ${version}; this studio knows up to ${MIGRATIONS.length}. Update the studio.`);
  }
  const upgrade = db.transaction(() => {
    for (let step = version; step < MIGRATIONS.length; step++) db.exec(MIGRATIONS[step]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  });
  upgrade();
}
