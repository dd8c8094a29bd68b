import type { QueryClient } from '@tanstack/react-query';
import { isTaskFailed, isTaskFinal, type TaskDetail } from '../../picpik/queries';
import { creditsQuery } from '../api/credits';
import { healthQuery } from '../api/health';
import { newUuid } from '../api/ids';
import { callPicpik } from '../api/picpik';
import { sendWithRetries } from '../generate/sendWithRetries';
import { summarizeRequest } from '../generate/summarizeRequest';
import { fetchResultBlob } from '../results/resultActions';
import { taskKeys } from '../results/taskQueries';
import { useStudioStore } from '../store/studioStore';

export interface SegmentationResult {
  taskUid: string;
  image: Blob;
  /** Credits PICPIK charged (ConsumeApiPoint); undefined in local mode or when not reported. */
  credits: number | undefined;
}

/**
 * Resolves with the task's detail once it is final. The results tray polls every task of the
 * session (batched ListTasksDetails); this only listens to what those polls put in the cache.
 */
export function waitForTask(queryClient: QueryClient, taskUid: string, signal?: AbortSignal): Promise<TaskDetail> {
  const key = taskKeys.detail(taskUid);
  return new Promise((resolve, reject) => {
    const stops: (() => void)[] = [];
    const stop = () => stops.forEach((fn) => fn());
    const check = () => {
      const detail = queryClient.getQueryData<TaskDetail>(key);
      if (detail && isTaskFinal(detail)) {
        stop();
        resolve(detail);
      } else if (!useStudioStore.getState().tasks.some((task) => task.taskUid === taskUid)) {
        stop();
        reject(new Error('The task was dismissed before it finished'));
      }
    };
    const onAbort = () => {
      stop();
      reject(new DOMException('Cancelled', 'AbortError'));
    };
    stops.push(queryClient.getQueryCache().subscribe(check));
    stops.push(useStudioStore.subscribe((state) => state.tasks, check));
    signal?.addEventListener('abort', onAbort, { once: true });
    stops.push(() => signal?.removeEventListener('abort', onAbort));
    if (signal?.aborted) onAbort();
    else check();
  });
}

/**
 * Sends a RemoveBackground / ExtractContents body like any other task: one request_uuid (so a
 * retry after a network error cannot start a second, paid task), into the results tray with
 * its progress, archived by the server; then waits for it and loads its first image.
 */
export async function runSegmentation(queryClient: QueryClient, body: Record<string, unknown>, signal?: AbortSignal): Promise<SegmentationResult> {
  const action = String(body.Action);
  const request = { ...body, Action: action, request_uuid: newUuid() };
  const answer = await sendWithRetries(() => callPicpik(request));
  const taskUid = typeof answer.TaskUID === 'string' ? answer.TaskUID : '';
  if (!taskUid) throw new Error(`${action} answered without a TaskUID`);
  useStudioStore.getState().taskSubmitted({ taskUid, action, submittedAt: Date.now(), requestSummary: summarizeRequest(request), inputAssetId: null });
  const detail = await waitForTask(queryClient, taskUid, signal);
  if (isTaskFailed(detail)) throw new Error(`${action} failed: ${detail.ErrorMassage || `error ${detail.ErrorCode ?? ''}`}`);
  const url = detail.ImgList?.[0];
  if (!url) throw new Error(`${action} finished without an image`);
  const image = await fetchResultBlob(url);
  const picpikMode = queryClient.getQueryData(healthQuery.queryKey)?.mode === 'picpik';
  if (picpikMode) void queryClient.invalidateQueries({ queryKey: creditsQuery.queryKey });
  return { taskUid, image, credits: picpikMode ? (detail.ConsumeApiPoint ?? undefined) : undefined };
}
