import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutFor, type KeyLike } from './shortcuts';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});

describe('shortcutFor', () => {
  it('maps tool letters', () => {
    expect(shortcutFor(key('b'))).toEqual({ type: 'tool', tool: 'brush' });
    expect(shortcutFor(key('E'))).toEqual({ type: 'tool', tool: 'eraser' });
    expect(shortcutFor(key('v'))).toEqual({ type: 'tool', tool: 'move' });
    expect(shortcutFor(key('m'))).toEqual({ type: 'tool', tool: 'rect' });
    expect(shortcutFor(key('l'))).toEqual({ type: 'tool', tool: 'lasso' });
    expect(shortcutFor(key('h'))).toEqual({ type: 'tool', tool: 'hand' });
    expect(shortcutFor(key('w'))).toEqual({ type: 'tool', tool: 'object' });
  });
  it('maps brush size, swap and delete', () => {
    expect(shortcutFor(key('['))).toEqual({ type: 'brushSize', direction: -1 });
    expect(shortcutFor(key('ü', { code: 'BracketRight' }))).toEqual({ type: 'brushSize', direction: 1 });
    expect(shortcutFor(key('x'))).toEqual({ type: 'swapPaintMode' });
    expect(shortcutFor(key('Delete'))).toEqual({ type: 'delete' });
  });
  it('treats Ctrl and Cmd alike for undo, redo and zoom', () => {
    expect(shortcutFor(key('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(shortcutFor(key('Z', { metaKey: true, shiftKey: true }))).toEqual({ type: 'redo' });
    expect(shortcutFor(key('y', { ctrlKey: true }))).toEqual({ type: 'redo' });
    expect(shortcutFor(key('0', { metaKey: true }))).toEqual({ type: 'fit' });
    expect(shortcutFor(key('1', { ctrlKey: true }))).toEqual({ type: 'actualPixels' });
  });
  it('inverts and clears the mask with Ctrl/Cmd+I and Ctrl/Cmd+D', () => {
    expect(shortcutFor(key('i', { ctrlKey: true }))).toEqual({ type: 'invertMask' });
    expect(shortcutFor(key('I', { metaKey: true }))).toEqual({ type: 'invertMask' });
    expect(shortcutFor(key('d', { ctrlKey: true }))).toEqual({ type: 'clearMask' });
    expect(shortcutFor(key('i'))).toBeNull();
  });
  it('leaves other modified keys to the browser', () => {
    expect(shortcutFor(key('b', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('b', { altKey: true }))).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it('recognises text fields but not sliders or buttons', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'range' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
