import { readFileSync } from 'node:fs';
import type { Archive, ArchivedTask } from '../../proxy/archive/archiveTypes';

interface ImageRef {
  Hash: string;
}

const isRef = (value: unknown): value is ImageRef => typeof (value as ImageRef | null)?.Hash === 'string';

/**
 * The request of an archived task, with its images read back from the archive's input files,
 * so a task cut off by a server stop can run again after the restart. Null when an input is missing.
 */
export function rebuildRequest(task: ArchivedTask, archive: Archive): Record<string, unknown> | null {
  let missing = false;
  const image = (ref: ImageRef): string => {
    const file = archive.readFile(ref.Hash);
    if (!file) {
      missing = true;
      return '';
    }
    return `data:${file.mime};base64,${readFileSync(file.path).toString('base64')}`;
  };
  const request: Record<string, unknown> = { ...task.params, Action: task.action };
  if (task.requestUuid) request.request_uuid = task.requestUuid;
  for (const field of ['ImageAndMaskList', 'ImageList']) {
    const list = request[field] as { Images?: unknown[] } | undefined;
    if (list && Array.isArray(list.Images)) request[field] = list.Images.map((ref) => (isRef(ref) ? image(ref) : ref));
  }
  if (isRef(request.RawImage)) request.RawImage = image(request.RawImage);
  if (Array.isArray(request.ControlNetParams)) {
    request.ControlNetParams = (request.ControlNetParams as Record<string, unknown>[]).map((unit) =>
      isRef(unit.ControlNetImg) ? { ...unit, ControlNetImg: image(unit.ControlNetImg) } : unit,
    );
  }
  return missing ? null : request;
}
