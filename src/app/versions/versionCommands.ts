import { recordDocumentChange } from '../canvas/commands/documentHistory';
import { recordCommand } from '../canvas/history/studioHistory';
import { resizeAllMasks } from '../canvas/rasters/maskRegistry';
import { viewport } from '../canvas/viewport/viewport';
import { useStudioStore } from '../store/studioStore';
import { restoreVersionMasks } from './versionMasks';
import { branchOf, documentAt, versionLabel, versionOfDocument } from './versionTree';

const state = () => useStudioStore.getState();

/**
 * Makes the document the version's (base image, accepted results, layers, size and the masks
 * as they were when it was made) as ONE undo step. Work from here becomes a new branch.
 * Trees saved before versions kept masks keep the current masks, moved with the picture.
 */
export function goToVersion(id: string): void {
  const { versionTree, document: current } = state();
  const version = versionTree.versions[id];
  if (!version) throw new Error(`There is no version ${id}`);
  const target = documentAt(versionTree, id, current.masks);
  const resized = target.width !== current.width || target.height !== current.height;
  const dx = target.baseImage && current.baseImage ? target.baseImage.x - current.baseImage.x : 0;
  const dy = target.baseImage && current.baseImage ? target.baseImage.y - current.baseImage.y : 0;
  const masks = version.maskRasters;
  recordDocumentChange(
    `Go to ${versionLabel(version).split(' · ')[0]}`,
    () => {
      if (masks) restoreVersionMasks(masks, target.width, target.height);
      else if (resized) resizeAllMasks(target.width, target.height, dx, dy);
      state().documentRestored(target);
    },
    { includesMasks: resized || masks !== undefined },
  );
  if (resized) viewport.fitDocument();
}

/** Why a branch cannot be deleted, or null. */
export function deleteBranchProblem(id: string): string | null {
  const { versionTree, document } = state();
  const version = versionTree.versions[id];
  if (!version) return `There is no version ${id}`;
  if (version.parentId === null) return 'The original of a picture stays: delete the branches that grew from it instead';
  const shown = versionOfDocument(versionTree, document);
  if (shown && branchOf(versionTree, id).some((v) => v.id === shown.id)) return 'The picture shows a version of this branch: go to another version first';
  return null;
}

/** Deletes a version and everything that grew from it, as one undo step. */
export function deleteBranch(id: string): void {
  const problem = deleteBranchProblem(id);
  if (problem) throw new Error(problem);
  const removed = state().versionBranchDeleted(id);
  recordCommand({
    label: `Delete branch from Version ${removed[0]?.number ?? ''}`.trim(),
    bytes: 256 * removed.length,
    undo: () => state().versionBranchRestored(removed),
    redo: () => void state().versionBranchDeleted(id),
  });
}
