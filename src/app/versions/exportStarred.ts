import { zipSync } from 'fflate';
import { useStudioStore } from '../store/studioStore';
import { versionPng } from './renderVersion';
import { documentAt, versionLabel, type Version } from './versionTree';

function fileName(version: Version): string {
  const seed = version.seed !== null ? `-seed${version.seed}` : '';
  return `version-${version.number}${seed}.png`;
}

/** What each file in the archive is: label, action, seed, parent, time. */
function manifest(versions: Version[]): string {
  const rows = versions.map((v) => ({ file: fileName(v), label: versionLabel(v), action: v.action, seed: v.seed, parent: v.parentId, region: v.region, createdAt: new Date(v.createdAt).toISOString() }));
  return JSON.stringify({ versions: rows }, null, 2);
}

/** The starred versions at full resolution as PNGs in one zip (stored: PNG is compressed already). */
export async function starredVersionsZip(): Promise<Uint8Array> {
  const { versionTree, document } = useStudioStore.getState();
  const starred = Object.values(versionTree.versions)
    .filter((version) => version.starred)
    .sort((a, b) => a.number - b.number);
  if (starred.length === 0) throw new Error('Star the versions to download first (☆ next to each version)');
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const version of starred) {
    const png = await versionPng(documentAt(versionTree, version.id, document.masks));
    files[fileName(version)] = [new Uint8Array(await png.arrayBuffer()), { level: 0 }];
  }
  files['versions.json'] = [new TextEncoder().encode(manifest(starred)), { level: 6 }];
  return zipSync(files);
}

export async function downloadStarredVersions(): Promise<void> {
  const bytes = await starredVersionsZip();
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `picpik-starred-versions-${new Date().toISOString().slice(0, 10)}.zip`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
