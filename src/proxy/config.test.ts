import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

describe('parseConfig', () => {
  it('defaults to the local engine on 127.0.0.1:8787', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ mode: 'local', HOST: '127.0.0.1', PORT: 8787, MAX_BODY_MB: 64, UPSTREAM_TIMEOUT_S: 60, PICPIK_API_URL: 'https://api.picpik.ai' });
    expect(config.DATA_DIR).toMatch(/data$/);
  });
  it('defaults the hardening settings: rate limits on, sweeper every 20 s, private result hosts refused', () => {
    expect(parseConfig({})).toMatchObject({ RATE_LIMIT_PER_MIN: 600, SUBMIT_RATE_LIMIT_PER_MIN: 60, MAX_CONCURRENT_UPLOADS: 4, ARCHIVE_SWEEP_S: 20, ARCHIVE_ALLOW_PRIVATE_HOSTS: false });
    expect(parseConfig({ RATE_LIMIT_PER_MIN: '0', ARCHIVE_SWEEP_S: '0', ARCHIVE_ALLOW_PRIVATE_HOSTS: 'true' })).toMatchObject({ RATE_LIMIT_PER_MIN: 0, ARCHIVE_SWEEP_S: 0, ARCHIVE_ALLOW_PRIVATE_HOSTS: true });
  });
  it('defaults the body deadline and the local engine task limits', () => {
    expect(parseConfig({})).toMatchObject({ BODY_TIMEOUT_S: 120, BODY_MIN_KBPS: 32, ENGINE_TASK_TIMEOUT_S: 600, ENGINE_TASK_MEMORY_MB: 1024 });
    expect(parseConfig({ BODY_MIN_KBPS: '0', ENGINE_TASK_MEMORY_MB: '512' })).toMatchObject({ BODY_MIN_KBPS: 0, ENGINE_TASK_MEMORY_MB: 512 });
  });
  it('switches to PICPIK mode with both keys', () => {
    expect(parseConfig({ PICPIK_PUBLIC_KEY: 'a', PICPIK_PRIVATE_KEY: 'b' }).mode).toBe('picpik');
  });
  it('treats empty keys as unset', () => {
    expect(parseConfig({ PICPIK_PUBLIC_KEY: '', PICPIK_PRIVATE_KEY: ' ' }).mode).toBe('local');
  });
  it.each([
    [{ PICPIK_PUBLIC_KEY: 'a' }, /PICPIK_PRIVATE_KEY.*both/],
    [{ PORT: '99999' }, /PORT must be a number from 0 to 65535/],
    [{ PORT: '80.5' }, /PORT/],
    [{ MAX_BODY_MB: 'lots' }, /MAX_BODY_MB must be a number from 1 to 1024/],
    [{ UPSTREAM_TIMEOUT_S: '0' }, /UPSTREAM_TIMEOUT_S/],
    [{ PICPIK_API_URL: 'ftp://x' }, /PICPIK_API_URL/],
    [{ RATE_LIMIT_PER_MIN: '-1' }, /RATE_LIMIT_PER_MIN must be a number from 0/],
    [{ SUBMIT_RATE_LIMIT_PER_MIN: 'many' }, /SUBMIT_RATE_LIMIT_PER_MIN/],
    [{ ARCHIVE_SWEEP_S: '100000' }, /ARCHIVE_SWEEP_S must be a number from 0 to 86400/],
    [{ ARCHIVE_ALLOW_PRIVATE_HOSTS: 'yes' }, /ARCHIVE_ALLOW_PRIVATE_HOSTS must be true or false/],
    [{ MAX_CONCURRENT_UPLOADS: '0' }, /MAX_CONCURRENT_UPLOADS must be a number from 1 to 256/],
    [{ BODY_TIMEOUT_S: '0' }, /BODY_TIMEOUT_S must be a number from 1 to 3600/],
    [{ BODY_MIN_KBPS: 'slow' }, /BODY_MIN_KBPS must be a number from 0/],
    [{ ENGINE_TASK_TIMEOUT_S: '0' }, /ENGINE_TASK_TIMEOUT_S must be a number from 1 to 86400/],
    [{ ENGINE_TASK_MEMORY_MB: '64' }, /ENGINE_TASK_MEMORY_MB must be a number from 128 to 65536/],
    [{ ENGINE_TASK_MEMORY_MB: '512.5' }, /ENGINE_TASK_MEMORY_MB must be a whole number/],
  ])('rejects %j', (env, message) => {
    expect(() => parseConfig(env)).toThrow(message);
  });
  it('never puts the private key in its error message', () => {
    expect(() => parseConfig({ PICPIK_PRIVATE_KEY: 'sk-very-secret' })).toThrow(/^(?![\s\S]*sk-very-secret)/);
  });
});
