import { useStudioStore } from './studioStore';
import { effectivePaintMode } from './editorTypes';

export const useTool = () => useStudioStore((s) => s.tool);
export const useBrushSize = () => useStudioStore((s) => s.brushSize);
export const useBrushHardness = () => useStudioStore((s) => s.brushHardness);
export const usePaintMode = () => useStudioStore((s) => s.paintMode);
/** What the current tool does to the mask right now. */
export const useEffectivePaintMode = () => useStudioStore((s) => effectivePaintMode(s.tool, s.paintMode));
export const useMaskColor = () => useStudioStore((s) => s.maskColor);
export const useMaskOpacity = () => useStudioStore((s) => s.maskOpacity);
export const useMaskVisible = () => useStudioStore((s) => s.maskVisible);
export const useActiveMaskId = () => useStudioStore((s) => s.activeMaskId);
export const useSelectedForegroundId = () => useStudioStore((s) => s.selectedForegroundId);
