import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { startLocalStudio } from '../engine/testing/engineHarness';
import { encodeNumber } from '../picpik/signature';
import { LIST_LIMITS, MAX_IMAGE_SIDE } from '../picpik/requestLimits';
import { PNG_DATA_URI, SVG_BOMB_BASE64, pngHeaderBase64 } from '../picpik/testFixtures';
import { signRequest } from './sign';
import { createFakePicpik } from './testing/fakePicpik';
import { TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, startPicpikStudio } from './testing/picpikStudio';
import { signedBody } from './upstream';

/**
 * Regression tests of the security review (issue 9, items 1–9 at the request boundary): each
 * attack body gets a 400 naming the field, in both modes, and nothing reaches PICPIK or the
 * local engine.
 */

const MAIN = '{"ModelCode":"PICPIK General"}';
const PNG = JSON.stringify(PNG_DATA_URI);

interface Mode {
  app: Hono;
  /** Requests that got past validation (PICPIK: reached the stand-in; local: tasks archived). */
  forwarded(): Promise<number>;
}

const modes: Record<'picpik' | 'local', Mode> = {} as never;
const closers: (() => Promise<void>)[] = [];
const wire: string[] = [];

beforeAll(() => {
  const fake = createFakePicpik({ [TEST_PUBLIC_KEY]: TEST_PRIVATE_KEY });
  // Keep the exact text sent to PICPIK, for the verifier that reads the wire.
  const upstream = { ...fake, fetch: ((input, init) => (wire.push(String(init?.body)), fake.fetch(input, init))) as typeof fetch };
  const picpik = startPicpikStudio({ upstream });
  const local = startLocalStudio();
  closers.push(() => picpik.close(), () => local.close());
  modes.picpik = { app: picpik.app, forwarded: async () => fake.attempts };
  modes.local = { app: local.app, forwarded: async () => (await local.archive.listHistory({ page: 1, pageSize: 1 })).total };
});
afterAll(async () => {
  for (const close of closers) await close();
});

async function postText(app: Hono, text: string) {
  const response = await app.request('/api/picpik', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text });
  return { status: response.status, body: (await response.json()) as { RetCode: number; Action: string; Message: string } };
}

const ATTACKS: [string, string, RegExp][] = [
  ['__proto__ inside MainModel', `{"Action":"GenerateImages","MainModel":{"__proto__":${MAIN}}}`, /^MainModel\.__proto__ is not allowed/],
  [
    '__proto__ inside Masked',
    `{"Action":"ModifyMaskedPixels","MainModel":${MAIN},"Masked":{"__proto__":{"ImageIndex":0,"MaskIndex":1}},"ImageAndMaskList":[${PNG},${PNG}]}`,
    /^Masked\.__proto__ is not allowed/,
  ],
  ['__proto__ at the top', `{"__proto__":{"Action":"ListModels"}}`, /^__proto__ is not allowed: "__proto__", "constructor" and "prototype" are never request fields$/],
  ['constructor', `{"Action":"ListModels","constructor":{"prototype":{}}}`, /^constructor is not allowed/],
  ['1e400 in a pass-through field', `{"Action":"GenerateImages","MainModel":{"ModelCode":"PICPIK General","InferenceParams":{"Custom":1e400}}}`, /^MainModel\.InferenceParams\.Custom must be a finite number/],
  ['2^64 in a pass-through field', `{"Action":"GenerateImages","MainModel":{"ModelCode":"PICPIK General","Custom":18446744073709551616}}`, /^MainModel\.Custom must be an integer from -9007199254740991 to 9007199254740991/],
  ['3,000 nested lists', `{"Action":"GenerateImages","MainModel":{"ModelCode":"x","Extra":${'['.repeat(3000)}${']'.repeat(3000)}}}`, /^MainModel\.Extra(\[0\]){30} is nested deeper than 32 levels of objects and lists$/],
  ['10,000 nested objects', `{"Action":"ListModels","a":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`, /^a(\.a){31} is nested deeper than 32 levels of objects and lists$/],
  ['an SVG bomb as RawImage', `{"Action":"RemoveBackground","RawImage":"data:image/svg+xml;base64,${SVG_BOMB_BASE64}"}`, /^RawImage must be a PNG, JPEG or WEBP image; its bytes are none of these/],
  [
    'a 16000 × 16000 PNG as RawImage',
    `{"Action":"RemoveBackground","RawImage":"data:image/png;base64,${pngHeaderBase64(16000, 16000)}"}`,
    new RegExp(`^RawImage is 16000 × 16000; the largest accepted is ${MAX_IMAGE_SIDE} × ${MAX_IMAGE_SIDE} px$`),
  ],
  [
    '"Hello" labelled as PNG',
    `{"Action":"ModifyMaskedPixels","MainModel":${MAIN},"Masked":{"ImageIndex":0,"MaskIndex":1},"ImageAndMaskList":[${PNG},"data:image/png;base64,SGVsbG8="]}`,
    /^ImageAndMaskList\[1\] must be a PNG, JPEG or WEBP image/,
  ],
  ['"imagebase64"', `{"Action":"GenerateBackgrounds","MainModel":${MAIN},"TransparentForeground":{"ImageIndex":0},"ImageList":["imagebase64"]}`, /^ImageList\[0\] must be a PNG, JPEG or WEBP image/],
  ['a million ids in one poll', `{"Action":"ListTasksDetails","TaskUIDList":[${'"t",'.repeat(999_999)}"t"]}`, /^TaskUIDList must have at most 100 entries \(got 1000000\)$/],
  [
    'a million tiny images',
    `{"Action":"ModifyMaskedPixels","MainModel":${MAIN},"Masked":{"ImageIndex":0,"MaskIndex":1},"ImageAndMaskList":[${'"x",'.repeat(999_999)}"x"]}`,
    new RegExp(`^ImageAndMaskList must have at most ${LIST_LIMITS.images} entries \\(got 1000000\\)$`),
  ],
  ['a 1 MB prompt', `{"Action":"GenerateImages","MainModel":${MAIN},"PositivePrompts":["${'x'.repeat(1_000_000)}"]}`, /its largest field is PositivePrompts \(977 KB\)$/],
];

describe.each(['picpik', 'local'] as const)('%s mode: attack bodies get a 400 naming the field, nothing is forwarded', (name) => {
  it.each(ATTACKS)('%s', async (_attack, text, message) => {
    const mode = modes[name];
    const before = await mode.forwarded();
    const { status, body } = await postText(mode.app, text);
    expect(status).toBe(400);
    expect(body).toEqual({ RetCode: 400, Action: expect.any(String), Message: expect.stringMatching(message) });
    expect(await mode.forwarded()).toBe(before);
  });
});

/** A verifier that signs the digits written in the JSON text, as a non-JavaScript PICPIK would read them. */
function wireSignature(text: string, privateKey: string): string {
  const NUMBER = '\u0000number:';
  const tokens = /"[^"\\]*(?:\\.[^"\\]*)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
  const marked = text.replace(tokens, (token) => (token.startsWith('"') ? token : JSON.stringify(NUMBER + token)));
  const decode = (value: unknown): unknown => {
    if (typeof value === 'string' && value.startsWith(NUMBER)) {
      const digits = value.slice(NUMBER.length);
      return { literal: /^-?\d+$/.test(digits) ? digits : encodeNumber(Number(digits)) };
    }
    if (Array.isArray(value)) return value.map(decode);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, decode(inner)]));
    return value;
  };
  const body = decode(JSON.parse(marked)) as Record<string, unknown>;
  // signRequest encodes objects by sorted keys; a literal is an object whose one key must not print.
  const unwrap = (value: unknown): unknown =>
    value !== null && typeof value === 'object' && 'literal' in value ? `${(value as { literal: string }).literal}` : Array.isArray(value) ? value.map(unwrap) : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, unwrap(inner)])) : value;
  return signRequest(unwrap(body) as Record<string, unknown>, privateKey);
}

describe('signature digits (item 8)', () => {
  it('the signer signs the integer digits JSON sends, beyond 2^53 too', () => {
    const body = signedBody({ Action: 'GenerateImages', MainModel: { ModelCode: 'PICPIK General', Custom: 2 ** 64 } }, TEST_PUBLIC_KEY, TEST_PRIVATE_KEY);
    const text = JSON.stringify(body);
    expect(text).toContain('"Custom":18446744073709552000');
    expect(wireSignature(text, TEST_PRIVATE_KEY)).toBe(body.Signature);
  });

  it('a request with large safe integers and small floats reaches a wire-reading verifier intact', async () => {
    const text = `{"Action":"GenerateImages","request_uuid":"digits-1","MainModel":{"ModelCode":"PICPIK General","InferenceParams":{"Big":9007199254740991,"Tiny":1e-7,"Sum":0.30000000000000004,"Neg":-2147483648}},"Seed":2147483647}`;
    const { status, body } = await postText(modes.picpik.app, text);
    expect({ status, RetCode: body.RetCode }).toEqual({ status: 200, RetCode: 0 });
    const sent = wire.at(-1)!;
    expect(sent).toContain('"Big":9007199254740991');
    expect(wireSignature(sent, TEST_PRIVATE_KEY)).toBe((JSON.parse(sent) as { Signature: string }).Signature);
  });
});
