import { z } from 'zod';
import { formatFieldPath } from '../../picpik/errors';
import { base64ToBytes, bytesToBase64 } from './binaryText';
import { decodeMaskAlpha, encodeMaskAlpha, type MaskPixels, type WorkContent } from './workContent';
import { missingAsset, zStudioWork, type StudioWork } from './workSchema';

/**
 * The project file (`.picpik.json`): one JSON document with the work, every image as a data
 * URI and every mask as run-length coded alpha in base64. Versioned; read back through zod.
 */
export const PROJECT_FORMAT = 'picpik-studio-project';
export const PROJECT_VERSION = 1;
export const PROJECT_EXTENSION = '.picpik.json';

const zProjectAsset = z.object({
  name: z.string(),
  mimeType: z.string().regex(/^image\//, 'must be an image type'),
  dataUri: z.string().regex(/^data:image\/[\w.+-]+;base64,/, 'must be a base64 image data URI'),
});

const zProjectMask = z.object({ width: z.int().positive(), height: z.int().positive(), alphaRle: z.string() });

const zProjectFile = zStudioWork.extend({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  savedAt: z.string(),
  assets: z.record(z.string(), zProjectAsset),
  masks: z.record(z.string(), zProjectMask),
});

export interface ProjectInput extends StudioWork {
  masks: Record<string, MaskPixels>;
  assets: Record<string, { name: string; mimeType: string; dataUri: string }>;
}

export function buildProjectFile(project: ProjectInput, savedAt: Date): string {
  const masks = Object.fromEntries(
    Object.entries(project.masks).map(([id, mask]) => [id, { width: mask.width, height: mask.height, alphaRle: bytesToBase64(encodeMaskAlpha(mask)) }]),
  );
  const file = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    savedAt: savedAt.toISOString(),
    document: project.document,
    params: project.params,
    tasks: project.tasks,
    selectedResult: project.selectedResult,
    assets: project.assets,
    masks,
  };
  return JSON.stringify(file);
}

export type ProjectParse = { ok: true; content: WorkContent } | { ok: false; message: string };

const fail = (message: string): ProjectParse => ({ ok: false, message });

/** Reads a project file's text; a refusal names what is wrong and changes nothing. */
export function parseProjectFile(text: string): ProjectParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('This file is not a PICPIK Studio project: it is not JSON.');
  }
  const head = z.looseObject({ format: z.string(), version: z.number() }).safeParse(raw);
  if (!head.success || head.data.format !== PROJECT_FORMAT) return fail('This file is not a PICPIK Studio project (its "format" is not picpik-studio-project).');
  if (head.data.version !== PROJECT_VERSION) {
    return fail(`This project is format version ${head.data.version}; this studio opens version ${PROJECT_VERSION}. Open it in a matching studio.`);
  }
  const parsed = zProjectFile.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 3).map((issue) => `${formatFieldPath(issue.path) || 'the file'}: ${issue.message}`);
    return fail(`This project file is damaged: ${problems.join('; ')}.`);
  }
  const file = parsed.data;
  const missing = missingAsset(file, (assetId) => file.assets[assetId] !== undefined);
  if (missing) return fail(`This project file is damaged: the image ${missing} it uses is not in it.`);
  const masks: Record<string, MaskPixels> = {};
  for (const [maskId, mask] of Object.entries(file.masks)) {
    try {
      masks[maskId] = decodeMaskAlpha(mask.width, mask.height, base64ToBytes(mask.alphaRle));
    } catch {
      return fail(`This project file is damaged: the pixels of mask "${maskId}" do not decode to ${mask.width} × ${mask.height}.`);
    }
  }
  const assets = Object.fromEntries(
    Object.entries(file.assets).map(([assetId, asset]) => [assetId, { name: asset.name, mimeType: asset.mimeType, source: asset.dataUri }]),
  );
  const { document, params, tasks, selectedResult } = file;
  return { ok: true, content: { document, params, tasks, selectedResult, masks, assets } };
}
