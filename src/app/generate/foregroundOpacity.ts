import { useEffect, useState } from 'react';
import { getAsset } from '../canvas/assets';
import type { StudioDocument } from '../store/documentTypes';
import { compositePlan, foregroundsPlan } from './documentPlans';
import { planAssetIds, type PicturePlan } from './drawPlan';
import { countTransparentPixels } from './encoderClient';

/** Checked at this long side at most: a cut-out's transparency survives the downscale, the cost does not grow with the picture. */
const CHECK_SIDE = 1024;

/** What Generate Backgrounds would send as the foreground, scaled down for the check. */
function foregroundPlan(doc: StudioDocument): PicturePlan | undefined {
  const hasPicture = doc.baseImage !== null || doc.edits.length > 0;
  if (doc.foregrounds.length === 0 && !hasPicture) return undefined;
  const scale = Math.min(1, CHECK_SIDE / Math.max(doc.width, doc.height));
  const view = { rect: { x: 0, y: 0, width: doc.width, height: doc.height }, width: Math.max(1, Math.round(doc.width * scale)), height: Math.max(1, Math.round(doc.height * scale)) };
  return doc.foregrounds.length > 0 ? foregroundsPlan(doc, view) : compositePlan(doc, view);
}

/**
 * Whether the foreground Generate Backgrounds would send has no transparent pixel at all (an
 * ordinary photo): then the action can only give the same picture back. Counted in the encode
 * worker; undefined while unknown or when the action is another one.
 */
export function useForegroundOpaque(active: boolean, doc: StudioDocument): boolean | undefined {
  const plan = active ? foregroundPlan(doc) : undefined;
  const key = plan ? JSON.stringify(plan) : null;
  const [known, setKnown] = useState<{ key: string; opaque: boolean } | null>(null);
  useEffect(() => {
    if (!plan || !key) return;
    let cancelled = false;
    const assets: Record<string, Blob | string> = {};
    for (const id of planAssetIds(plan)) {
      const source = getAsset(id)?.source;
      if (source === undefined) return;
      assets[id] = source;
    }
    countTransparentPixels(plan, assets).then(
      (transparent) => !cancelled && setKnown({ key, opaque: transparent === 0 }),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
    // The key stands for the plan: a new plan object with the same content needs no new count.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return known && known.key === key ? known.opaque : undefined;
}
