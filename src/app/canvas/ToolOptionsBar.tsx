import { useTool } from '../store/editorHooks';
import type { ToolId } from '../store/editorTypes';
import { BrushOptions, PaintModeToggle } from './ui/BrushOptions';
import { CanvasSizePopover } from './ui/CanvasSizePopover';
import { ForegroundOptions } from './ui/ForegroundOptions';
import { MaskOptions } from './ui/MaskOptions';
import { RegionOptions } from '../region/RegionOptions';
import { EdgeOptionsPopover } from '../selection/EdgeOptionsPopover';
import { ObjectToolOptions } from '../selection/ObjectToolOptions';
import { SelectSubjectButton } from '../selection/SelectSubjectButton';

const TOOL_TITLES: Record<ToolId, string> = {
  move: 'Move',
  brush: 'Brush',
  eraser: 'Eraser',
  rect: 'Rectangle',
  lasso: 'Lasso',
  hand: 'Hand',
  region: 'Region',
  object: 'Select object',
};

const HINTS: Partial<Record<ToolId, string>> = {
  rect: 'Drag to fill a rectangle · Shift for a square',
  lasso: 'Drag around an area to fill it',
  hand: 'Drag to pan · wheel to zoom · Ctrl+0 fit · Ctrl+1 100 %',
  region: 'Drag to draw or move the frame · edges resize · Shift keeps the ratio',
};

function Divider() {
  return <div className="h-5 w-px shrink-0 bg-ink-700" aria-hidden />;
}

/** Context options for the current tool, then the mask overlay, then the canvas size. */
export function ToolOptionsBar() {
  const tool = useTool();
  const masking = tool === 'brush' || tool === 'eraser' || tool === 'rect' || tool === 'lasso' || tool === 'object';
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
      {tool === 'region' ? <RegionOptions /> : null}
      {tool === 'object' ? <ObjectToolOptions /> : null}
      {HINTS[tool] ? <span className="text-[11px] text-ink-500">{HINTS[tool]}</span> : null}
      {masking ? (
        <>
          <Divider />
          <MaskOptions />
          <Divider />
          <SelectSubjectButton />
          <EdgeOptionsPopover />
        </>
      ) : null}
      </div>
      <div className="flex shrink-0 items-center gap-2">
        <CanvasSizePopover />
      </div>
    </div>
  );
}
