import { validateRequest } from '../../picpik/actions';
import { edgeFields, type EdgeOptions } from './edgeOptions';
import type { SentPoint } from './sentFrame';

/** What to ask PICPIK for, in the sent image's pixels. */
export type SegmentationAsk =
  /** The main subject, optionally inside a box (RemoveBackground). */
  | { kind: 'subject'; box?: [number, number, number, number] }
  /** The object under the include points and not under the exclude points (ExtractContents). */
  | { kind: 'points'; include: SentPoint[]; exclude: SentPoint[] };

export interface SegmentationInput {
  ask: SegmentationAsk;
  /** The sent picture as a data URI. */
  image: string;
  options: EdgeOptions;
  /** true: the answer is the mask (Select subject / object); false: the cut-out (Remove background). */
  onlyMask: boolean;
}

/** The exact RemoveBackground / ExtractContents body, checked against the protocol's schema. */
export function buildSegmentationRequest({ ask, image, options, onlyMask }: SegmentationInput): Record<string, unknown> {
  const common = { RawImage: image, ...edgeFields(options), OnlyMask: onlyMask };
  const payload: Record<string, unknown> =
    ask.kind === 'subject'
      ? { Action: 'RemoveBackground', ...common, ...(ask.box ? { Box: ask.box } : {}) }
      : {
          Action: 'ExtractContents',
          ...common,
          ...(ask.include.length > 0 ? { IncludePointList: ask.include } : {}),
          ...(ask.exclude.length > 0 ? { ExcludePointList: ask.exclude } : {}),
        };
  const checked = validateRequest(payload);
  if (!checked.ok) throw new Error(checked.message);
  return payload;
}
