import { Worker } from 'node:worker_threads';

interface Job<In, Out> {
  input: In;
  onStart?: (() => void) | undefined;
  resolve: (value: Out) => void;
  reject: (error: Error) => void;
  worker?: Worker;
  cancelled?: boolean;
}

export class JobCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelledError';
  }
}

/** A job that ran and failed; `code` is what the worker reported. */
export class WorkerJobError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
    this.name = 'WorkerJobError';
  }
}

export interface JobHandle<Out> {
  result: Promise<Out>;
  /** Stops the job: dropped from the queue, or its worker terminated mid-run. */
  cancel(): void;
}

/**
 * Runs jobs on at most `size` worker threads so CPU work never blocks the server.
 * A worker runs one job at a time; cancelling a running job terminates its worker.
 */
export class WorkerPool<In, Out> {
  private readonly queue: Job<In, Out>[] = [];
  private readonly idle: Worker[] = [];
  private readonly current = new Map<Worker, Job<In, Out>>();
  private running = 0;
  private closed = false;

  constructor(
    private readonly entry: URL,
    private readonly size: number,
  ) {}

  /** Queues a job; `onStart` runs when a worker picks it up. */
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
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    job.reject(new JobCancelledError());
    if (job.worker) void job.worker.terminate();
  }

  private pump(): void {
    while (this.running < this.size && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.running++;
      this.start(job, this.idle.pop() ?? this.spawn());
    }
  }

  /** Listeners are attached once per worker; each message settles that worker's current job. */
  private spawn(): Worker {
    const boot = new URL('./workerBoot.mjs', import.meta.url);
    const worker = new Worker(boot, { workerData: { entry: this.entry.href } });
    worker.on('message', (message: { ok: true; value: Out } | { ok: false; error: string; code: number }) => {
      const job = this.release(worker, true);
      if (!job) return;
      if (message.ok) job.resolve(message.value);
      else job.reject(new WorkerJobError(message.error, message.code));
    });
    worker.on('error', (error) => this.release(worker, false)?.reject(error));
    // Terminated by cancel (already rejected) or stopped without an error event.
    worker.on('exit', () => this.release(worker, false)?.reject(new Error('the engine worker stopped unexpectedly')));
    return worker;
  }

  private start(job: Job<In, Out>, worker: Worker): void {
    job.worker = worker;
    this.current.set(worker, job);
    job.onStart?.();
    worker.postMessage(job.input);
  }

  /** Frees the worker's slot; returns its job unless that job was cancelled. */
  private release(worker: Worker, reusable: boolean): Job<In, Out> | undefined {
    const job = this.current.get(worker);
    if (!job) return undefined;
    this.current.delete(worker);
    this.running--;
    if (reusable && !this.closed && !job.cancelled) this.idle.push(worker);
    else void worker.terminate();
    this.pump();
    return job.cancelled ? undefined : job;
  }
}
