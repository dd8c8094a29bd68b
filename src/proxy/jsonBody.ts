import { formatFieldPath } from '../picpik/errors';
import { MAX_JSON_DEPTH } from '../picpik/requestLimits';

export type ParsedBody = { ok: true; value: unknown } | { ok: false; message: string; field?: string };

/** Where the scan is: one frame per open object or list, with the key or index inside it. */
interface Frame {
  readonly list: boolean;
  key: string | number;
}

const KEY_SHOWN = 100;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Index just past the string whose opening quote is at `open` (text.length when unclosed). */
function skipString(text: string, open: number): number {
  // indexOf jumps over a megabyte of base64 in one native call; an odd run of backslashes escapes the quote.
  for (let quote = text.indexOf('"', open + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
  }
  return text.length;
}

function keyAt(text: string, open: number, close: number): string {
  const raw = text.slice(open, Math.min(close, open + KEY_SHOWN + 2));
  try {
    return JSON.parse(raw.endsWith('"') && raw.length > 1 ? raw : `${raw}…"`) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

function tooDeep(frames: readonly Frame[], maxDepth: number) {
  const field = formatFieldPath(frames.slice(0, -1).map((frame) => frame.key));
  return { field, message: `${field || 'The request body'} is nested deeper than ${maxDepth} levels of objects and lists` };
}

/**
 * How deep a JSON text nests, checked on the text before it is parsed: JSON.parse would
 * build a value millions of levels deep from a few megabytes of brackets (seconds of CPU and
 * hundreds of MB) only for the depth check to refuse it afterwards. Strings are skipped with
 * indexOf, so a megabyte of base64 costs one step. Malformed text is left to JSON.parse.
 */
export function jsonDepthProblem(text: string, maxDepth = MAX_JSON_DEPTH): { field: string; message: string } | undefined {
  const frames: Frame[] = [];
  let expectingKey = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const top = frames[frames.length - 1];
    if (code === QUOTE) {
      const end = skipString(text, at);
      if (top && !top.list && expectingKey) top.key = keyAt(text, at, end);
      expectingKey = false;
      at = end - 1;
    } else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      frames.push({ list: code === 0x5b, key: 0 });
      expectingKey = code === 0x7b;
      if (frames.length > maxDepth) return tooDeep(frames, maxDepth);
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      frames.pop();
      expectingKey = false;
    } else if (code === 0x2c /* , */ && top) {
      if (top.list) top.key = (top.key as number) + 1;
      expectingKey = !top.list;
    }
  }
  return undefined;
}

/** The request body parsed as JSON, or why not; nesting is limited before parsing. */
export function parseJsonBody(text: string): ParsedBody {
  const tooDeep = jsonDepthProblem(text);
  if (tooDeep) return { ok: false, ...tooDeep };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: 'The request body is not valid JSON' };
  }
}
