/**
 * Decoded images keyed by asset id. The store only holds the ids; everything that needs
 * pixels (the stage, exports, the request builder) asks here.
 */
export interface StudioAsset {
  id: string;
  image: HTMLImageElement;
  width: number;
  height: number;
  /** Object URL or data URI the image was decoded from; fine for <img src>. */
  url: string;
  name: string;
  mimeType: string;
  source: Blob | string;
}

const assets = new Map<string, StudioAsset>();
let counter = 0;

function newAssetId(): string {
  counter += 1;
  return `asset-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

function mimeOfDataUrl(dataUrl: string): string {
  return /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'application/octet-stream';
}

/** Decodes an image file, Blob or data URI and keeps it; resolves with its asset id. */
export async function addAsset(source: Blob | string, name = 'image'): Promise<string> {
  return restoreAsset(newAssetId(), source, name);
}

/**
 * Decodes and keeps an image under an id it had before (autosave restore, project files),
 * so the document's references stay valid. Replaces an asset of the same id.
 */
export async function restoreAsset(id: string, source: Blob | string, name = 'image'): Promise<string> {
  const isBlob = typeof source !== 'string';
  const url = isBlob ? URL.createObjectURL(source) : source;
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  try {
    await image.decode();
  } catch {
    if (isBlob) URL.revokeObjectURL(url);
    throw new Error(`${name} is not an image this browser can open`);
  }
  const mimeType = isBlob ? source.type || 'image/png' : mimeOfDataUrl(source);
  assets.set(id, { id, image, width: image.naturalWidth, height: image.naturalHeight, url, name, mimeType, source });
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
