/** How a worker-pool job can end other than with its value. */

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

/** The job ran past the pool's time limit; its worker was terminated (and is replaced). */
export class JobTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`the job ran longer than ${Math.round(limitMs / 1000)} s`);
    this.name = 'JobTimeoutError';
  }
}

/** The worker died under the job: out of memory (its heap limit) or stopped without an answer. */
export class WorkerCrashedError extends Error {
  constructor(
    message: string,
    readonly outOfMemory: boolean,
  ) {
    super(message);
    this.name = 'WorkerCrashedError';
  }
}
