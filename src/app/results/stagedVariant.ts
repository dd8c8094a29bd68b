import { getRegionPreview } from '../region/resultPreview';
import { useStudioStore } from '../store/studioStore';
import { acceptAsVersion } from '../versions/acceptAsVersion';
import type { Version } from '../versions/versionTree';
import type { VariantSeed } from './variantSeeds';

/**
 * Accepts the variant staged on the canvas (the one composed into its region now) as a new
 * version. The Accept button and the Enter key both come here.
 */
export async function acceptStagedVariant(taskUid: string, index: number, variant: VariantSeed): Promise<Version> {
  const task = useStudioStore.getState().tasks.find((t) => t.taskUid === taskUid);
  if (!task) throw new Error('This run is no longer in the results tray');
  const preview = getRegionPreview();
  if (!preview || preview.key !== `${taskUid}:${index}` || !preview.composed) throw new Error('The variant is still being put into the picture');
  return acceptAsVersion(preview, { task, index, variant });
}

/** Keys typed into a field, or with a modifier, are not staging commands. */
export function isStagingKey(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false;
  const target = event.target as HTMLElement | null;
  const tag = target?.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable) return false;
  // Enter on a focused button is that button's click.
  if (event.key === 'Enter' && tag === 'BUTTON') return false;
  return ['ArrowLeft', 'ArrowRight', 'Enter', 'Escape'].includes(event.key);
}
