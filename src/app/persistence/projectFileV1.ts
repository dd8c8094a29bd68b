import { z } from 'zod';
import { base64ToBytes } from './binaryText';
import { decodeMaskAlpha, type MaskPixels, type WorkContent } from './workContent';
import { missingAsset, zStudioWork } from './workSchema';

/**
 * Reading the first project format (`.picpik.json`, version 1): one JSON document with every
 * image as a data URI and every mask as base64 run-length alpha. Still opened; no longer written.
 */
const zProjectFileV1 = zStudioWork.extend({
  version: z.literal(1),
  assets: z.record(
    z.string(),
    z.object({
      name: z.string(),
      mimeType: z.string().regex(/^image\//, 'must be an image type'),
      dataUri: z.string().regex(/^data:image\/[\w.+-]+;base64,/, 'must be a base64 image data URI'),
    }),
  ),
  masks: z.record(z.string(), z.object({ width: z.int().positive(), height: z.int().positive(), alphaRle: z.string() })),
});

export type ProjectParse = { ok: true; content: WorkContent } | { ok: false; message: string };
export const damaged = (what: string): ProjectParse => ({ ok: false, message: `This project file is damaged: ${what}.` });

export function issuesText(error: z.ZodError, describe: (path: PropertyKey[]) => string): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${describe(issue.path) || 'the file'}: ${issue.message}`)
    .join('; ');
}

export function parseProjectV1(raw: unknown, describe: (path: PropertyKey[]) => string): ProjectParse {
  const parsed = zProjectFileV1.safeParse(raw);
  if (!parsed.success) return damaged(issuesText(parsed.error, describe));
  const file = parsed.data;
  const missing = missingAsset(file, (assetId) => file.assets[assetId] !== undefined);
  if (missing) return damaged(`the image ${missing} it uses is not in it`);
  const masks: Record<string, MaskPixels> = {};
  for (const [maskId, mask] of Object.entries(file.masks)) {
    try {
      masks[maskId] = decodeMaskAlpha(mask.width, mask.height, base64ToBytes(mask.alphaRle));
    } catch {
      return damaged(`the pixels of mask "${maskId}" do not decode to ${mask.width} × ${mask.height}`);
    }
  }
  const assets = Object.fromEntries(Object.entries(file.assets).map(([assetId, asset]) => [assetId, { name: asset.name, mimeType: asset.mimeType, source: asset.dataUri }]));
  const { document, params, tasks, selectedResult } = file;
  return { ok: true, content: { document, params, tasks, selectedResult, masks, assets } };
}
