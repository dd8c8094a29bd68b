import type { StateCreator } from 'zustand';
import type { DocumentSlice } from './documentSlice';
import type { EditorSlice } from './editorSlice';
import type { ParamsSlice } from './paramsSlice';
import type { ResultsSlice } from './resultsSlice';
import type { SelectionSlice } from './selectionSlice';
import type { VersionsSlice } from '../versions/versionsSlice';

/**
 * The whole studio state: one slice per concern, combined once in studioStore.ts.
 * To add a slice (e.g. params, results): define `XSlice` + `createXSlice: StudioSlice<XSlice>`,
 * add it to this intersection and spread it in studioStore.ts.
 */
export type StudioState = DocumentSlice & EditorSlice & ParamsSlice & ResultsSlice & SelectionSlice & VersionsSlice;

/** Middleware applied to the combined store; slices must declare it to type `set`/`get` correctly. */
export type StudioMiddleware = [['zustand/subscribeWithSelector', never]];

export type StudioSlice<T> = StateCreator<StudioState, StudioMiddleware, [], T>;
