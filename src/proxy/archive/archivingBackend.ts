import type { Backend, BackendAnswer, PicpikRequest, RequestContext } from '../../core/backend';
import { silentLogger, type Logger } from '../../core/logger';
import { isGenerationAction } from '../../picpik/actions';
import { isTaskFailed, isTaskFinal, zTaskDetail, type TaskDetail } from '../../picpik/queries';
import type { Archive } from '../../storage/archive';
import type { ArchivedTask, SavedFile } from '../../storage/records';
import { inputImagesOf } from '../../storage/requestParams';
import { downloadImage } from './downloadImage';
import { limitConcurrency } from './limitConcurrency';
import { createPublicHostCheck, type HostResolver } from './privateHosts';

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

  async function recordStart(request: PicpikRequest, body: Record<string, unknown>, context: RequestContext | undefined): Promise<void> {
    const taskUid = body.TaskUID;
    if (typeof taskUid !== 'string' || taskUid === '') return;
    const echoed = typeof body.request_uuid === 'string' ? body.request_uuid : undefined;
    const requestUuid = typeof request.request_uuid === 'string' ? request.request_uuid : echoed;
    const inputs = await archive.saveInputImages(inputImagesOf(request));
    await archive.recordSubmission({ taskUid, action: request.Action, request, mode: inner.mode, requestUuid, designer: context?.designer, inputs });
  }

  async function downloadAll(taskUid: string, urls: readonly string[]): Promise<DownloadedFile[] | null> {
    const results = await Promise.allSettled(
      urls.map((url) =>
        limit(async () => {
          const { bytes, mime } = await downloadImage(url, downloadOptions);
          return { ...(await archive.saveImage(bytes, mime)), sourceUrl: url };
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
  async function archiveFinished(detail: TaskDetail, known: ArchivedTask | undefined): Promise<string[] | null> {
    const taskUid = detail.TaskUID;
    if (!known) {
      // Started elsewhere or before the archive existed: still worth keeping, without params.
      await archive.recordSubmission({ taskUid, action: detail.Action || 'Unknown', request: {}, mode: inner.mode });
    }
    const urls = detail.ImgList ?? [];
    const files = urls.length > 0 ? await downloadAll(taskUid, urls) : [];
    if (!files) return null;
    await archive.completeTask(taskUid, {
      status: detail.Status || (isTaskFailed(detail) ? 'Error' : 'Finished'),
      seed: detail.Seed ?? null,
      files,
      errorCode: detail.ErrorCode || undefined,
      errorMessage: detail.ErrorMassage || undefined,
      credits: detail.ConsumeApiPoint ?? undefined,
    });
    return files.length > 0 ? files.map((file) => file.url) : null;
  }

  function archivedUrls(detail: TaskDetail, known: ArchivedTask | undefined): Promise<string[] | null> | string[] | null {
    if (!isTaskFinal(detail)) return null;
    if (known?.finishedAt != null) return known.images.length > 0 ? known.images.map((image) => image.url) : null;
    const running = inFlight.get(detail.TaskUID);
    if (running) return running;
    const job = archiveFinished(detail, known).finally(() => inFlight.delete(detail.TaskUID));
    inFlight.set(detail.TaskUID, job);
    return job;
  }

  async function withArchivedResults(answer: BackendAnswer): Promise<BackendAnswer> {
    const list = answer.body.TaskDetailList;
    if (!Array.isArray(list)) return answer;
    const details = list.map((raw: unknown) => zTaskDetail.safeParse(raw));
    // One read of the archive for the whole poll.
    const finalUids = details.flatMap((parsed) => (parsed.success && isTaskFinal(parsed.data) ? [parsed.data.TaskUID] : []));
    let known: Map<string, ArchivedTask>;
    try {
      known = await archive.getTasks(finalUids);
    } catch (error) {
      logger.error('archive-failed', { message: (error as Error).message });
      return answer;
    }
    const rewritten = await Promise.all(
      list.map(async (raw: unknown, i) => {
        const parsed = details[i]!;
        if (!parsed.success) return raw;
        try {
          const urls = await archivedUrls(parsed.data, known.get(parsed.data.TaskUID));
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
    async handle(request, context) {
      const answer = await inner.handle(request, context);
      if (answer.body.RetCode !== 0) return answer;
      if (request.Action === 'ListTasksDetails') return withArchivedResults(answer);
      if (isGenerationAction(request.Action)) {
        try {
          await recordStart(request, answer.body, context);
        } catch (error) {
          logger.error('archive-failed', { action: request.Action, message: (error as Error).message });
        }
      }
      return answer;
    },
  };
}
