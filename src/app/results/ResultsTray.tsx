import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useConnection } from '../api/connection';
import { usePendingSubmissions } from '../generate/pendingSubmissions';
import { resumePendingSubmissions } from '../generate/resumeSubmissions';
import { useStudioStore } from '../store/studioStore';
import { PendingCard } from './PendingCard';
import { TaskCard } from './TaskCard';
import { useRunningTasks, useTaskPolling } from './taskQueries';

const TRAY_CLASS = 'flex h-[148px] shrink-0 flex-col border-t border-ink-800 bg-ink-900 px-3 py-2';

/**
 * The strip under the canvas: requests on their way, then every task of the session, newest
 * first. Always there and always the same height: the canvas area never resizes when a task
 * starts or its results arrive (redrawing a 2560² picture at a new size costs whole frames).
 */
export function ResultsTray() {
  const tasks = useStudioStore((s) => s.tasks);
  const taskUids = useStudioStore(useShallow((s) => s.tasks.map((t) => t.taskUid)));
  const pending = usePendingSubmissions();
  const online = useConnection().state !== 'offline';
  const polling = useTaskPolling(taskUids, online);
  const active = polling.data !== undefined && polling.data > 0;
  const running = useRunningTasks(active && online);
  // Generate requests cut off by a reload go on from where they stopped.
  useEffect(() => void resumePendingSubmissions(), []);
  if (tasks.length === 0 && pending.length === 0) {
    return (
      <div className={`${TRAY_CLASS} flex items-center justify-center text-xs text-ink-500`}>
        Results appear here: choose an action, mark what to change, then Generate.
      </div>
    );
  }
  return (
    <section aria-label="Results" className={TRAY_CLASS}>
      <header className="mb-1.5 flex items-center gap-3 text-[11px] uppercase tracking-wide text-ink-400">
        <h2 className="font-semibold">Results</h2>
        {active && online && running.data && <span className="normal-case tracking-normal">{running.data.length} in the queue</span>}
        {polling.error && online && <span role="alert" className="normal-case tracking-normal text-danger-500">Polling failed: {polling.error.message} (retrying)</span>}
      </header>
      <ul className="flex min-h-0 flex-1 items-start gap-2 overflow-x-auto overflow-y-hidden pb-1">
        {pending.map((entry) => (
          <PendingCard key={entry.record.requestUuid} entry={entry} />
        ))}
        {tasks.map((task) => (
          <TaskCard key={task.taskUid} task={task} />
        ))}
      </ul>
    </section>
  );
}
