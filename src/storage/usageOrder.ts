import type { UsageRow } from './records';

/** Newest day first; within a day designers by name, tasks without one last. */
export function byDayThenDesigner(a: UsageRow, b: UsageRow): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  if (a.designer === b.designer) return 0;
  if (a.designer === null) return 1;
  if (b.designer === null) return -1;
  return a.designer < b.designer ? -1 : 1;
}
