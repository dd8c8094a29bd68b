import { describe, expect, it } from 'vitest';
import { bytesToBase64, dataUriToBlob } from '../persistence/binaryText';
import { buildProjectFile, parseProjectFile, type ProjectInput } from '../persistence/projectFile';
import { decodeSavedWork, SAVED_WORK_VERSION } from '../persistence/savedWorkRecords';
import { encodeMaskAlpha } from '../persistence/workContent';
import { sampleWork } from '../persistence/testWork';
import { referencedAssetIds } from '../persistence/workSchema';
import { addVersion, EMPTY_VERSION_TREE, layersOf, type VersionTree } from './versionTree';

/** A small painted square as a version keeps it (base64 of the run-length coded alpha). */
function maskOfDocument(width: number, height: number): string {
  const alpha = new Uint8Array(width * height);
  for (let y = 2; y < 6; y++) alpha.fill(255, y * width + 2, y * width + 6);
  return bytesToBase64(encodeMaskAlpha({ width, height, alpha }));
}

/** A tree of the sample work's picture: the original and one accepted patch. */
function sampleTree(): VersionTree {
  const { document } = sampleWork();
  const base = { action: 'Original', params: {}, seed: null, region: null, mask: null, variant: null, createdAt: 1, patch: null, shift: { x: 0, y: 0 }, layers: layersOf(document) };
  const root = addVersion(EMPTY_VERSION_TREE, { ...base, parentId: null });
  const patch = { id: 'edit-1', assetId: 'asset-patch', x: 4, y: 4, width: 8, height: 8, bytes: 99 };
  return addVersion(root.tree, { ...base, parentId: 'v1', action: 'ModifyMaskedPixels', seed: 7, region: { x: 0, y: 0, width: 16, height: 16 }, mask: 'AAE=', variant: { taskUid: 'task-1', index: 1, count: 2 }, patch, maskRasters: { main: maskOfDocument(document.width, document.height) } }).tree;
}

function records(versions: unknown, withPatch = true) {
  const { masks: _masks, assets, ...state } = sampleWork();
  const all = { ...assets, ...(withPatch ? { 'asset-patch': { name: 'Result', mimeType: 'image/png', source: `data:image/png;base64,${btoa('patch')}` } } : {}) };
  return {
    work: { ...state, versions, formatVersion: SAVED_WORK_VERSION, savedAt: 1, unsavedToFile: false },
    assets: Object.entries(all).map(([id, a]) => ({ id, name: a.name, mimeType: a.mimeType, blob: dataUriToBlob(a.source as string) })),
  };
}

describe('versions in the autosave', () => {
  it('come back exactly, and their patches count as images the work needs', () => {
    const tree = sampleTree();
    const { work, assets } = records(tree);
    const decoded = decodeSavedWork(work, [], assets);
    if (decoded.kind !== 'work') throw new Error(JSON.stringify(decoded));
    expect(decoded.content.versions).toEqual(tree);
    expect(referencedAssetIds({ ...sampleWork(), versions: tree })).toContain('asset-patch');
  });

  it('refuses a version whose saved mask is not base64', () => {
    const tree = sampleTree();
    const v2 = { ...tree.versions.v2!, maskRasters: { main: 'not base64!' } };
    const { work, assets } = records({ ...tree, versions: { ...tree.versions, v2 } });
    expect(decodeSavedWork(work, [], assets)).toMatchObject({ kind: 'unusable' });
  });

  it('an older save without versions still opens', () => {
    const { work, assets } = records(undefined);
    const decoded = decodeSavedWork(work, [], assets);
    expect(decoded.kind === 'work' && decoded.content.versions).toBeUndefined();
  });

  it('refuses a tree whose patch image is missing or whose parent is gone', () => {
    const tree = sampleTree();
    const missing = records(tree, false);
    expect(decodeSavedWork(missing.work, [], missing.assets)).toMatchObject({ kind: 'unusable', reason: expect.stringMatching(/asset-patch/) });
    const { v1: _root, ...orphans } = tree.versions;
    const broken = records({ ...tree, versions: orphans });
    expect(decodeSavedWork(broken.work, [], broken.assets)).toMatchObject({ kind: 'unusable', reason: expect.stringMatching(/parent is missing/) });
  });
});

describe('versions in project files', () => {
  function project(versions: VersionTree, withPatch = true): ProjectInput {
    const work = sampleWork();
    const ids = [...Object.keys(work.assets), ...(withPatch ? ['asset-patch'] : [])];
    const assets = Object.fromEntries(ids.map((id) => [id, { name: id, mimeType: 'image/png', bytes: Uint8Array.of(1, 2, 3) }]));
    const masks = Object.fromEntries(Object.entries(work.masks).map(([id, mask]) => [id, { width: mask.width, height: mask.height, alphaRle: encodeMaskAlpha(mask) }]));
    return { ...work, versions, assets, masks };
  }

  it('travel with the work and come back exactly', () => {
    const tree = sampleTree();
    const parsed = parseProjectFile(buildProjectFile(project(tree), new Date(0)));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.content.versions).toEqual(tree);
    expect(Object.keys(parsed.content.assets)).toContain('asset-patch');
  });

  it('a file whose version patch image is missing is refused, naming it', () => {
    const parsed = parseProjectFile(buildProjectFile(project(sampleTree(), false), new Date(0)));
    expect(parsed).toMatchObject({ ok: false, message: expect.stringMatching(/asset-patch/) });
  });
});
