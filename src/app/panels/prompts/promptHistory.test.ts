import { describe, expect, it } from 'vitest';
import { PROMPT_HISTORY_LIMIT, parsePromptHistory, withRecordedPrompts, type PromptHistoryEntry } from './promptHistory';

const positive = (text: string): PromptHistoryEntry => ({ text, list: 'positive' });

describe('withRecordedPrompts', () => {
  it('puts the sent prompts first, positives before negatives, trimmed, empty ones skipped', () => {
    const next = withRecordedPrompts([positive('old')], { positive: [' a cat ', ''], negative: ['blurry'] });
    expect(next).toEqual([positive('a cat'), { text: 'blurry', list: 'negative' }, positive('old')]);
  });

  it('moves a prompt used again to the front instead of keeping two copies', () => {
    const next = withRecordedPrompts([positive('b'), positive('a')], { positive: ['a'], negative: [] });
    expect(next).toEqual([positive('a'), positive('b')]);
  });

  it('keeps the same text separately for the positive and the negative list', () => {
    const next = withRecordedPrompts([positive('text')], { positive: [], negative: ['text'] });
    expect(next).toHaveLength(2);
  });

  it('is a ring of the newest 50', () => {
    let history: PromptHistoryEntry[] = [];
    for (let i = 0; i < 60; i += 1) history = withRecordedPrompts(history, { positive: [`prompt ${i}`], negative: [] });
    expect(history).toHaveLength(PROMPT_HISTORY_LIMIT);
    expect(history[0]?.text).toBe('prompt 59');
    expect(history.at(-1)?.text).toBe('prompt 10');
  });
});

describe('parsePromptHistory', () => {
  it('reads what was stored and treats anything else as empty', () => {
    expect(parsePromptHistory(JSON.stringify([positive('a')]))).toEqual([positive('a')]);
    expect(parsePromptHistory('not json')).toEqual([]);
    expect(parsePromptHistory(JSON.stringify([{ text: 1 }]))).toEqual([]);
    expect(parsePromptHistory(null)).toEqual([]);
  });
});
