import type { TaskRegion } from '../store/resultsSlice';
import { regionSentence } from './generationSize';

/** In the Request view: the part of the document the request carries, where, and at what size. */
export function RegionSent({ region }: { region: TaskRegion | undefined }) {
  if (!region) return null;
  const { rect, generated, documentSize, blend } = region;
  return (
    <p data-testid="request-region" className="font-mono text-[11px] text-ink-300">
      {regionSentence(rect, generated)} · at ({rect.x}, {rect.y}) of the {documentSize.width} × {documentSize.height} px picture ·{' '}
      {blend.kind === 'mask' ? `back through the mask, feather ${blend.feather} px` : 'replaces the region'}
    </p>
  );
}
