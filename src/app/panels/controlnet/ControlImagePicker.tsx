import { getAsset } from '../../canvas/assets';
import { setControlReference } from '../../canvas/commands/documentCommands';
import { FilePickerButton } from '../../canvas/ui/FilePickerButton';
import { LayerThumbnail } from '../../canvas/ui/LayerThumbnail';
import { ImageIcon } from '../../canvas/ui/icons';
import type { ImageSource } from '../../request/studioParams';
import { useStudioStore } from '../../store/studioStore';
import { IMAGE_TYPES, useFileDrop, useImageImport } from '../actions/imageFiles';
import { ERROR_TEXT, HINT_TEXT, LABEL, SMALL_BUTTON } from '../fields/fieldStyles';
import { useRefusalFor } from '../readinessContext';

type ControlImagePickerProps = {
  /** A ControlNet unit id or a legacy ControlNet param id (both key `references.control`). */
  unitId: string;
  source: ImageSource;
  onSourceChange: (source: ImageSource) => void;
};

const pressed = 'aria-pressed:border-accent-500 aria-pressed:bg-accent-500/15 aria-pressed:text-accent-400';

/** The control image of a unit: the canvas picture, or an uploaded (or dropped) image with its thumbnail. */
export function ControlImagePicker({ unitId, source, onSourceChange }: ControlImagePickerProps) {
  const assetId = useStudioStore((s) => s.document.references.control[unitId]);
  const asset = assetId ? getAsset(assetId) : undefined;
  const { error, importFile } = useImageImport((id) => {
    setControlReference(unitId, id);
    onSourceChange('slot');
  });
  const { over, dropHandlers } = useFileDrop(importFile);
  const refusal = useRefusalFor(`control:${unitId}`);
  const problem = error ?? refusal;
  return (
    <div {...dropHandlers} className={`rounded py-1 ${over ? 'bg-accent-500/10 outline outline-1 outline-accent-500' : ''}`}>
      <div className="flex items-center gap-1.5">
        <span className={`${LABEL} w-[60px] shrink-0`}>Image</span>
        <button type="button" aria-pressed={source === 'canvas'} onClick={() => onSourceChange('canvas')} className={`${SMALL_BUTTON} ${pressed}`}>
          Use canvas
        </button>
        <FilePickerButton label="Upload control image" accept={IMAGE_TYPES} onFile={importFile} className={SMALL_BUTTON}>
          <span aria-hidden>{asset && source === 'slot' ? 'Replace…' : 'Upload…'}</span>
        </FilePickerButton>
      </div>
      {source === 'slot' ? (
        <div className="mt-1 flex items-center gap-2 pl-[66px]">
          <LayerThumbnail url={asset?.thumbnailUrl}>
            <ImageIcon className="h-3.5 w-3.5 text-ink-500" />
          </LayerThumbnail>
          <span className="min-w-0 flex-1 truncate text-[11px] text-ink-300" title={asset?.name}>
            {asset ? asset.name : 'No image yet — upload or drop one'}
          </span>
          {asset ? (
            <button type="button" aria-label="Remove control image" onClick={() => setControlReference(unitId, null)} className={SMALL_BUTTON}>
              Remove
            </button>
          ) : null}
        </div>
      ) : (
        <p className={`${HINT_TEXT} mt-0.5 pl-[66px]`}>The canvas picture is the control image.</p>
      )}
      {problem ? <p className={`${ERROR_TEXT} mt-0.5 pl-[66px]`}>{problem}</p> : null}
    </div>
  );
}
