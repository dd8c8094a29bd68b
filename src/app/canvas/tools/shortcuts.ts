import type { ToolId } from '../../store/editorTypes';

export type ShortcutAction =
  | { type: 'tool'; tool: ToolId }
  | { type: 'brushSize'; direction: 1 | -1 }
  | { type: 'swapPaintMode' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'fit' }
  | { type: 'actualPixels' }
  | { type: 'zoomStep'; direction: 1 | -1 }
  | { type: 'delete' }
  | { type: 'invertMask' }
  | { type: 'clearMask' }
  | { type: 'open' };

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const TOOL_KEYS: Record<string, ToolId> = { v: 'move', b: 'brush', e: 'eraser', m: 'rect', l: 'lasso', h: 'hand', r: 'region', w: 'object' };

/** Image-editor shortcuts. Ctrl and Cmd are the same modifier so it works on every OS. */
export function shortcutFor(event: KeyLike): ShortcutAction | null {
  const key = event.key.toLowerCase();
  const command = event.ctrlKey || event.metaKey;
  if (command) {
    if (key === 'z') return event.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y') return { type: 'redo' };
    if (key === '0' || event.code === 'Digit0' || event.code === 'Numpad0') return { type: 'fit' };
    if (key === '1' || event.code === 'Digit1' || event.code === 'Numpad1') return { type: 'actualPixels' };
    if (key === '=' || key === '+' || event.code === 'NumpadAdd') return { type: 'zoomStep', direction: 1 };
    if (key === '-' || event.code === 'NumpadSubtract') return { type: 'zoomStep', direction: -1 };
    if (key === 'o') return { type: 'open' };
    if (key === 'i' && !event.shiftKey) return { type: 'invertMask' };
    if (key === 'd' && !event.shiftKey) return { type: 'clearMask' };
    return null;
  }
  if (event.altKey) return null;
  const tool = TOOL_KEYS[key];
  if (tool) return { type: 'tool', tool };
  if (key === '[' || event.code === 'BracketLeft') return { type: 'brushSize', direction: -1 };
  if (key === ']' || event.code === 'BracketRight') return { type: 'brushSize', direction: 1 };
  if (key === 'x') return { type: 'swapPaintMode' };
  if (key === 'delete' || key === 'backspace') return { type: 'delete' };
  return null;
}

const TEXT_INPUT_TYPES = new Set(['text', 'number', 'search', 'email', 'password', 'url', 'tel', '']);

/** Keys typed into a text field belong to the field, not to the editor. */
export function isTypingTarget(target: { tagName?: string; type?: string; isContentEditable?: boolean } | null): boolean {
  if (!target?.tagName) return false;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return true;
  return tag === 'INPUT' && TEXT_INPUT_TYPES.has((target.type ?? '').toLowerCase());
}
