import { spawn, type ChildProcess } from 'node:child_process';

export interface StudioProcess {
  port: number;
  url: string;
  process: ChildProcess;
  output(): string;
  /** POST /api/picpik, parsed. */
  call(body: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** SIGKILL, as a crash would; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM, a graceful stop. */
  stop(): Promise<void>;
}

/**
 * A real studio server process (`src/proxy/server.ts`, local engine unless keys are given) on
 * `requestedPort` (0: a free port the system picks), with the environment given; resolves when it
 * listens. Tests and benchmarks only.
 */
export async function startStudioProcess(requestedPort: number, env: Record<string, string>): Promise<StudioProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/proxy/server.ts'], {
    env: { ...process.env, STUDIO_ENV_FILE: 'none', HOST: '127.0.0.1', PORT: String(requestedPort), PICPIK_PUBLIC_KEY: '', PICPIK_PRIVATE_KEY: '', RATE_LIMIT_PER_MIN: '0', SUBMIT_RATE_LIMIT_PER_MIN: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`studio on port ${requestedPort} did not start within 60 s:\n${output}`)), 60_000);
    const check = () => {
      const listening = /PICPIK Studio on http:\/\/\S+?:(\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(Number(listening[1]));
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`studio on port ${requestedPort} exited with ${code}:\n${output}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    port,
    url,
    process: child,
    output: () => output,
    async call(body) {
      const response = await fetch(`${url}/api/picpik`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return (await response.json()) as Record<string, unknown>;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Polls ListTasksDetails on `studio` until the task is final; returns its detail. */
export async function waitForFinal(studio: StudioProcess, taskUid: string, timeoutMs = 120_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await studio.call({ Action: 'ListTasksDetails', TaskUIDList: [taskUid] });
    const detail = (answer.TaskDetailList as Record<string, unknown>[] | undefined)?.[0];
    if (detail && ['Finished', 'Error', 'Cancelled'].includes(detail.Status as string)) return detail;
    if (Date.now() > deadline) throw new Error(`task ${taskUid} not final after ${timeoutMs} ms: ${JSON.stringify(answer)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
