import type { ReactNode } from 'react';
import { usePaintMode, useTool } from '../store/editorHooks';
import type { ToolId } from '../store/editorTypes';
import { useStudioStore } from '../store/studioStore';
import { SelectObjectIcon } from '../selection/selectionIcons';
import { IconButton } from './ui/IconButton';
import { BrushIcon, EraserIcon, HandIcon, LassoIcon, MoveIcon, RectSelectIcon, RegionIcon } from './ui/icons';

const TOOLS: { id: ToolId; label: string; shortcut: string; icon: ReactNode }[] = [
  { id: 'move', label: 'Move', shortcut: 'V', icon: <MoveIcon /> },
  { id: 'brush', label: 'Brush', shortcut: 'B', icon: <BrushIcon /> },
  { id: 'eraser', label: 'Eraser', shortcut: 'E', icon: <EraserIcon /> },
  { id: 'rect', label: 'Rectangle', shortcut: 'M', icon: <RectSelectIcon /> },
  { id: 'lasso', label: 'Lasso', shortcut: 'L', icon: <LassoIcon /> },
  { id: 'object', label: 'Select object', shortcut: 'W', icon: <SelectObjectIcon /> },
  { id: 'hand', label: 'Hand', shortcut: 'H', icon: <HandIcon /> },
  { id: 'region', label: 'Region', shortcut: 'R', icon: <RegionIcon /> },
];

/** Paint/erase indicator like an editor's colour chips: filled = paint, hollow = erase. */
function PaintModeChip() {
  const mode = usePaintMode();
  const color = useStudioStore((s) => s.maskColor);
  return (
    <button
      type="button"
      aria-label={mode === 'paint' ? 'Brush paints the mask; swap to erase' : 'Brush erases the mask; swap to paint'}
      title="Swap paint and erase (X)"
      aria-keyshortcuts="X"
      onClick={() => useStudioStore.getState().paintModeSwapped()}
      className="relative mt-1 h-8 w-8 rounded-md hover:bg-ink-700"
    >
      <span
        className="absolute left-1.5 top-1.5 h-3.5 w-3.5 rounded-sm border border-ink-950 shadow"
        style={mode === 'paint' ? { background: color } : { background: '#151619', boxShadow: `inset 0 0 0 1.5px ${color}` }}
      />
      <span
        className="absolute bottom-1.5 right-1.5 h-3.5 w-3.5 rounded-sm border border-ink-950"
        style={mode === 'paint' ? { background: '#151619', boxShadow: `inset 0 0 0 1.5px ${color}` } : { background: color }}
      />
    </button>
  );
}

/** The left tool rail: one pressed tool at a time, each with its shortcut in the tooltip. */
export function ToolRail() {
  const active = useTool();
  const select = useStudioStore((s) => s.toolSelected);
  return (
    <nav
      role="toolbar"
      aria-label="Tools"
      aria-orientation="vertical"
      className="flex w-11 shrink-0 flex-col items-center gap-1 border-r border-ink-800 bg-ink-900 py-2"
    >
      {TOOLS.map((tool) => (
        <IconButton
          key={tool.id}
          size="md"
          label={tool.label}
          title={`${tool.label} (${tool.shortcut}${tool.id === 'hand' ? ' or hold Space' : ''})`}
          aria-keyshortcuts={tool.shortcut}
          pressed={active === tool.id}
          onClick={() => select(tool.id)}
        >
          {tool.icon}
        </IconButton>
      ))}
      <div className="my-1 h-px w-6 bg-ink-700" aria-hidden />
      <PaintModeChip />
    </nav>
  );
}
