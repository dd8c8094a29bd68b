import type { Archive } from '../../storage/archive';
import type { ArchivedTask } from '../../storage/records';

interface ImageRef {
  Hash: string;
}

const isRef = (value: unknown): value is ImageRef => typeof (value as ImageRef | null)?.Hash === 'string';

/**
 * The request of an archived task, with its images read back from the archive's input files,
 * so a task cut off by a server stop can run again, on this server or another. Null when an input is missing.
 */
export async function rebuildRequest(task: ArchivedTask, archive: Archive): Promise<Record<string, unknown> | null> {
  let missing = false;
  const image = async (ref: ImageRef): Promise<string> => {
    const file = await archive.readImage(ref.Hash);
    if (!file) {
      missing = true;
      return '';
    }
    return `data:${file.mime};base64,${Buffer.from(file.bytes).toString('base64')}`;
  };
  const request: Record<string, unknown> = { ...task.params, Action: task.action };
  if (task.requestUuid) request.request_uuid = task.requestUuid;
  for (const field of ['ImageAndMaskList', 'ImageList']) {
    const list = request[field] as { Images?: unknown[] } | undefined;
    if (list && Array.isArray(list.Images)) request[field] = await Promise.all(list.Images.map((ref) => (isRef(ref) ? image(ref) : ref)));
  }
  if (isRef(request.RawImage)) request.RawImage = await image(request.RawImage);
  if (Array.isArray(request.ControlNetParams)) {
    request.ControlNetParams = await Promise.all(
      (request.ControlNetParams as Record<string, unknown>[]).map(async (unit) => (isRef(unit.ControlNetImg) ? { ...unit, ControlNetImg: await image(unit.ControlNetImg) } : unit)),
    );
  }
  return missing ? null : request;
}
