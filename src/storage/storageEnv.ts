import { resolve } from 'node:path';
import { z } from 'zod';
import type { StorageConfig } from './openStorage';

/** The storage variables of the studio's environment; src/proxy/config.ts includes them. */
export const storageEnvShape = {
  DATA_DIR: z
    .string()
    .trim()
    .optional()
    .transform((value) => resolve(value || './data')),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || /^postgres(ql)?:\/\/./.test(value), {
      error: 'DATABASE_URL must be a PostgreSQL URL: postgres://USER:PASSWORD@HOST:5432/DATABASE',
    }),
  DATABASE_POOL_MAX: z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return 10;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < 1 || parsed > 1000) {
        ctx.addIssue({ code: 'custom', message: `DATABASE_POOL_MAX must be a whole number from 1 to 1000 (got "${value}")` });
        return z.NEVER;
      }
      return parsed;
    }),
};

const zStorageEnv = z.object(storageEnvShape);
export type StorageEnv = z.infer<typeof zStorageEnv>;

export function storageConfigOf(env: StorageEnv): StorageConfig {
  return { databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolMax: env.DATABASE_POOL_MAX };
}

/** For the command-line tools: the storage variables alone; throws with one line per bad variable. */
export function parseStorageEnv(env: Record<string, string | undefined>): StorageConfig {
  const result = zStorageEnv.safeParse(env);
  if (!result.success) throw new Error(result.error.issues.map((issue) => issue.message).join('\n'));
  return storageConfigOf(result.data);
}
