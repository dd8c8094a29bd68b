import { useEffect, useSyncExternalStore } from 'react';
import { useStudioStore } from '../store/studioStore';
import { renderVersion } from './renderVersion';
import { documentAt, type Version } from './versionTree';

const THUMBNAIL_SIDE = 64;
/** Versions never change their pixels, so a thumbnail is made once per version (and patch). */
const cache = new Map<string, string>();
const listeners = new Set<() => void>();

const keyOf = (version: Version) => `${version.id}:${version.patch?.assetId ?? version.layers.baseImage?.assetId ?? 'empty'}`;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A small data URL of the version's picture; null until drawn (after the current frame, so clicks stay quick). */
export function useVersionThumbnail(version: Version): string | null {
  const key = keyOf(version);
  const url = useSyncExternalStore(subscribe, () => cache.get(key) ?? null);
  useEffect(() => {
    if (cache.has(key)) return;
    const handle = requestAnimationFrame(() => {
      const { versionTree, document } = useStudioStore.getState();
      if (!versionTree.versions[version.id]) return;
      cache.set(key, renderVersion(documentAt(versionTree, version.id, document.masks), THUMBNAIL_SIDE).toDataURL('image/png'));
      for (const listener of listeners) listener();
    });
    return () => cancelAnimationFrame(handle);
  }, [key, version.id]);
  return url;
}
