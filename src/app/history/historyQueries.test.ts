import { describe, expect, it } from 'vitest';
import { historyEntryText } from './historyEntryText';
import { historyItemsOf, historyPagesQuery, zHistoryPage, type HistoryPage } from './historyQueries';

const item = (uid: string, extra: Record<string, unknown> = {}) => ({
  TaskUID: uid, Action: 'ModifyMaskedPixels', Mode: 'local', Status: 'Finished', Seed: 42, ErrorCode: null, ErrorMessage: null,
  CreatedAt: '2025-03-14T09:32:00.000Z', FinishedAt: '2025-03-14T09:32:05.000Z',
  Params: { PositivePrompts: ['a red canoe', 'lake'] }, Images: ['/files/a.png'], Inputs: [], ...extra,
});

describe('history answers', () => {
  it('parse with nulls, and a malformed Params reads as empty', () => {
    const page = zHistoryPage.parse({ items: [item('t1', { Params: 'oops', Inputs: null })], page: 1, pageSize: 20, total: 1 });
    expect(page.items[0]).toMatchObject({ Params: {}, Inputs: [], ErrorCode: null });
  });

  it('page on while there are more, and list a task that moved pages once', () => {
    const next = historyPagesQuery(2).getNextPageParam!;
    const page = (n: number, uids: string[], total: number): HistoryPage => zHistoryPage.parse({ items: uids.map((uid) => item(uid)), page: n, pageSize: 2, total });
    expect(next(page(1, ['a', 'b'], 3), [], 1, [])).toBe(2);
    expect(next(page(2, ['c'], 3), [], 2, [])).toBeUndefined();
    expect(historyItemsOf([page(1, ['a', 'b'], 4), page(2, ['b', 'c'], 4)]).map((i) => i.TaskUID)).toEqual(['a', 'b', 'c']);
  });

  it('a row shows the action tab name, the first prompt, seed, date and failures', () => {
    const format = (date: Date) => date.toISOString().slice(0, 10);
    const [finished] = zHistoryPage.parse({ items: [item('t1')], page: 1, pageSize: 20, total: 1 }).items;
    expect(historyEntryText(finished!, format)).toEqual({ action: 'Inpaint / Outpaint', prompt: 'a red canoe', seed: 42, date: '2025-03-14', state: 'finished', error: undefined, designer: undefined });
    const [named] = zHistoryPage.parse({ items: [item('t3', { Designer: 'Ada' })], page: 1, pageSize: 20, total: 1 }).items;
    expect(historyEntryText(named!, format).designer).toBe('Ada');
    const [failed] = zHistoryPage.parse({ items: [item('t2', { Action: 'RemoveBackground', ErrorCode: 5002, ErrorMessage: 'restarted', FinishedAt: null, Params: {} })], page: 1, pageSize: 20, total: 1 }).items;
    expect(historyEntryText(failed!, format)).toMatchObject({ action: 'RemoveBackground', prompt: undefined, state: 'failed', error: 'restarted' });
  });
});
