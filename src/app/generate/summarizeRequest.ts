const IMAGE_LISTS = ['ImageAndMaskList', 'ImageList'];

/** Base64 shortened for display: `data:image/png;base64,iVBORw0K…(812 KB)`. */
export function shortenImage(value: string): string {
  const comma = value.indexOf(',');
  const head = value.slice(0, Math.min(value.length, comma + 13));
  return `${head}…(${Math.round((value.length * 3) / 4 / 1024)} KB)`;
}

function isImageText(key: string, value: unknown): value is string {
  return typeof value === 'string' && (value.startsWith('data:image/') || key === 'ControlNetImg' || key === 'RawImage');
}

/** The request with every image replaced by a short description: for the request view and the history. */
export function summarizeRequest(payload: Record<string, unknown>): Record<string, unknown> {
  const walk = (key: string, value: unknown): unknown => {
    if (isImageText(key, value)) return shortenImage(value);
    if (Array.isArray(value)) return value.map((item) => (IMAGE_LISTS.includes(key) && typeof item === 'string' ? shortenImage(item) : walk('', item)));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(k, v)]));
    return value;
  };
  return walk('', payload) as Record<string, unknown>;
}

/** A curl command that sends the full request (its JSON text) to this studio server. */
export function curlCommandForJson(json: string, origin: string): string {
  return `curl -X POST '${origin}/api/picpik' -H 'Content-Type: application/json' --data-raw '${json.replaceAll("'", "'\\''")}'`;
}
