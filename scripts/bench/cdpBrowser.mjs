// A bare Chrome DevTools Protocol client for benchmarks that must not be instrumented.
// Playwright turns on the Network domain for every page, and Chromium then copies each request
// body into a DevTools event on the page's main thread (seconds for a 20 MB submit): a cost
// designers never pay. This client enables only what it uses (Runtime, Page, Input).
// Needs a global WebSocket: Node ≥ 22, or Node 20 with --experimental-websocket.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExecutable } from '../browser-path.mjs';
import { BENCH_CHROMIUM_ARGS } from './launch.mjs';

export async function launchBareChromium({ width = 1440, height = 900 } = {}) {
  if (typeof WebSocket === 'undefined') throw new Error('This bench needs a global WebSocket: Node ≥ 22 or node --experimental-websocket');
  const profile = mkdtempSync(join(tmpdir(), 'picpik-bench-chromium-'));
  const child = spawn(
    chromiumExecutable(),
    ['--headless=new', ...BENCH_CHROMIUM_ARGS, `--window-size=${width},${height}`, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited with ${code}: ${text.slice(-500)}`)));
  });
  const { port } = new URL(endpoint);
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const target = targets.find((entry) => entry.type === 'page');
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = () => reject(new Error('Could not connect to Chromium'));
  });
  let nextId = 1;
  const waiting = new Map();
  const events = new Map();
  socket.onmessage = (message) => {
    const data = JSON.parse(String(message.data));
    if (data.id && waiting.has(data.id)) {
      const { resolve, reject } = waiting.get(data.id);
      waiting.delete(data.id);
      if (data.error) reject(new Error(`${data.error.message} ${data.error.data ?? ''}`));
      else resolve(data.result);
    } else if (data.method) for (const listener of events.get(data.method) ?? []) listener(data.params);
  };
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  const on = (method, listener) => events.set(method, [...(events.get(method) ?? []), listener]);
  const once = (method) =>
    new Promise((resolve) => {
      const listener = (params) => {
        events.set(method, (events.get(method) ?? []).filter((entry) => entry !== listener));
        resolve(params);
      };
      on(method, listener);
    });
  await send('Page.enable');
  await send('Runtime.enable');
  await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });

  /** Runs an async function body in the page and returns its JSON result. */
  async function evaluate(fn, ...args) {
    const expression = `(${fn})(...${JSON.stringify(args)})`;
    const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`In the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }
  async function waitFor(fn, { timeout = 60_000, what = 'a condition' } = {}, ...args) {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      if (await evaluate(fn, ...args)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Timed out waiting for ${what}`);
  }
  async function goto(url) {
    const loaded = once('Page.loadEventFired');
    await send('Page.navigate', { url });
    await loaded;
  }
  async function mouse(type, x, y) {
    await send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1 });
  }
  async function close() {
    socket.close();
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
    // Chromium's helper processes may still write into the profile for a moment: a leftover
    // temporary folder is no reason to fail a finished measurement.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    } catch (error) {
      console.warn(`Could not remove ${profile}: ${error.message}`);
    }
  }
  return { send, on, evaluate, waitFor, goto, mouse, close };
}
