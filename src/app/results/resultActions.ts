import { openImage, placeForeground } from '../canvas/commands/documentCommands';

/** Result images are served by the studio (/files/…) or, when not yet archived, by PICPIK. */
export async function fetchResultBlob(url: string): Promise<Blob> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The result image could not be loaded (HTTP ${response.status})`);
  return response.blob();
}

/** Iterate: the result becomes the new base image (one undoable step; masks start empty). */
export async function acceptResultAsBase(url: string): Promise<void> {
  await openImage(await fetchResultBlob(url), 'Result');
}

export async function addResultAsForeground(url: string): Promise<void> {
  await placeForeground(await fetchResultBlob(url), 'Result');
}

export async function downloadResult(url: string, fileName: string): Promise<void> {
  const objectUrl = URL.createObjectURL(await fetchResultBlob(url));
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}

/** Clipboard images must be PNG; results already are. */
export async function copyResultToClipboard(url: string): Promise<void> {
  const blob = await fetchResultBlob(url);
  const png = blob.type === 'image/png' ? blob : new Blob([await blob.arrayBuffer()], { type: 'image/png' });
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

export function resultFileName(taskUid: string, index: number, seed: number | undefined): string {
  return `picpik-${taskUid}-${index + 1}${seed !== undefined ? `-seed${seed}` : ''}.png`;
}
