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

/** Decimal without exponent: 1.0 → "1", 0.5 → "0.5", 1e-7 → "0.0000001". */
export function encodeNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot sign a non-finite number (${value})`);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
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

export function encodeValue(value: Json): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return encodeNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.map(encodeValue).join('');
  return encodeObject(value);
}

function encodeObject(value: { [key: string]: Json }): string {
  return Object.keys(value)
    .filter((key) => value[key] !== null && value[key] !== undefined)
    .sort(byteOrder)
    .map((key) => key + encodeValue(value[key]))
    .join('');
}

/** The exact string that is hashed: every field but `Signature`, sorted, then the private key. */
export function stringToSign(request: Record<string, unknown>, privateKey: string): string {
  const { Signature: _ignored, ...fields } = request;
  return encodeObject(fields as { [key: string]: Json }) + privateKey;
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
