import { acceptComposedResult } from '../region/acceptResult';
import type { RegionPreview } from '../region/resultPreview';
import type { VariantSeed } from '../results/variantSeeds';
import type { StudioDocument } from '../store/documentTypes';
import type { SubmittedTask } from '../store/resultsSlice';
import { useStudioStore } from '../store/studioStore';
import { recordVersionMasks } from './versionMasks';
import { budgetProblem, layersOf, versionOfDocument, type Version } from './versionTree';

const state = () => useStudioStore.getState();

/** What the designer accepted: which run, which of its variants, and that variant's seed. */
export interface AcceptedVariant {
  task: SubmittedTask;
  index: number;
  variant: VariantSeed;
}

/** The version the document shows; a picture with no version yet gets its root ("Original") first. */
function parentVersion(doc: StudioDocument): Version {
  const shown = versionOfDocument(state().versionTree, doc);
  if (shown) return shown;
  return state().versionAdded({
    parentId: null,
    action: 'Original',
    params: {},
    seed: null,
    region: null,
    mask: null,
    variant: null,
    createdAt: Date.now(),
    patch: null,
    shift: { x: 0, y: 0 },
    baseEdits: doc.edits,
    layers: layersOf(doc),
    maskRasters: recordVersionMasks(),
  });
}

/** How far accepting moved the picture (outpainting past the top or left edge grows the canvas there). */
function shiftBetween(before: StudioDocument, after: StudioDocument): { x: number; y: number } {
  const a = before.baseImage ?? before.edits[0];
  const b = after.baseImage ?? after.edits[0];
  return a && b ? { x: b.x - a.x, y: b.y - a.y } : { x: 0, y: 0 };
}

/**
 * Accepts the variant shown in place: its changed pixels go into the picture (one undo step,
 * region/acceptResult.ts) and become a new version, a child of the version shown. Accepting
 * after going back to an earlier version therefore starts a branch; nothing is replaced.
 */
export async function acceptAsVersion(preview: RegionPreview, accepted: AcceptedVariant): Promise<Version> {
  const composed = preview.composed;
  if (!composed) throw new Error('The result is still being put into the picture');
  const problem = budgetProblem(state().versionTree, composed.png.size);
  if (problem) throw new Error(problem);
  const before = state().document;
  const parent = parentVersion(before);
  await acceptComposedResult(preview.rect, composed);
  const after = state().document;
  const edit = after.edits[after.edits.length - 1];
  if (after === before || !edit) throw new Error('The result did not change the picture');
  const { task, index, variant } = accepted;
  return state().versionAdded({
    parentId: parent.id,
    action: task.action,
    params: task.requestSummary,
    seed: variant.kind === 'own' ? variant.seed : variant.kind === 'run' ? variant.runSeed : null,
    region: preview.rect,
    mask: task.region?.blend.kind === 'mask' ? task.region.blend.mask : null,
    variant: { taskUid: task.taskUid, index, count: variant.kind === 'unknown' ? 1 : variant.count },
    createdAt: Date.now(),
    patch: { ...edit, bytes: composed.png.size },
    shift: shiftBetween(before, after),
    layers: layersOf(after),
    // After the accept: outpainting has grown the masks with the picture, so they fit `layers`.
    maskRasters: recordVersionMasks(),
  });
}
