import { fetchResultBlob } from './resultActions';

const CELL = 512;
const GAP = 16;
const LABEL = 28;

/**
 * A run's variants on one PNG: a grid of cells (each variant fitted into 512 px), each labelled
 * with its number and seed, on a neutral background. Designers send it round to choose from.
 */
export async function contactSheetPng(urls: string[], labels: string[]): Promise<Blob> {
  if (urls.length === 0) throw new Error('This run has no variants to put on a contact sheet');
  const images = await Promise.all(urls.map(async (url) => createImageBitmap(await fetchResultBlob(url))));
  const columns = Math.ceil(Math.sqrt(images.length));
  const rows = Math.ceil(images.length / columns);
  const canvas = new OffscreenCanvas(GAP + columns * (CELL + GAP), GAP + rows * (CELL + LABEL + GAP));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw off-screen');
  ctx.fillStyle = '#1b1d21';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.font = '16px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  images.forEach((image, index) => {
    const x = GAP + (index % columns) * (CELL + GAP);
    const y = GAP + Math.floor(index / columns) * (CELL + LABEL + GAP);
    const scale = Math.min(CELL / image.width, CELL / image.height);
    const width = Math.round(image.width * scale);
    const height = Math.round(image.height * scale);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(image, x + (CELL - width) / 2, y + (CELL - height) / 2, width, height);
    ctx.fillStyle = '#d7d9de';
    ctx.fillText(`#${index + 1}  ${labels[index] ?? ''}`, x, y + CELL + LABEL / 2);
    image.close();
  });
  return canvas.convertToBlob({ type: 'image/png' });
}

export async function downloadContactSheet(urls: string[], labels: string[], fileName: string): Promise<void> {
  const url = URL.createObjectURL(await contactSheetPng(urls, labels));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
