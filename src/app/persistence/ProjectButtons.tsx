import { useState } from 'react';
import { FilePickerButton } from '../canvas/ui/FilePickerButton';
import { IconButton } from '../canvas/ui/IconButton';
import { FolderOpenIcon, NewDocumentIcon, SaveIcon } from '../canvas/ui/icons';
import { showNotice } from '../canvas/ui/notice';
import { isUnsavedToFile } from './fileSaveState';
import { NewDocumentDialog } from './NewDocumentDialog';
import { openProjectFile, saveProjectFile, startNewDocument } from './projectActions';
import { PROJECT_EXTENSION, PROJECT_MIME_TYPE } from './projectFile';

const iconButton = 'flex h-7 w-7 items-center justify-center rounded-md text-ink-300 hover:bg-ink-700 hover:text-ink-200';

const fail = (error: Error) => showNotice(error.message);

/** Top-bar project actions: New document, Open project, Save project (one `.picpik` zip). */
export function ProjectButtons() {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const startNew = async () => {
    setConfirming(false);
    await startNewDocument();
    showNotice('New document', 'info');
  };
  const save = async () => {
    setBusy(true);
    try {
      showNotice(`Saved ${await saveProjectFile()}`, 'info');
      return true;
    } catch (error) {
      fail(error as Error);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="flex items-center gap-0.5" role="group" aria-label="Project">
      <IconButton label="New document" title="New document" onClick={() => (isUnsavedToFile() ? setConfirming(true) : void startNew().catch(fail))}>
        <NewDocumentIcon />
      </IconButton>
      <FilePickerButton
        label="Open project"
        title={`Open project (${PROJECT_EXTENSION}): replaces the current work; Undo brings it back`}
        accept={`${PROJECT_EXTENSION},${PROJECT_MIME_TYPE},.picpik.json,application/json,.json`}
        className={iconButton}
        onFile={(file) => openProjectFile(file).then(() => showNotice(`Opened ${file.name}`, 'info'), fail)}
      >
        <FolderOpenIcon />
      </FilePickerButton>
      <IconButton label="Save project" title={`Save project: one ${PROJECT_EXTENSION} file with the images, masks, form and results`} disabled={busy} onClick={() => void save()}>
        <SaveIcon />
      </IconButton>
      {confirming ? (
        <NewDocumentDialog
          busy={busy}
          onCancel={() => setConfirming(false)}
          onSaveFirst={() => void save().then((saved) => (saved ? startNew() : undefined))}
          onDiscard={() => void startNew().catch(fail)}
        />
      ) : null}
    </div>
  );
}
