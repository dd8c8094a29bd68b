import { createContext, useContext } from 'react';
import type { Readiness } from '../generate/readiness';

/** The live request check of the panel, shared so slots and rows can show a refusal that is theirs. */
export const ReadinessContext = createContext<Readiness>({ ok: true });

/** The refusal message when it names this field or slot (e.g. 'pattern', 'control:<unit id>', 'Width'). */
export function useRefusalFor(...fields: string[]): string | undefined {
  const readiness = useContext(ReadinessContext);
  if (readiness.ok || readiness.field === undefined) return undefined;
  return fields.includes(readiness.field) ? readiness.message : undefined;
}
