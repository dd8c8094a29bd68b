/**
 * What an error from the archive's storage means for the people running the studio: the
 * disk is full, the database is damaged, the disk fails or refuses writes. Anything else is
 * a bug and is left alone (null).
 */
export interface ArchiveFailure {
  /** Short state, e.g. "disk full (SQLITE_FULL)". */
  problem: string;
  /** What to do about it, addressed to whoever runs the studio. */
  advice: string;
  /** A damaged database stays damaged; a full disk may be freed while the studio runs. */
  lasting: boolean;
}

const KINDS: { codes: RegExp; what: string; advice: string; lasting: boolean }[] = [
  { codes: /^(SQLITE_FULL|ENOSPC|EDQUOT)$/, what: 'disk full', advice: 'free space on the disk that holds DATA_DIR', lasting: false },
  {
    codes: /^(SQLITE_CORRUPT\w*|SQLITE_NOTADB)$/,
    what: 'database damaged',
    advice: 'stop the studio, move archive.sqlite away and restore it from a backup (the image files are not affected)',
    lasting: true,
  },
  { codes: /^(SQLITE_IOERR\w*|EIO)$/, what: 'disk I/O error', advice: 'check the disk that holds DATA_DIR', lasting: false },
  { codes: /^(SQLITE_READONLY\w*|SQLITE_CANTOPEN|SQLITE_PERM|EROFS|EACCES|EPERM)$/, what: 'not writable', advice: 'let the studio write to DATA_DIR', lasting: false },
];

export function classifyArchiveError(error: unknown): ArchiveFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const kind = KINDS.find((k) => k.codes.test(code));
  return kind ? { problem: `${kind.what} (${code})`, advice: kind.advice, lasting: kind.lasting } : null;
}
