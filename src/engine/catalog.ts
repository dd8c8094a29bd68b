import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The local engine's models, read from a JSON file an operator can edit
 * (ENGINE_CATALOG, default src/engine/catalog.json). `Local*` keys say which
 * classical effect stands behind each entry; ListModels sends them along, and
 * PICPIK clients ignore what they don't know.
 */
const zGrade = z.enum(['warm', 'cool', 'vintage', 'mono', 'vivid', 'film']);
const zBase = z.looseObject({ Name: z.string().optional(), ModelCode: z.string().min(1), IsOfficial: z.boolean().optional() });
const zMain = zBase.extend({ LegacyId: z.int().optional(), LocalStyle: z.enum(['natural', 'cel']) });
const zSub = zBase.extend({ LocalGrade: zGrade });
const zPre = zBase.extend({ LegacyId: z.int().optional() });
const zControl = zBase.extend({ LegacyId: z.int().optional(), PreProcessors: z.array(z.string()).min(1) });

const zCatalog = z.object({
  MainModels: z.record(z.string(), zMain),
  LoraModels: z.record(z.string(), zSub).default({}),
  EmbeddingModels: z.record(z.string(), zSub).default({}),
  HypernetworkModels: z.record(z.string(), zSub).default({}),
  PreProcessors: z.record(z.string(), zPre),
  ControlModels: z.record(z.string(), zControl),
});

export type EngineCatalog = z.infer<typeof zCatalog>;
export type GradeKind = z.infer<typeof zGrade>;
export type MainModelEntry = z.infer<typeof zMain>;

export const DEFAULT_CATALOG_PATH = new URL('./catalog.json', import.meta.url);

export function loadCatalog(path: string | URL = DEFAULT_CATALOG_PATH): EngineCatalog {
  const result = zCatalog.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.success) throw new Error(`The engine catalog ${String(path)} is invalid: ${z.prettifyError(result.error)}`);
  return result.data;
}

export function findSubModel(catalog: EngineCatalog, code: string) {
  return catalog.LoraModels[code] ?? catalog.EmbeddingModels[code] ?? catalog.HypernetworkModels[code];
}

export function findMainModel(catalog: EngineCatalog, code: string): MainModelEntry | undefined {
  return catalog.MainModels[code];
}
