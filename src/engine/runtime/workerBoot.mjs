// Worker threads do not inherit the tsx loader of the main thread (Node 20), so each
// worker registers it before importing its TypeScript entry.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
