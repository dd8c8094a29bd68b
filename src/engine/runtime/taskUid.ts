import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuv';

/** 20 lowercase base32 characters, like PICPIK's TaskUIDs (e.g. "ckt3uqlrh4miq8mr9lgg"). */
export function newTaskUid(): string {
  const bytes = randomBytes(20);
  let uid = 'l';
  for (let i = 1; i < 20; i++) uid += ALPHABET[bytes[i]! % 32];
  return uid;
}
