import { describe, expect, it } from 'vitest';
import { placeRecalledPrompt, placeTriggerWord, promptHasWord } from './promptPlacement';

describe('placeTriggerWord', () => {
  it('appends to the first positive prompt after a comma', () => {
    expect(placeTriggerWord(['a cat on a sofa', 'studio light'], 'golden hour')).toEqual({ kind: 'edit', index: 0, text: 'a cat on a sofa, golden hour' });
  });

  it('does not double a trailing comma', () => {
    expect(placeTriggerWord(['a cat,  '], 'warm light')).toEqual({ kind: 'edit', index: 0, text: 'a cat, warm light' });
  });

  it('fills an empty first prompt and adds a prompt when the list is empty', () => {
    expect(placeTriggerWord([''], 'golden hour')).toEqual({ kind: 'edit', index: 0, text: 'golden hour' });
    expect(placeTriggerWord([], 'golden hour')).toEqual({ kind: 'add', text: 'golden hour' });
  });

  it('leaves the prompt alone when the word is already one of its parts', () => {
    expect(placeTriggerWord(['a cat, Golden Hour'], 'golden hour')).toEqual({ kind: 'unchanged' });
    expect(promptHasWord('golden hours', 'golden hour')).toBe(false);
  });
});

describe('placeRecalledPrompt', () => {
  it('uses the first empty entry, else adds one, and never duplicates', () => {
    expect(placeRecalledPrompt(['a cat', ' '], 'a dog')).toEqual({ kind: 'edit', index: 1, text: 'a dog' });
    expect(placeRecalledPrompt(['a cat'], 'a dog')).toEqual({ kind: 'add', text: 'a dog' });
    expect(placeRecalledPrompt(['a dog'], 'a dog')).toEqual({ kind: 'unchanged' });
  });
});
