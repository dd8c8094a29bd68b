import { useEffect, useRef } from 'react';
import { useDocumentHeight, useDocumentWidth } from '../store/documentHooks';
import { useHistoryState } from './history/studioHistory';
import { registerCursorReadout } from './tools/cursorReadout';
import { useViewZoom, viewport } from './viewport/viewport';

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Status bar readouts: cursor position, document size, zoom, undo memory. */
export function CanvasStatus() {
  const zoom = useViewZoom();
  const width = useDocumentWidth();
  const height = useDocumentHeight();
  const history = useHistoryState();
  const cursorRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    registerCursorReadout(cursorRef.current);
    return () => registerCursorReadout(null);
  }, []);

  return (
    <>
      <span className="flex items-center gap-1.5 font-mono tabular-nums text-ink-400" title="Cursor position in document pixels">
        <svg viewBox="0 0 16 16" className="h-3 w-3" aria-hidden fill="none" stroke="currentColor" strokeWidth="1.4">
          <circle cx="8" cy="8" r="4.5" />
          <path d="M8 1v3M8 12v3M1 8h3M12 8h3" />
        </svg>
        <span ref={cursorRef} data-testid="cursor-position" className="inline-block min-w-16">
          –
        </span>
      </span>
      <span data-testid="document-size" className="font-mono tabular-nums" title="Document size: the picture at its full resolution">
        {width} × {height} px
      </span>
      <span className="text-ink-500" title={`${history.steps} undo steps in memory`}>
        History {history.steps} · {formatBytes(history.bytes)}
      </span>
      <span className="flex items-center gap-0.5">
        <button
          type="button"
          aria-label="Zoom out"
          className="h-5 w-5 rounded text-ink-400 hover:bg-ink-700 hover:text-ink-200"
          onClick={() => viewport.zoomStep(-1)}
        >
          −
        </button>
        <button
          type="button"
          aria-label="Fit to screen"
          title="Fit to screen (Ctrl+0) · 100 % is Ctrl+1"
          data-testid="zoom-level"
          className="h-5 min-w-12 rounded px-1 font-mono tabular-nums text-ink-200 hover:bg-ink-700"
          onClick={() => viewport.fitDocument()}
        >
          {Math.round(zoom * 100)}%
        </button>
        <button
          type="button"
          aria-label="Zoom in"
          className="h-5 w-5 rounded text-ink-400 hover:bg-ink-700 hover:text-ink-200"
          onClick={() => viewport.zoomStep(1)}
        >
          +
        </button>
      </span>
    </>
  );
}
