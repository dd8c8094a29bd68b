import { useGenerationRegion } from './currentRegion';
import { regionSentence } from './generationSize';

/** One line under the form: what the request will cover and the size it is generated at. */
export function RegionSummary() {
  const region = useGenerationRegion();
  const where = region.source === 'frame' ? 'the frame you drew' : region.source === 'masks' ? 'the masks plus padding' : 'the whole picture';
  return (
    <p data-testid="region-summary" data-region={`${region.rect.x} ${region.rect.y} ${region.rect.width} ${region.rect.height}`} className="mb-1.5 truncate font-mono text-[11px] text-ink-400" title={`Covers ${where}${region.outside ? ', past the edge (outpainting)' : ''}. Change it with the Region tool (R).`}>
      {regionSentence(region.rect, region.generated)}
    </p>
  );
}
