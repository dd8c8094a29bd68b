import { useMutation } from '@tanstack/react-query';
import { isTaskFailed, isTaskFinal } from '../../picpik/queries';
import { useConnection } from '../api/connection';
import { callPicpik } from '../api/picpik';
import type { SubmittedTask } from '../store/resultsSlice';
import { useStudioStore } from '../store/studioStore';
import { ACTION_TAB_LABELS } from '../panels/ActionTabs';
import { taskErrorText } from './taskErrorText';
import { useTaskDetail } from './taskQueries';
import { useStageWhenFinished } from './useStageWhenFinished';
import { showVariants } from './variantGrid';
import { variantSeed } from './variantSeeds';

function StatusLine({ task }: { task: SubmittedTask }) {
  const detail = useTaskDetail(task.taskUid);
  const cancel = useMutation({ mutationFn: () => callPicpik({ Action: 'TerminateTask', TaskUID: task.taskUid }) });
  const serverAway = useConnection().state === 'offline';
  if (detail && isTaskFailed(detail)) {
    return (
      <p role="alert" title={detail.ErrorMassage ?? undefined} className="max-w-72 text-[11px] leading-snug text-danger-500">
        {taskErrorText(detail)}
      </p>
    );
  }
  if (detail && isTaskFinal(detail)) return null;
  if (serverAway) {
    return (
      <p className="flex items-center gap-2 text-[11px] text-amber-400">
        <span aria-hidden className="h-2 w-2 rounded-full bg-amber-400" />
        Waiting for the server…
      </p>
    );
  }
  return (
    <div className="flex items-center gap-2 text-[11px] text-ink-400">
      <span className="h-3 w-3 animate-spin rounded-full border-2 border-accent-500 border-t-transparent" aria-hidden />
      <span>{detail?.Status ?? 'Submitted'}…</span>
      <button
        type="button"
        aria-label={`Cancel task ${task.taskUid}`}
        disabled={cancel.isPending}
        onClick={() => cancel.mutate()}
        className="ml-auto rounded px-1.5 py-0.5 text-ink-300 hover:bg-ink-700"
      >
        Cancel
      </button>
      {cancel.error && <span className="text-danger-500">{cancel.error.message}</span>}
    </div>
  );
}

/** One submitted task in the tray: status, thumbnails of its results, seed. */
export function TaskCard({ task }: { task: SubmittedTask }) {
  const detail = useTaskDetail(task.taskUid);
  const select = useStudioStore((s) => s.resultSelected);
  const dismiss = useStudioStore((s) => s.taskDismissed);
  const images = detail?.ImgList ?? [];
  useStageWhenFinished(task, detail);
  return (
    <li aria-label={`Task ${task.taskUid}`} className="flex w-max shrink-0 flex-col gap-1.5 rounded-md border border-ink-700 bg-ink-850 p-2">
      <div className="flex items-center gap-2 text-[11px]">
        <span className="font-medium text-ink-200">{ACTION_TAB_LABELS[task.action as keyof typeof ACTION_TAB_LABELS] ?? task.action}</span>
        {detail?.Seed !== undefined && <span className="text-ink-400">seed {detail.Seed}</span>}
        {images.length > 1 ? (
          <button type="button" aria-label={`Compare the ${images.length} variants of task ${task.taskUid}`} onClick={() => showVariants(task.taskUid)} className="rounded px-1.5 text-ink-300 hover:bg-ink-700">
            Compare
          </button>
        ) : null}
        <button type="button" aria-label={`Dismiss task ${task.taskUid}`} onClick={() => dismiss(task.taskUid)} className="ml-auto rounded px-1 text-ink-500 hover:bg-ink-700 hover:text-ink-200">
          ×
        </button>
      </div>
      <StatusLine task={task} />
      {images.length > 0 && (
        <div className="flex gap-1.5">
          {images.map((url, index) => {
            const variant = variantSeed(detail, index);
            return (
              <button
                key={url + index}
                type="button"
                aria-label={`Open result ${index + 1} of ${images.length}`}
                onClick={() => select({ taskUid: task.taskUid, index })}
                className="relative h-16 w-16 overflow-hidden rounded border border-ink-700 bg-ink-950 hover:border-accent-500"
              >
                <img src={url} alt="" className="h-full w-full object-contain" />
                {/* Each variant's own seed, where the backend reports one (the local engine does). */}
                {variant.kind === 'own' && images.length > 1 ? (
                  <span className="absolute inset-x-0 bottom-0 bg-black/60 text-center font-mono text-[9px] leading-3 text-ink-200">{variant.seed}</span>
                ) : null}
              </button>
            );
          })}
        </div>
      )}
    </li>
  );
}
