import { useRegionPreview } from './resultPreview';

/**
 * Accept: the result shown in place goes into the picture through its feathered mask (or
 * replaces its region), as one undo step. Waits until the result is composed. `accept` does
 * it (results/stagedVariant.ts: through acceptComposedResult, recording a version).
 */
export function AcceptResultButton({ resultKey, accept, onDone }: { resultKey: string; accept: () => Promise<unknown>; onDone: (error?: Error) => void }) {
  const preview = useRegionPreview();
  const ready = preview?.key === resultKey && preview.composed !== null;
  return (
    <button
      type="button"
      disabled={!ready}
      title="Put the result into the picture: only the masked area (and its feather) changes · Ctrl+Z undoes it"
      onClick={() => {
        if (!preview?.composed) return;
        accept().then(() => onDone(), onDone);
      }}
      className="rounded bg-accent-500 px-2.5 py-1 text-xs font-medium text-white hover:bg-accent-600 disabled:opacity-50"
    >
      Accept
    </button>
  );
}
