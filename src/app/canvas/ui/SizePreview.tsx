import type { Anchor } from '../../store/documentTypes';
import { anchorOffset, type Size } from '../geometry/documentSize';

/** A thumbnail of the new canvas (checkered) with the current picture's place in it. */
export function SizePreview({ from, to, anchor }: { from: Size; to: Size; anchor: Anchor }) {
  const box = 84;
  const scale = box / Math.max(from.width, from.height, to.width, to.height);
  const { offsetX, offsetY } = anchorOffset(anchor, from, to);
  return (
    <div className="flex h-[84px] w-[84px] items-center justify-center" aria-hidden>
      <div
        className="relative overflow-hidden border border-ink-500"
        style={{
          width: to.width * scale,
          height: to.height * scale,
          backgroundImage: 'repeating-conic-gradient(#2a2d33 0 25%, #1f2126 0 50%)',
          backgroundSize: '8px 8px',
        }}
      >
        <div
          className="absolute border border-accent-400 bg-accent-500/35"
          style={{ left: offsetX * scale, top: offsetY * scale, width: from.width * scale, height: from.height * scale }}
        />
      </div>
    </div>
  );
}
