import type { QueryClient } from '@tanstack/react-query';
import type { TaskDetail } from '../../picpik/queries';
import { isTaskFinal } from '../../picpik/queries';
import { modelsQuery } from '../api/catalogQueries';
import { newUuid } from '../api/ids';
import { addAsset } from '../canvas/assets';
import { ACTION_TAB_LABELS } from '../panels/ActionTabs';
import { STUDIO_ACTIONS, type StudioAction, type SubModelKind } from '../request/studioParams';
import { fetchResultBlob } from '../results/resultActions';
import { taskKeys } from '../results/taskQueries';
import { useStudioStore } from '../store/studioStore';
import { applyRecall, type LoadedInputs } from './applyRecall';
import type { HistoryItem } from './historyQueries';
import { maskPixelsFromImage } from './maskFromImage';
import { paramsFromRequest } from './paramsFromRequest';
import { recalledInputs, type RecalledInputs } from './recalledInputs';
import { maskIntoDocument, recalledRegionFrame, recalledResolution } from './recallRegion';
import type { StudioDocument } from '../store/documentTypes';
import type { SubmittedTask } from '../store/resultsSlice';

const isStudioAction = (action: string): action is StudioAction => (STUDIO_ACTIONS as readonly string[]).includes(action);

/** ListModels' grouping by ModelCode, when the catalog is loaded. */
function subModelKinds(queryClient: QueryClient): Record<string, SubModelKind> {
  const catalog = queryClient.getQueryData(modelsQuery.queryKey);
  const kinds: Record<string, SubModelKind> = {};
  const groups = [['lora', catalog?.LoraModels], ['embedding', catalog?.EmbeddingModels], ['hypernetwork', catalog?.HypernetworkModels]] as const;
  for (const [kind, models] of groups) for (const model of Object.values(models ?? {})) kinds[model.ModelCode] = kind;
  return kinds;
}

async function loadInputs(inputs: RecalledInputs): Promise<LoadedInputs> {
  const image = async (url: string | undefined, name: string) => (url ? addAsset(await fetchResultBlob(url), name) : undefined);
  const mask = async (url: string | undefined) => (url ? maskPixelsFromImage(await fetchResultBlob(url)) : undefined);
  const [picture, mainMask, foreground, img2img, background, pattern, control] = await Promise.all([
    image(inputs.picture, 'Recalled picture'),
    mask(inputs.mask),
    image(inputs.foreground, 'Recalled foreground'),
    image(inputs.img2img, 'Image2Image reference'),
    image(inputs.background, 'Background reference'),
    image(inputs.pattern, 'Pattern'),
    Promise.all(inputs.control.map(async (unit, i) => ({ image: await image(unit.image, `Control image ${i + 1}`), mask: await mask(unit.mask) }))),
  ]);
  const references = Object.fromEntries(Object.entries({ img2img, background, pattern }).filter(([, id]) => id !== undefined));
  return { picture, mask: mainMask, foreground, references, control };
}

/** The history already knows a finished task's outcome: the tray shows it without polling. */
function detailOf(item: HistoryItem): TaskDetail {
  return { TaskUID: item.TaskUID, Action: item.Action, Status: item.Status, ImgList: item.Images, Seed: item.Seed, ErrorCode: item.ErrorCode, ErrorMassage: item.ErrorMessage };
}

/**
 * Recall: the task's parameters into the form, its archived inputs onto the canvas and into
 * their slots (one undo step), and the task into the results tray. Resolves with the inputs
 * that could not be brought back.
 */
export async function recallTask(item: HistoryItem, queryClient: QueryClient): Promise<{ missing: string[] }> {
  const action = item.Action;
  if (!isStudioAction(action)) throw new Error(`${action} tasks have no tab in the studio, so they cannot be recalled`);
  const state = useStudioStore.getState();
  // The seed the task really used, so the recall reproduces it even when it was sent as random.
  const request = typeof item.Seed === 'number' && item.Seed >= 0 ? { ...item.Params, Seed: item.Seed } : item.Params;
  const params = paramsFromRequest(action, request, state.params, { subModelKinds: subModelKinds(queryClient), newId: () => newUuid() });
  const inputs = recalledInputs(action, item.Params, item.Inputs);
  const known = state.tasks.find((task) => task.taskUid === item.TaskUID);
  const loaded = inRegion(await loadInputs(inputs), known, state.document, inputs.missing);
  const size = { width: numberOr(item.Params.Width), height: numberOr(item.Params.Height) };
  applyRecall(action, `Recall ${ACTION_TAB_LABELS[action]}`, params, loaded, size);

  const detail = detailOf(item);
  if (item.FinishedAt || isTaskFinal(detail)) queryClient.setQueryData(taskKeys.detail(item.TaskUID), detail);
  useStudioStore.getState().taskSubmitted({
    taskUid: item.TaskUID,
    action,
    submittedAt: (item.CreatedAt && Date.parse(item.CreatedAt)) || Date.now(),
    requestSummary: item.Params,
    inputAssetId: known?.inputAssetId ?? loaded.picture ?? null,
    // Its results still go back into the region they were generated for.
    region: known?.region,
  });
  return { missing: inputs.missing };
}

/**
 * A task this work sent for a region of the picture still here: its inputs are crops of that
 * region, so the picture stays, the region comes back as the frame and the masks go back over
 * it. Control images were crops too: they are left out and named as missing.
 */
function inRegion(loaded: LoadedInputs, known: SubmittedTask | undefined, doc: StudioDocument, missing: string[]): LoadedInputs {
  const frame = recalledRegionFrame(known?.region, doc);
  if (!frame || !known?.region) return loaded;
  const place = (mask: LoadedInputs['mask']) => mask && maskIntoDocument(mask, frame, doc);
  const control = loaded.control.map((unit, i) => {
    if (unit.image) missing.push(`control image ${i + 1} (only the region was sent; choose it again)`);
    return { mask: place(unit.mask) };
  });
  const { picture: _crop, ...rest } = loaded;
  return { ...rest, mask: place(loaded.mask), control, region: { frame, resolution: recalledResolution(frame, known.region.generated) } };
}

const numberOr = (value: unknown) => (typeof value === 'number' ? value : undefined);
