import { recordDocumentChange } from '../canvas/commands/documentHistory';
import { studioHistory } from '../canvas/history/studioHistory';
import { viewport } from '../canvas/viewport/viewport';
import { defaultStudioParams } from '../request/studioParams';
import { createEmptyDocument } from '../store/documentTypes';
import { useStudioStore } from '../store/studioStore';
import { applyWork, registerAssets } from './applyWork';
import { markFileSaved } from './fileSaveState';
import { dataUriToBlob } from './binaryText';
import { buildProjectFile, parseProjectFile, PROJECT_EXTENSION, PROJECT_MIME_TYPE, type ProjectInput } from './projectFile';
import { encodeMaskRaster } from '../canvas/rasters/maskRegistry';
import { assetSource, currentWork } from './readWork';
import { currentAutosaver } from './restoreSession';
import type { EncodedMask } from './workContent';
import { referencedAssetIds, type StudioWork } from './workSchema';
import { EMPTY_VERSION_TREE } from '../versions/versionTree';

/** `landscape-2025-03-14-0932.picpik`: the base image's name when there is one. */
export function projectFileName(baseName: string | undefined, at: Date): string {
  const stem = (baseName ?? '').replace(/\.[^.]+$/, '').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'picpik-project';
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `${stem}-${stamp}${PROJECT_EXTENSION}`;
}

function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PROJECT_MIME_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An image's original bytes, as it was opened (full size, never re-encoded). */
async function assetBytes(source: Blob | string): Promise<Uint8Array> {
  const blob = typeof source === 'string' ? dataUriToBlob(source) : source;
  return new Uint8Array(await blob.arrayBuffer());
}

/** Downloads the whole work as one `.picpik` file, images embedded as they are; returns the file name. */
export async function saveProjectFile(): Promise<string> {
  const work = currentWork();
  // Read from the tiles where painted: a large document's masks are never read whole.
  const masks: Record<string, EncodedMask> = {};
  for (const maskId of Object.keys(work.document.masks)) {
    const encoded = encodeMaskRaster(maskId);
    if (encoded) masks[maskId] = encoded;
  }
  const assets: ProjectInput['assets'] = {};
  for (const assetId of referencedAssetIds(work)) {
    const asset = assetSource(assetId);
    if (!asset) throw new Error(`The image ${assetId} is no longer loaded`);
    assets[assetId] = { name: asset.name, mimeType: asset.mimeType, bytes: await assetBytes(asset.source) };
  }
  const now = new Date();
  const baseName = work.document.baseImage ? assetSource(work.document.baseImage.assetId)?.name : undefined;
  const fileName = projectFileName(baseName, now);
  downloadBytes(buildProjectFile({ ...work, masks, assets }, now), fileName);
  markFileSaved();
  return fileName;
}

function restoreSideState(work: Omit<StudioWork, 'document'>): void {
  useStudioStore.setState({ params: work.params, tasks: work.tasks, selectedResult: work.selectedResult, versionTree: work.versions ?? EMPTY_VERSION_TREE });
}

/**
 * Replaces the work with a project file's, as ONE undo step that also puts the form and the
 * results tray back. A bad file throws a message naming what is wrong; nothing changes then.
 */
export async function openProjectFile(file: File): Promise<void> {
  const parsed = parseProjectFile(new Uint8Array(await file.arrayBuffer()));
  if (!parsed.ok) throw new Error(parsed.message);
  const { content } = parsed;
  try {
    await registerAssets(content.assets, content);
  } catch (error) {
    throw new Error(`This project file is damaged: ${(error as Error).message}.`, { cause: error });
  }
  const before = currentWork();
  recordDocumentChange('Open project', () => applyWork(content), {
    includesMasks: true,
    sideState: { undo: () => restoreSideState(before), redo: () => restoreSideState(content) },
  });
  viewport.fitDocument();
  markFileSaved();
}

/** Starts over: empty document, default form, empty tray, no undo history, autosave emptied. */
export async function startNewDocument(): Promise<void> {
  const document = createEmptyDocument();
  applyWork({ document, params: defaultStudioParams(), tasks: [], selectedResult: null, masks: {} });
  useStudioStore.getState().toolSelected('brush');
  studioHistory.clear();
  viewport.fitDocument();
  markFileSaved();
  await currentAutosaver()?.reset();
}
