import { useGenerationRegion } from '../../region/currentRegion';
import { ERROR_TEXT, LABEL } from '../fields/fieldStyles';
import { useRefusalFor } from '../readinessContext';

/** Width × Height are the generation size of the region (see the Region tool): shown here, not typed. */
export function SizeRow() {
  const { generated } = useGenerationRegion();
  const refusal = useRefusalFor('Width', 'Height');
  return (
    <div className="py-1">
      <div className="flex items-center gap-2">
        <span className={`${LABEL} w-[92px] shrink-0`}>Size</span>
        <output aria-label="Size" data-testid="generation-size" className={`text-[11px] ${refusal ? 'text-danger-500' : 'text-ink-300'}`}>
          <span className="font-mono">
            {generated.width} × {generated.height}
          </span>
          <span className="text-ink-500"> — the region&apos;s generation size</span>
        </output>
      </div>
      {refusal ? <p className={`${ERROR_TEXT} mt-0.5 pl-[100px]`}>{refusal}</p> : null}
    </div>
  );
}
