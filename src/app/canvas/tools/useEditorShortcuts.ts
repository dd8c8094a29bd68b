import { useEffect } from 'react';
import { useStudioStore } from '../../store/studioStore';
import { clearMask, invertMask } from '../commands/maskEdits';
import { removeForeground } from '../commands/documentCommands';
import { redo, undo } from '../history/studioHistory';
import { viewport } from '../viewport/viewport';
import { isTypingTarget, shortcutFor, type ShortcutAction } from './shortcuts';
import { isPointerOverCanvas, setSpaceHandHeld } from './spaceHand';

export const OPEN_IMAGE_REQUEST = 'picpik-studio:open-image';

function perform(action: ShortcutAction): void {
  const state = useStudioStore.getState();
  switch (action.type) {
    case 'tool':
      return state.toolSelected(action.tool);
    case 'brushSize':
      return state.brushSizeStepped(action.direction);
    case 'swapPaintMode':
      return state.paintModeSwapped();
    case 'undo':
      undo();
      return;
    case 'redo':
      redo();
      return;
    case 'fit':
      return viewport.fitDocument();
    case 'actualPixels':
      return viewport.actualPixels();
    case 'zoomStep':
      return viewport.zoomStep(action.direction);
    case 'delete':
      // Delete removes the selected foreground with the Move tool, otherwise it clears the mask.
      if (state.tool === 'move' && state.selectedForegroundId) return removeForeground(state.selectedForegroundId);
      return clearMask(state.activeMaskId);
    case 'invertMask':
      return invertMask(state.activeMaskId);
    case 'clearMask':
      return clearMask(state.activeMaskId);
    case 'open':
      window.dispatchEvent(new Event(OPEN_IMAGE_REQUEST));
      return;
  }
}

/** Window-level editor shortcuts; keys typed into text fields are left alone. */
export function useEditorShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target as HTMLElement | null)) return;
      if (event.code === 'Space' && !event.ctrlKey && !event.metaKey) {
        // Over the canvas Space means "hand"; elsewhere a focused control keeps its own Space.
        const onControl = (event.target as Element | null)?.closest?.('button, a, select, [role="radio"], [role="menuitem"]');
        if (onControl && !isPointerOverCanvas()) return;
        event.preventDefault();
        setSpaceHandHeld(true);
        return;
      }
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      if (!event.repeat || action.type === 'brushSize' || action.type === 'undo' || action.type === 'redo') perform(action);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.code === 'Space') setSpaceHandHeld(false);
    };
    const onBlur = () => setSpaceHandHeld(false);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, []);
}
