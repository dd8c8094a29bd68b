import type { z } from 'zod';

/** One failing field: its dotted path (empty for the whole value) and a full sentence. */
export interface IssueLine {
  readonly field: string;
  readonly message: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const NOT_A_FIELD_OF = 'is not a field of ';

/** `ControlNetList[0].ControlModel.InferenceParams.ControlWeight`, `MainModels["PICPIK General"]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}

const NEW_ACTIONS = ['GenerateImages', 'ModifyMaskedPixels', 'GenerateBackgrounds', 'ApplyReferencePattern'];

/** A pointer for the known mix-ups between the docs' spellings. */
function unknownFieldHint(typeName: string, key: string): string {
  if (key === 'TranslatePrompt' && NEW_ACTIONS.includes(typeName)) return ' (did you mean TranslatePrompts?)';
  if (key === 'TranslatePrompts' && typeName === 'GenerateTxt2Img') return ' (did you mean TranslatePrompt?)';
  if (typeName === 'GenerateBackgrounds') {
    if (key === 'ImageAndMaskList') return ' (send ImageList; normalizeRequest renames it when ImageList is absent)';
    if (key === 'TransparentImageIndexList') {
      return ' (send TransparentForeground: { ImageIndex }; normalizeRequest converts a one-entry list)';
    }
  } else if (key === 'ImageList' && NEW_ACTIONS.includes(typeName)) {
    return ' (did you mean ImageAndMaskList?)';
  }
  return '';
}

function startsWithLowercase(text: string): boolean {
  return /^[a-z]/.test(text);
}

function issueLines(issue: z.core.$ZodIssue, subject: string): IssueLine[] {
  if (issue.code === 'unrecognized_keys') {
    const ours = issue.message.startsWith(NOT_A_FIELD_OF);
    const typeName = ours ? issue.message.slice(NOT_A_FIELD_OF.length) : '';
    return issue.keys.map((key) => {
      const field = formatFieldPath([...issue.path, key]);
      const reason = ours ? issue.message + unknownFieldHint(typeName, key) : 'is not an allowed field';
      return { field, message: `${field} ${reason}` };
    });
  }
  const field = formatFieldPath(issue.path);
  const name = field || subject;
  const message = startsWithLowercase(issue.message) ? `${name} ${issue.message}` : `${name}: ${issue.message}`;
  return [{ field, message }];
}

/** Every failing field of a ZodError, in order, without repeats. */
export function zodIssueLines(error: z.ZodError, subject = 'Value'): IssueLine[] {
  const seen = new Set<string>();
  const lines: IssueLine[] = [];
  for (const line of error.issues.flatMap((issue) => issueLines(issue, subject))) {
    if (seen.has(line.message)) continue;
    seen.add(line.message);
    lines.push(line);
  }
  return lines;
}

/**
 * A human message naming each failing field by its path, joined with "; ", e.g.
 * "Width must be an integer from 64 to 2560 (got 5000); MainModel is required".
 */
export function describeZodError(error: z.ZodError, options: { subject?: string } = {}): string {
  return zodIssueLines(error, options.subject)
    .map((line) => line.message)
    .join('; ');
}
