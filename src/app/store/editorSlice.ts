import { MAIN_MASK_ID, type MaskId } from './documentTypes';
import { clampBrushSize, stepBrushSize, type PaintMode, type ToolId } from './editorTypes';
import type { StudioSlice } from './studioState';

/** Editor settings: serialisable, not part of the document, not undoable. */
export interface EditorSlice {
  tool: ToolId;
  brushSize: number;
  /** 0 = soft edge, 1 = hard edge. */
  brushHardness: number;
  paintMode: PaintMode;
  /** CSS colour of the mask overlay. */
  maskColor: string;
  maskOpacity: number;
  maskVisible: boolean;
  activeMaskId: MaskId;
  selectedForegroundId: string | null;
  toolSelected: (tool: ToolId) => void;
  brushSizeChanged: (size: number) => void;
  brushSizeStepped: (direction: 1 | -1) => void;
  brushHardnessChanged: (hardness: number) => void;
  paintModeChanged: (mode: PaintMode) => void;
  paintModeSwapped: () => void;
  maskColorChanged: (color: string) => void;
  maskOpacityChanged: (opacity: number) => void;
  maskVisibilityChanged: (visible: boolean) => void;
  activeMaskChosen: (maskId: MaskId) => void;
  foregroundSelected: (id: string | null) => void;
}

const clamp01 = (value: number) => (Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0);

export const createEditorSlice: StudioSlice<EditorSlice> = (set) => ({
  tool: 'brush',
  brushSize: 60,
  brushHardness: 0.8,
  paintMode: 'paint',
  maskColor: '#ff3b6b',
  maskOpacity: 0.5,
  maskVisible: true,
  activeMaskId: MAIN_MASK_ID,
  selectedForegroundId: null,
  toolSelected: (tool) => set({ tool }),
  brushSizeChanged: (size) => set({ brushSize: clampBrushSize(size) }),
  brushSizeStepped: (direction) => set((state) => ({ brushSize: stepBrushSize(state.brushSize, direction) })),
  brushHardnessChanged: (hardness) => set({ brushHardness: clamp01(hardness) }),
  paintModeChanged: (paintMode) => set({ paintMode }),
  paintModeSwapped: () => set((state) => ({ paintMode: state.paintMode === 'paint' ? 'erase' : 'paint' })),
  maskColorChanged: (maskColor) => set({ maskColor }),
  maskOpacityChanged: (opacity) => set({ maskOpacity: clamp01(opacity) }),
  maskVisibilityChanged: (maskVisible) => set({ maskVisible }),
  activeMaskChosen: (maskId) =>
    set((state) => (state.document.masks[maskId] ? { activeMaskId: maskId, maskVisible: true } : state)),
  foregroundSelected: (selectedForegroundId) => set({ selectedForegroundId }),
});
