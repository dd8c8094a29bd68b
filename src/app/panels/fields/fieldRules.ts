import { z } from 'zod';
import { describeZodError } from '../../../picpik/errors';

/**
 * How a numeric form field is checked: the PICPIK schema of that field, and the bounds read
 * from it (so the numbers live in the schema only). Messages name the PICPIK field:
 * "MaskBlur must be an integer from 0 to 64 (got 70)".
 */
export interface NumberRule {
  field: string;
  schema: z.ZodType;
  min: number | undefined;
  max: number | undefined;
  integer: boolean;
  step: number;
}

type NumberSchema = z.ZodNumber | z.ZodOptional<z.ZodNumber>;

const bound = (value: number | null): number | undefined =>
  value === null || !Number.isFinite(value) || Math.abs(value) >= Number.MAX_SAFE_INTEGER ? undefined : value;

/** A rule from a field's zod schema; `step` is the documented UI step (1 for integers unless given). */
export function numberRule(field: string, schema: NumberSchema, step?: number): NumberRule {
  const base = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  return {
    field,
    schema: base,
    min: bound(base.minValue),
    max: bound(base.maxValue),
    integer: base.isInt,
    step: step ?? (base.isInt ? 1 : 0.01),
  };
}

/** What a number box holds: a number, or the raw text when it is not one (empty, "-"). */
export function numberFromText(text: string): number | string {
  const trimmed = text.trim();
  const value = Number(trimmed);
  return trimmed === '' || !Number.isFinite(value) ? text : value;
}

/** The schema's complaint about a value, or undefined when it is acceptable. */
export function numberProblem(rule: NumberRule, input: unknown): string | undefined {
  const result = rule.schema.safeParse(input);
  return result.success ? undefined : describeZodError(result.error, { subject: rule.field });
}

function decimals(step: number): number {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** A slider position rounded to the rule's step, without floating-point tails (0.57, not 0.5700000001). */
export function snapToStep(value: number, step: number): number {
  return Number((Math.round(value / step) * step).toFixed(decimals(step)));
}

/** How a stored number is shown in its box. */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toFixed(6))) : '';
}
