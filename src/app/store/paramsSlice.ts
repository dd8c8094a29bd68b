import {
  defaultStudioParams,
  type ControlUnitParams,
  type LegacyControlParams,
  type StudioAction,
  type StudioParams,
  type SubModelChoice,
} from '../request/studioParams';
import type { StudioSlice } from './studioState';

export type PromptListName = 'positivePrompts' | 'negativePrompts';

export interface ParamsSlice {
  params: StudioParams;
  actionSelected: (action: StudioAction) => void;
  /** Top-level fields (seed, batch size, switches…); nested groups have their own events. */
  paramsEdited: (patch: Partial<StudioParams>) => void;
  groupEdited: <K extends 'img2img' | 'masked' | 'background' | 'pattern' | 'legacy'>(group: K, patch: Partial<StudioParams[K]>) => void;
  promptAdded: (list: PromptListName, text?: string) => void;
  promptEdited: (list: PromptListName, index: number, text: string) => void;
  promptRemoved: (list: PromptListName, index: number) => void;
  promptMoved: (list: PromptListName, index: number, toIndex: number) => void;
  subModelAdded: (choice: SubModelChoice) => void;
  subModelEdited: (code: string, patch: Partial<SubModelChoice>) => void;
  subModelRemoved: (code: string) => void;
  controlUnitAdded: (unit: ControlUnitParams) => void;
  controlUnitEdited: (id: string, patch: Partial<ControlUnitParams>) => void;
  controlUnitRemoved: (id: string) => void;
  controlUnitMoved: (id: string, toIndex: number) => void;
  legacyControlAdded: (param: LegacyControlParams) => void;
  legacyControlEdited: (id: string, patch: Partial<LegacyControlParams>) => void;
  legacyControlRemoved: (id: string) => void;
  /** Recall a whole parameter set (history, imported project). */
  paramsRestored: (params: StudioParams) => void;
}

export const MAX_CONTROL_UNITS = 3;

function moved<T>(items: readonly T[], index: number, toIndex: number): T[] {
  if (index < 0 || index >= items.length || toIndex < 0 || toIndex >= items.length) return [...items];
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  copy.splice(toIndex, 0, item!);
  return copy;
}

export const createParamsSlice: StudioSlice<ParamsSlice> = (set) => {
  const edit = (change: (params: StudioParams) => StudioParams) => set((state) => ({ params: change(state.params) }));
  const editList = (list: PromptListName, change: (prompts: string[]) => string[]) =>
    edit((p) => ({ ...p, [list]: change(p[list]) }));
  const editUnits = (change: (units: ControlUnitParams[]) => ControlUnitParams[]) =>
    edit((p) => ({ ...p, controlUnits: change(p.controlUnits) }));
  const editLegacyControls = (change: (params: LegacyControlParams[]) => LegacyControlParams[]) =>
    edit((p) => ({ ...p, legacy: { ...p.legacy, controlParams: change(p.legacy.controlParams) } }));

  return {
    params: defaultStudioParams(),
    actionSelected: (action) => edit((p) => ({ ...p, action })),
    paramsEdited: (patch) => edit((p) => ({ ...p, ...patch })),
    groupEdited: (group, patch) => edit((p) => ({ ...p, [group]: { ...p[group], ...patch } })),
    promptAdded: (list, text = '') => editList(list, (prompts) => [...prompts, text]),
    promptEdited: (list, index, text) => editList(list, (prompts) => prompts.map((old, i) => (i === index ? text : old))),
    promptRemoved: (list, index) => editList(list, (prompts) => prompts.filter((_, i) => i !== index)),
    promptMoved: (list, index, toIndex) => editList(list, (prompts) => moved(prompts, index, toIndex)),
    subModelAdded: (choice) =>
      edit((p) => (p.subModels.some((s) => s.model.ModelCode === choice.model.ModelCode) ? p : { ...p, subModels: [...p.subModels, choice] })),
    subModelEdited: (code, patch) =>
      edit((p) => ({ ...p, subModels: p.subModels.map((s) => (s.model.ModelCode === code ? { ...s, ...patch } : s)) })),
    subModelRemoved: (code) => edit((p) => ({ ...p, subModels: p.subModels.filter((s) => s.model.ModelCode !== code) })),
    controlUnitAdded: (unit) => editUnits((units) => (units.length >= MAX_CONTROL_UNITS ? units : [...units, unit])),
    controlUnitEdited: (id, patch) => editUnits((units) => units.map((u) => (u.id === id ? { ...u, ...patch } : u))),
    controlUnitRemoved: (id) => editUnits((units) => units.filter((u) => u.id !== id)),
    controlUnitMoved: (id, toIndex) => editUnits((units) => moved(units, units.findIndex((u) => u.id === id), toIndex)),
    legacyControlAdded: (param) => editLegacyControls((params) => (params.length >= MAX_CONTROL_UNITS ? params : [...params, param])),
    legacyControlEdited: (id, patch) => editLegacyControls((params) => params.map((c) => (c.id === id ? { ...c, ...patch } : c))),
    legacyControlRemoved: (id) => editLegacyControls((params) => params.filter((c) => c.id !== id)),
    paramsRestored: (params) => set({ params }),
  };
};
