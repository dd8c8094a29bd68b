import { useState } from 'react';
import { modeFromKeys } from '../selection/maskCommands';
import { maskFromResultChanges } from '../selection/maskFromChanges';
import { AcceptResultButton } from '../region/AcceptResultButton';
import { useStudioStore } from '../store/studioStore';
import { acceptResultAsBase, addResultAsForeground, copyResultToClipboard, downloadResult, resultFileName } from './resultActions';
import { acceptStagedVariant } from './stagedVariant';
import { reuseSeedLabel, reuseSeedPatch, type VariantSeed } from './variantSeeds';

const buttonClass = 'rounded px-2 py-1 text-xs text-ink-200 hover:bg-ink-700 disabled:opacity-50';

/** What a designer does with a result: iterate on it, place it, take it away, reuse its seed. */
export function ResultActions({ url, taskUid, index, variant }: { url: string; taskUid: string; index: number; variant: VariantSeed }) {
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const editParams = useStudioStore((s) => s.paramsEdited);
  const seedPatch = reuseSeedPatch(variant);
  const fileSeed = variant.kind === 'own' ? variant.seed : variant.kind === 'run' ? variant.runSeed : undefined;
  const close = useStudioStore((s) => s.resultSelected);
  const inRegion = useStudioStore((s) => s.tasks.find((task) => task.taskUid === taskUid)?.region !== undefined);
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
      {inRegion ? (
        <AcceptResultButton
          resultKey={`${taskUid}:${index}`}
          accept={() => acceptStagedVariant(taskUid, index, variant)}
          onDone={(error) => (error ? setMessage({ text: error.message, error: true }) : (setMessage({ text: 'Accepted into the picture as a new version' }), close(null)))}
        />
      ) : null}
      <button type="button" className={inRegion ? buttonClass : 'rounded bg-accent-500 px-2.5 py-1 text-xs font-medium text-white hover:bg-accent-600'} onClick={run('Now the base image', () => acceptResultAsBase(url), true)}>
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
      <button type="button" className={buttonClass} onClick={run('Downloaded', () => downloadResult(url, resultFileName(taskUid, index, fileSeed)))}>
        Download PNG
      </button>
      <button type="button" className={buttonClass} onClick={run('Copied', () => copyResultToClipboard(url))}>
        Copy to clipboard
      </button>
      {seedPatch && (
        <button type="button" className={buttonClass} onClick={run(reusedMessage(seedPatch, index), async () => editParams(seedPatch))}>
          {reuseSeedLabel(variant)}
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

function reusedMessage(patch: { seed?: number; batchSize?: number }, index: number): string {
  if (patch.batchSize === undefined) return `Seed ${patch.seed} set in the form: the next result is this one again`;
  return `Seed ${patch.seed} and batch size ${patch.batchSize} set: variant ${index + 1} of the next run is this one again`;
}
