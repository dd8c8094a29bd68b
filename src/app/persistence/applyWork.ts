import { restoreAsset } from '../canvas/assets';
import { maskIds, removeMask, replaceMask } from '../canvas/rasters/maskRegistry';
import { MAIN_MASK_ID } from '../store/documentTypes';
import { useStudioStore } from '../store/studioStore';
import { EMPTY_VERSION_TREE } from '../versions/versionTree';
import type { WorkContent } from './workContent';

/**
 * Decodes the work's images under their saved ids; nothing in the document changes yet.
 * Task input pictures are only compared with, never shown on the stage: no preview for them.
 */
export async function registerAssets(assets: WorkContent['assets'], work?: Pick<WorkContent, 'tasks'>): Promise<void> {
  const inputs = new Set(work?.tasks.map((task) => task.inputAssetId) ?? []);
  await Promise.all(Object.entries(assets).map(([assetId, asset]) => restoreAsset(assetId, asset.source, asset.name, { preview: !inputs.has(assetId) })));
}

/**
 * Puts mask rasters, document, form, results tray and versions in place (assets must be registered).
 * `exactRevisions` keeps the saved mask revisions (startup restore: nothing to invalidate, and
 * the autosave knows those masks are stored); otherwise revisions move forward like an undo.
 */
export function applyWork(content: Omit<WorkContent, 'assets'>, { exactRevisions = false } = {}): void {
  const { document } = content;
  for (const maskId of maskIds()) if (!document.masks[maskId]) removeMask(maskId);
  for (const maskId of Object.keys(document.masks)) {
    const pixels = content.masks[maskId];
    replaceMask(maskId, pixels?.width ?? document.width, pixels?.height ?? document.height, pixels?.alpha ?? null);
  }
  const state = useStudioStore.getState();
  if (exactRevisions) useStudioStore.setState({ document, selectedForegroundId: null, activeMaskId: MAIN_MASK_ID });
  else state.documentRestored(document);
  useStudioStore.setState({ params: content.params, tasks: content.tasks, selectedResult: content.selectedResult, versionTree: content.versions ?? EMPTY_VERSION_TREE });
}
