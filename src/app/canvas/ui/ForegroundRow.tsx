import type { ForegroundPlacement } from '../../store/documentTypes';
import { useStudioStore } from '../../store/studioStore';
import { getAsset } from '../assets';
import { moveForegroundInStack, removeForeground, setForegroundOpacity, setForegroundVisible } from '../commands/documentCommands';
import { IconButton } from './IconButton';
import { ChevronDownIcon, ChevronUpIcon, EyeIcon, EyeOffIcon, TrashIcon } from './icons';
import { LayerThumbnail } from './LayerThumbnail';

type ForegroundRowProps = {
  foreground: ForegroundPlacement;
  selected: boolean;
  isTop: boolean;
  isBottom: boolean;
};

/** One foreground in the layers list: select, show/hide, opacity, order, delete. */
export function ForegroundRow({ foreground: fg, selected, isTop, isBottom }: ForegroundRowProps) {
  const asset = getAsset(fg.assetId);
  const select = () => {
    const state = useStudioStore.getState();
    state.foregroundSelected(fg.id);
    state.toolSelected('move');
  };
  return (
    <li
      className={`group border-l-2 ${selected ? 'border-accent-500 bg-accent-500/10' : 'border-transparent hover:bg-ink-850'}`}
      aria-current={selected ? 'true' : undefined}
    >
      <div className="flex h-10 items-center gap-2 pl-2 pr-1">
        <IconButton label={fg.visible ? `Hide ${fg.name}` : `Show ${fg.name}`} title={fg.visible ? 'Hide layer' : 'Show layer'} onClick={() => setForegroundVisible(fg.id, !fg.visible)}>
          {fg.visible ? <EyeIcon className="h-3.5 w-3.5" /> : <EyeOffIcon className="h-3.5 w-3.5 text-ink-500" />}
        </IconButton>
        <LayerThumbnail url={asset?.thumbnailUrl} dimmed={!fg.visible} />
        <button
          type="button"
          aria-label={`Select ${fg.name}`}
          onClick={select}
          className={`min-w-0 flex-1 truncate text-left text-xs ${fg.visible ? 'text-ink-200' : 'text-ink-500'}`}
          title={fg.name}
        >
          {fg.name}
        </button>
        <div className={`flex items-center ${selected ? '' : 'opacity-0 group-focus-within:opacity-100 group-hover:opacity-100'}`}>
          <IconButton label={`Bring ${fg.name} forward`} title="Bring forward" disabled={isTop} onClick={() => moveForegroundInStack(fg.id, 1)}>
            <ChevronUpIcon className="h-3.5 w-3.5" />
          </IconButton>
          <IconButton label={`Send ${fg.name} backward`} title="Send backward" disabled={isBottom} onClick={() => moveForegroundInStack(fg.id, -1)}>
            <ChevronDownIcon className="h-3.5 w-3.5" />
          </IconButton>
          <IconButton label={`Delete ${fg.name}`} title="Delete layer" onClick={() => removeForeground(fg.id)} className="hover:!text-danger-500">
            <TrashIcon className="h-3.5 w-3.5" />
          </IconButton>
        </div>
      </div>
      {selected ? (
        <div className="flex items-center gap-2 pb-2 pl-11 pr-3">
          <span className="text-[11px] text-ink-500" aria-hidden>
            Opacity
          </span>
          <input
            type="range"
            aria-label={`Opacity of ${fg.name}`}
            min={0}
            max={100}
            value={Math.round(fg.opacity * 100)}
            onChange={(event) => setForegroundOpacity(fg.id, Number(event.target.value) / 100)}
            className="studio-range min-w-0 flex-1"
          />
          <span className="w-8 text-right font-mono text-[11px] text-ink-400">{Math.round(fg.opacity * 100)}%</span>
        </div>
      ) : null}
    </li>
  );
}
