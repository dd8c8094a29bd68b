/**
 * PICPIK request signature (shared/picpik-api.md §2).
 * Sign exactly the value tree that is sent: callers normalise with `dropNulls`,
 * sign, and serialise that same object.
 */

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

/** Plain byte-order comparison of UTF-16 code units; the keys PICPIK uses are ASCII. */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Decimal without exponent: 1.0 → "1", 0.5 → "0.5", 1e-7 → "0.0000001". Integers print the
 * digits JSON.stringify sends (2^64 → "18446744073709552000", not toFixed's exact binary
 * value "18446744073709551616"), so a verifier reading the wire signs the same string.
 */
export function encodeNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot sign a non-finite number (${value})`);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const [mantissa = '', exponentText = '0'] = text.toLowerCase().split('e');
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  out = out.includes('.') ? out.replace(/\.?0+$/, '') : out;
  return negative ? `-${out}` : out;
}

/** Emits the encoding of `value` piece by piece; joined, the pieces are `encodeValue(value)`. */
function emitValue(value: Json, emit: (piece: string) => void): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'string') emit(value);
  else if (typeof value === 'number') emit(encodeNumber(value));
  else if (typeof value === 'boolean') emit(value ? 'true' : 'false');
  else if (Array.isArray(value)) for (const item of value) emitValue(item, emit);
  else emitObject(value, emit);
}

function emitObject(value: { [key: string]: Json }, emit: (piece: string) => void): void {
  const keys = Object.keys(value).filter((key) => value[key] !== null && value[key] !== undefined);
  for (const key of keys.sort(byteOrder)) {
    emit(key);
    emitValue(value[key], emit);
  }
}

function joined(write: (emit: (piece: string) => void) => void): string {
  const pieces: string[] = [];
  write((piece) => pieces.push(piece));
  return pieces.join('');
}

export function encodeValue(value: Json): string {
  return joined((emit) => emitValue(value, emit));
}

/**
 * The string to sign, as pieces in order: every field but `Signature`, sorted, then the
 * private key. A signer can hash the pieces one by one instead of joining megabytes of
 * base64 images into one string first.
 */
export function emitStringToSign(request: Record<string, unknown>, privateKey: string, emit: (piece: string) => void): void {
  const { Signature: _ignored, ...fields } = request;
  emitObject(fields as { [key: string]: Json }, emit);
  emit(privateKey);
}

/** The exact string that is hashed: every field but `Signature`, sorted, then the private key. */
export function stringToSign(request: Record<string, unknown>, privateKey: string): string {
  return joined((emit) => emitStringToSign(request, privateKey, emit));
}

/**
 * Remove keys whose value is null or undefined, at every depth (PICPIK: do not send nulls).
 * Array elements are kept in place: dropping one would shift the image indices.
 */
export function dropNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(dropNulls) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (inner !== null && inner !== undefined) out[key] = dropNulls(inner);
    }
    return out as T;
  }
  return value;
}
