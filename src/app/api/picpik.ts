import { ApiError, apiFetch } from './http';

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
  if (typeof answer?.RetCode !== 'number') throw new ApiError('PICPIK answered without a RetCode', 502);
  if (answer.RetCode !== 0) {
    throw new ApiError(answer.Message || `${request.Action} failed with RetCode ${answer.RetCode}`, 200, answer.RetCode);
  }
  return answer;
}
