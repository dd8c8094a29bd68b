import { useDocumentHasContent } from '../../store/documentHooks';
import { useStudioStore } from '../../store/studioStore';
import { openImage, placeForeground } from '../commands/documentCommands';
import { OPEN_IMAGE_REQUEST } from '../tools/useEditorShortcuts';
import { ACCEPTED_PICTURES_TEXT } from './acceptedPictures';
import { ImageIcon } from './icons';

/** A first look without files of one's own: the sample scene with a transparent bottle on it. */
async function openSample(): Promise<void> {
  const fetchBlob = async (path: string) => (await fetch(path)).blob();
  await openImage(await fetchBlob('/samples/landscape.png'), 'Sample landscape');
  await placeForeground(await fetchBlob('/samples/bottle.png'), 'Sample bottle');
}

/**
 * Shown over the blank document until there is a picture; painting still works through it.
 * Hidden while a result is shown on the canvas, which it would otherwise cover.
 */
export function EmptyCanvasHint() {
  const hasContent = useDocumentHasContent();
  const resultShown = useStudioStore((state) => state.selectedResult !== null);
  if (hasContent || resultShown) return null;
  return (
    <div className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center">
      <div className="flex w-80 flex-col items-center gap-3 rounded-xl border border-dashed border-ink-600 bg-ink-900/85 px-6 py-7 text-center shadow-2xl backdrop-blur-sm">
        <span className="flex h-11 w-11 items-center justify-center rounded-full bg-accent-500/15 text-accent-400">
          <ImageIcon className="h-5 w-5" />
        </span>
        <p className="text-sm font-medium text-ink-200">Open an image or drop one here</p>
        <p className="text-xs leading-relaxed text-ink-400">
          {ACCEPTED_PICTURES_TEXT} Paste with Ctrl+V, or paint a mask on the blank canvas.
        </p>
        <button
          type="button"
          className="pointer-events-auto mt-1 h-8 rounded-md bg-accent-500 px-4 text-xs font-medium text-white hover:bg-accent-600"
          onClick={() => window.dispatchEvent(new Event(OPEN_IMAGE_REQUEST))}
        >
          Choose an image…
        </button>
        <button type="button" className="pointer-events-auto text-xs text-ink-400 underline-offset-2 hover:text-ink-200 hover:underline" onClick={() => void openSample()}>
          Try the sample scene
        </button>
      </div>
    </div>
  );
}
