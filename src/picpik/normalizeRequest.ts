/**
 * Rewrites the accepted variants of a request into the documented form (api.md §6), before
 * validation and signing. Pure: never mutates its input, returns new objects.
 *
 * - Keys whose value is null (or undefined) are dropped at any depth (PICPIK: "do not send
 *   nulls"), with `dropNulls` from the signature encoder.
 * - GenerateBackgrounds: `ImageAndMaskList` becomes `ImageList`, and the example's
 *   `TransparentImageIndexList: [i]` becomes `TransparentForeground: { ImageIndex: i }`.
 *   When both spellings are present and agree, the alias is dropped; when they disagree both
 *   are kept so validation reports the alias as an unknown field.
 *
 * TranslatePrompt / TranslatePrompts are not aliased: the legacy GenerateTxt2Img takes
 * `TranslatePrompt`, the new actions take `TranslatePrompts`, each rejects the other.
 */

import { dropNulls } from './signature';

type JsonObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function sameList(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
}

function renameAlias(request: JsonObject, alias: string, documented: string): void {
  if (!(alias in request)) return;
  if (!(documented in request)) {
    request[documented] = request[alias];
    delete request[alias];
  } else if (sameList(request[alias], request[documented])) {
    delete request[alias];
  }
}

function convertTransparentImageIndexList(request: JsonObject): void {
  const list = request.TransparentImageIndexList;
  if (!Array.isArray(list) || list.length !== 1) return;
  const index: unknown = list[0];
  const current = request.TransparentForeground;
  if (current === undefined) {
    request.TransparentForeground = { ImageIndex: index };
    delete request.TransparentImageIndexList;
  } else if (isPlainObject(current) && current.ImageIndex === index) {
    delete request.TransparentImageIndexList;
  }
}

export function normalizeRequest(body: unknown): unknown {
  const request = dropNulls(body);
  if (!isPlainObject(request)) return request;
  if (request.Action === 'GenerateBackgrounds') {
    renameAlias(request, 'ImageAndMaskList', 'ImageList');
    convertTransparentImageIndexList(request);
  }
  return request;
}
