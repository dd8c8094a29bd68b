/** ErrorCode of a task the engine failed on (a bug or an exhausted resource, not the input). */
export const ENGINE_FAILURE = 5001;

/** A problem with what the request asked for (reported to the user as the task's error). */
export class EngineInputError extends Error {
  readonly code = 4001;
  constructor(message: string) {
    super(message);
    this.name = 'EngineInputError';
  }
}
