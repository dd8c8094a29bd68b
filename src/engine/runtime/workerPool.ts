import { Worker } from 'node:worker_threads';
import { JobCancelledError, JobTimeoutError, WorkerCrashedError, WorkerJobError } from './jobErrors';

interface Job<In, Out> {
  input: In;
  onStart?: (() => void) | undefined;
  resolve: (value: Out) => void;
  reject: (error: Error) => void;
  worker?: Worker;
  cancelled?: boolean;
  deadline?: NodeJS.Timeout;
}

export interface JobHandle<Out> {
  result: Promise<Out>;
  /** Stops the job: dropped from the queue, or its worker terminated mid-run. */
  cancel(): void;
}

export interface WorkerPoolOptions {
  /** Worker threads running jobs at once. */
  size: number;
  /** A job running longer is stopped: its worker is terminated and replaced. Absent or 0: no limit. */
  jobTimeoutMs?: number | undefined;
  /** V8 heap limit of each worker (resourceLimits); over it the worker dies and its job fails. */
  heapMb?: number | undefined;
}

/**
 * Runs jobs on at most `size` worker threads so CPU work never blocks the server.
 * A worker runs one job at a time; a job cancelled, out of time or out of memory takes its
 * worker down with it, and the next job gets a fresh one.
 */
export class WorkerPool<In, Out> {
  private readonly queue: Job<In, Out>[] = [];
  private readonly idle: Worker[] = [];
  private readonly current = new Map<Worker, Job<In, Out>>();
  /** Workers that finished booting (their entry module is loaded). */
  private readonly ready = new WeakSet<Worker>();
  private running = 0;
  private closed = false;

  constructor(
    private readonly entry: URL,
    private readonly options: WorkerPoolOptions,
  ) {}

  /**
   * Queues a job. `onStart` runs when a worker is free for it, before the job is sent; if it
   * throws, the job fails with that error and never runs (LocalTasks records the attempt there).
   */
  run(input: In, onStart?: () => void): JobHandle<Out> {
    if (this.closed) throw new Error('the worker pool is closed');
    let job!: Job<In, Out>;
    const result = new Promise<Out>((resolve, reject) => {
      job = { input, onStart, resolve, reject };
    });
    this.queue.push(job);
    this.pump();
    return { result, cancel: () => this.cancel(job) };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new JobCancelledError());
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }

  private cancel(job: Job<In, Out>): void {
    if (job.cancelled) return;
    job.cancelled = true;
    clearTimeout(job.deadline);
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    job.reject(new JobCancelledError());
    if (job.worker) void job.worker.terminate();
  }

  private pump(): void {
    while (this.running < this.options.size && this.queue.length > 0) {
      const job = this.queue.shift()!;
      try {
        job.onStart?.();
      } catch (error) {
        job.reject(error as Error);
        continue;
      }
      this.running++;
      this.start(job, this.idle.pop() ?? this.spawn());
    }
  }

  /** Listeners are attached once per worker; each message settles that worker's current job. */
  private spawn(): Worker {
    const boot = new URL('./workerBoot.mjs', import.meta.url);
    const heapMb = this.options.heapMb;
    const worker = new Worker(boot, { workerData: { entry: this.entry.href }, resourceLimits: heapMb ? { maxOldGenerationSizeMb: heapMb } : undefined });
    worker.on('message', (message: { ready: true } | { ok: true; value: Out } | { ok: false; error: string; code: number }) => {
      if ('ready' in message) {
        this.ready.add(worker);
        const waiting = this.current.get(worker);
        if (waiting) this.armDeadline(waiting, worker);
        return;
      }
      const job = this.release(worker, true);
      if (!job) return;
      if (message.ok) job.resolve(message.value);
      else job.reject(new WorkerJobError(message.error, message.code));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.release(worker, false)?.reject(new WorkerCrashedError(error.message, outOfMemory));
    });
    // Terminated by cancel or the deadline (already settled), or stopped without an error event.
    worker.on('exit', () => this.release(worker, false)?.reject(new WorkerCrashedError('the engine worker stopped unexpectedly', false)));
    return worker;
  }

  private start(job: Job<In, Out>, worker: Worker): void {
    job.worker = worker;
    this.current.set(worker, job);
    if (this.ready.has(worker)) this.armDeadline(job, worker);
    worker.postMessage(job.input);
  }

  /** The time limit runs while the job runs, not while a fresh worker boots (seconds on a busy machine). */
  private armDeadline(job: Job<In, Out>, worker: Worker): void {
    const limitMs = this.options.jobTimeoutMs;
    if (limitMs) job.deadline = setTimeout(() => this.release(worker, false)?.reject(new JobTimeoutError(limitMs)), limitMs);
  }

  /** Frees the worker's slot (terminating it unless reusable); returns its job unless that job was cancelled. */
  private release(worker: Worker, reusable: boolean): Job<In, Out> | undefined {
    const job = this.current.get(worker);
    if (!job) return undefined;
    clearTimeout(job.deadline);
    this.current.delete(worker);
    this.running--;
    if (reusable && !this.closed && !job.cancelled) this.idle.push(worker);
    else void worker.terminate();
    this.pump();
    return job.cancelled ? undefined : job;
  }
}
