import { clampEdgeOption, DEFAULT_EDGE_OPTIONS, type EdgeOptions } from '../selection/edgeOptions';
import type { RegionRect } from './documentTypes';
import type { StudioSlice } from './studioState';

/** A point the designer clicked with the Select object tool, in document pixels. */
export interface HintPoint {
  x: number;
  y: number;
}

/** What the Select object tool was told so far (document pixels). */
export interface ObjectHints {
  include: HintPoint[];
  exclude: HintPoint[];
  box: RegionRect | null;
}

/** How an object proposal goes into the mask when applied. */
export type ObjectMergeMode = 'add' | 'subtract' | 'replace';

export const NO_HINTS: ObjectHints = { include: [], exclude: [], box: null };

/** Selection settings and the Select object tool's hints: serialisable, not part of the document. */
export interface SelectionSlice {
  edgeOptions: EdgeOptions;
  objectHints: ObjectHints;
  objectMergeMode: ObjectMergeMode;
  /** What a selection call is doing right now ("Selecting the subject…"), or null. */
  selectionBusy: string | null;
  edgeOptionsChanged: (patch: Partial<EdgeOptions>) => void;
  objectHintAdded: (kind: 'include' | 'exclude', point: HintPoint) => void;
  objectBoxDrawn: (box: RegionRect) => void;
  objectHintsCleared: () => void;
  objectMergeModeChanged: (mode: ObjectMergeMode) => void;
  selectionBusyChanged: (label: string | null) => void;
}

function clampedOptions(options: EdgeOptions): EdgeOptions {
  return {
    erodeSize: clampEdgeOption('erodeSize', options.erodeSize),
    foregroundThreshold: clampEdgeOption('foregroundThreshold', options.foregroundThreshold),
    backgroundThreshold: clampEdgeOption('backgroundThreshold', options.backgroundThreshold),
    hairOptimization: options.hairOptimization,
  };
}

export const createSelectionSlice: StudioSlice<SelectionSlice> = (set) => ({
  edgeOptions: DEFAULT_EDGE_OPTIONS,
  objectHints: NO_HINTS,
  objectMergeMode: 'add',
  selectionBusy: null,
  edgeOptionsChanged: (patch) => set((state) => ({ edgeOptions: clampedOptions({ ...state.edgeOptions, ...patch }) })),
  objectHintAdded: (kind, point) =>
    set((state) => ({ objectHints: { ...state.objectHints, [kind]: [...state.objectHints[kind], point] } })),
  objectBoxDrawn: (box) => set((state) => ({ objectHints: { ...state.objectHints, box } })),
  objectHintsCleared: () => set({ objectHints: NO_HINTS }),
  objectMergeModeChanged: (objectMergeMode) => set({ objectMergeMode }),
  selectionBusyChanged: (selectionBusy) => set({ selectionBusy }),
});
