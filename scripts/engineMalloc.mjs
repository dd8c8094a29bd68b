// glibc malloc settings for the processes that run the local engine. A fill allocates and frees
// many 1–12 MB typed arrays; by default glibc maps each one fresh and returns it on free, and the
// first touch of fresh pages cost 30–70 ms per 12 MB array here (a third of a 1024² fill). Served
// from a heap that keeps what it has (up to 1 GB free before trimming), they are reused instead:
// content-aware fill median 0.86 → 0.66 s (scripts/bench/fill.ts). The price: the server keeps
// the memory of its busiest moment. Values already in the environment win.
export const ENGINE_MALLOC_ENV = {
  MALLOC_MMAP_THRESHOLD_: String(64 * 1024 * 1024),
  MALLOC_TRIM_THRESHOLD_: String(1024 * 1024 * 1024),
  MALLOC_TOP_PAD_: String(100 * 1024 * 1024),
};

export function withEngineMalloc(env) {
  return { ...ENGINE_MALLOC_ENV, ...env };
}

/** Whether this process runs with those settings (glibc reads them at start, so it is too late to set them here). */
export function engineMallocInEffect(env = process.env) {
  return Object.entries(ENGINE_MALLOC_ENV).every(([name, value]) => env[name] === value);
}
