import { useShallow } from 'zustand/react/shallow';
import { useStudioStore } from '../store/studioStore';
import { TaskCard } from './TaskCard';
import { useRunningTasks, useTaskPolling } from './taskQueries';

/** The strip under the canvas: every task of the session, newest first, polled until final. */
export function ResultsTray() {
  const tasks = useStudioStore((s) => s.tasks);
  const taskUids = useStudioStore(useShallow((s) => s.tasks.map((t) => t.taskUid)));
  const polling = useTaskPolling(taskUids);
  const active = polling.data !== undefined && polling.data > 0;
  const running = useRunningTasks(active);
  if (tasks.length === 0) return null;
  return (
    <section aria-label="Results" className="shrink-0 border-t border-ink-800 bg-ink-900 px-3 py-2">
      <header className="mb-1.5 flex items-center gap-3 text-[11px] uppercase tracking-wide text-ink-400">
        <h2 className="font-semibold">Results</h2>
        {active && running.data && <span className="normal-case tracking-normal">{running.data.length} in the queue</span>}
        {polling.error && <span role="alert" className="normal-case tracking-normal text-danger-500">Polling failed: {polling.error.message} (retrying)</span>}
      </header>
      <ul className="flex gap-2 overflow-x-auto pb-1">
        {tasks.map((task) => (
          <TaskCard key={task.taskUid} task={task} />
        ))}
      </ul>
    </section>
  );
}
