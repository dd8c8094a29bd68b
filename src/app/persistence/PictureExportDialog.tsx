import { useSyncExternalStore, useState } from 'react';
import { DEFAULT_JPEG_QUALITY, exportPicture, type PictureFormat } from './pictureExport';

let open = false;
const listeners = new Set<() => void>();
const setOpen = (next: boolean) => {
  open = next;
  for (const listener of listeners) listener();
};

/** Opens the picture export (the Export menu's "Download picture…"). */
export const openPictureExport = (): void => setOpen(true);

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Format and quality of the downloaded picture; the colour profile and EXIF go along. */
export function PictureExportDialog() {
  const isOpen = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
  const [format, setFormat] = useState<PictureFormat>('png');
  const [quality, setQuality] = useState(DEFAULT_JPEG_QUALITY);
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  if (!isOpen) return null;
  const run = async () => {
    setState({ busy: true });
    try {
      const { blob, fileName } = await exportPicture({ format, quality });
      download(blob, fileName);
      setState({ busy: false });
      setOpen(false);
    } catch (error) {
      setState({ busy: false, error: (error as Error).message });
    }
  };
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/60" onClick={() => setOpen(false)}>
      <div role="dialog" aria-label="Download picture" className="w-80 space-y-3 rounded-lg border border-ink-700 bg-ink-850 p-4 text-xs text-ink-300 shadow-2xl" onClick={(event) => event.stopPropagation()}>
        <h2 className="text-sm font-semibold text-ink-200">Download picture</h2>
        <div role="radiogroup" aria-label="Format" className="flex gap-1">
          {(['png', 'jpeg'] as const).map((value) => (
            <button key={value} type="button" role="radio" aria-checked={format === value} onClick={() => setFormat(value)} className={`flex-1 rounded px-2 py-1 ${format === value ? 'bg-accent-500 text-white' : 'bg-ink-800 hover:bg-ink-700'}`}>
              {value === 'png' ? 'PNG (lossless)' : 'JPEG'}
            </button>
          ))}
        </div>
        {format === 'jpeg' ? (
          <label className="flex items-center gap-2">
            Quality
            <input type="range" aria-label="JPEG quality" min={1} max={100} value={quality} onChange={(event) => setQuality(Number(event.target.value))} className="flex-1 accent-accent-500" />
            <span className="w-8 text-right tabular-nums">{quality}</span>
          </label>
        ) : null}
        <p className="leading-relaxed text-ink-500">Full resolution. The photo’s colour profile and EXIF are kept (orientation as shown).</p>
        {state.error ? <p role="alert" className="text-danger-500">{state.error}</p> : null}
        <div className="flex justify-end gap-2">
          <button type="button" onClick={() => setOpen(false)} className="rounded px-3 py-1.5 hover:bg-ink-700">
            Cancel
          </button>
          <button type="button" disabled={state.busy} onClick={() => void run()} className="rounded bg-accent-500 px-3 py-1.5 font-medium text-white hover:bg-accent-600 disabled:opacity-50">
            {state.busy ? 'Encoding…' : 'Download'}
          </button>
        </div>
      </div>
    </div>
  );
}
