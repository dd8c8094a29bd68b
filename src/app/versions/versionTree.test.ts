import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type StudioDocument } from '../store/documentTypes';
import {
  addVersion,
  branchDeleted,
  branchRestored,
  budgetProblem,
  childrenOf,
  documentAt,
  editsAt,
  EMPTY_VERSION_TREE,
  layersOf,
  starToggled,
  usedBytes,
  versionAssetIds,
  versionLabel,
  versionOfDocument,
  type NewVersion,
  type VersionTree,
} from './versionTree';

const photo: StudioDocument = { ...createEmptyDocument(6000, 4000), baseImage: { assetId: 'photo', x: 0, y: 0, width: 6000, height: 4000 } };

const root = (doc = photo): NewVersion => ({
  parentId: null, action: 'Original', params: {}, seed: null, region: null, mask: null, variant: null, createdAt: 1,
  patch: null, shift: { x: 0, y: 0 }, baseEdits: doc.edits, layers: layersOf(doc),
});

const accept = (parentId: string, n: number, extra: Partial<NewVersion> = {}): NewVersion => ({
  ...root(),
  parentId,
  action: 'ModifyMaskedPixels',
  seed: 1000 + n,
  region: { x: 100, y: 100, width: 256, height: 256 },
  variant: { taskUid: `task-${n}`, index: n % 2, count: 2 },
  patch: { id: `edit-${n}`, assetId: `patch-${n}`, x: 100 + n, y: 100, width: 200, height: 180, bytes: 40_000 },
  ...extra,
});

function build(): { tree: VersionTree; ids: string[] } {
  let tree = EMPTY_VERSION_TREE;
  const ids: string[] = [];
  const add = (input: NewVersion) => {
    const next = addVersion(tree, input);
    tree = next.tree;
    ids.push(next.version.id);
    return next.version.id;
  };
  const original = add(root());
  const a = add(accept(original, 1));
  add(accept(a, 2));
  add(accept(original, 3)); // a second branch from the original
  return { tree, ids };
}

describe('version tree', () => {
  it('numbers versions and keeps both branches of the original', () => {
    const { tree, ids } = build();
    expect(ids).toEqual(['v1', 'v2', 'v3', 'v4']);
    expect(childrenOf(tree, 'v1').map((v) => v.id)).toEqual(['v2', 'v4']);
    expect(versionLabel(tree.versions.v3!)).toBe('Version 3 · Inpaint · seed 1002 · variant 1 of 2');
    expect(versionLabel(tree.versions.v1!)).toBe('Version 1 · Original');
  });

  it('draws a version as the patches along its path from the root, nothing from other branches', () => {
    const { tree } = build();
    expect(editsAt(tree, 'v3').map((e) => e.id)).toEqual(['edit-1', 'edit-2']);
    expect(editsAt(tree, 'v4').map((e) => e.id)).toEqual(['edit-3']);
    expect(editsAt(tree, 'v1')).toEqual([]);
    const doc = documentAt(tree, 'v3', photo.masks);
    expect(doc.baseImage?.assetId).toBe('photo');
    expect(doc.edits[1]).toEqual({ id: 'edit-2', assetId: 'patch-2', x: 102, y: 100, width: 200, height: 180 });
  });

  it('moves earlier patches when a version grew the canvas', () => {
    let { tree } = build();
    const grown = { ...layersOf(photo), width: 6200, baseImage: { assetId: 'photo', x: 200, y: 0, width: 6000, height: 4000 } };
    tree = addVersion(tree, accept('v3', 5, { shift: { x: 200, y: 0 }, layers: grown, patch: { id: 'edit-5', assetId: 'p5', x: 0, y: 0, width: 300, height: 4000, bytes: 1 } })).tree;
    const edits = editsAt(tree, 'v5');
    expect(edits.map((e) => [e.id, e.x])).toEqual([['edit-1', 301], ['edit-2', 302], ['edit-5', 0]]);
    expect(documentAt(tree, 'v5', photo.masks).width).toBe(6200);
  });

  it('finds the version a document shows, so undo and redo move "you are here"', () => {
    const { tree } = build();
    expect(versionOfDocument(tree, documentAt(tree, 'v3', photo.masks))?.id).toBe('v3');
    expect(versionOfDocument(tree, photo)?.id).toBe('v1');
    // Undo of version 3's accept leaves version 2's edits.
    expect(versionOfDocument(tree, { ...photo, edits: editsAt(tree, 'v2') })?.id).toBe('v2');
    // Another picture is no version of this tree.
    expect(versionOfDocument(tree, { ...photo, baseImage: { ...photo.baseImage!, assetId: 'other' } })).toBeNull();
    // Edits that were never accepted as versions match nothing.
    expect(versionOfDocument(tree, { ...photo, edits: [{ id: 'x', assetId: 'y', x: 0, y: 0, width: 1, height: 1 }] })).toBeNull();
  });

  it('deletes a branch with everything below it and restores it exactly', () => {
    const { tree } = build();
    const { tree: pruned, removed } = branchDeleted(tree, 'v2');
    expect(Object.keys(pruned.versions).sort()).toEqual(['v1', 'v4']);
    expect(removed.map((v) => v.id).sort()).toEqual(['v2', 'v3']);
    expect(branchRestored(pruned, removed).versions).toEqual(tree.versions);
    // Numbers are never reused after a delete.
    expect(addVersion(pruned, accept('v1', 9)).version.number).toBe(5);
  });

  it('stars versions', () => {
    const { tree } = build();
    const starred = starToggled(tree, 'v2');
    expect(starred.versions.v2?.starred).toBe(true);
    expect(starToggled(starred, 'v2').versions.v2?.starred).toBe(false);
    expect(starToggled(tree, 'nope')).toBe(tree);
  });

  it('counts only patch bytes and refuses a version past the budget with a message that says what to do', () => {
    const { tree } = build();
    expect(usedBytes(tree)).toBe(120_000);
    expect(budgetProblem(tree, 10_000, 200_000)).toBeNull();
    const message = budgetProblem(tree, 100_000, 200_000);
    expect(message).toMatch(/use 0\.1 MB of their 0\.2 MB budget.*delete a branch/);
    expect(() => addVersion(tree, accept('v1', 7, { patch: { id: 'e', assetId: 'a', x: 0, y: 0, width: 1, height: 1, bytes: 100_000 } }), 200_000)).toThrow(/budget/);
    expect(() => addVersion(tree, accept('nope', 7))).toThrow(/parent version nope/);
  });

  it('lists every image the versions need kept', () => {
    const { tree } = build();
    expect(versionAssetIds(tree).sort()).toEqual(['patch-1', 'patch-2', 'patch-3', 'photo']);
  });
});
