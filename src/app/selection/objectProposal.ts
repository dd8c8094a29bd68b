import { useSyncExternalStore } from 'react';
import type { SentFrame } from './sentFrame';

/**
 * The Select object tool's proposed mask, shown as a preview until applied or cancelled.
 * Pixels live here, outside the store (they are not serialisable state); the store keeps the
 * hints (points, box) the proposal answers.
 */
export interface ObjectProposal {
  frame: SentFrame;
  /** Alpha in the answer's own pixels (width × height), 255 = the object. */
  alpha: Uint8Array;
  width: number;
  height: number;
  /** The alpha tinted for the preview overlay. */
  preview: HTMLCanvasElement;
}

export type ProposalState =
  | { status: 'empty' }
  | { status: 'working'; previous: ObjectProposal | null }
  | { status: 'ready'; proposal: ObjectProposal }
  | { status: 'failed'; message: string; previous: ObjectProposal | null };

let state: ProposalState = { status: 'empty' };
const listeners = new Set<() => void>();

export function proposalState(): ProposalState {
  return state;
}

export function setProposalState(next: ProposalState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** The proposal to show: the ready one, or the last one while a newer one is computed. */
export function visibleProposal(current: ProposalState = state): ObjectProposal | null {
  if (current.status === 'ready') return current.proposal;
  if (current.status === 'working' || current.status === 'failed') return current.previous;
  return null;
}

export function subscribeProposal(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useProposalState(): ProposalState {
  return useSyncExternalStore(subscribeProposal, proposalState);
}

export const PREVIEW_RGB: readonly [number, number, number] = [45, 212, 191];

/** The proposal drawn as a tinted overlay: colour where the object is, clear elsewhere. */
export function previewCanvas(alpha: Uint8Array, width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas');
  const image = ctx.createImageData(width, height);
  const [r, g, b] = PREVIEW_RGB;
  for (let i = 0, j = 0; i < alpha.length; i++, j += 4) {
    image.data[j] = r;
    image.data[j + 1] = g;
    image.data[j + 2] = b;
    image.data[j + 3] = alpha[i]!;
  }
  ctx.putImageData(image, 0, 0);
  return canvas;
}
