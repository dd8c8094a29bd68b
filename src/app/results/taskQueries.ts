import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isTaskFinal, type TaskDetail } from '../../picpik/queries';
import { callPicpik } from '../api/picpik';

export const taskKeys = {
  all: ['task'] as const,
  detail: (taskUid: string) => ['task', taskUid] as const,
  poll: (taskUids: readonly string[]) => ['task-poll', ...taskUids] as const,
  running: ['picpik', 'ListRunningTasks'] as const,
};

/** PICPIK does not publish a limit on TaskUIDList; 20 per call keeps requests small. */
const BATCH = 20;

/** 0.75 s, then ×1.5 per unchanged poll, at most 5 s: quick for fast tasks, light for slow ones. */
export function pollDelay(pollsSoFar: number): number {
  return Math.min(5000, Math.round(750 * 1.5 ** pollsSoFar));
}

export function cachedTask(queryClient: QueryClient, taskUid: string): TaskDetail | undefined {
  return queryClient.getQueryData<TaskDetail>(taskKeys.detail(taskUid));
}

async function pollOnce(queryClient: QueryClient, taskUids: readonly string[]): Promise<number> {
  const pending = taskUids.filter((uid) => {
    const detail = cachedTask(queryClient, uid);
    return !detail || !isTaskFinal(detail);
  });
  for (let i = 0; i < pending.length; i += BATCH) {
    const answer = await callPicpik({ Action: 'ListTasksDetails', TaskUIDList: pending.slice(i, i + BATCH) });
    for (const detail of (answer.TaskDetailList as TaskDetail[] | undefined) ?? []) {
      queryClient.setQueryData(taskKeys.detail(detail.TaskUID), detail);
    }
  }
  return taskUids.filter((uid) => {
    const detail = cachedTask(queryClient, uid);
    return !detail || !isTaskFinal(detail);
  }).length;
}

/**
 * One batched ListTasksDetails poll for every unfinished task of the session. Each task's
 * detail lands in its own cache entry (`taskKeys.detail`); polling backs off and stops
 * by itself when every task is final.
 */
export function useTaskPolling(taskUids: readonly string[], serverAnswers = true) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: taskKeys.poll(taskUids),
    // While the server is away, polls wait; they resume when the health check sees it again.
    enabled: taskUids.length > 0 && serverAnswers,
    queryFn: () => pollOnce(queryClient, taskUids),
    retry: 4,
    retryDelay: (attempt) => Math.min(8000, 1000 * 2 ** attempt),
    refetchInterval: (query) => (query.state.data === 0 ? false : pollDelay(query.state.dataUpdateCount)),
    refetchIntervalInBackground: true,
  });
}

/** A task's detail as last polled (undefined until the first answer). */
export function useTaskDetail(taskUid: string): TaskDetail | undefined {
  const { data } = useQuery<TaskDetail>({ queryKey: taskKeys.detail(taskUid), enabled: false, staleTime: Infinity });
  return data;
}

/** PICPIK's own queue: polled while the studio has unfinished tasks. */
export function useRunningTasks(active: boolean) {
  return useQuery({
    queryKey: taskKeys.running,
    queryFn: async () => ((await callPicpik({ Action: 'ListRunningTasks' })).TaskUIDList as string[] | undefined) ?? [],
    refetchInterval: active ? 3000 : false,
  });
}
