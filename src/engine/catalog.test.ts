import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateResponse } from '../picpik/actions';
import { loadCatalog } from './catalog';

describe('engine catalog', () => {
  it('answers ListModels and ListControlNets in the shapes the protocol schemas accept', () => {
    const c = loadCatalog();
    const models = validateResponse('ListModels', { RetCode: 0, Action: 'ListModels', MainModels: c.MainModels, LoraModels: c.LoraModels, EmbeddingModels: c.EmbeddingModels, HypernetworkModels: c.HypernetworkModels });
    const nets = validateResponse('ListControlNets', { RetCode: 0, Action: 'ListControlNets', PreProcessors: c.PreProcessors, ControlModels: c.ControlModels });
    expect(models.ok ? 'ok' : models.message).toBe('ok');
    expect(nets.ok ? 'ok' : nets.message).toBe('ok');
  });

  it('reads an operator-edited file and names what is wrong in a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
    const good = { MainModels: { House: { ModelCode: 'House', LocalStyle: 'natural' } }, PreProcessors: {}, ControlModels: {} };
    writeFileSync(join(dir, 'good.json'), JSON.stringify(good));
    expect(Object.keys(loadCatalog(join(dir, 'good.json')).MainModels)).toEqual(['House']);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...good, MainModels: { House: { ModelCode: 'House', LocalStyle: 'oil paint' } } }));
    expect(() => loadCatalog(join(dir, 'bad.json'))).toThrow(/LocalStyle/);
  });
});
