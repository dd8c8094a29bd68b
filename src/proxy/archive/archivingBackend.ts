import { isGenerationAction } from '../../picpik/actions';
import { isTaskFailed, isTaskFinal, zTaskDetail, type TaskDetail } from '../../picpik/queries';
import type { Backend, BackendAnswer, PicpikRequest } from '../backend';
import { silentLogger, type Logger } from '../logger';
import type { Archive, SavedFile } from './archiveTypes';
import { downloadImage } from './downloadImage';
import { limitConcurrency } from './limitConcurrency';
import { createPublicHostCheck, type HostResolver } from './privateHosts';
import { inputImagesOf } from './requestParams';

type DownloadedFile = SavedFile & { sourceUrl: string };

export interface ArchivingOptions {
  fetch?: typeof fetch;
  /** Largest result image accepted, in bytes (default 50 MB). */
  maxImageBytes?: number;
  /** Time limit per image download including redirects (default 60 s). */
  timeoutMs?: number;
  /** Image downloads running at once across all polls (default 4). */
  concurrency?: number;
  logger?: Logger;
  /** Resolves result hosts for the private-address check (default: node:dns lookup). */
  resolveHost?: HostResolver;
  /** Skips that check (ARCHIVE_ALLOW_PRIVATE_HOSTS), e.g. for a PICPIK stand-in on the LAN. */
  allowPrivateHosts?: boolean;
}

/**
 * Wraps the PICPIK forwarder so results outlive PICPIK's 24 h URLs: a task start is recorded
 * with its inputs; a finished task seen in ListTasksDetails has its images copied into the
 * archive and the answer's ImgList pointed at `/files/…`. Archiving never spoils an answer:
 * when it fails, the user gets PICPIK's own URLs and the next poll tries again.
 */
export function createArchivingBackend(inner: Backend, archive: Archive, options: ArchivingOptions = {}): Backend {
  const logger = options.logger ?? silentLogger;
  const downloadOptions = {
    fetch: options.fetch ?? fetch,
    maxBytes: options.maxImageBytes ?? 50 * 1024 * 1024,
    timeoutMs: options.timeoutMs ?? 60_000,
    checkHost: options.allowPrivateHosts ? undefined : createPublicHostCheck(options.resolveHost),
  };
  const limit = limitConcurrency(options.concurrency ?? 4);
  // Concurrent polls of the same task share one archiving job instead of downloading twice.
  const inFlight = new Map<string, Promise<string[] | null>>();

  function recordStart(request: PicpikRequest, body: Record<string, unknown>): void {
    const taskUid = body.TaskUID;
    if (typeof taskUid !== 'string' || taskUid === '') return;
    const echoed = typeof body.request_uuid === 'string' ? body.request_uuid : undefined;
    const requestUuid = typeof request.request_uuid === 'string' ? request.request_uuid : echoed;
    archive.recordSubmission({ taskUid, action: request.Action, request, mode: inner.mode, requestUuid });
    archive.saveInputImages(taskUid, inputImagesOf(request));
  }

  async function downloadAll(taskUid: string, urls: readonly string[]): Promise<DownloadedFile[] | null> {
    const results = await Promise.allSettled(
      urls.map((url) =>
        limit(async () => {
          const { bytes, mime } = await downloadImage(url, downloadOptions);
          return { ...archive.saveImage(bytes, mime), sourceUrl: url };
        }),
      ),
    );
    const failures = results.filter((result) => result.status === 'rejected');
    for (const failure of failures) {
      logger.error('archive-download-failed', { taskUid, message: (failure.reason as Error).message });
    }
    return failures.length > 0 ? null : results.map((result) => (result as PromiseFulfilledResult<DownloadedFile>).value);
  }

  /** Archives a final task; returns its archived URLs, or null to leave the answer as it is. */
  async function archiveFinished(detail: TaskDetail): Promise<string[] | null> {
    const taskUid = detail.TaskUID;
    if (!archive.getTask(taskUid)) {
      // Started elsewhere or before the archive existed: still worth keeping, without params.
      archive.recordSubmission({ taskUid, action: detail.Action || 'Unknown', request: {}, mode: inner.mode });
    }
    const urls = detail.ImgList ?? [];
    const files = urls.length > 0 ? await downloadAll(taskUid, urls) : [];
    if (!files) return null;
    archive.completeTask(taskUid, {
      status: detail.Status || (isTaskFailed(detail) ? 'Error' : 'Finished'),
      seed: detail.Seed ?? null,
      files,
      errorCode: detail.ErrorCode || undefined,
      errorMessage: detail.ErrorMassage || undefined,
    });
    return files.length > 0 ? files.map((file) => file.url) : null;
  }

  function archivedUrls(detail: TaskDetail): Promise<string[] | null> | string[] | null {
    if (!isTaskFinal(detail)) return null;
    const known = archive.getTask(detail.TaskUID);
    if (known?.finishedAt != null) return known.images.length > 0 ? known.images.map((image) => image.url) : null;
    const running = inFlight.get(detail.TaskUID);
    if (running) return running;
    const job = archiveFinished(detail).finally(() => inFlight.delete(detail.TaskUID));
    inFlight.set(detail.TaskUID, job);
    return job;
  }

  async function withArchivedResults(answer: BackendAnswer): Promise<BackendAnswer> {
    const list = answer.body.TaskDetailList;
    if (!Array.isArray(list)) return answer;
    const rewritten = await Promise.all(
      list.map(async (raw: unknown) => {
        const parsed = zTaskDetail.safeParse(raw);
        if (!parsed.success) return raw;
        try {
          const urls = await archivedUrls(parsed.data);
          return urls ? { ...(raw as Record<string, unknown>), ImgList: urls } : raw;
        } catch (error) {
          logger.error('archive-failed', { taskUid: parsed.data.TaskUID, message: (error as Error).message });
          return raw;
        }
      }),
    );
    return { ...answer, body: { ...answer.body, TaskDetailList: rewritten } };
  }

  return {
    mode: inner.mode,
    async handle(request) {
      const answer = await inner.handle(request);
      if (answer.body.RetCode !== 0) return answer;
      if (request.Action === 'ListTasksDetails') return withArchivedResults(answer);
      if (isGenerationAction(request.Action)) {
        try {
          recordStart(request, answer.body);
        } catch (error) {
          logger.error('archive-failed', { action: request.Action, message: (error as Error).message });
        }
      }
      return answer;
    },
  };
}
