import { formatFieldPath } from './errors';
import { MAX_JSON_DEPTH } from './requestLimits';

/**
 * One thing in a request that could not travel unchanged, with the field it sits in.
 * `structure` (too deep, a forbidden key) must be refused before anything copies or recurses
 * into the value; `number` (non-finite, beyond 2^53 − 1) is refused after the schema, so a
 * field with a documented range keeps its own, clearer message.
 */
export interface JsonHazard {
  readonly kind: 'structure' | 'number';
  readonly field: string;
  readonly message: string;
}

/**
 * Keys that change an object's prototype or constructor when copied by assignment: a
 * `{"__proto__": {...}}` parsed by JSON.parse becomes the prototype of any copy, so it would
 * pass validation through inherited fields and vanish on the wire. None is a PICPIK field.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Entry {
  readonly value: object;
  readonly depth: number;
  readonly parent: Entry | undefined;
  readonly key: string | number | undefined;
}

function pathOf(entry: Entry | undefined, last?: string | number): string {
  const path: (string | number)[] = last === undefined ? [] : [last];
  for (let at = entry; at?.key !== undefined; at = at.parent) path.unshift(at.key);
  return formatFieldPath(path);
}

const named = (field: string) => field || 'The request';

/** Why a number cannot be forwarded as it is, worded after its field; undefined when it can. */
function numberHazard(value: number, field: string): JsonHazard | undefined {
  if (Number.isNaN(value)) return { kind: 'number', field, message: `${named(field)} must be a finite number (got NaN)` };
  if (!Number.isFinite(value)) {
    return { kind: 'number', field, message: `${named(field)} must be a finite number (got ${value}: a number such as 1e400 is beyond what JSON numbers hold)` };
  }
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    const limit = Number.MAX_SAFE_INTEGER;
    const message = `${named(field)} must be an integer from -${limit} to ${limit} (2^53 − 1) (got about ${value.toPrecision(6)}): larger integers lose digits in JSON, so the request would be signed and sent with another number`;
    return { kind: 'number', field, message };
  }
  return undefined;
}

/**
 * The first hazard in a value, found without recursion (so a deep value cannot overflow the
 * stack): nesting deeper than `maxDepth` or a `__proto__` / `constructor` / `prototype` key
 * (reported first, wherever they are), else a number that is not finite or an integer beyond
 * 2^53 − 1.
 */
export function findJsonHazard(value: unknown, maxDepth = MAX_JSON_DEPTH): JsonHazard | undefined {
  if (typeof value === 'number') return numberHazard(value, '');
  if (value === null || typeof value !== 'object') return undefined;
  let firstNumber: JsonHazard | undefined;
  const stack: Entry[] = [{ value, depth: 1, parent: undefined, key: undefined }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if (entry.depth > maxDepth) {
      const field = pathOf(entry);
      return { kind: 'structure', field, message: `${named(field)} is nested deeper than ${maxDepth} levels of objects and lists` };
    }
    const container = entry.value as Record<string, unknown>;
    // Object.keys lists every own key, "__proto__" included when JSON.parse made it one.
    const keys = Array.isArray(container) ? undefined : Object.keys(container);
    const count = keys ? keys.length : (container as unknown as unknown[]).length;
    const nested: Entry[] = [];
    for (let i = 0; i < count; i++) {
      const key: string | number = keys ? keys[i]! : i;
      if (keys && FORBIDDEN_KEYS.has(key as string)) {
        const field = pathOf(entry, key);
        return { kind: 'structure', field, message: `${field} is not allowed: "__proto__", "constructor" and "prototype" are never request fields` };
      }
      const child = container[key];
      if (typeof child === 'number') {
        if (firstNumber === undefined && (!Number.isFinite(child) || (Number.isInteger(child) && !Number.isSafeInteger(child)))) {
          firstNumber = numberHazard(child, pathOf(entry, key));
        }
      } else if (child !== null && typeof child === 'object') {
        nested.push({ value: child, depth: entry.depth + 1, parent: entry, key });
      }
    }
    // Reversed onto the stack, so nested values are visited in document order.
    for (let i = nested.length - 1; i >= 0; i--) stack.push(nested[i]!);
  }
  return firstNumber;
}
