import { useEffect } from 'react';
import { isTaskFinal, type TaskDetail } from '../../picpik/queries';
import type { SubmittedTask } from '../store/resultsSlice';
import { useStudioStore } from '../store/studioStore';
import { useVariantsShown } from './variantGrid';

/** Runs submitted before this page loaded finished while nobody watched: they are not staged. */
const pageLoadedAt = Date.now();
/** Each run is staged by itself once at most. */
const stagedOnce = new Set<string>();

/**
 * A run that finishes while the designer watches is staged on the canvas: its first variant
 * composed into its region. Never over a run already staged or the variant grid, nor for runs
 * submitted before a reload.
 */
export function useStageWhenFinished(task: SubmittedTask, detail: TaskDetail | undefined): void {
  const finished = detail !== undefined && isTaskFinal(detail) && (detail.ImgList?.length ?? 0) > 0;
  const grid = useVariantsShown();
  useEffect(() => {
    if (!finished || task.submittedAt < pageLoadedAt || stagedOnce.has(task.taskUid)) return;
    stagedOnce.add(task.taskUid);
    const state = useStudioStore.getState();
    if (task.region && state.selectedResult === null && grid === null) state.resultSelected({ taskUid: task.taskUid, index: 0 });
  }, [finished, task, grid]);
}
