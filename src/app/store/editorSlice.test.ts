import { beforeEach, describe, expect, it } from 'vitest';
import { effectivePaintMode, stepBrushSize } from './editorTypes';
import { useStudioStore } from './studioStore';

const initial = useStudioStore.getState();
const state = () => useStudioStore.getState();

beforeEach(() => useStudioStore.setState(initial, true));

describe('editor slice', () => {
  it('clamps brush size and hardness', () => {
    state().brushSizeChanged(5000);
    expect(state().brushSize).toBe(1000);
    state().brushSizeChanged(0);
    expect(state().brushSize).toBe(1);
    state().brushHardnessChanged(2);
    expect(state().brushHardness).toBe(1);
  });

  it('swaps paint and erase (X)', () => {
    state().paintModeSwapped();
    expect(state().paintMode).toBe('erase');
    state().paintModeSwapped();
    expect(state().paintMode).toBe('paint');
  });

  it('only activates masks that exist, and shows the mask when one is chosen', () => {
    state().maskVisibilityChanged(false);
    state().activeMaskChosen('nope');
    expect(state().activeMaskId).toBe('main');
    state().maskAdded('unit-1');
    state().activeMaskChosen('unit-1');
    expect(state().activeMaskId).toBe('unit-1');
    expect(state().maskVisible).toBe(true);
  });

  it('the eraser always erases; other mask tools follow the switch', () => {
    expect(effectivePaintMode('eraser', 'paint')).toBe('erase');
    expect(effectivePaintMode('brush', 'erase')).toBe('erase');
    expect(effectivePaintMode('rect', 'paint')).toBe('paint');
  });

  it('steps brush sizes like image editors', () => {
    expect(stepBrushSize(5, 1)).toBe(6);
    expect(stepBrushSize(60, 1)).toBe(70);
    expect(stepBrushSize(60, -1)).toBe(50);
    expect(stepBrushSize(1, -1)).toBe(1);
    expect(stepBrushSize(990, 1)).toBe(1000);
  });
});
