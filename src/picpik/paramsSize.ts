import { MAX_PARAMS_BYTES } from './requestLimits';

/** The fields whose texts are image bodies; they are measured by the image checks instead. */
const IMAGE_LIST_FIELDS = ['ImageAndMaskList', 'ImageList'];

/** The request with every image body emptied: what the archive keeps of it, roughly. */
function withoutImages(request: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...request };
  for (const field of IMAGE_LIST_FIELDS) {
    const list = copy[field];
    if (Array.isArray(list)) copy[field] = list.map((image) => (typeof image === 'string' ? '' : image));
  }
  if (typeof copy.RawImage === 'string') copy.RawImage = '';
  if (Array.isArray(copy.ControlNetParams)) {
    copy.ControlNetParams = copy.ControlNetParams.map((unit: unknown) =>
      unit !== null && typeof unit === 'object' && 'ControlNetImg' in unit ? { ...unit, ControlNetImg: '' } : unit,
    );
  }
  return copy;
}

/** UTF-8 length of a text without encoding it. */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 2 code units, 4 bytes
      i++;
    } else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  // Each code unit is 1 to 3 bytes: a short text is within the limit without counting.
  return text.length * 3 <= MAX_PARAMS_BYTES ? text.length : utf8Length(text);
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Refuses a request whose parameters besides its images (prompts, models, options) exceed
 * MAX_PARAMS_BYTES of JSON, naming its largest field: the archive stores these parameters per
 * task and /api/history serves them per row, so they must stay small.
 */
export function paramsSizeProblem(request: Record<string, unknown>): { field: string; message: string } | undefined {
  const params = withoutImages(request);
  const total = jsonBytes(params);
  if (total <= MAX_PARAMS_BYTES) return undefined;
  let largest = { field: '', bytes: -1 };
  for (const [field, value] of Object.entries(params)) {
    const bytes = jsonBytes(value);
    if (bytes > largest.bytes) largest = { field, bytes };
  }
  return {
    field: largest.field,
    message: `The request without its images is ${sizeText(total)} of JSON, more than the ${sizeText(MAX_PARAMS_BYTES)} accepted; its largest field is ${largest.field} (${sizeText(largest.bytes)})`,
  };
}
