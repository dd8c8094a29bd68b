import { IconButton } from '../../canvas/ui/IconButton';
import { useStudioStore } from '../../store/studioStore';
import { ParamNumber } from '../fields/ParamNumber';
import type { NumberRule } from '../fields/fieldRules';
import { SwitchField } from '../fields/SwitchField';
import { RANDOM_SEED, randomConcreteSeed } from './randomSeed';

function DiceIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} className="h-3.5 w-3.5" aria-hidden>
      <rect x="4" y="4" width="16" height="16" rx="3" />
      <circle cx="9" cy="9" r="1.1" fill="currentColor" />
      <circle cx="15" cy="15" r="1.1" fill="currentColor" />
      <circle cx="15" cy="9" r="1.1" fill="currentColor" />
      <circle cx="9" cy="15" r="1.1" fill="currentColor" />
    </svg>
  );
}

/** Seed: random (−1) or a fixed number; the dice draws a concrete seed to reproduce later. */
export function SeedField({ rule }: { rule: NumberRule }) {
  const seed = useStudioStore((s) => s.params.seed);
  const paramsEdited = useStudioStore((s) => s.paramsEdited);
  const random = seed === RANDOM_SEED;
  return (
    <>
      <SwitchField
        label="Random seed"
        checked={random}
        onChange={(on) => paramsEdited({ seed: on ? RANDOM_SEED : randomConcreteSeed() })}
      />
      <div className="flex items-start gap-1">
        <div className="min-w-0 flex-1">
          <ParamNumber label="Seed" rule={rule} value={seed} onChange={(value) => paramsEdited({ seed: value })} boxWidth="w-28" />
        </div>
        <IconButton label="New random seed" title="New random seed" onClick={() => paramsEdited({ seed: randomConcreteSeed() })} className="mt-1 h-6 w-6">
          <DiceIcon />
        </IconButton>
      </div>
    </>
  );
}
