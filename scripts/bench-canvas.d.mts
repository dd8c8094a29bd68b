import type { Page } from '@playwright/test';

export interface StrokeSample {
  moveCosts: number[];
  drawCosts: number[];
  intervals: number[];
}

export function startServer(options?: { cwd?: string; port?: string; reuseBenchUrl?: boolean }): Promise<{ url: string; stop: () => Promise<unknown> }>;
export function percentile(values: number[], p: number): number;
export function measureStroke(page: Page, frames: number): Promise<StrokeSample>;
export function paintStrokes(page: Page, count: number, size?: { width: number; height: number }): Promise<{ ms: number; history: { steps: number; bytes: number } }>;
