import { z } from 'zod';
import { base64Bytes } from './base64Bytes';
import { readImageHeader } from './imageHeader';
import { expectMessage, rangeText } from './issueMessages';
import { strictFields, text } from './fieldSchemas';
import { MAX_IMAGE_SIDE } from './requestLimits';

/** An integer within [min, max]; errors read "must be an integer from min to max (got x)". */
export function intInRange(min: number, max: number) {
  const error = expectMessage(rangeText('an integer', min, max));
  return z.int({ error }).min(min, { error }).max(max, { error });
}

/** A finite number within [min, max]; errors read "must be a number from min to max (got x)". */
export function numberInRange(min: number, max: number) {
  const error = expectMessage(rangeText('a number', min, max));
  return z.number({ error }).min(min, { error }).max(max, { error });
}

/** An integer ≥ min (image indices, ids). */
export function intAtLeast(min: number) {
  const error = expectMessage(`an integer of at least ${min}`);
  return z.int({ error }).min(min, { error });
}

/** An index into the request's image list (ImageAndMaskList or ImageList), from 0. */
export function imageIndex() {
  return intAtLeast(0);
}

const DATA_URI_PREFIX = /^data:image\/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*;base64,/i;
const BASE64_BODY = /^[A-Za-z0-9+/]+={0,2}$/;

/** Why a text is not base64 at all, or undefined when it is (the bytes are checked next). */
function base64TextProblem(value: string, prefix: string): string | undefined {
  if (value.length === 0) return 'must be a non-empty base64 image';
  if (prefix === '' && value.startsWith('data:')) {
    return 'must be a data:image/…;base64, URI or bare base64';
  }
  const body = value.slice(prefix.length);
  if (body.length === 0) return 'must carry image data after the data URI prefix';
  if (!BASE64_BODY.test(body)) return 'must contain only base64 characters (A–Z, a–z, 0–9, +, /, = padding)';
  return undefined;
}

/**
 * Why a text is not a usable base64 image, or undefined when it is one: base64 whose bytes
 * start as a PNG, JPEG or WEBP (whatever the data-URI label says) of at most MAX_IMAGE_SIDE
 * a side, read from the header without decoding a pixel or copying the text.
 */
export function base64ImageProblem(value: string): string | undefined {
  const prefix = DATA_URI_PREFIX.exec(value)?.[0] ?? '';
  const textProblem = base64TextProblem(value, prefix);
  if (textProblem !== undefined) return textProblem;
  const reading = readImageHeader(base64Bytes(value, prefix.length));
  if (!reading.ok) return reading.problem;
  const { width, height } = reading.header;
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    return `is ${width} × ${height}; the largest accepted is ${MAX_IMAGE_SIDE} × ${MAX_IMAGE_SIDE} px`;
  }
  return undefined;
}

/** A PNG, JPEG or WEBP image as `data:image/…;base64,…` or bare base64, at most MAX_IMAGE_SIDE a side. */
export const zBase64Image = z
  .string({ error: expectMessage('a base64 image text') })
  .superRefine((value, ctx) => {
    const problem = base64ImageProblem(value);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });

/** Fields every request may carry besides `Action`. Credentials are optional: the browser omits them. */
export const commonRequestFields = {
  PublicKey: text().optional(),
  Signature: text().optional(),
  request_uuid: text().optional(),
};

/** Any request's envelope; unknown fields are kept. */
export const zCommonRequest = z.looseObject({
  Action: z.string({ error: expectMessage('an action name') }),
  ...commonRequestFields,
});
export type CommonRequest = z.infer<typeof zCommonRequest>;

/**
 * A request object for one action: `Action` must equal `action`, the common fields are
 * optional, and any other key not in `shape` is reported ("Widht is not a field of …").
 */
export function requestObject<A extends string, S extends z.core.$ZodLooseShape>(action: A, shape: S) {
  return strictFields(action, {
    Action: z.literal(action, { error: expectMessage(JSON.stringify(action)) }),
    ...commonRequestFields,
    ...shape,
  });
}

/** Every answer's envelope (RetCode 0 = success). Unknown upstream fields are kept. */
export const zCommonResponse = z.looseObject({
  RetCode: z.int({ error: expectMessage('an integer') }),
  Action: z.string({ error: expectMessage('a text') }),
  Message: z.string().optional(),
  request_uuid: z.string().optional(),
});
export type CommonResponse = z.infer<typeof zCommonResponse>;

/** A successful answer (RetCode 0) carrying `shape` besides the envelope; loose. */
export function successResponse<S extends z.core.$ZodLooseShape>(shape: S) {
  return zCommonResponse.extend({
    RetCode: z.literal(0, { error: 'must be 0 in a successful answer' }),
    ...shape,
  });
}
