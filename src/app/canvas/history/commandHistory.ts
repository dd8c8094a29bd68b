/**
 * Undo/redo as a stack of commands bounded by memory, not by a step count.
 * A command is pushed after it has been applied; undo() and redo() replay it.
 */
export interface HistoryCommand {
  label: string;
  /** Approximate memory held by the command (pixel patches dominate). */
  bytes: number;
  undo: () => void;
  redo: () => void;
  /**
   * Consecutive commands with the same key (e.g. one slider drag) merge into one step
   * when they follow within the merge window. Merging keeps the first undo and the last redo,
   * which is right for commands that restore whole before/after states.
   */
  mergeKey?: string;
}

export interface HistorySnapshot {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  steps: number;
  bytes: number;
}

interface Entry extends HistoryCommand {
  at: number;
}

export const DEFAULT_HISTORY_BUDGET_BYTES = 512 * 1024 * 1024;
const MERGE_WINDOW_MS = 1500;

export class CommandHistory {
  private done: Entry[] = [];
  private undone: Entry[] = [];
  private usedBytes = 0;
  private listeners = new Set<() => void>();
  private snapshot: HistorySnapshot = this.computeSnapshot();

  constructor(
    private budgetBytes = DEFAULT_HISTORY_BUDGET_BYTES,
    private now: () => number = () => Date.now(),
  ) {}

  push(command: HistoryCommand): void {
    this.dropRedo();
    const at = this.now();
    const last = this.done[this.done.length - 1];
    if (command.mergeKey && last && last.mergeKey === command.mergeKey && at - last.at <= MERGE_WINDOW_MS) {
      last.redo = command.redo;
      last.bytes += command.bytes;
      last.at = at;
      this.usedBytes += command.bytes;
    } else {
      this.done.push({ ...command, at });
      this.usedBytes += command.bytes;
    }
    this.evict();
    this.changed();
  }

  undo(): boolean {
    const entry = this.done.pop();
    if (!entry) return false;
    entry.undo();
    // A step that was undone is never merged into again.
    entry.mergeKey = undefined;
    this.undone.push(entry);
    this.changed();
    return true;
  }

  redo(): boolean {
    const entry = this.undone.pop();
    if (!entry) return false;
    entry.redo();
    this.done.push(entry);
    this.changed();
    return true;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.usedBytes = 0;
    this.changed();
  }

  setBudget(bytes: number): void {
    this.budgetBytes = bytes;
    this.evict();
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stable object between changes, for useSyncExternalStore. */
  getSnapshot = (): HistorySnapshot => this.snapshot;

  private dropRedo(): void {
    for (const entry of this.undone) this.usedBytes -= entry.bytes;
    this.undone = [];
  }

  /** Oldest steps go first; the newest step always stays, however large. */
  private evict(): void {
    while (this.usedBytes > this.budgetBytes && this.done.length > 1) {
      const oldest = this.done.shift();
      if (oldest) this.usedBytes -= oldest.bytes;
    }
  }

  private computeSnapshot(): HistorySnapshot {
    const last = this.done[this.done.length - 1];
    const next = this.undone[this.undone.length - 1];
    return {
      canUndo: Boolean(last),
      canRedo: Boolean(next),
      undoLabel: last?.label ?? null,
      redoLabel: next?.label ?? null,
      steps: this.done.length,
      bytes: this.usedBytes,
    };
  }

  private changed(): void {
    this.snapshot = this.computeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
