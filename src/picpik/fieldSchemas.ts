import { z } from 'zod';
import { describeReceived, expectMessage, type IssueInput } from './issueMessages';

/** The wording used for keys a strict object does not know; errors.ts expands it per key. */
export function notAFieldOf(typeName: string): string {
  return `is not a field of ${typeName}`;
}

export function text() {
  return z.string({ error: expectMessage('a text') });
}

export function nonEmptyText() {
  const error = expectMessage('a non-empty text');
  return z.string({ error }).min(1, { error });
}

export function flag() {
  return z.boolean({ error: expectMessage('true or false') });
}

export interface ListLimits {
  readonly min?: number;
  readonly max?: number;
}

/** A list of texts with at most `max` entries. */
export function textList(max: number) {
  return listOf(text(), { max }, 'a list of texts');
}

function entries(count: number): string {
  return count === 1 ? '1 entry' : `${count} entries`;
}

function countMessage(limits: ListLimits, expectation: string) {
  return (issue: IssueInput): string => {
    if (!Array.isArray(issue.input)) return expectMessage(expectation)(issue);
    const got = `got ${issue.input.length}`;
    if (limits.max !== undefined && issue.input.length > limits.max) {
      return `must have at most ${entries(limits.max)} (${got})`;
    }
    return `must have at least ${entries(limits.min ?? 0)} (${got})`;
  };
}

/**
 * A list with optional length limits; errors name the limit and the length received. A list
 * over its maximum is refused before any entry is parsed (zod checks the length first).
 */
export function listOf<T extends z.core.SomeType>(item: T, limits: ListLimits = {}, expectation = 'a list') {
  const error = countMessage(limits, expectation);
  let list = z.array(item, { error });
  if (limits.min !== undefined) list = list.min(limits.min, { error });
  if (limits.max !== undefined) list = list.max(limits.max, { error });
  return list;
}

/** One of a fixed list of texts; errors list the allowed values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  const listed = values.map((value) => JSON.stringify(value)).join(', ');
  return z.enum(values, { error: expectMessage(`one of ${listed}`) });
}

/** A map from names to values (ListModels, ListControlNets). */
export function mapOf<T extends z.core.SomeType>(value: T) {
  return z.record(z.string(), value, { error: expectMessage('an object keyed by name') });
}

function objectError(typeName: string) {
  return (issue: IssueInput & { readonly code?: string }): string =>
    issue.code === 'unrecognized_keys'
      ? notAFieldOf(typeName)
      : issue.input === undefined
        ? 'is required'
        : `must be a ${typeName} object (got ${describeReceived(issue.input)})`;
}

/** An object that reports keys outside `shape` (typos such as "Widht"). */
export function strictFields<S extends z.core.$ZodLooseShape>(typeName: string, shape: S) {
  return z.strictObject(shape, { error: objectError(typeName) });
}

/** An object that keeps keys outside `shape` untouched (models returned by ListModels). */
export function looseFields<S extends z.core.$ZodLooseShape>(typeName: string, shape: S) {
  return z.looseObject(shape, { error: objectError(typeName) });
}
