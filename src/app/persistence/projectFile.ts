import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { formatFieldPath } from '../../picpik/errors';
import { damaged, issuesText, parseProjectV1, type ProjectParse } from './projectFileV1';
import { decodeMaskAlpha, type EncodedMask, type MaskPixels } from './workContent';
import { missingAsset, zStudioWork, type StudioWork } from './workSchema';

/**
 * The project file (`.picpik`, version 2): a zip whose `project.json` holds the work and names
 * its entries; every image is an entry of its original bytes at full size (stored, not
 * re-encoded, never base64), every mask an entry of run-length coded alpha. Version 1 files
 * (`.picpik.json`, images as data URIs) are still opened.
 */
export const PROJECT_FORMAT = 'picpik-studio-project';
export const PROJECT_VERSION = 2;
export const PROJECT_EXTENSION = '.picpik';
export const PROJECT_MIME_TYPE = 'application/zip';
const MANIFEST = 'project.json';

const zEntry = z.string().regex(/^(assets|masks)\/[\w.-]+$/, 'must name an entry of the file');
const zProjectFile = zStudioWork.extend({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  savedAt: z.string(),
  assets: z.record(z.string(), z.object({ name: z.string(), mimeType: z.string().regex(/^image\//, 'must be an image type'), entry: zEntry })),
  masks: z.record(z.string(), z.object({ width: z.int().positive(), height: z.int().positive(), entry: zEntry })),
});

export interface ProjectInput extends StudioWork {
  masks: Record<string, EncodedMask>;
  assets: Record<string, { name: string; mimeType: string; bytes: Uint8Array }>;
}

const extensionOf = (mimeType: string) => (/^image\/([a-z0-9]+)/.exec(mimeType)?.[1] ?? 'bin').replace('jpeg', 'jpg');

export function buildProjectFile(project: ProjectInput, savedAt: Date): Uint8Array {
  // Pictures are already compressed: stored as they are. Run-length masks still deflate well.
  const entries: Zippable = {};
  const assets = Object.fromEntries(
    Object.entries(project.assets).map(([assetId, asset], index) => {
      const entry = `assets/${index}.${extensionOf(asset.mimeType)}`;
      entries[entry] = [asset.bytes, { level: 0 }];
      return [assetId, { name: asset.name, mimeType: asset.mimeType, entry }];
    }),
  );
  const masks = Object.fromEntries(
    Object.entries(project.masks).map(([maskId, mask], index) => {
      const entry = `masks/${index}.alpha-rle`;
      entries[entry] = [mask.alphaRle, { level: 6 }];
      return [maskId, { width: mask.width, height: mask.height, entry }];
    }),
  );
  // Whatever StudioWork holds goes into the manifest as it is.
  const { masks: _pixels, assets: _images, ...work } = project;
  const manifest = { format: PROJECT_FORMAT, version: PROJECT_VERSION, savedAt: savedAt.toISOString(), ...work, assets, masks };
  entries[MANIFEST] = [strToU8(JSON.stringify(manifest)), { level: 6 }];
  return zipSync(entries);
}

const fail = (message: string): ProjectParse => ({ ok: false, message });
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads a project file's bytes; a refusal names what is wrong and changes nothing. */
export function parseProjectFile(bytes: Uint8Array): ProjectParse {
  let files: Record<string, Uint8Array> | null = null;
  if (isZip(bytes)) {
    try {
      files = unzipSync(bytes);
    } catch {
      return damaged('it is not a readable zip archive');
    }
    if (!files[MANIFEST]) return fail(`This file is not a PICPIK Studio project: it has no ${MANIFEST}.`);
  }
  const raw = readJson(strFromU8(files?.[MANIFEST] ?? bytes));
  if (raw === undefined) return fail(`This file is not a PICPIK Studio project: ${files ? MANIFEST : 'it'} is not JSON.`);
  const head = z.looseObject({ format: z.string(), version: z.number() }).safeParse(raw);
  if (!head.success || head.data.format !== PROJECT_FORMAT) return fail('This file is not a PICPIK Studio project (its "format" is not picpik-studio-project).');
  if (head.data.version === 1 && !files) return parseProjectV1(raw, formatFieldPath);
  if (head.data.version !== PROJECT_VERSION || !files) {
    return fail(`This project is format version ${head.data.version}; this studio opens versions 1 and ${PROJECT_VERSION}. Open it in a matching studio.`);
  }
  return readEntries(raw, files);
}

function readEntries(raw: unknown, files: Record<string, Uint8Array>): ProjectParse {
  const parsed = zProjectFile.safeParse(raw);
  if (!parsed.success) return damaged(issuesText(parsed.error, formatFieldPath));
  const file = parsed.data;
  const missing = missingAsset(file, (assetId) => file.assets[assetId] !== undefined && files[file.assets[assetId].entry] !== undefined);
  if (missing) return damaged(`the image ${missing} it uses is not in it`);
  const masks: Record<string, MaskPixels> = {};
  for (const [maskId, mask] of Object.entries(file.masks)) {
    const rle = files[mask.entry];
    try {
      if (!rle) throw new Error('missing');
      masks[maskId] = decodeMaskAlpha(mask.width, mask.height, rle);
    } catch {
      return damaged(`the pixels of mask "${maskId}" do not decode to ${mask.width} × ${mask.height}`);
    }
  }
  const assets = Object.fromEntries(
    Object.entries(file.assets).map(([assetId, asset]) => [assetId, { name: asset.name, mimeType: asset.mimeType, source: new Blob([files[asset.entry] as Uint8Array<ArrayBuffer>], { type: asset.mimeType }) }]),
  );
  const { format: _format, version: _version, savedAt: _savedAt, assets: _entries, masks: _maskEntries, ...work } = file;
  return { ok: true, content: { ...work, masks, assets } };
}
