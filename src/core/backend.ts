import type { AllowedAction } from '../picpik/actions';

/** A validated PICPIK request without credentials (what the browser sent, normalised). */
export type PicpikRequest = { Action: AllowedAction } & Record<string, unknown>;

export interface BackendAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** Who sent a request: the designer whose token signed the session in, or null (shared STUDIO_TOKEN, or no token). */
export interface RequestContext {
  designer: string | null;
}

export const ANONYMOUS: RequestContext = { designer: null };

/** Who answers PICPIK requests: the signing forwarder (keys set) or the local engine. */
export interface Backend {
  readonly mode: 'picpik' | 'local';
  handle(request: PicpikRequest, context?: RequestContext): Promise<BackendAnswer>;
}
