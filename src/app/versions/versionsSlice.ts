import type { StudioSlice } from '../store/studioState';
import { addVersion, branchDeleted, branchRestored, EMPTY_VERSION_TREE, starToggled, type NewVersion, type Version, type VersionTree } from './versionTree';

/** The versions of the picture (serialisable: patches are asset ids). Which one is shown is derived from the document. */
export interface VersionsSlice {
  versionTree: VersionTree;
  /** Throws the budget message when the patch does not fit. */
  versionAdded: (input: NewVersion) => Version;
  versionStarToggled: (id: string) => void;
  /** Returns what was removed, for undo. */
  versionBranchDeleted: (id: string) => Version[];
  versionBranchRestored: (removed: Version[]) => void;
  /** Autosave restore, project files, New document. */
  versionTreeRestored: (tree: VersionTree) => void;
}

export const createVersionsSlice: StudioSlice<VersionsSlice> = (set, get) => ({
  versionTree: EMPTY_VERSION_TREE,
  versionAdded: (input) => {
    const { tree, version } = addVersion(get().versionTree, input);
    set({ versionTree: tree });
    return version;
  },
  versionStarToggled: (id) => set((state) => ({ versionTree: starToggled(state.versionTree, id) })),
  versionBranchDeleted: (id) => {
    const { tree, removed } = branchDeleted(get().versionTree, id);
    set({ versionTree: tree });
    return removed;
  },
  versionBranchRestored: (removed) => set((state) => ({ versionTree: branchRestored(state.versionTree, removed) })),
  versionTreeRestored: (versionTree) => set({ versionTree }),
});
