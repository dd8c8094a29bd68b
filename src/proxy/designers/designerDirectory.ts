import type { Designers } from '../../storage/taskIndex';
import { tokenHash } from '../../storage/designerTokens';

export interface DesignerDirectory {
  /** Whether any designer is registered: then a token is needed even without STUDIO_TOKEN. */
  anyDesigners(): Promise<boolean>;
  /** The designer a token belongs to, or null. */
  designerOf(token: string): Promise<string | null>;
}

/** Answers are kept this long, so a busy studio asks the database once per token, not per request. */
const REMEMBER_MS = 30_000;
/** Tokens remembered at most (each entry is a hash and a name). */
const MAX_REMEMBERED = 10_000;

/**
 * Looks designers up by the sha256 of their token. Found names are cached for 30 s (a removed
 * designer's token stops working within that time); wrong tokens always go to the database.
 */
export function createDesignerDirectory(designers: Designers, now: () => number = Date.now): DesignerDirectory {
  const known = new Map<string, { name: string; at: number }>();
  let any: { value: boolean; at: number } | null = null;
  return {
    async anyDesigners() {
      if (!any || now() - any.at > REMEMBER_MS) any = { value: (await designers.listDesigners()).length > 0, at: now() };
      return any.value;
    },
    async designerOf(token) {
      const hash = tokenHash(token);
      const cached = known.get(hash);
      if (cached && now() - cached.at <= REMEMBER_MS) return cached.name;
      known.delete(hash);
      const name = await designers.designerByTokenHash(hash);
      if (name !== null) {
        if (known.size >= MAX_REMEMBERED) known.delete(known.keys().next().value!);
        known.set(hash, { name, at: now() });
      }
      return name;
    },
  };
}
