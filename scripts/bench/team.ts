// Team deployment benchmark: studio servers (local engine) sharing one PostgreSQL database.
//  1. 100 pairs of simultaneous duplicate submissions, each pair one request_uuid sent to two servers
//     at the same moment: exactly 100 tasks must exist afterwards.
//  2. ListTasksDetails polls per second and p95 latency with 1, 2 and 4 servers on the database.
// Run: node --import tsx scripts/bench/team.ts   (BENCH_DATABASE_URL: a database to use; otherwise a
// throwaway role + database on the local cluster, as for the tests)
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startStudioProcess, waitForFinal, type StudioProcess } from '../../src/proxy/testing/teamServers';
import { createTestDatabase } from '../../src/storage/testing/testDatabase';

const PAIRS = 100;
const POLL_SECONDS = 5;
const POLL_CLIENTS = 16;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const round = (value: number) => Number(value.toFixed(1));

const watchdog = setTimeout(() => {
  console.error('team bench: no result after 10 minutes, giving up');
  process.exit(1);
}, 600_000);

const database = process.env.BENCH_DATABASE_URL ? { url: process.env.BENCH_DATABASE_URL, drop: async () => {} } : await createTestDatabase();
const env = { DATABASE_URL: database.url, DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-team-')) };
const servers: StudioProcess[] = [];
const db = new pg.Client({ connectionString: database.url });

try {
  // Started one after the other: the first applies the migrations.
  for (let i = 0; i < 4; i++) servers.push(await startStudioProcess(0, env));
  await db.connect();
  const [a, b] = servers as [StudioProcess, StudioProcess];

  // 1. Duplicate race, ten pairs at a time.
  const run = Date.now();
  const pairMs: number[] = [];
  let samePairs = 0;
  const taskUids: string[] = [];
  for (let wave = 0; wave < PAIRS / 10; wave++) {
    await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const body = { Action: 'GenerateImages', request_uuid: `bench-${run}-${wave * 10 + i}`, MainModel: { ModelCode: 'PICPIK General' }, PositivePrompts: ['green hills'], Seed: i, Width: 64, Height: 64 };
        const started = performance.now();
        const [fromA, fromB] = await Promise.all([a.call(body), b.call(body)]);
        pairMs.push(performance.now() - started);
        if (fromA.RetCode === 0 && fromA.TaskUID === fromB.TaskUID) samePairs++;
        if (typeof fromA.TaskUID === 'string') taskUids.push(fromA.TaskUID);
      }),
    );
  }
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM tasks WHERE request_uuid LIKE $1', [`bench-${run}-%`]);
  const race = { pairs: PAIRS, pairsGivenOneTaskUid: samePairs, tasksInDatabase: rows[0]!.n, pairP50ms: round(percentile(pairMs, 50)), pairP95ms: round(percentile(pairMs, 95)) };
  for (const uid of taskUids) await waitForFinal(a, uid);

  // 2. Polls: clients spread round-robin over the first n servers, each poll asking about 5 tasks.
  const polls: Record<string, { servers: number; polls: number; pollsPerSecond: number; p50ms: number; p95ms: number; errors: number }> = {};
  for (const n of [1, 2, 4]) {
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    const until = performance.now() + POLL_SECONDS * 1000;
    await Promise.all(
      Array.from({ length: POLL_CLIENTS }, async () => {
        while (performance.now() < until) {
          const server = servers[next++ % n]!;
          const uids = Array.from({ length: 5 }, () => taskUids[Math.floor(Math.random() * taskUids.length)]!);
          const started = performance.now();
          const answer = await server.call({ Action: 'ListTasksDetails', TaskUIDList: uids }).catch(() => null);
          latencies.push(performance.now() - started);
          const details = answer?.TaskDetailList as { Status: string }[] | undefined;
          if (!details || details.some((detail) => detail.Status !== 'Finished')) errors++;
        }
      }),
    );
    polls[`${n}`] = { servers: n, polls: latencies.length, pollsPerSecond: round(latencies.length / POLL_SECONDS), p50ms: round(percentile(latencies, 50)), p95ms: round(percentile(latencies, 95)), errors };
  }

  const results = { race, polls, pollClients: POLL_CLIENTS, pollSeconds: POLL_SECONDS };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/team.json', JSON.stringify(results, null, 2));
  console.log('Team deployment: local-engine studio servers on one PostgreSQL database');
  console.log(`  duplicate race: ${race.pairsGivenOneTaskUid}/${PAIRS} pairs got one TaskUID, ${race.tasksInDatabase} tasks in the database (want ${PAIRS}); pair p50 ${race.pairP50ms} ms, p95 ${race.pairP95ms} ms`);
  for (const p of Object.values(polls)) {
    console.log(`  ${p.servers} server(s): ${p.pollsPerSecond} polls/s (5 TaskUIDs each, ${POLL_CLIENTS} clients), p50 ${p.p50ms} ms, p95 ${p.p95ms} ms, ${p.errors} wrong answers`);
  }
  const ok = race.tasksInDatabase === PAIRS && samePairs === PAIRS && Object.values(polls).every((p) => p.errors === 0);
  process.exitCode = ok ? 0 : 1;
} finally {
  await db.end().catch(() => undefined);
  await Promise.all(servers.map((server) => server.stop()));
  await database.drop();
  clearTimeout(watchdog);
}
