import { randomUUID } from 'node:crypto';
import { dropNulls } from '../picpik/signature';
import type { Backend, BackendAnswer, PicpikRequest } from './backend';
import { RET } from './retCodes';
import { signRequest } from './sign';

export interface UpstreamOptions {
  apiUrl: string;
  publicKey: string;
  privateKey: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

function failure(status: number, retCode: number, action: string, message: string): BackendAnswer {
  return { status, body: { RetCode: retCode, Action: action, Message: message } };
}

/** Builds the exact body PICPIK receives: client credentials dropped, ours added, then signed. */
export function signedBody(request: PicpikRequest, publicKey: string, privateKey: string): Record<string, unknown> {
  const { PublicKey: _clientKey, Signature: _clientSignature, ...fields } = request;
  const body = dropNulls({ ...fields, PublicKey: publicKey, request_uuid: fields.request_uuid ?? randomUUID() });
  return { ...body, Signature: signRequest(body, privateKey) };
}

/** Forwards signed requests to PICPIK; outgoing headers are built from scratch. */
export function createUpstreamBackend(options: UpstreamOptions): Backend {
  const doFetch = options.fetch ?? fetch;
  const host = new URL(options.apiUrl).host;
  return {
    mode: 'picpik',
    async handle(request) {
      const body = signedBody(request, options.publicKey, options.privateKey);
      let response: Response;
      try {
        response = await doFetch(options.apiUrl, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': 'picpik-studio' },
          body: JSON.stringify(body),
          redirect: 'error',
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError') {
          return failure(504, RET.upstreamTimeout, request.Action, `PICPIK (${host}) did not answer within ${options.timeoutMs / 1000} s`);
        }
        return failure(502, RET.upstreamBad, request.Action, `PICPIK (${host}) cannot be reached: ${(error as Error).message}`);
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        const timedOut = (error as Error).name === 'TimeoutError';
        return timedOut
          ? failure(504, RET.upstreamTimeout, request.Action, `PICPIK (${host}) did not answer within ${options.timeoutMs / 1000} s`)
          : failure(502, RET.upstreamBad, request.Action, `PICPIK (${host}) broke off its answer: ${(error as Error).message}`);
      }
      if (response.status >= 500) {
        return failure(502, RET.upstreamBad, request.Action, `PICPIK (${host}) answered HTTP ${response.status}`);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return failure(502, RET.upstreamBad, request.Action, `PICPIK (${host}) answered HTTP ${response.status} with a body that is not JSON`);
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return failure(502, RET.upstreamBad, request.Action, `PICPIK (${host}) answered with JSON that is not an object`);
      }
      return { status: response.ok ? 200 : response.status, body: parsed as Record<string, unknown> };
    },
  };
}
