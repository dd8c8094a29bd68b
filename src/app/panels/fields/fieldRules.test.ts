import { describe, expect, it } from 'vitest';
import { formatNumber, numberFromText, numberProblem, snapToStep } from './fieldRules';
import { LEGACY_RULES, PARAM_RULES, legacyStepOrderProblem, stepOrderProblem } from './paramRules';

describe('number rules read their bounds from the PICPIK schemas', () => {
  it('MaskBlur is an integer from 0 to 64', () => {
    expect(PARAM_RULES.maskBlur).toMatchObject({ field: 'MaskBlur', min: 0, max: 64, integer: true, step: 1 });
  });

  it('LoraWeight is −1..2 in steps of 0.01, Resolution 64..2048 in steps of 64', () => {
    expect(PARAM_RULES.loraWeight).toMatchObject({ min: -1, max: 2, integer: false, step: 0.01 });
    expect(PARAM_RULES.resolution).toMatchObject({ min: 64, max: 2048, integer: true, step: 64 });
  });

  it('open-ended legacy ids have a minimum and no maximum', () => {
    expect(LEGACY_RULES.mainModelId).toMatchObject({ min: 0, max: undefined, integer: true });
    expect(LEGACY_RULES.param1).toMatchObject({ min: undefined, max: undefined });
  });
});

describe('numberProblem', () => {
  it('names the field and the range', () => {
    expect(numberProblem(PARAM_RULES.maskBlur, 70)).toBe('MaskBlur must be an integer from 0 to 64 (got 70)');
    expect(numberProblem(PARAM_RULES.maskBlur, 2.5)).toBe('MaskBlur must be an integer from 0 to 64 (got 2.5)');
    expect(numberProblem(PARAM_RULES.seed, -2)).toBe('Seed must be an integer from -1 to 2147483647 (got -2)');
  });

  it('accepts values in range, bounds included', () => {
    expect(numberProblem(PARAM_RULES.maskBlur, 64)).toBeUndefined();
    expect(numberProblem(PARAM_RULES.loraWeight, -1)).toBeUndefined();
  });

  it('refuses text that is not a number', () => {
    expect(numberProblem(PARAM_RULES.batchSize, numberFromText(''))).toBe('BatchSize must be an integer from 1 to 16 (got "")');
  });
});

describe('step order', () => {
  it('StartingStep after EndingStep is refused with both values', () => {
    expect(stepOrderProblem(0.8, 0.5)).toBe('StartingStep must not be greater than EndingStep (got 0.8 > 0.5)');
    expect(stepOrderProblem(0.5, 0.5)).toBeUndefined();
    expect(legacyStepOrderProblem(1, 0)).toBe('StartingControlStep must not be greater than EndingControlStep (got 1 > 0)');
  });
});

describe('text and display', () => {
  it('reads numbers and keeps anything else as typed', () => {
    expect(numberFromText(' 12 ')).toBe(12);
    expect(numberFromText('-')).toBe('-');
    expect(numberFromText('')).toBe('');
  });

  it('snaps slider values to the step without floating tails', () => {
    expect(snapToStep(0.5700000001, 0.01)).toBe(0.57);
    expect(snapToStep(530, 64)).toBe(512);
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
  });
});
