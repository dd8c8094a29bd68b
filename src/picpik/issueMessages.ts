/**
 * Wording shared by every schema in this folder. Each message is written to follow the
 * field's dotted path, e.g. "Width" + " must be an integer from 64 to 2560 (got 5000)".
 */

const LONG_TEXT = 40;

/** A short, human description of a value a field received. */
export function describeReceived(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (typeof input === 'string') {
    return input.length > LONG_TEXT ? `a text of ${input.length} characters` : JSON.stringify(input);
  }
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return `a list of ${input.length}`;
  if (typeof input === 'object') return 'an object';
  return `a ${typeof input}`;
}

/** The part of a zod issue our error functions read. */
export interface IssueInput {
  readonly input?: unknown;
}

/** An error function: "is required" when the field is missing, else "must be …". */
export function expectMessage(expectation: string): (issue: IssueInput) => string {
  return (issue) =>
    issue.input === undefined
      ? 'is required'
      : `must be ${expectation} (got ${describeReceived(issue.input)})`;
}

/** "must be an integer from 64 to 2560". */
export function rangeText(kind: 'an integer' | 'a number', min: number, max: number): string {
  return `${kind} from ${min} to ${max}`;
}
