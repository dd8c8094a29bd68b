import { describe, expect, it } from 'vitest';
import { legacyQuickPicks, modelOption, optionMatches, subModelGroups } from './catalogOptions';

const warmLight = { Name: 'Warm Light', ModelCode: 'warm_light', IsOfficial: true, TriggerWordList: ['golden hour'] };

describe('model options', () => {
  it('show the name, the code when different, and the official flag', () => {
    expect(modelOption(warmLight)).toEqual({ key: 'warm_light', name: 'Warm Light', detail: 'warm_light', official: true, keywords: 'golden hour' });
    expect(modelOption({ ModelCode: 'PICPIK General' })).toMatchObject({ name: 'PICPIK General', detail: undefined, official: false });
  });

  it('match every query word against name, code and trigger words', () => {
    const option = modelOption(warmLight);
    expect(optionMatches(option, 'warm')).toBe(true);
    expect(optionMatches(option, 'GOLDEN light')).toBe(true);
    expect(optionMatches(option, 'cool')).toBe(false);
    expect(optionMatches(option, '  ')).toBe(true);
  });
});

describe('catalog groups', () => {
  it('groups sub-models by kind, absent lists empty', () => {
    const groups = subModelGroups({ RetCode: 0, Action: 'ListModels', MainModels: {}, LoraModels: { w: warmLight }, EmbeddingModels: null });
    expect(groups.map((g) => [g.label, g.models.length])).toEqual([['LoRA', 1], ['Embedding', 0], ['HyperNetwork', 0]]);
  });

  it('offers entries with an integer LegacyId as legacy quick picks', () => {
    const picks = legacyQuickPicks({
      a: { ModelCode: 'PICPIK General', Name: 'PICPIK General', LegacyId: 1 },
      b: { ModelCode: 'no-id' },
      c: { ModelCode: 'odd', LegacyId: '2' },
    });
    expect(picks).toEqual([{ id: 1, name: 'PICPIK General' }]);
  });
});
