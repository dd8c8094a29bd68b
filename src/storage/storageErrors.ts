/**
 * The archive cannot be written or read (disk full, damaged database, database unreachable).
 * `message` is one sentence for people; callers answer 503 or end the task with it, and stay up.
 */
export class ArchiveUnavailableError extends Error {
  constructor(
    message: string,
    /** Short state for /api/health, e.g. "disk full (SQLITE_FULL)". */
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ArchiveUnavailableError';
  }
}

/** The archive cannot be opened; `message` is one line naming the file or database and what to do. */
export class ArchiveOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ArchiveOpenError';
  }
}

/**
 * What an error from the storage means for the people running the studio: the disk is full, the
 * database is damaged or unreachable, the disk fails or refuses writes. Anything else is a bug
 * and is left alone (null).
 */
export interface StorageFailure {
  /** Short state, e.g. "disk full (SQLITE_FULL)". */
  problem: string;
  /** What to do about it, addressed to whoever runs the studio. */
  advice: string;
  /** A damaged database stays damaged; a full disk may be freed, a database come back, while the studio runs. */
  lasting: boolean;
  /** Any operation that works again shows it is over (a lost connection), not only a write (a full disk). */
  transient: boolean;
}

const KINDS: { codes: RegExp; what: string; advice: string; lasting: boolean }[] = [
  // SQLite and the files of DATA_DIR (embedded).
  { codes: /^(SQLITE_FULL|ENOSPC|EDQUOT)$/, what: 'disk full', advice: 'free space on the disk that holds DATA_DIR', lasting: false },
  {
    codes: /^(SQLITE_CORRUPT\w*|SQLITE_NOTADB)$/,
    what: 'database damaged',
    advice: 'stop the studio, move archive.sqlite away and restore it from a backup (the image files are not affected)',
    lasting: true,
  },
  { codes: /^(SQLITE_IOERR\w*|EIO)$/, what: 'disk I/O error', advice: 'check the disk that holds DATA_DIR', lasting: false },
  { codes: /^(SQLITE_READONLY\w*|SQLITE_CANTOPEN|SQLITE_PERM|EROFS|EACCES|EPERM)$/, what: 'not writable', advice: 'let the studio write to DATA_DIR', lasting: false },
  // PostgreSQL (team): SQLSTATE codes, and the client's network errors.
  {
    codes: /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|57P0[123]|08\w{3})$/,
    what: 'database unreachable',
    advice: 'check that the PostgreSQL server in DATABASE_URL is running and reachable from this server',
    lasting: false,
  },
  { codes: /^53100$/, what: 'database disk full', advice: "free space on the PostgreSQL server's disk", lasting: false },
  { codes: /^53300$/, what: 'database has no connection slots left', advice: "raise PostgreSQL's max_connections or lower DATABASE_POOL_MAX", lasting: false },
  { codes: /^53200$/, what: 'database out of memory', advice: "check the PostgreSQL server's memory", lasting: false },
  { codes: /^25006$/, what: 'database is read-only', advice: 'point DATABASE_URL at the primary, not a standby', lasting: false },
  { codes: /^XX00[12]$/, what: 'database damaged', advice: 'restore the database from a backup (pg_dump) and check the PostgreSQL server', lasting: true },
];

const UNREACHABLE = KINDS.find((kind) => kind.what === 'database unreachable')!;

/** The pg client reports some lost connections by message only. */
const LOST_CONNECTION = /Connection terminated|connection timeout|Client has encountered a connection error/i;

export function classifyStorageError(error: unknown): StorageFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  const kind = typeof code === 'string' ? KINDS.find((k) => k.codes.test(code)) : undefined;
  if (kind) return { problem: `${kind.what} (${String(code)})`, advice: kind.advice, lasting: kind.lasting, transient: kind.what === UNREACHABLE.what };
  if (error instanceof Error && LOST_CONNECTION.test(error.message)) {
    return { problem: `${UNREACHABLE.what} (connection lost)`, advice: UNREACHABLE.advice, lasting: false, transient: true };
  }
  return null;
}
