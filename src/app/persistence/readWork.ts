import { getAsset } from '../canvas/assets';
import { useStudioStore } from '../store/studioStore';
import type { StudioWork } from './workSchema';

/** The serialisable work as it is in the store now (immutable objects: cheap, comparable by identity). */
export function currentWork(): StudioWork {
  const { document, params, tasks, selectedResult, versionTree } = useStudioStore.getState();
  return { document, params, tasks, selectedResult, versions: versionTree };
}

/** Name and bytes of a decoded asset, as it was opened (a Blob, or the data URI it came from). */
export function assetSource(assetId: string): { name: string; mimeType: string; source: Blob | string } | undefined {
  const asset = getAsset(assetId);
  return asset ? { name: asset.name, mimeType: asset.mimeType, source: asset.source } : undefined;
}
