/**
 * Coreference and clustering scores over two partitions given as item -> cluster maps (the key
 * and the response may hold different items: twinless items count as errors, as in the CoNLL
 * reference scorer): MUC, B-cubed, CEAF-e (entity-based, phi4), CoNLL F1 (their mean), pairwise.
 */
import { f1 } from './types.js';

export type Partition = Map<string, string>;
export interface PRF { p: number; r: number; f: number }

function clusters(part: Partition): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [item, c] of part) { const s = out.get(c); if (s) s.add(item); else out.set(c, new Set([item])); }
  return out;
}

function prfOf(p: number, r: number): PRF { return { p, r, f: f1(p, r) }; }

function mucRecall(key: Partition, resp: Partition): number {
  let num = 0; let den = 0;
  for (const k of clusters(key).values()) {
    const parts = new Set<string>();
    for (const m of k) parts.add(resp.has(m) ? `c:${resp.get(m)}` : `m:${m}`);
    num += k.size - parts.size;
    den += k.size - 1;
  }
  return den ? num / den : 0;
}

export function muc(key: Partition, resp: Partition): PRF {
  return prfOf(mucRecall(resp, key), mucRecall(key, resp));
}

function b3Recall(key: Partition, resp: Partition): number {
  const rc = clusters(resp);
  let num = 0;
  for (const k of clusters(key).values()) {
    for (const m of k) {
      const c = resp.get(m);
      if (c === undefined) continue;
      let inter = 0;
      for (const x of rc.get(c)!) if (k.has(x)) inter++;
      num += inter / k.size;
    }
  }
  return key.size ? num / key.size : 0;
}

export function bcubed(key: Partition, resp: Partition): PRF {
  return prfOf(b3Recall(resp, key), b3Recall(key, resp));
}

/** CEAF-e: best one-to-one alignment of key and response clusters under phi4 (Hungarian method). */
export function ceafe(key: Partition, resp: Partition): PRF {
  const K = [...clusters(key).values()];
  const R = [...clusters(resp).values()];
  if (!K.length || !R.length) return prfOf(0, 0);
  const rIndex = new Map<string, number>();
  R.forEach((c, j) => { for (const m of c) rIndex.set(m, j); });
  // sparse similarities; the alignment is solved per connected component to stay small
  const sims = K.map((k) => {
    const counts = new Map<number, number>();
    for (const m of k) { const j = rIndex.get(m); if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1); }
    return new Map([...counts].map(([j, n]) => [j, (2 * n) / (k.size + R[j]!.size)]));
  });
  let total = 0;
  const seenK = new Set<number>();
  const rToK = new Map<number, number[]>();
  sims.forEach((s, i) => { for (const j of s.keys()) { const l = rToK.get(j); if (l) l.push(i); else rToK.set(j, [i]); } });
  for (let start = 0; start < K.length; start++) {
    if (seenK.has(start) || !sims[start]!.size) continue;
    const ks: number[] = []; const rs = new Set<number>(); const queue = [start]; seenK.add(start);
    while (queue.length) {
      const i = queue.pop()!; ks.push(i);
      for (const j of sims[i]!.keys()) {
        if (rs.has(j)) continue; rs.add(j);
        for (const i2 of rToK.get(j) ?? []) if (!seenK.has(i2)) { seenK.add(i2); queue.push(i2); }
      }
    }
    const rl = [...rs];
    total += maxAssignment(ks.map((i) => rl.map((j) => sims[i]!.get(j) ?? 0)));
  }
  return prfOf(total / R.length, total / K.length);
}

/** Maximum-weight assignment (Hungarian algorithm on costs = max - weight). */
function maxAssignment(w: number[][]): number {
  const n = w.length; const m = w[0]!.length; const N = Math.max(n, m);
  const cost = (i: number, j: number) => (i < n && j < m ? 1 - w[i]![j]! : 1);
  const u = new Array<number>(N + 1).fill(0); const v = new Array<number>(N + 1).fill(0);
  const p = new Array<number>(N + 1).fill(0); const way = new Array<number>(N + 1).fill(0);
  for (let i = 1; i <= N; i++) {
    p[0] = i; let j0 = 0;
    const minv = new Array<number>(N + 1).fill(Infinity); const used = new Array<boolean>(N + 1).fill(false);
    do {
      used[j0] = true; const i0 = p[j0]!; let delta = Infinity; let j1 = 0;
      for (let j = 1; j <= N; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) { minv[j] = cur; way[j] = j0; }
        if (minv[j]! < delta) { delta = minv[j]!; j1 = j; }
      }
      for (let j = 0; j <= N; j++) { if (used[j]) { u[p[j]!] = u[p[j]!]! + delta; v[j] = v[j]! - delta; } else minv[j] = minv[j]! - delta; }
      j0 = j1;
    } while (p[j0] !== 0);
    do { const j1 = way[j0]!; p[j0] = p[j1]!; j0 = j1; } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= N; j++) { const i = p[j]! - 1; if (i < n && j - 1 < m) total += w[i]![j - 1]!; }
  return total;
}

export function conll(key: Partition, resp: Partition): { muc: PRF; b3: PRF; ceafe: PRF; conll: number } {
  const a = muc(key, resp); const b = bcubed(key, resp); const c = ceafe(key, resp);
  return { muc: a, b3: b, ceafe: c, conll: (a.f + b.f + c.f) / 3 };
}

/** Pairwise F1: pairs of items put together, against the key's pairs (same items in both). */
export function pairwise(key: Partition, resp: Partition): PRF {
  const count = (part: Partition) => { let n = 0; for (const c of clusters(part).values()) n += (c.size * (c.size - 1)) / 2; return n; };
  let both = 0;
  for (const c of clusters(resp).values()) {
    const byKey = new Map<string, number>();
    for (const m of c) { const k = key.get(m); if (k !== undefined) byKey.set(k, (byKey.get(k) ?? 0) + 1); }
    for (const n of byKey.values()) both += (n * (n - 1)) / 2;
  }
  const pk = count(key); const pr = count(resp);
  return prfOf(pr ? both / pr : 0, pk ? both / pk : 0);
}
