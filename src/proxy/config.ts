import { existsSync } from 'node:fs';
import { z } from 'zod';
import { storageEnvShape } from '../storage/storageEnv';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const number = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      const parsed = Number(value);
      if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a number from ${min} to ${max} (got "${value}")` });
        return z.NEVER;
      }
      return parsed;
    });

const flag = (name: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      const text = (value ?? '').toLowerCase();
      if (text === '' || text === 'false' || text === '0') return false;
      if (text === 'true' || text === '1') return true;
      ctx.addIssue({ code: 'custom', message: `${name} must be true or false (got "${value}")` });
      return z.NEVER;
    });

const zEnv = z
  .object({
    PICPIK_PUBLIC_KEY: optionalText,
    PICPIK_PRIVATE_KEY: optionalText,
    PICPIK_API_URL: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || 'https://api.picpik.ai')
      .pipe(z.url({ protocol: /^https?$/, error: 'PICPIK_API_URL must be an http(s) URL' })),
    HOST: optionalText.transform((value) => value ?? '127.0.0.1'),
    PORT: number('PORT', 0, 65535, 8787).pipe(z.int({ error: 'PORT must be a whole number' })),
    STUDIO_TOKEN: optionalText,
    MAX_BODY_MB: number('MAX_BODY_MB', 1, 1024, 64),
    UPSTREAM_TIMEOUT_S: number('UPSTREAM_TIMEOUT_S', 1, 600, 60),
    ...storageEnvShape,
    ENGINE_LEASE_S: number('ENGINE_LEASE_S', 2, 3600, 30),
    ENGINE_CATALOG: optionalText,
    RATE_LIMIT_PER_MIN: number('RATE_LIMIT_PER_MIN', 0, 1_000_000, 600),
    SUBMIT_RATE_LIMIT_PER_MIN: number('SUBMIT_RATE_LIMIT_PER_MIN', 0, 1_000_000, 60),
    MAX_CONCURRENT_UPLOADS: number('MAX_CONCURRENT_UPLOADS', 1, 256, 4).pipe(z.int({ error: 'MAX_CONCURRENT_UPLOADS must be a whole number' })),
    ARCHIVE_SWEEP_S: number('ARCHIVE_SWEEP_S', 0, 86_400, 20),
    BODY_TIMEOUT_S: number('BODY_TIMEOUT_S', 1, 3600, 120),
    BODY_MIN_KBPS: number('BODY_MIN_KBPS', 0, 1_000_000, 32),
    ENGINE_TASK_TIMEOUT_S: number('ENGINE_TASK_TIMEOUT_S', 1, 86_400, 600),
    ENGINE_TASK_MEMORY_MB: number('ENGINE_TASK_MEMORY_MB', 128, 65_536, 1024).pipe(z.int({ error: 'ENGINE_TASK_MEMORY_MB must be a whole number' })),
    ARCHIVE_ALLOW_PRIVATE_HOSTS: flag('ARCHIVE_ALLOW_PRIVATE_HOSTS'),
  });

export type StudioConfig = z.infer<typeof zEnv> & { mode: 'picpik' | 'local' };

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError with one line per bad variable. */
export function parseConfig(env: Record<string, string | undefined>): StudioConfig {
  const result = zEnv.safeParse(env);
  const lines = (result.error?.issues ?? []).map((issue) => {
    const name = issue.path.join('.') || 'environment';
    return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
  });
  if (Boolean(env.PICPIK_PUBLIC_KEY?.trim()) !== Boolean(env.PICPIK_PRIVATE_KEY?.trim())) {
    lines.push('PICPIK_PUBLIC_KEY / PICPIK_PRIVATE_KEY: set both, or neither (local engine)');
  }
  if (!result.success || lines.length > 0) throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  const config = result.data;
  return { ...config, mode: config.PICPIK_PUBLIC_KEY && config.PICPIK_PRIVATE_KEY ? 'picpik' : 'local' };
}

/** Reads `.env` (or STUDIO_ENV_FILE; "none" skips it) into process.env without overriding what is set. */
export function loadEnvFile(env: NodeJS.ProcessEnv = process.env): void {
  const file = env.STUDIO_ENV_FILE ?? '.env';
  if (file === 'none' || !existsSync(file)) return;
  process.loadEnvFile(file);
}
