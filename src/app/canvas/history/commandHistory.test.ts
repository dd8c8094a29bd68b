import { describe, expect, it } from 'vitest';
import { CommandHistory, type HistoryCommand } from './commandHistory';

/** A counter that commands add to, so undo/redo effects are visible. */
function setup(budget = 1000) {
  let clock = 0;
  const history = new CommandHistory(budget, () => clock);
  const state = { value: 0 };
  const add = (amount: number, bytes = 10, mergeKey?: string): HistoryCommand => {
    state.value += amount;
    return {
      label: `add ${amount}`,
      bytes,
      mergeKey,
      undo: () => (state.value -= amount),
      redo: () => (state.value += amount),
    };
  };
  return { history, state, add, tick: (ms: number) => (clock += ms) };
}

describe('CommandHistory', () => {
  it('undoes and redoes in order', () => {
    const { history, state, add } = setup();
    history.push(add(1));
    history.push(add(2));
    expect(state.value).toBe(3);
    history.undo();
    expect(state.value).toBe(1);
    history.redo();
    expect(state.value).toBe(3);
    expect(history.getSnapshot()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'add 2' });
  });

  it('keeps the undone steps as a branch when a new command follows an undo', () => {
    const { history, state, add } = setup();
    history.push(add(1));
    history.push(add(2));
    history.undo();
    history.push(add(5)); // a new branch beside "add 2"
    expect(state.value).toBe(6);
    expect(history.redo()).toBe(false);
    history.undo();
    expect(state.value).toBe(1);
    expect(history.getSnapshot()).toMatchObject({ redoBranches: ['add 2', 'add 5'], redoBranch: 1, redoLabel: 'add 5' });
    // The other way: the undone step is still there.
    history.redo(0);
    expect(state.value).toBe(3);
    history.undo();
    // Redo now follows the branch visited last.
    expect(history.getSnapshot().redoLabel).toBe('add 2');
    history.redo();
    expect(state.value).toBe(3);
    expect(history.getSnapshot().steps).toBe(2);
  });

  it('evicts side branches before steps on the way to where you are', () => {
    const { history, state, add, tick } = setup(35);
    history.push(add(1, 10));
    tick(1);
    history.push(add(2, 10));
    history.undo();
    tick(1);
    history.push(add(3, 10));
    tick(1);
    history.push(add(4, 10)); // 40 bytes > 35: the side branch "add 2" goes, the path stays
    expect(history.getSnapshot()).toMatchObject({ steps: 3, bytes: 30 });
    history.undo();
    history.undo();
    expect(state.value).toBe(1);
    expect(history.getSnapshot().redoBranches).toEqual(['add 3']);
  });

  it('evicts the oldest steps when over the memory budget, never by count', () => {
    const { history, add } = setup(100);
    for (let i = 0; i < 500; i++) history.push(add(1, 0));
    expect(history.getSnapshot().steps).toBe(500);
    for (let i = 0; i < 20; i++) history.push(add(1, 10));
    const snapshot = history.getSnapshot();
    expect(snapshot.bytes).toBeLessThanOrEqual(100);
    expect(snapshot.steps).toBe(10);
  });

  it('keeps the newest step even when it alone is over budget', () => {
    const { history, add } = setup(5);
    history.push(add(1, 50));
    expect(history.getSnapshot().steps).toBe(1);
  });

  it('merges quick successive state-restoring commands with the same key into one step', () => {
    const { history, state, tick } = setup();
    // Like a slider drag: each command restores whole before/after values.
    const setTo = (value: number): HistoryCommand => {
      const before = state.value;
      state.value = value;
      return { label: 'set', bytes: 1, mergeKey: 'opacity', undo: () => (state.value = before), redo: () => (state.value = value) };
    };
    history.push(setTo(10));
    tick(200);
    history.push(setTo(20));
    tick(2000);
    history.push(setTo(30));
    expect(history.getSnapshot().steps).toBe(2);
    history.undo();
    expect(state.value).toBe(20);
    history.undo();
    expect(state.value).toBe(0);
    history.redo();
    expect(state.value).toBe(20);
  });

  it('notifies subscribers with a new snapshot on every change', () => {
    const { history, add } = setup();
    const seen: boolean[] = [];
    history.subscribe(() => seen.push(history.getSnapshot().canUndo));
    history.push(add(1));
    history.undo();
    expect(seen).toEqual([true, false]);
  });
});
