/**
 * Minimum s–t cut by Boykov–Kolmogorov max-flow ("An experimental comparison of min-cut/
 * max-flow algorithms", PAMI 2004), following the structure of their maxflow 3.0 code:
 * two search trees grown from the terminals, augmentation along the path where they meet,
 * adoption of orphans with the timestamp / distance heuristic.
 *
 * The graph is a pixel grid (or a band of one): each node has 8 arc slots, slot k pointing to
 * neighbour offset k and slot 7 − k pointing back, so the reverse ("sister") of arc
 * `i * 8 + k` is `nbr[i * 8 + k] * 8 + 7 − k`. Capacities are integers, so flow is exact.
 */

const SLOTS = 8;
const NONE = -1; // free node
const TERMINAL = -2; // parent is the source or the sink
const ORPHAN = -3;
const INFINITE_DIST = 0x3fffffff;

export interface FlowGraph {
  /** Number of nodes. */
  n: number;
  /** nbr[i * 8 + k]: node at slot k of node i, or −1. Must be symmetric: nbr[nbr[a] * 8 + 7 − k] = i. */
  nbr: Int32Array;
  /** Residual capacity of each arc slot; consumed by `minCut`. */
  cap: Int32Array;
  /** Source capacity minus sink capacity per node; consumed by `minCut`. */
  tr: Int32Array;
}

/** Offsets of the 8 slots; opposite slots sum to 7. */
export const SLOT_DX = [-1, 0, 1, -1, 1, -1, 0, 1] as const;
export const SLOT_DY = [-1, -1, -1, 0, 0, 1, 1, 1] as const;

/** 1 where the node ends on the source side of a minimum cut (the nodes the source still reaches). */
export function minCut(g: FlowGraph): Uint8Array {
  const { n, nbr, cap, tr } = g;
  const parent = new Int32Array(n).fill(NONE);
  const isSink = new Uint8Array(n);
  const ts = new Int32Array(n);
  const dist = new Int32Array(n);
  const active = new Uint8Array(n);
  const queue = new Int32Array(n + 1);
  let qHead = 0, qTail = 0;
  const orphans: number[] = [];
  let time = 0;

  const sister = (a: number): number => nbr[a]! * SLOTS + (SLOTS - 1 - (a & 7));
  const activate = (i: number): void => {
    if (active[i]) return;
    active[i] = 1;
    queue[qTail] = i;
    qTail = qTail === n ? 0 : qTail + 1;
  };
  const nextActive = (): number => {
    while (qHead !== qTail) {
      const i = queue[qHead]!;
      qHead = qHead === n ? 0 : qHead + 1;
      active[i] = 0;
      if (parent[i] !== NONE) return i;
    }
    return -1;
  };
  const makeOrphan = (i: number): void => {
    parent[i] = ORPHAN;
    orphans.push(i);
  };

  for (let i = 0; i < n; i++) {
    if (tr[i] === 0) continue;
    parent[i] = TERMINAL;
    isSink[i] = tr[i]! < 0 ? 1 : 0;
    dist[i] = 1;
    activate(i);
  }

  let current = -1;
  for (;;) {
    let i = current;
    if (i >= 0) {
      active[i] = 0;
      if (parent[i] === NONE) i = -1;
    }
    if (i < 0) i = nextActive();
    if (i < 0) break;

    // Growth: find an arc from i's tree to the other tree (source → sink in flow direction).
    const meet = grow(i);
    time++;
    if (meet < 0) {
      current = -1;
      continue;
    }
    active[i] = 1; // keep growing from i after this augmentation
    current = i;
    augment(meet);
    time++;
    while (orphans.length > 0) {
      adopt(orphans.pop()!);
    }
  }

  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = parent[i] !== NONE && !isSink[i] ? 1 : 0;
  return out;

  /**
   * The two trees grow alike, mirrored: `flowArc` is the arc in the direction flow would
   * take (away from the source tree's root, towards the sink tree's root).
   */
  function flowArc(a: number, sinkTree: number): number {
    return sinkTree ? sister(a) : a;
  }

  /** Grows i's tree over its free neighbours; returns the arc (source tree → sink tree) where the trees meet, or −1. */
  function grow(i: number): number {
    const t = isSink[i]!;
    const base = i * SLOTS;
    for (let a = base; a < base + SLOTS; a++) {
      const j = nbr[a]!;
      if (j < 0) continue;
      const f = flowArc(a, t);
      if (cap[f] === 0) continue;
      const back = sister(a);
      if (parent[j] === NONE) {
        isSink[j] = t; parent[j] = back; ts[j] = ts[i]!; dist[j] = dist[i]! + 1;
        activate(j);
      } else if (isSink[j] !== t) {
        return f;
      } else if (ts[j]! <= ts[i]! && dist[j]! > dist[i]!) {
        parent[j] = back; ts[j] = ts[i]!; dist[j] = dist[i]! + 1;
      }
    }
    return -1;
  }

  function augment(mid: number): void {
    const i = mid >> 3;
    const j = nbr[mid]!;
    const b = Math.min(cap[mid]!, bottleneck(i, 0), bottleneck(j, 1));
    cap[sister(mid)] = cap[sister(mid)]! + b;
    cap[mid] = cap[mid]! - b;
    push(i, 0, b);
    push(j, 1, b);
  }

  /** Smallest residual capacity on the path from node k up to its tree's terminal (flow direction). */
  function bottleneck(k: number, t: number): number {
    let b = Infinity;
    for (let a = parent[k]!; a !== TERMINAL; a = parent[k]!) {
      b = Math.min(b, cap[flowArc(sister(a), t)]!);
      k = nbr[a]!;
    }
    return Math.min(b, t ? -tr[k]! : tr[k]!);
  }

  /** Sends b along the path from node k to its tree's terminal; nodes whose parent arc saturates become orphans. */
  function push(k: number, t: number, b: number): void {
    for (;;) {
      const a = parent[k]!;
      if (a === TERMINAL) {
        tr[k] = t ? tr[k]! + b : tr[k]! - b;
        if (tr[k] === 0) makeOrphan(k);
        return;
      }
      const f = flowArc(sister(a), t);
      const r = sister(f);
      cap[r] = cap[r]! + b;
      cap[f] = cap[f]! - b;
      const next = nbr[a]!;
      if (cap[f] === 0) makeOrphan(k);
      k = next;
    }
  }

  /** Distance from j to its tree's terminal along parents, or INFINITE_DIST if the path hits an orphan; marks the path. */
  function originDistance(j: number): number {
    let d = 0;
    let k = j;
    for (;;) {
      if (ts[k] === time) {
        d += dist[k]!;
        break;
      }
      const a = parent[k]!;
      d++;
      if (a === TERMINAL) {
        ts[k] = time;
        dist[k] = 1;
        break;
      }
      if (a === ORPHAN || a === NONE) return INFINITE_DIST;
      k = nbr[a]!;
    }
    // Cache distances along the path so later searches stop early.
    let dd = d;
    for (k = j; ts[k] !== time; k = nbr[parent[k]!]!) {
      ts[k] = time;
      dist[k] = dd--;
    }
    return d;
  }

  /** Finds the orphan i a new parent in its own tree, or frees it and orphans its children. */
  function adopt(i: number): void {
    const t = isSink[i]!;
    let best = NONE, dmin = INFINITE_DIST;
    const base = i * SLOTS;
    for (let a = base; a < base + SLOTS; a++) {
      const j = nbr[a]!;
      // j → i in flow direction for the source tree, i → j for the sink tree.
      if (j < 0 || isSink[j] !== t || parent[j] === NONE || cap[flowArc(sister(a), t)] === 0) continue;
      const d = originDistance(j);
      if (d < dmin) {
        best = a;
        dmin = d;
      }
    }
    if (best !== NONE) {
      parent[i] = best; ts[i] = time; dist[i] = dmin + 1;
      return;
    }
    parent[i] = NONE;
    for (let a = base; a < base + SLOTS; a++) {
      const j = nbr[a]!;
      if (j < 0 || isSink[j] !== t) continue;
      const pj = parent[j]!;
      if (pj === NONE) continue;
      if (cap[flowArc(sister(a), t)]! > 0) activate(j);
      if (pj >= 0 && nbr[pj] === i) makeOrphan(j);
    }
  }
}
