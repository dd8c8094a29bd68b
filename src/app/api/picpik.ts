import { ApiError, apiFetch, interpretAnswer } from './http';
import type { RawAnswer } from './rawFetch';
import { readToken } from './token';

export interface PicpikAnswer {
  RetCode: number;
  Action?: string;
  Message?: string;
  request_uuid?: string;
  [field: string]: unknown;
}

/**
 * Sends one PICPIK request (without credentials) through the studio server.
 * A non-zero RetCode becomes an ApiError carrying PICPIK's Message.
 */
export async function callPicpik(request: { Action: string } & Record<string, unknown>): Promise<PicpikAnswer> {
  const answer = (await apiFetch('/api/picpik', { method: 'POST', body: JSON.stringify(request) })) as PicpikAnswer;
  return checked(request.Action, answer);
}

function checked(action: string, answer: PicpikAnswer): PicpikAnswer {
  if (typeof answer?.RetCode !== 'number') throw new ApiError('PICPIK answered without a RetCode', 502);
  if (answer.RetCode !== 0) throw new ApiError(answer.Message || `${action} failed with RetCode ${answer.RetCode}`, 200, answer.RetCode);
  return answer;
}

/**
 * Sends a request whose body was built elsewhere: `send` delivers it (the encode worker posts
 * the bytes it built, so a 20 MB body never crosses the page's thread) and returns the raw
 * answer, read here like any other. `action` names the request in errors.
 */
export async function sendPicpikRaw(action: string, send: (token: string | null) => Promise<RawAnswer>): Promise<PicpikAnswer> {
  const token = readToken();
  return checked(action, interpretAnswer(await send(token), token !== null) as PicpikAnswer);
}
