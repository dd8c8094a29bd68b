import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ALLOWED_ACTIONS, normalizeRequest, validateRequest, type AllowedAction } from '../picpik/actions';
import { JPEG_3X2_BASE64, PNG_DATA_URI, SVG_BOMB_BASE64, minimalGenerateImages, minimalGenerateTxt2Img, minimalModifyMaskedPixels, pngHeaderBase64 } from '../picpik/testFixtures';
import { startPicpikStudio } from './testing/picpikStudio';

/**
 * Property-based fuzzing of the request boundary (issue 9): every allowed Action's schema and
 * POST /api/picpik. A valid request of each action gets one member replaced, removed or added
 * (arbitrary JSON, image-like texts, raw fragments JSON.stringify cannot write: 1e400, 2^64,
 * __proto__, deep nesting). Bounded by numRuns to a few seconds.
 */

const MODEL = { ModelCode: 'PICPIK General' };
const UNIT = { ImageIndex: 0, PreProcessor: { ModelCode: 'canny' }, ControlModel: { ModelCode: 'control_v11p_sd15_canny', InferenceParams: { ControlWeight: 1 } } };

/** One valid request per action (all pass validateRequest, checked below). */
const SEEDS: Record<AllowedAction, Record<string, unknown>> = {
  GenerateImages: { ...minimalGenerateImages, PositivePrompts: ['a cat'], Image2Image: { ImageIndex: 0 }, ControlNetList: [UNIT], ImageAndMaskList: [PNG_DATA_URI] },
  ModifyMaskedPixels: { ...minimalModifyMaskedPixels, Seed: 7, Width: 512 },
  GenerateBackgrounds: { Action: 'GenerateBackgrounds', MainModel: MODEL, TransparentForeground: { ImageIndex: 0 }, ImageList: [PNG_DATA_URI] },
  ApplyReferencePattern: { Action: 'ApplyReferencePattern', MainModel: MODEL, RawImageIndex: 0, MaskIndex: 0, PatternImageIndex: 0, ImageAndMaskList: [PNG_DATA_URI] },
  GenerateTxt2Img: { ...minimalGenerateTxt2Img, ControlNetParams: [{ ControlNetImg: PNG_DATA_URI, ControlPreSetId: 1 }] },
  ListModels: { Action: 'ListModels' },
  ListControlNets: { Action: 'ListControlNets' },
  ListTasksDetails: { Action: 'ListTasksDetails', TaskUIDList: ['t1'] },
  ListRunningTasks: { Action: 'ListRunningTasks' },
  TerminateTask: { Action: 'TerminateTask', TaskUID: 't1' },
  GetCreditBalance: { Action: 'GetCreditBalance' },
  RemoveBackground: { Action: 'RemoveBackground', RawImage: PNG_DATA_URI, Box: [0, 0, 1, 1] },
  ExtractContents: { Action: 'ExtractContents', RawImage: JPEG_3X2_BASE64, IncludePointList: [{ X: 0, Y: 0 }] },
};

/** Raw JSON texts for a member's value: what an attacker writes, including what JSON.stringify cannot. */
const RAW_FRAGMENTS = [
  '1e400',
  '-1e400',
  '18446744073709551616',
  '{"__proto__":{"ModelCode":"PICPIK General","ImageIndex":0}}',
  '{"constructor":{"prototype":1}}',
  `${'['.repeat(40)}${']'.repeat(40)}`,
  `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`,
  JSON.stringify(`data:image/svg+xml;base64,${SVG_BOMB_BASE64}`),
  JSON.stringify(`data:image/png;base64,${pngHeaderBase64(16000, 16000)}`),
  '"data:image/png;base64,SGVsbG8="',
  '"imagebase64"',
  JSON.stringify([PNG_DATA_URI, 'imagebase64']),
  JSON.stringify(Array.from({ length: 300 }, (_, i) => `t${i}`)),
  JSON.stringify('x'.repeat(70_000)),
];

const key = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'ImageAndMaskList', 'ImageList', 'RawImage', 'Box', 'TaskUIDList'));
const fragment = fc.oneof(fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? 'null'), fc.constantFrom(...RAW_FRAGMENTS));

/** `{"key":fragment,…rest}`: the object text with the member put first (any earlier one removed). */
function withMember(object: Record<string, unknown>, name: string, valueText: string): string {
  const { [name]: _replaced, ...rest } = object;
  const restText = JSON.stringify(rest);
  return `{${JSON.stringify(name)}:${valueText}${restText === '{}' ? '}' : `,${restText.slice(1)}`}`;
}

interface Mutation {
  readonly text: string;
  /** The top-level member changed: an invalid result must name it. */
  readonly member: string;
}

function mutation(action: AllowedAction): fc.Arbitrary<Mutation> {
  const seed = SEEDS[action];
  const members = Object.keys(seed).filter((name) => name !== 'Action');
  const objectMembers = members.filter((name) => seed[name] !== null && typeof seed[name] === 'object' && !Array.isArray(seed[name]));
  const replaced = fc.record({ member: members.length > 0 ? fc.constantFrom(...members) : key, valueText: fragment });
  const added = fc.record({ member: key.filter((name) => name !== 'Action'), valueText: fragment });
  const removed = members.length > 0 ? fc.constantFrom(...members).map((member) => ({ text: JSON.stringify({ ...seed, [member]: undefined }), member })) : undefined;
  const nested =
    objectMembers.length > 0
      ? fc.record({ member: fc.constantFrom(...objectMembers), inner: key, valueText: fragment }).map(({ member, inner, valueText }) => ({
          text: withMember(seed, member, withMember(seed[member] as Record<string, unknown>, inner, valueText)),
          member,
        }))
      : undefined;
  const writeMember = ({ member, valueText }: { member: string; valueText: string }) => ({ text: withMember(seed, member, valueText), member });
  return fc.oneof(...[replaced.map(writeMember), added.map(writeMember), removed, nested].filter((arb): arb is fc.Arbitrary<Mutation> => arb !== undefined));
}

const anyMutation = fc.constantFrom(...ALLOWED_ACTIONS).chain((action) => mutation(action).map((changed) => ({ action, ...changed })));

/** Canonical JSON: keys sorted, null members dropped (PICPIK: nulls are not sent); own "__proto__" keys kept. */
function canonical(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, _key, inner: unknown) {
    if (inner === null && !Array.isArray(this)) return undefined;
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

/** What PICPIK received, without what the proxy adds (credentials, a request_uuid when none was sent). */
function forwardedFields(wire: Record<string, unknown>, sent: Record<string, unknown>): Record<string, unknown> {
  const { PublicKey: _key, Signature: _signature, ...fields } = wire;
  if (!('request_uuid' in sent)) delete fields.request_uuid;
  return fields;
}

const ALIASES = ['ImageAndMaskList', 'TransparentImageIndexList'];

/** The member as messages write it: `Box`, `["odd key"]`. */
const namesMember = (message: string, member: string) => message.includes(member) || message.includes(JSON.stringify(member));

describe('fuzz: every allowed Action’s schema', () => {
  it('starts from valid seeds', () => {
    for (const action of ALLOWED_ACTIONS) expect(validateRequest(normalizeRequest(SEEDS[action])), action).toMatchObject({ ok: true, action });
  });

  it.each(ALLOWED_ACTIONS)('%s: never throws; a refusal names the changed field', (action) => {
    fc.assert(
      fc.property(mutation(action), ({ text, member }) => {
        const body = JSON.parse(text) as unknown;
        // The proxy's order: hazards are refused before normalizeRequest copies anything (see picpikRoute).
        const result = validateRequest(body);
        if (result.ok) return;
        expect(result.message.length).toBeGreaterThan(0);
        expect(namesMember(result.message, member), `${result.message} should name ${member}`).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('fuzz: POST /api/picpik (PICPIK mode, signature-checking stand-in)', () => {
  const studio = startPicpikStudio();
  afterAll(() => studio.close());

  it('never answers 5xx; every 4xx is PICPIK-shaped and names the changed field; nothing invalid is forwarded', async () => {
    await fc.assert(
      fc.asyncProperty(anyMutation, async ({ text, member }) => {
        const before = studio.upstream.attempts;
        const response = await studio.app.request('/api/picpik', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text });
        const body = (await response.json()) as Record<string, unknown>;
        expect(response.status).toBeLessThan(500);
        if (response.status === 200) {
          expect(studio.upstream.attempts).toBe(before + 1);
          const sent = JSON.parse(text) as Record<string, unknown>;
          // Forwarded unchanged in meaning (GenerateBackgrounds' documented aliases aside): a field that vanished, like
          // MainModel sent as {"__proto__":{…}} and forwarded as {}, fails here.
          if (sent.Action !== 'GenerateBackgrounds' || !ALIASES.some((alias) => alias in sent)) {
            expect(canonical(forwardedFields(studio.upstream.received.at(-1)!.body, sent))).toBe(canonical(sent));
          }
          return;
        }
        expect(body).toEqual({ RetCode: expect.any(Number), Action: expect.any(String), Message: expect.any(String), ...(body.request_uuid === undefined ? {} : { request_uuid: body.request_uuid }) });
        expect(namesMember(body.Message as string, member), `${String(body.Message)} should name ${member}`).toBe(true);
        expect(studio.upstream.attempts).toBe(before);
      }),
      { numRuns: 250 },
    );
  });
});
