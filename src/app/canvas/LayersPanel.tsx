import { useBaseImage, useDocumentHeight, useDocumentWidth, useForegrounds, useMasks } from '../store/documentHooks';
import { useActiveMaskId, useMaskColor, useMaskVisible, useSelectedForegroundId } from '../store/editorHooks';
import { useStudioStore } from '../store/studioStore';
import { getAsset } from './assets';
import { setBaseImageVisible } from './commands/documentCommands';
import { ForegroundRow } from './ui/ForegroundRow';
import { IconButton } from './ui/IconButton';
import { EyeIcon, EyeOffIcon, ImageIcon } from './ui/icons';
import { LayerThumbnail } from './ui/LayerThumbnail';
import { maskLabel } from './ui/maskLabel';

function MaskRows() {
  const masks = useMasks();
  const activeId = useActiveMaskId();
  const visible = useMaskVisible();
  const color = useMaskColor();
  const state = useStudioStore.getState;
  return Object.keys(masks).map((id) => {
    const active = id === activeId;
    const shown = active && visible;
    return (
      <li key={id} className={`flex h-10 items-center gap-2 border-l-2 pl-2 pr-3 ${active ? 'border-ink-600 bg-ink-850' : 'border-transparent hover:bg-ink-850'}`}>
        <IconButton
          label={shown ? `Hide ${maskLabel(id).toLowerCase()}` : `Show ${maskLabel(id).toLowerCase()}`}
          onClick={() => (active ? state().maskVisibilityChanged(!visible) : state().activeMaskChosen(id))}
        >
          {shown ? <EyeIcon className="h-3.5 w-3.5" /> : <EyeOffIcon className="h-3.5 w-3.5 text-ink-500" />}
        </IconButton>
        <LayerThumbnail>
          <span className="h-3.5 w-3.5 rounded-full" style={{ background: color, opacity: 0.85 }} />
        </LayerThumbnail>
        <button type="button" aria-label={`Edit ${maskLabel(id).toLowerCase()}`} onClick={() => state().activeMaskChosen(id)} className="min-w-0 flex-1 truncate text-left text-xs text-ink-200">
          {maskLabel(id)}
        </button>
        <span className="text-[10px] uppercase tracking-wide text-ink-500">{active ? 'editing' : ''}</span>
      </li>
    );
  });
}

function BaseImageRow() {
  const base = useBaseImage();
  const width = useDocumentWidth();
  const height = useDocumentHeight();
  const asset = base ? getAsset(base.assetId) : undefined;
  return (
    <li className="flex h-10 items-center gap-2 border-l-2 border-transparent pl-2 pr-3">
      {base ? (
        <IconButton label={base.hidden ? 'Show picture' : 'Hide picture'} title={base.hidden ? 'Show the base image' : 'Hide the base image'} onClick={() => setBaseImageVisible(Boolean(base.hidden))}>
          {base.hidden ? <EyeOffIcon className="h-3.5 w-3.5 text-ink-500" /> : <EyeIcon className="h-3.5 w-3.5" />}
        </IconButton>
      ) : (
        <span className="h-7 w-7 shrink-0" aria-hidden />
      )}
      <LayerThumbnail url={asset?.thumbnailUrl} dimmed={Boolean(base?.hidden)}>
        <ImageIcon className="h-3.5 w-3.5 text-ink-500" />
      </LayerThumbnail>
      <span className="min-w-0 flex-1 truncate text-xs text-ink-200" title={asset?.name}>
        {asset ? asset.name : 'No base image'}
      </span>
      <span className="font-mono text-[10px] text-ink-500">{base ? `${Math.round(base.width)}×${Math.round(base.height)}` : `${width}×${height}`}</span>
    </li>
  );
}

/** The "Layers" section of the side panel: foregrounds (top first), masks, base image. */
export function LayersPanel() {
  const foregrounds = useForegrounds();
  const selectedId = useSelectedForegroundId();
  const topFirst = [...foregrounds].reverse();
  return (
    <section aria-labelledby="layers-heading" className="border-b border-ink-800">
      <header className="flex h-9 items-center justify-between px-3">
        <h2 id="layers-heading" className="text-[11px] font-semibold uppercase tracking-wider text-ink-400">
          Layers
        </h2>
      </header>
      <ul aria-label="Layers" className="pb-2">
        {topFirst.map((fg, index) => (
          <ForegroundRow key={fg.id} foreground={fg} selected={fg.id === selectedId} isTop={index === 0} isBottom={index === topFirst.length - 1} />
        ))}
        <MaskRows />
        <BaseImageRow />
      </ul>
    </section>
  );
}
