import { useEffect, useRef } from 'react';
import { placeForeground } from './commands/documentCommands';
import { redo, undo, useHistoryState } from './history/studioHistory';
import { OPEN_IMAGE_REQUEST } from './tools/useEditorShortcuts';
import { ExportMenu } from './ui/ExportMenu';
import { FilePickerButton } from './ui/FilePickerButton';
import { IconButton } from './ui/IconButton';
import { ImageIcon, LayerPlusIcon, RedoIcon, UndoIcon } from './ui/icons';
import { showNotice } from './ui/notice';
import { openImageFile } from './ui/openImageFile';

const IMAGE_TYPES = 'image/png,image/jpeg,image/webp,image/gif,image/bmp,image/avif';
const textButton =
  'flex h-7 items-center gap-1.5 rounded-md px-2 text-xs text-ink-300 hover:bg-ink-700 hover:text-ink-200';

/** Top-bar document actions: open, add foreground, undo/redo, export. */
export function DocumentMenu() {
  const history = useHistoryState();
  const openInputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const openPicker = () => openInputRef.current?.click();
    window.addEventListener(OPEN_IMAGE_REQUEST, openPicker);
    return () => window.removeEventListener(OPEN_IMAGE_REQUEST, openPicker);
  }, []);

  return (
    <div className="flex items-center gap-1">
      <div className="mx-1 h-5 w-px bg-ink-700" aria-hidden />
      <FilePickerButton
        label="Open image"
        title="Open image (Ctrl+O) · or drop / paste one"
        accept={IMAGE_TYPES}
        inputRef={openInputRef}
        className={textButton}
        onFile={(file) => openImageFile(file, file.name)}
      >
        <ImageIcon />
        Open image
      </FilePickerButton>
      <FilePickerButton
        label="Add foreground"
        title="Add foreground: a transparent PNG placed as a layer"
        accept={IMAGE_TYPES}
        className={textButton}
        onFile={(file) => placeForeground(file, file.name.replace(/\.[^.]+$/, '')).catch((error: Error) => showNotice(error.message))}
      >
        <LayerPlusIcon />
        Add foreground
      </FilePickerButton>
      <ExportMenu />
      <div className="mx-1 h-5 w-px bg-ink-700" aria-hidden />
      <IconButton label="Undo" title={history.undoLabel ? `Undo ${history.undoLabel} (Ctrl+Z)` : 'Undo (Ctrl+Z)'} aria-keyshortcuts="Control+Z Meta+Z" disabled={!history.canUndo} onClick={() => undo()}>
        <UndoIcon />
      </IconButton>
      <IconButton label="Redo" title={history.redoLabel ? `Redo ${history.redoLabel} (Shift+Ctrl+Z)` : 'Redo (Shift+Ctrl+Z)'} aria-keyshortcuts="Shift+Control+Z Shift+Meta+Z" disabled={!history.canRedo} onClick={() => redo()}>
        <RedoIcon />
      </IconButton>
    </div>
  );
}
