import { z } from 'zod';
import { formatFieldPath } from '../../picpik/errors';
import { decodeMaskAlpha, type MaskPixels, type WorkContent } from './workContent';
import { missingAsset, zStudioWork } from './workSchema';

/**
 * The autosave's IndexedDB records. `work` holds the state (one record, key "current"),
 * `masks` one run-length coded raster per mask id, `assets` one Blob per asset id.
 * `formatVersion` changes whenever a record's meaning changes; older saves are not migrated.
 */
export const SAVED_WORK_VERSION = 1;

export const zSavedWorkRecord = zStudioWork.extend({
  formatVersion: z.literal(SAVED_WORK_VERSION),
  savedAt: z.number(),
  /** Changed since the last Save project / Open project (New document asks before discarding it). */
  unsavedToFile: z.boolean(),
});
export type SavedWorkRecord = z.infer<typeof zSavedWorkRecord>;

export const zSavedMaskRecord = z.object({
  maskId: z.string().min(1),
  width: z.int().positive(),
  height: z.int().positive(),
  revision: z.int().nonnegative(),
  alphaRle: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be bytes'),
});
export type SavedMaskRecord = z.infer<typeof zSavedMaskRecord>;

export const zSavedAssetRecord = z.object({
  id: z.string().min(1),
  name: z.string(),
  mimeType: z.string(),
  blob: z.instanceof(Blob),
});
export type SavedAssetRecord = z.infer<typeof zSavedAssetRecord>;

export type SavedWorkDecode =
  | { kind: 'none' }
  | { kind: 'unusable'; reason: string }
  | { kind: 'work'; content: WorkContent; unsavedToFile: boolean; savedAt: number };

function firstIssue(error: z.ZodError, what: string): string {
  const issue = error.issues[0];
  return issue ? `${what} ${formatFieldPath(issue.path) || ''}: ${issue.message}`.replace(' :', ':') : `${what} is damaged`;
}

/** Validates what was read from IndexedDB; anything off makes the whole save unusable, never half-applied. */
export function decodeSavedWork(work: unknown, maskRecords: unknown[], assetRecords: unknown[]): SavedWorkDecode {
  if (work === undefined) return { kind: 'none' };
  const version = (work as { formatVersion?: unknown } | null)?.formatVersion;
  if (version !== SAVED_WORK_VERSION) {
    return { kind: 'unusable', reason: `it was saved by another version of the studio (format ${String(version)}, this one reads ${SAVED_WORK_VERSION})` };
  }
  const state = zSavedWorkRecord.safeParse(work);
  if (!state.success) return { kind: 'unusable', reason: `it is damaged (${firstIssue(state.error, 'state')})` };
  const assets: WorkContent['assets'] = {};
  for (const record of assetRecords) {
    const asset = zSavedAssetRecord.safeParse(record);
    if (!asset.success) return { kind: 'unusable', reason: `it is damaged (${firstIssue(asset.error, 'image')})` };
    assets[asset.data.id] = { name: asset.data.name, mimeType: asset.data.mimeType, source: asset.data.blob };
  }
  const { document, params, tasks, selectedResult, versions, unsavedToFile, savedAt } = state.data;
  const missing = missingAsset(state.data, (assetId) => assets[assetId] !== undefined);
  if (missing) return { kind: 'unusable', reason: `it is damaged (the image ${missing} is missing)` };
  const masks: Record<string, MaskPixels> = {};
  for (const record of maskRecords) {
    const mask = zSavedMaskRecord.safeParse(record);
    if (!mask.success) return { kind: 'unusable', reason: `it is damaged (${firstIssue(mask.error, 'mask')})` };
    if (!document.masks[mask.data.maskId]) continue;
    try {
      masks[mask.data.maskId] = decodeMaskAlpha(mask.data.width, mask.data.height, mask.data.alphaRle);
    } catch {
      return { kind: 'unusable', reason: `it is damaged (the pixels of mask "${mask.data.maskId}" do not decode)` };
    }
  }
  return { kind: 'work', content: { document, params, tasks, selectedResult, versions, masks, assets }, unsavedToFile, savedAt };
}
