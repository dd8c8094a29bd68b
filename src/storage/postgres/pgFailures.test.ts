import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/logger';
import type { Archive } from '../archive';
import { withArchiveHealth, type ArchiveHealth } from '../archiveHealth';
import { openStorage } from '../openStorage';
import { ArchiveOpenError, ArchiveUnavailableError } from '../storageErrors';
import { createTestDatabase, type TestDatabase } from '../testing/testDatabase';

/** A TCP relay in front of PostgreSQL that can drop out, like a network or a database restart would. */
function relay(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const up = (port: number) =>
    new Promise<number>((resolve) => {
      server = createServer((client) => {
        const upstream = createConnection(Number(target.port), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('error', () => socket.destroy());
          socket.on('close', () => sockets.delete(socket));
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => resolve((server!.address() as { port: number }).port));
    });
  const down = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server!.close(() => resolve());
    });
  return { up, down };
}

let database: TestDatabase;
let archive: Archive & ArchiveHealth;
let network: ReturnType<typeof relay>;
let relayPort = 0;
beforeAll(async () => {
  database = await createTestDatabase();
  network = relay(new URL(database.url));
  relayPort = await network.up(0);
  const url = new URL(database.url);
  url.port = String(relayPort);
  archive = withArchiveHealth(await openStorage({ databaseUrl: url.toString(), dataDir: '/nonexistent' }), silentLogger);
}, 60_000);
afterAll(async () => {
  await archive?.close();
  await network?.down().catch(() => undefined);
  await database?.drop();
});

describe('PostgreSQL failures', () => {
  it('a lost connection is a clear 503-style error and /api/health says so, until the database answers again', async () => {
    expect((await archive.listHistory({ page: 1, pageSize: 5 })).total).toBe(0);
    expect(archive.problem()).toBeNull();
    await network.down();

    const failed = await archive.listHistory({ page: 1, pageSize: 5 }).catch((error: Error) => error);
    expect(failed).toBeInstanceOf(ArchiveUnavailableError);
    expect((failed as Error).message).toMatch(/^The studio's results archive cannot be used: database unreachable \(.+\)\. Whoever runs the studio should check that the PostgreSQL server in DATABASE_URL is running/);
    expect(archive.problem()).toMatch(/^degraded: database unreachable .* \(postgres:\/\/picpik_test_\w+:\*\*\*@127\.0\.0\.1:\d+\/\w+\)$/);

    // The database is back: the pool reconnects, and the next call that works clears the state.
    await network.up(relayPort);
    expect((await archive.listHistory({ page: 1, pageSize: 5 })).total).toBe(0);
    expect(archive.problem()).toBeNull();
  });

  it('a database that cannot be reached stops the start with one line, password hidden', async () => {
    const url = new URL(database.url);
    url.port = '1';
    const error = await openStorage({ databaseUrl: url.toString(), dataDir: '/nonexistent' }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(ArchiveOpenError);
    expect((error as Error).message).toMatch(/^Cannot open the PostgreSQL database postgres:\/\/picpik_test_\w+:\*\*\*@127\.0\.0\.1:1\/\w+: database unreachable \(ECONNREFUSED\)\. Check that the PostgreSQL server in DATABASE_URL is running and reachable from this server, then start the studio again\.$/);
    expect((error as Error).message).not.toContain(new URL(database.url).password);
  });
});
