import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createDocumentSlice } from './documentSlice';
import { createEditorSlice } from './editorSlice';
import { createParamsSlice } from './paramsSlice';
import { createResultsSlice } from './resultsSlice';
import { createSelectionSlice } from './selectionSlice';
import type { StudioState } from './studioState';
import { createVersionsSlice } from '../versions/versionsSlice';

/**
 * The one store. Middleware lives here only. subscribeWithSelector lets the canvas
 * (outside React) react to narrow changes such as one mask's revision.
 */
export const useStudioStore = create<StudioState>()(
  subscribeWithSelector((...a) => ({
    ...createDocumentSlice(...a),
    ...createEditorSlice(...a),
    ...createParamsSlice(...a),
    ...createResultsSlice(...a),
    ...createSelectionSlice(...a),
    ...createVersionsSlice(...a),
  })),
);
