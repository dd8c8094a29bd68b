import { useTool } from '../store/editorHooks';
import type { ToolId } from '../store/editorTypes';
import { BrushOptions, PaintModeToggle } from './ui/BrushOptions';
import { CanvasSizePopover } from './ui/CanvasSizePopover';
import { ForegroundOptions } from './ui/ForegroundOptions';
import { MaskOptions } from './ui/MaskOptions';

const TOOL_TITLES: Record<ToolId, string> = {
  move: 'Move',
  brush: 'Brush',
  eraser: 'Eraser',
  rect: 'Rectangle',
  lasso: 'Lasso',
  hand: 'Hand',
};

const HINTS: Partial<Record<ToolId, string>> = {
  rect: 'Drag to fill a rectangle · Shift for a square',
  lasso: 'Drag around an area to fill it',
  hand: 'Drag to pan · wheel to zoom · Ctrl+0 fit · Ctrl+1 100 %',
};

function Divider() {
  return <div className="h-5 w-px shrink-0 bg-ink-700" aria-hidden />;
}

/** Context options for the current tool, then the mask overlay, then the canvas size. */
export function ToolOptionsBar() {
  const tool = useTool();
  const masking = tool === 'brush' || tool === 'eraser' || tool === 'rect' || tool === 'lasso';
  return (
    <div
      role="region"
      aria-label="Tool options"
      className="flex h-10 shrink-0 items-center gap-3 border-b border-ink-800 bg-ink-900 px-3"
    >
      <div className="flex min-w-0 flex-1 items-center gap-4 overflow-x-auto">
      <span className="min-w-16 shrink-0 text-[11px] font-semibold uppercase tracking-wider text-ink-400">{TOOL_TITLES[tool]}</span>
      {tool === 'brush' || tool === 'eraser' ? <BrushOptions /> : null}
      {tool === 'rect' || tool === 'lasso' ? <PaintModeToggle /> : null}
      {tool === 'move' ? <ForegroundOptions /> : null}
      {HINTS[tool] ? <span className="text-[11px] text-ink-500">{HINTS[tool]}</span> : null}
      {masking ? (
        <>
          <Divider />
          <MaskOptions />
        </>
      ) : null}
      </div>
      <div className="flex shrink-0 items-center gap-2">
        <CanvasSizePopover />
      </div>
    </div>
  );
}
