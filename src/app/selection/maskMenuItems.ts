import { GROW_MAX, GROW_MIN } from '../canvas/maskOps/growShrink';
import { SMOOTH_MAX, SMOOTH_MIN } from '../canvas/maskOps/smoothMask';
import { growActiveMask, shrinkActiveMask, smoothActiveMask } from './maskCommands';
import type { AmountOperation } from './MaskAmountDialog';

/** Grow, shrink and smooth ask for their pixels first; the last amounts are offered again. */
const last = { grow: 8, shrink: 8, smooth: 4 };

export const AMOUNT_OPERATIONS: Record<'grow' | 'shrink' | 'smooth', () => AmountOperation> = {
  grow: () => ({
    title: 'Grow mask',
    fieldLabel: 'Grow by',
    min: GROW_MIN,
    max: GROW_MAX,
    initial: last.grow,
    apply: (amount) => growActiveMask((last.grow = amount)),
  }),
  shrink: () => ({
    title: 'Shrink mask',
    fieldLabel: 'Shrink by',
    min: GROW_MIN,
    max: GROW_MAX,
    initial: last.shrink,
    apply: (amount) => shrinkActiveMask((last.shrink = amount)),
  }),
  smooth: () => ({
    title: 'Smooth mask',
    fieldLabel: 'Smooth radius',
    min: SMOOTH_MIN,
    max: SMOOTH_MAX,
    initial: last.smooth,
    apply: (amount) => smoothActiveMask((last.smooth = amount)),
  }),
};
