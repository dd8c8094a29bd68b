// Worker threads do not inherit the tsx loader of the main thread (Node 20), so each
// worker registers it before importing its TypeScript entry. "ready" tells the pool that
// the worker now runs jobs: a job's time limit counts from there, not from the boot.
import { register } from 'tsx/esm/api';
import { parentPort, workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
parentPort.postMessage({ ready: true });
