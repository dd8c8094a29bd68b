import type { PictureEdit, RegionRect, StudioDocument } from '../store/documentTypes';

/**
 * The versions of a picture as a tree (pure, serialisable). Every accepted result is a version:
 * it keeps its parent, what made it, and ONLY the pixels it changed (a patch: the changed
 * area's rectangle and a PNG asset). The picture of a version is its root's picture with the
 * patches along the path from the root drawn over it, so thirty accepts on a 24 MP photo hold
 * thirty small patches, never thirty copies.
 */

/** A version's changed pixels: where they go and the PNG asset holding them (bytes = PNG size). */
export interface VersionPatch extends PictureEdit {
  bytes: number;
}

/** The rest of the document at a version: layers, references, size (the patches are not in it). */
export type VersionLayers = Omit<StudioDocument, 'edits' | 'masks'>;

export interface VersionVariant {
  taskUid: string;
  /** 0-based position in its run, and the run's size. */
  index: number;
  count: number;
}

export interface Version {
  id: string;
  /** Shown to the designer ("Version 3"); grows by one per version, never reused. */
  number: number;
  parentId: string | null;
  /** The PICPIK action ('Original' for a root). */
  action: string;
  /** The request as sent (images replaced by their list position). */
  params: Record<string, unknown>;
  seed: number | null;
  /** The generation region, document pixels at the time. */
  region: RegionRect | null;
  /** The mask the result went through (run-length coded, region-sized), null when it replaced the region. */
  mask: string | null;
  /**
   * Every mask raster as it was when the version was made (base64 of the run-length coded
   * alpha at the version's size, see versionMasks.ts); absent in trees saved before masks were kept.
   */
  maskRasters?: Record<string, string>;
  variant: VersionVariant | null;
  createdAt: number;
  /** Null for a root: its picture is its layers' base image plus `baseEdits`. */
  patch: VersionPatch | null;
  /** How far this version moved earlier content when it grew the canvas (outpainting), else 0, 0. */
  shift: { x: number; y: number };
  /** Roots only: results accepted before the tree began. */
  baseEdits: PictureEdit[];
  layers: VersionLayers;
  starred: boolean;
}

export interface VersionTree {
  versions: Record<string, Version>;
  nextNumber: number;
}

export const EMPTY_VERSION_TREE: VersionTree = { versions: {}, nextNumber: 1 };

/** Patches of all versions together may use this much (autosave and project files carry them all). */
export const VERSION_BUDGET_BYTES = 256 * 1024 * 1024;

export function layersOf(doc: StudioDocument): VersionLayers {
  const { edits: _edits, masks: _masks, ...layers } = doc;
  return layers;
}

/** Root first, `id` last; empty when `id` is unknown. */
export function pathTo(tree: VersionTree, id: string): Version[] {
  const path: Version[] = [];
  const seen = new Set<string>();
  for (let version = tree.versions[id]; version; version = version.parentId ? tree.versions[version.parentId] : undefined) {
    if (seen.has(version.id)) throw new Error(`The version tree has a cycle at ${version.id}`);
    seen.add(version.id);
    path.unshift(version);
  }
  return path;
}

/** The accepted results drawn over the base image at a version: the patches along its path, each moved by later growth. */
export function editsAt(tree: VersionTree, id: string): PictureEdit[] {
  let edits: PictureEdit[] = [];
  for (const version of pathTo(tree, id)) {
    if (version.parentId === null) edits = version.baseEdits.slice();
    if (version.shift.x !== 0 || version.shift.y !== 0) edits = edits.map((edit) => ({ ...edit, x: edit.x + version.shift.x, y: edit.y + version.shift.y }));
    if (version.patch) {
      const { bytes: _bytes, ...edit } = version.patch;
      edits.push(edit);
    }
  }
  return edits;
}

/** The document at a version; masks are the designer's working selection and come from `masks`. */
export function documentAt(tree: VersionTree, id: string, masks: StudioDocument['masks']): StudioDocument {
  const version = tree.versions[id];
  if (!version) throw new Error(`There is no version ${id}`);
  return { ...version.layers, edits: editsAt(tree, id), masks };
}

const sameEdits = (a: PictureEdit[], b: PictureEdit[]) => a.length === b.length && a.every((edit, i) => edit.id === b[i]?.id);

/**
 * Which version the document shows: the one whose patches are exactly the document's accepted
 * results on the same base image. Undo and redo move the document, so this moves with them.
 */
export function versionOfDocument(tree: VersionTree, doc: StudioDocument): Version | null {
  const last = doc.edits[doc.edits.length - 1];
  const candidates = Object.values(tree.versions).filter((version) =>
    last && version.patch ? version.patch.id === last.id : version.parentId === null && sameEdits(version.baseEdits, doc.edits),
  );
  const base = doc.baseImage?.assetId ?? null;
  return candidates.find((version) => rootOf(tree, version.id)?.layers.baseImage?.assetId === base && sameEdits(editsAt(tree, version.id), doc.edits)) ?? null;
}

export function rootOf(tree: VersionTree, id: string): Version | undefined {
  return pathTo(tree, id)[0];
}

export function childrenOf(tree: VersionTree, id: string | null): Version[] {
  return Object.values(tree.versions)
    .filter((version) => version.parentId === id)
    .sort((a, b) => a.number - b.number);
}

/** `id` and everything that grew from it. */
export function branchOf(tree: VersionTree, id: string): Version[] {
  const out: Version[] = [];
  const stack = tree.versions[id] ? [tree.versions[id]] : [];
  while (stack.length > 0) {
    const version = stack.pop() as Version;
    out.push(version);
    stack.push(...childrenOf(tree, version.id));
  }
  return out;
}

/** What a version's saved masks take (base64 text, as autosave and project files hold it). */
const maskBytes = (version: Version) => Object.values(version.maskRasters ?? {}).reduce((sum, coded) => sum + coded.length, 0);

export function usedBytes(tree: VersionTree): number {
  return Object.values(tree.versions).reduce((sum, version) => sum + (version.patch?.bytes ?? 0) + maskBytes(version), 0);
}

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);

/** Null when a patch of `bytes` fits the budget; otherwise the message that says what to do. */
export function budgetProblem(tree: VersionTree, bytes: number, budget = VERSION_BUDGET_BYTES): string | null {
  const used = usedBytes(tree);
  if (used + bytes <= budget) return null;
  return `The versions of this picture use ${mb(used)} MB of their ${mb(budget)} MB budget, and this result needs ${mb(bytes)} MB more: delete a branch you no longer need in the Versions panel, then accept again.`;
}

export type NewVersion = Omit<Version, 'id' | 'number' | 'starred' | 'baseEdits'> & { baseEdits?: PictureEdit[] };

/** Adds a version (ids are `v<number>`); returns the new tree and the version. */
export function addVersion(tree: VersionTree, input: NewVersion, budget = VERSION_BUDGET_BYTES): { tree: VersionTree; version: Version } {
  if (input.parentId !== null && !tree.versions[input.parentId]) throw new Error(`The parent version ${input.parentId} does not exist`);
  const problem = budgetProblem(tree, input.patch?.bytes ?? 0, budget);
  if (problem) throw new Error(problem);
  const number = tree.nextNumber;
  const version: Version = { ...input, baseEdits: input.baseEdits ?? [], id: `v${number}`, number, starred: false };
  return { tree: { versions: { ...tree.versions, [version.id]: version }, nextNumber: number + 1 }, version };
}

export function starToggled(tree: VersionTree, id: string): VersionTree {
  const version = tree.versions[id];
  if (!version) return tree;
  return { ...tree, versions: { ...tree.versions, [id]: { ...version, starred: !version.starred } } };
}

/** Removes `id` and its descendants; the removed versions come back through `branchRestored`. */
export function branchDeleted(tree: VersionTree, id: string): { tree: VersionTree; removed: Version[] } {
  const removed = branchOf(tree, id);
  const versions = { ...tree.versions };
  for (const version of removed) delete versions[version.id];
  return { tree: { ...tree, versions }, removed };
}

export function branchRestored(tree: VersionTree, removed: Version[]): VersionTree {
  const versions = { ...tree.versions };
  for (const version of removed) versions[version.id] = version;
  return { ...tree, versions };
}

/** Short action names for labels. */
const ACTION_NAMES: Record<string, string> = {
  Original: 'Original',
  ModifyMaskedPixels: 'Inpaint',
  GenerateImages: 'Generate',
  GenerateBackgrounds: 'Background',
  ApplyReferencePattern: 'Pattern',
  GenerateTxt2Img: 'Text to image',
};

/** "Version 3 · Inpaint · seed 1234": what the panel's button is called. */
export function versionLabel(version: Version): string {
  const parts = [`Version ${version.number}`, ACTION_NAMES[version.action] ?? version.action];
  if (version.seed !== null) parts.push(`seed ${version.seed}`);
  if (version.variant && version.variant.count > 1) parts.push(`variant ${version.variant.index + 1} of ${version.variant.count}`);
  return parts.join(' · ');
}

/** Every image a tree needs kept: patches, and the layers' images of every version. */
export function versionAssetIds(tree: VersionTree): string[] {
  const ids = new Set<string>();
  for (const version of Object.values(tree.versions)) {
    if (version.patch) ids.add(version.patch.assetId);
    for (const edit of version.baseEdits) ids.add(edit.assetId);
    const { baseImage, foregrounds, references } = version.layers;
    if (baseImage) ids.add(baseImage.assetId);
    for (const fg of foregrounds) ids.add(fg.assetId);
    for (const assetId of [references.img2img, references.background, references.pattern, ...Object.values(references.control)]) if (assetId) ids.add(assetId);
  }
  return [...ids];
}
