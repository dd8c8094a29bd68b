import type { StudioSlice } from './studioState';

/**
 * What the studio submitted this session. Server data (status, images) stays in
 * react-query's cache; here only ids and what the studio itself knows.
 */
export interface SubmittedTask {
  taskUid: string;
  action: string;
  submittedAt: number;
  /** The request as sent, with images replaced by their list position (for "reuse" and the request view). */
  requestSummary: Record<string, unknown>;
  /** The picture the request started from (asset id), for compare and the change view. */
  inputAssetId: string | null;
  /** The part of the document the request covered, and how its result goes back (absent on older tasks). */
  region?: TaskRegion | undefined;
}

/** A request's region as recorded at submit (see src/app/region/taskRegion.ts). */
export interface TaskRegion {
  /** Document pixels at submit; may reach past the edges (outpainting). */
  rect: { x: number; y: number; width: number; height: number };
  generated: { width: number; height: number };
  documentSize: { width: number; height: number };
  /** Where the base image sat: a canvas extended since moves the region with the picture. */
  anchor: { x: number; y: number } | null;
  /** Through the feathered mask (run-length coded, base64, rect-sized) or replacing the whole region. */
  blend: { kind: 'mask'; feather: number; mask: string } | { kind: 'replace' };
}

export interface ResultRef {
  taskUid: string;
  index: number;
}

export interface ResultsSlice {
  tasks: SubmittedTask[];
  selectedResult: ResultRef | null;
  taskSubmitted: (task: SubmittedTask) => void;
  taskDismissed: (taskUid: string) => void;
  resultSelected: (result: ResultRef | null) => void;
}

export const createResultsSlice: StudioSlice<ResultsSlice> = (set) => ({
  tasks: [],
  selectedResult: null,
  taskSubmitted: (task) => set((state) => ({ tasks: [task, ...state.tasks.filter((t) => t.taskUid !== task.taskUid)] })),
  taskDismissed: (taskUid) =>
    set((state) => ({
      tasks: state.tasks.filter((t) => t.taskUid !== taskUid),
      selectedResult: state.selectedResult?.taskUid === taskUid ? null : state.selectedResult,
    })),
  resultSelected: (result) => set({ selectedResult: result }),
});
