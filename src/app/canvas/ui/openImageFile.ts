import { ImageTooLargeError, openImage } from '../commands/documentCommands';
import { sizeLabel } from '../geometry/documentSize';
import { showNotice } from './notice';

/**
 * Opens a picture the designer chose (file picker, drop, paste). One beyond the limits is not
 * opened silently scaled: the notice says so and offers to open it scaled down.
 */
export function openImageFile(source: Blob | string, name: string): void {
  openImage(source, name).catch((error: Error) => {
    if (!(error instanceof ImageTooLargeError)) return showNotice(error.message);
    showNotice(`${error.message} Open it scaled down to ${sizeLabel(error.fitted)} px?`, 'info', {
      label: 'Open scaled down',
      run: () => openImage(source, name, { scaleDown: true }).catch((again: Error) => showNotice(again.message)),
    });
  });
}
