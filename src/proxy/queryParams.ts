export type Parsed = { ok: true; value: number } | { ok: false; message: string };

/** A query parameter that must be a whole number in [min, max]; absent means `fallback`. */
export function wholeNumberParam(name: string, text: string | undefined, min: number, max: number, fallback: number): Parsed {
  if (text === undefined) return { ok: true, value: fallback };
  const value = /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (Number.isInteger(value) && value >= min && value <= max) return { ok: true, value };
  return { ok: false, message: `${name} must be a whole number from ${min} to ${max} (got "${text}")` };
}
