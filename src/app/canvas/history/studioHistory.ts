import { useSyncExternalStore } from 'react';
import { CommandHistory, type HistoryCommand, type HistorySnapshot } from './commandHistory';

/**
 * The studio's one undo history. It lives outside the store because its commands hold
 * closures and pixel patches, which are not serialisable state.
 */
export const studioHistory = new CommandHistory();

let lockedBy: string | null = null;

/** While a gesture (stroke, drag) is in progress, undo/redo wait for it to end. */
export function lockHistory(reason: string): void {
  lockedBy = reason;
}

export function unlockHistory(): void {
  lockedBy = null;
}

/** True while a stroke or drag is in progress (autosave waits for it to end). */
export function isGestureInProgress(): boolean {
  return lockedBy !== null;
}

export function recordCommand(command: HistoryCommand): void {
  studioHistory.push(command);
}

export function undo(): boolean {
  return lockedBy === null && studioHistory.undo();
}

/** Redoes the branch visited last, or branch `branch` of `redoBranches` (the undo history is a tree). */
export function redo(branch?: number): boolean {
  return lockedBy === null && studioHistory.redo(branch);
}

export function useHistoryState(): HistorySnapshot {
  return useSyncExternalStore(studioHistory.subscribe, studioHistory.getSnapshot);
}
