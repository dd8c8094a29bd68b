/** A small checkered tile with the layer's picture, or an icon when it has none. */
export function LayerThumbnail({ url, dimmed, children }: { url?: string; dimmed?: boolean; children?: React.ReactNode }) {
  return (
    <span
      className={`flex h-7 w-7 shrink-0 items-center justify-center overflow-hidden rounded-sm border border-ink-700 ${dimmed ? 'opacity-40' : ''}`}
      style={{ backgroundImage: 'repeating-conic-gradient(#2a2d33 0 25%, #1f2126 0 50%)', backgroundSize: '6px 6px' }}
      aria-hidden
    >
      {url ? <img src={url} alt="" className="max-h-full max-w-full object-contain" draggable={false} /> : children}
    </span>
  );
}
