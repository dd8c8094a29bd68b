import { describe, expect, it } from 'vitest';
import { closingStudios, generateRequest } from './testing/picpikStudio';
import type { UpstreamFault } from './testing/fakePicpik';

// PICPIK misbehaving, through the real composition (createBackend: idempotency → archive → signer).
const studio = closingStudios();

type Case = [name: string, fault: UpstreamFault, status: number, retCode: number, message: RegExp];

const SUBMIT_FAULTS: Case[] = [
  ['PICPIK down', { kind: 'down' }, 502, 502, /PICPIK \(picpik.test\) cannot be reached: fetch failed/],
  ['slower than UPSTREAM_TIMEOUT_S', { kind: 'hang' }, 504, 504, /did not answer within 1 s/],
  ['HTTP 500', { kind: 'status', status: 500 }, 502, 502, /answered HTTP 500/],
  ['HTTP 503', { kind: 'status', status: 503 }, 502, 502, /answered HTTP 503/],
  ['malformed JSON', { kind: 'malformed' }, 502, 502, /with a body that is not JSON/],
  ['answer lost on the way back', { kind: 'lostAnswer' }, 502, 502, /cannot be reached/],
  ['PICPIK refuses (RetCode)', { kind: 'retCode', retCode: 150, message: 'service unavailable' }, 200, 150, /^service unavailable$/],
];

describe('a generation submit when PICPIK fails', () => {
  it.each(SUBMIT_FAULTS)('%s: clear error in PICPIK shape, not retried by the server, nothing archived', async (_name, fault, status, retCode, message) => {
    const s = studio();
    s.upstream.injectFaults(fault);
    const answer = await s.post(generateRequest('fault-submit-0001'));
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ RetCode: retCode, Action: 'GenerateImages', Message: expect.stringMatching(message) });
    expect(s.upstream.attempts).toBe(1);
    expect((await s.archive.listHistory({ page: 1, pageSize: 10 })).total).toBe(0);

    // The client's retry with the same request_uuid is safe and starts the task.
    const retried = await s.post(generateRequest('fault-submit-0001'));
    expect(retried).toMatchObject({ status: 200, body: { RetCode: 0, TaskUID: expect.any(String) } });
    expect((await s.archive.findByRequestUuid('fault-submit-0001'))?.taskUid).toBe(retried.body.TaskUID);
  });

  it('an accepted answer without TaskUID is a 502, not a success', async () => {
    const s = studio();
    s.upstream.respondWith((body) => Response.json({ RetCode: 0, Action: body.Action, Message: '' }));
    const answer = await s.post(generateRequest('fault-no-uid-001'));
    expect(answer).toMatchObject({ status: 502, body: { RetCode: 502, Message: expect.stringMatching(/no TaskUID/) } });
    expect((await s.archive.listHistory({ page: 1, pageSize: 10 })).total).toBe(0);
  });

  it('an answer the browser lost is recovered by resubmitting the same request_uuid', async () => {
    const s = studio();
    const delivered = await s.post(generateRequest('fault-lost-00001'));
    // The browser never saw `delivered` (tab closed, network blip) and retries:
    const retried = await s.post(generateRequest('fault-lost-00001'));
    expect(retried.body.TaskUID).toBe(delivered.body.TaskUID);
    expect(s.upstream.received.filter((r) => r.body.Action === 'GenerateImages')).toHaveLength(1);
  });
});

describe('queries when PICPIK fails', () => {
  it.each(['ListTasksDetails', 'ListModels', 'ListControlNets', 'GetCreditBalance', 'ListRunningTasks'])(
    '%s is retried once after a network error or a 502/503',
    async (action) => {
      const s = studio();
      const body = action === 'ListTasksDetails' ? { Action: action, TaskUIDList: ['t1'] } : { Action: action };
      s.upstream.injectFaults({ kind: 'down' });
      expect((await s.post(body)).body.RetCode).toBe(0);
      s.upstream.injectFaults({ kind: 'status', status: 503 });
      expect((await s.post(body)).body.RetCode).toBe(0);
      s.upstream.injectFaults({ kind: 'status', status: 502 }, { kind: 'status', status: 502 });
      expect(await s.post(body)).toMatchObject({ status: 502, body: { RetCode: 502, Message: expect.stringMatching(/HTTP 502/) } });
      expect(s.upstream.attempts).toBe(6);
    },
  );

  it.each<[string, UpstreamFault, number]>([
    ['a time-out (its budget is spent)', { kind: 'hang' }, 504],
    ['HTTP 500', { kind: 'status', status: 500 }, 502],
    ['malformed JSON', { kind: 'malformed' }, 502],
  ])('is not retried after %s', async (_name, fault, status) => {
    const s = studio();
    s.upstream.injectFaults(fault);
    expect((await s.post({ Action: 'ListModels' })).status).toBe(status);
    expect(s.upstream.attempts).toBe(1);
  });

  it('TerminateTask is not retried: it changes state at PICPIK', async () => {
    const s = studio();
    s.upstream.injectFaults({ kind: 'down' });
    expect((await s.post({ Action: 'TerminateTask', TaskUID: 't1' })).status).toBe(502);
    expect(s.upstream.attempts).toBe(1);
  });

  it('keeps serving after a run of failures', async () => {
    const s = studio();
    s.upstream.injectFaults({ kind: 'down' }, { kind: 'down' }, { kind: 'malformed' }, { kind: 'status', status: 500 });
    await s.post({ Action: 'GetCreditBalance' });
    await s.post({ Action: 'GetCreditBalance' });
    await s.post({ Action: 'ListModels' });
    expect((await s.app.request('/api/health')).status).toBe(200);
    expect((await s.post({ Action: 'GetCreditBalance' })).body).toMatchObject({ RetCode: 0, TotalCredits: 300 });
  });
});
