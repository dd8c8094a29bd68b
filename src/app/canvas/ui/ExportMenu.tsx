import { exportCompositePng } from '../export/exportCompositePng';
import { exportForegroundsPng } from '../export/exportForegroundsPng';
import { exportMaskPng } from '../export/exportMaskPng';
import { exportOutpaintLayout } from '../export/exportOutpaintLayout';
import { useActiveMaskId } from '../../store/editorHooks';
import { openPictureExport, PictureExportDialog } from '../../persistence/PictureExportDialog';
import { DownloadIcon } from './icons';
import { showNotice } from './notice';
import { usePopover } from './usePopover';

/** Saves a data URI through a temporary link, so the browser shows a normal download. */
async function download(dataUri: string, filename: string): Promise<void> {
  const blob = await (await fetch(dataUri)).blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exactly what the request builder sends, downloadable for checking or use elsewhere. */
export function ExportMenu() {
  const { open, setOpen, ref } = usePopover<HTMLDivElement>();
  const maskId = useActiveMaskId();
  const run = (task: () => Promise<void>) => () => {
    setOpen(false);
    task().catch((error: Error) => showNotice(`Export failed: ${error.message}`));
  };
  const items: { label: string; hint: string; task: () => Promise<void> }[] = [
    { label: 'Download picture…', hint: 'PNG or JPEG, colour profile and EXIF kept', task: async () => openPictureExport() },
    { label: 'Download mask', hint: 'Black/white PNG, white = redraw', task: async () => download(await exportMaskPng(maskId), 'mask.png') },
    {
      label: 'Download outpaint image',
      hint: 'Picture on the extended canvas',
      task: async () => download((await exportOutpaintLayout()).image, 'outpaint-image.png'),
    },
    {
      label: 'Download outpaint mask',
      hint: 'Mask plus the uncovered area',
      task: async () => download((await exportOutpaintLayout()).mask, 'outpaint-mask.png'),
    },
    { label: 'Download foregrounds', hint: 'Transparent PNG with alpha', task: async () => download(await exportForegroundsPng(), 'foregrounds.png') },
    { label: 'Download composite', hint: 'Base image and foregrounds', task: async () => download(await exportCompositePng(), 'composite.png') },
  ];
  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="flex h-7 items-center gap-1.5 rounded-md px-2 text-xs text-ink-300 hover:bg-ink-700 hover:text-ink-200 aria-expanded:bg-ink-700"
      >
        <DownloadIcon />
        Export
      </button>
      {open ? (
        <div role="menu" aria-label="Export" className="absolute left-0 top-9 z-30 w-64 rounded-lg border border-ink-700 bg-ink-850 p-1 shadow-2xl shadow-black/50">
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              aria-label={item.label}
              onClick={run(item.task)}
              className="flex w-full flex-col rounded-md px-2.5 py-1.5 text-left hover:bg-accent-500/15 focus:bg-accent-500/15 focus:outline-none"
            >
              <span className="text-xs text-ink-200">{item.label}</span>
              <span className="text-[11px] text-ink-500">{item.hint}</span>
            </button>
          ))}
        </div>
      ) : null}
      <PictureExportDialog />
    </div>
  );
}
