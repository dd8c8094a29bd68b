/**
 * Decoded images keyed by asset id. The store only holds the ids; everything that needs
 * pixels (the stage, exports, the request builder) asks here. Images are decoded with
 * `createImageBitmap`, off the main thread, and large ones get a small preview the stage
 * shows when zoomed out (drawing 100 MP per frame would stall panning).
 */
export interface StudioAsset {
  id: string;
  image: ImageBitmap;
  /** At most PREVIEW_SIDE on its long side; null when the image is small enough already. */
  preview: ImageBitmap | null;
  width: number;
  height: number;
  /** Object URL or data URI the image was decoded from; fine for <img src>. */
  url: string;
  /**
   * At most THUMBNAIL_SIDE on its long side: what panel thumbnails show (an <img> of a 48 MP photo
   * decodes all of it, even 28 px wide: +345 MB). The url itself for small images and for those
   * no panel lists (accepted patches, task inputs), so they cost no extra encode.
   */
  thumbnailUrl: string;
  name: string;
  mimeType: string;
  source: Blob | string;
}

export const PREVIEW_SIDE = 2048;
export const THUMBNAIL_SIDE = 256;

const assets = new Map<string, StudioAsset>();
let counter = 0;

function newAssetId(): string {
  counter += 1;
  return `asset-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

function mimeOfDataUrl(dataUrl: string): string {
  return /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'application/octet-stream';
}

function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const header = dataUrl.slice(0, comma);
  const body = dataUrl.slice(comma + 1);
  const text = header.endsWith(';base64') ? atob(body) : decodeURIComponent(body);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return new Blob([bytes], { type: mimeOfDataUrl(dataUrl) });
}

/** The image's size from its header, without decoding its pixels. */
export async function readImageSize(source: Blob | string): Promise<{ width: number; height: number }> {
  const url = typeof source === 'string' ? source : URL.createObjectURL(source);
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('not an image'));
      image.src = url;
    });
    return { width: image.naturalWidth, height: image.naturalHeight };
  } finally {
    if (typeof source !== 'string') URL.revokeObjectURL(url);
  }
}

async function makePreview(image: ImageBitmap): Promise<ImageBitmap | null> {
  const longSide = Math.max(image.width, image.height);
  if (longSide <= PREVIEW_SIDE) return null;
  const scale = PREVIEW_SIDE / longSide;
  return createImageBitmap(image, {
    resizeWidth: Math.max(1, Math.round(image.width * scale)),
    resizeHeight: Math.max(1, Math.round(image.height * scale)),
    resizeQuality: 'high',
  });
}

/** A small PNG of a large image, drawn from its preview, as an object URL; null when the image is small. */
async function makeThumbnailUrl(image: ImageBitmap, preview: ImageBitmap | null): Promise<string | null> {
  const longSide = Math.max(image.width, image.height);
  if (longSide <= THUMBNAIL_SIDE) return null;
  const scale = THUMBNAIL_SIDE / longSide;
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(image.width * scale)), Math.max(1, Math.round(image.height * scale)));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(preview ?? image, 0, 0, canvas.width, canvas.height);
  return URL.createObjectURL(await canvas.convertToBlob({ type: 'image/png' }));
}

/** Keeps an asset, letting go of the object URLs of the one it replaces. */
function keep(asset: StudioAsset): void {
  const old = assets.get(asset.id);
  assets.set(asset.id, asset);
  if (!old) return;
  if (typeof old.source !== 'string' && old.url !== asset.url) URL.revokeObjectURL(old.url);
  if (old.thumbnailUrl !== old.url) URL.revokeObjectURL(old.thumbnailUrl);
}

/** Options for images the stage never shows (a task's input picture, kept for compare). */
export interface AssetOptions {
  /** Make the zoomed-out preview and the panel thumbnail (default true); resizing 100 MP costs the page a moment. */
  preview?: boolean;
}

/** Decodes an image file, Blob or data URI and keeps it; resolves with its asset id. */
export async function addAsset(source: Blob | string, name = 'image', options: AssetOptions = {}): Promise<string> {
  return restoreAsset(newAssetId(), source, name, options);
}

/**
 * Decodes and keeps an image under an id it had before (autosave restore, project files),
 * so the document's references stay valid. Replaces an asset of the same id.
 */
export async function restoreAsset(id: string, source: Blob | string, name = 'image', options: AssetOptions = {}): Promise<string> {
  const blob = typeof source === 'string' ? dataUrlToBlob(source) : source;
  let image: ImageBitmap;
  try {
    image = await createImageBitmap(blob);
  } catch {
    throw new Error(`${name} is not an image this browser can open`);
  }
  const mimeType = typeof source === 'string' ? mimeOfDataUrl(source) : source.type || 'image/png';
  const url = typeof source === 'string' ? source : URL.createObjectURL(source);
  const shown = options.preview !== false;
  const preview = shown ? await makePreview(image) : null;
  const thumbnailUrl = (shown && (await makeThumbnailUrl(image, preview))) || url;
  keep({ id, image, preview, width: image.width, height: image.height, url, thumbnailUrl, name, mimeType, source });
  return id;
}

/** Keeps an image the studio made itself (an accepted result), already decoded. */
export async function addRenderedAsset(blob: Blob, image: ImageBitmap, name: string): Promise<string> {
  const id = newAssetId();
  const url = URL.createObjectURL(blob);
  keep({ id, image, preview: await makePreview(image), width: image.width, height: image.height, url, thumbnailUrl: url, name, mimeType: blob.type, source: blob });
  return id;
}

export function getAsset(assetId: string): StudioAsset | undefined {
  return assets.get(assetId);
}

/** The asset's original bytes as a data URI (what PICPIK requests carry). */
export async function getAssetDataUrl(assetId: string): Promise<string> {
  const asset = assets.get(assetId);
  if (!asset) throw new Error(`Unknown asset ${assetId}`);
  if (typeof asset.source === 'string') return asset.source;
  const blob = asset.source;
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the image'));
    reader.readAsDataURL(blob);
  });
}
