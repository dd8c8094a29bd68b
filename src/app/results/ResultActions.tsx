import { useState } from 'react';
import { modeFromKeys } from '../selection/maskCommands';
import { maskFromResultChanges } from '../selection/maskFromChanges';
import { useStudioStore } from '../store/studioStore';
import { acceptResultAsBase, addResultAsForeground, copyResultToClipboard, downloadResult, resultFileName } from './resultActions';

const buttonClass = 'rounded px-2 py-1 text-xs text-ink-200 hover:bg-ink-700 disabled:opacity-50';

/** What a designer does with a result: iterate on it, place it, take it away, reuse its seed. */
export function ResultActions({ url, taskUid, index, seed }: { url: string; taskUid: string; index: number; seed: number | undefined }) {
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const editParams = useStudioStore((s) => s.paramsEdited);
  const close = useStudioStore((s) => s.resultSelected);
  const run = (label: string, action: () => Promise<void>, closeAfter = false) => async () => {
    try {
      await action();
      setMessage({ text: label });
      if (closeAfter) close(null);
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-1">
      <button type="button" className="rounded bg-accent-500 px-2.5 py-1 text-xs font-medium text-white hover:bg-accent-600" onClick={run('Now the base image', () => acceptResultAsBase(url), true)}>
        Use as base image
      </button>
      <button type="button" className={buttonClass} onClick={run('Added as a foreground', () => addResultAsForeground(url), true)}>
        Add as foreground
      </button>
      <button
        type="button"
        className={buttonClass}
        title="The pixels this result changed become the mask · Shift adds, Alt subtracts"
        onClick={(event) => {
          const mode = modeFromKeys(event);
          const input = useStudioStore.getState().tasks.find((task) => task.taskUid === taskUid)?.inputAssetId ?? null;
          void run('Changed pixels are now the mask', async () => void (await maskFromResultChanges(url, input, mode)), true)();
        }}
      >
        Mask from changes
      </button>
      <button type="button" className={buttonClass} onClick={run('Downloaded', () => downloadResult(url, resultFileName(taskUid, index, seed)))}>
        Download PNG
      </button>
      <button type="button" className={buttonClass} onClick={run('Copied', () => copyResultToClipboard(url))}>
        Copy to clipboard
      </button>
      {seed !== undefined && (
        <button type="button" className={buttonClass} onClick={run(`Seed ${seed} set in the form`, async () => editParams({ seed }))}>
          Reuse seed {seed}
        </button>
      )}
      {message && (
        <span role="status" className={`ml-2 text-xs ${message.error ? 'text-danger-500' : 'text-ink-400'}`}>
          {message.text}
        </span>
      )}
    </div>
  );
}
