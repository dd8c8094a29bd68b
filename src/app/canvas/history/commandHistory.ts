/** One undoable step: what it is called, what it holds, how to go back and forth. */
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
  /** Steps from the oldest kept one to where you are. */
  steps: number;
  bytes: number;
  /** The branches Redo can take from here, oldest first (more than one after an edit that followed an undo). */
  redoBranches: string[];
  /** Which of them Redo takes: the one visited last. */
  redoBranch: number;
}

interface Node extends HistoryCommand {
  at: number;
  parent: Node | null;
  children: Node[];
  /** The child Redo goes to: the one made or visited last. */
  next: Node | null;
}

export const DEFAULT_HISTORY_BUDGET_BYTES = 512 * 1024 * 1024;
const MERGE_WINDOW_MS = 1500;

const sentinel = (): Node => ({ label: '', bytes: 0, undo: () => undefined, redo: () => undefined, at: 0, parent: null, children: [], next: null });

/**
 * Undo/redo as a TREE bounded by memory, not by a step count. A command is pushed after it has
 * been applied; undo() and redo() replay it. An edit after an undo starts a new branch beside
 * the undone steps instead of discarding them: undo back to the fork and `redo(branch)` takes
 * the other way. Commands restore whole before/after states (or pixel rects), so any path
 * through the tree replays correctly.
 */
export class CommandHistory {
  private root: Node = sentinel();
  private current: Node = this.root;
  private usedBytes = 0;
  private listeners = new Set<() => void>();
  private snapshot: HistorySnapshot = this.computeSnapshot();

  constructor(
    private budgetBytes = DEFAULT_HISTORY_BUDGET_BYTES,
    private now: () => number = () => Date.now(),
  ) {}

  push(command: HistoryCommand): void {
    const at = this.now();
    const last = this.current === this.root ? null : this.current;
    if (command.mergeKey && last && last.children.length === 0 && last.mergeKey === command.mergeKey && at - last.at <= MERGE_WINDOW_MS) {
      last.redo = command.redo;
      last.bytes += command.bytes;
      last.at = at;
    } else {
      const node: Node = { ...command, at, parent: this.current, children: [], next: null };
      this.current.children.push(node);
      this.current.next = node;
      this.current = node;
    }
    this.usedBytes += command.bytes;
    this.evict();
    this.changed();
  }

  undo(): boolean {
    const node = this.current;
    if (node === this.root || !node.parent) return false;
    node.undo();
    // A step that was undone is never merged into again.
    node.mergeKey = undefined;
    node.parent.next = node;
    this.current = node.parent;
    this.changed();
    return true;
  }

  /** Redoes the branch visited last, or branch `branch` (an index into `redoBranches`). */
  redo(branch?: number): boolean {
    const node = branch === undefined ? this.current.next : this.current.children[branch];
    if (!node) return false;
    node.redo();
    this.current.next = node;
    this.current = node;
    this.changed();
    return true;
  }

  clear(): void {
    this.root = sentinel();
    this.current = this.root;
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

  private pathNodes(): Set<Node> {
    const path = new Set<Node>();
    for (let node: Node | null = this.current; node; node = node.parent) path.add(node);
    return path;
  }

  /** The oldest leaf that is not on the way to where you are. */
  private oldestSideLeaf(path: Set<Node>): Node | null {
    let oldest: Node | null = null;
    const stack = [...this.root.children];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      if (node.children.length > 0) stack.push(...node.children);
      else if (!path.has(node) && (!oldest || node.at < oldest.at)) oldest = node;
    }
    return oldest;
  }

  /** Side branches go first (oldest leaves), then the oldest steps of your own path; where you are always stays. */
  private evict(): void {
    const path = this.pathNodes();
    let sideBranches = true;
    while (this.usedBytes > this.budgetBytes) {
      const leaf: Node | null = sideBranches ? this.oldestSideLeaf(path) : null;
      sideBranches = leaf !== null;
      if (leaf?.parent) {
        const parent = leaf.parent;
        parent.children = parent.children.filter((child) => child !== leaf);
        if (parent.next === leaf) parent.next = parent.children[parent.children.length - 1] ?? null;
        this.usedBytes -= leaf.bytes;
        continue;
      }
      const oldest = this.root.children.find((child) => path.has(child));
      if (!oldest || oldest === this.current) return;
      this.root.children = oldest.children;
      this.root.next = oldest.next;
      for (const child of oldest.children) child.parent = this.root;
      path.delete(oldest);
      this.usedBytes -= oldest.bytes;
    }
  }

  private computeSnapshot(): HistorySnapshot {
    const here = this.current === this.root ? null : this.current;
    const next = this.current?.next ?? null;
    let steps = 0;
    for (let node: Node | null = this.current; node && node !== this.root; node = node.parent) steps += 1;
    const children = this.current?.children ?? [];
    return {
      canUndo: here !== null,
      canRedo: next !== null,
      undoLabel: here?.label ?? null,
      redoLabel: next?.label ?? null,
      steps,
      bytes: this.usedBytes,
      redoBranches: children.map((child) => child.label),
      redoBranch: next ? children.indexOf(next) : -1,
    };
  }

  private changed(): void {
    this.snapshot = this.computeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
