-- Up Migration
-- Times are Unix milliseconds (bigint), as in the embedded SQLite archive.

CREATE TABLE files (
  hash text PRIMARY KEY,
  ext text NOT NULL CHECK (ext IN ('png', 'jpg', 'webp')),
  mime text NOT NULL,
  bytes integer NOT NULL,
  created_at bigint NOT NULL
);

-- The blob store: image bytes by content hash (an S3-compatible store could replace this table).
CREATE TABLE blobs (
  hash text NOT NULL,
  ext text NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (hash, ext)
);

CREATE TABLE tasks (
  task_uid text PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  action text NOT NULL,
  params json NOT NULL,
  request_uuid text,
  mode text NOT NULL CHECK (mode IN ('picpik', 'local')),
  status text NOT NULL,
  seed bigint,
  error_code integer,
  error_message text,
  designer text,
  credits double precision,
  -- Local engine: runs started and not given back by a graceful stop (quarantine after two).
  attempts integer NOT NULL DEFAULT 0,
  created_at bigint NOT NULL,
  finished_at bigint
);
CREATE INDEX tasks_by_created ON tasks (created_at DESC, seq DESC);
CREATE INDEX tasks_by_designer ON tasks (designer, created_at DESC, seq DESC);
CREATE INDEX tasks_by_request_uuid ON tasks (request_uuid);
CREATE INDEX tasks_unfinished ON tasks (mode, created_at) WHERE finished_at IS NULL;

CREATE TABLE task_files (
  task_uid text NOT NULL REFERENCES tasks (task_uid) ON DELETE CASCADE,
  position integer NOT NULL,
  hash text NOT NULL REFERENCES files (hash),
  source_url text,
  bytes integer NOT NULL,
  PRIMARY KEY (task_uid, position)
);

CREATE TABLE task_inputs (
  task_uid text NOT NULL REFERENCES tasks (task_uid) ON DELETE CASCADE,
  position integer NOT NULL,
  hash text NOT NULL REFERENCES files (hash),
  mime text NOT NULL,
  bytes integer NOT NULL,
  PRIMARY KEY (task_uid, position)
);

-- Idempotency: the primary key is what makes a request_uuid sent to two servers one task.
CREATE TABLE request_claims (
  mode text NOT NULL,
  request_uuid text NOT NULL,
  fingerprint text,
  task_uid text,
  owner text,
  claimed_at bigint NOT NULL,
  PRIMARY KEY (mode, request_uuid)
);

-- The local engine's job queue: a row per unfinished local task; owner + lease_until while a server runs it.
CREATE TABLE local_queue (
  task_uid text PRIMARY KEY REFERENCES tasks (task_uid) ON DELETE CASCADE,
  owner text,
  lease_until bigint,
  -- The owner's run has started (and was counted in tasks.attempts).
  started boolean NOT NULL DEFAULT false,
  cancel_requested boolean NOT NULL DEFAULT false,
  queued_at bigint NOT NULL
);
CREATE INDEX local_queue_by_age ON local_queue (queued_at);

-- Jobs run by one server at a time (the archive sweeper): when each last started.
CREATE TABLE exclusive_runs (
  name text PRIMARY KEY,
  owner text NOT NULL,
  started_at bigint NOT NULL
);

CREATE TABLE designers (
  name text PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  created_at bigint NOT NULL
);

-- Down Migration
DROP TABLE designers;
DROP TABLE exclusive_runs;
DROP TABLE local_queue;
DROP TABLE request_claims;
DROP TABLE task_inputs;
DROP TABLE task_files;
DROP TABLE tasks;
DROP TABLE blobs;
DROP TABLE files;
