/**
 * Batch average-link agglomerative clustering with a similarity threshold (no fixed number of
 * clusters). Used to cluster a closed set of documents (evaluation, `link-events`) and mentions
 * within a document cluster. O(n^2) in the set size: callers bound n (one corpus of documents,
 * the mentions of one story).
 * With `maxWeight` > 0 two clusters are scored by a mix of their average and their best pair
 * ((1 - maxWeight) x average + maxWeight x maximum): a mention that matches one member of a large
 * cluster strongly (the same words, the same participants) still joins it when its other members
 * word the event differently.
 */
export function averageLink(n: number, sim: (i: number, j: number) => number, threshold: number, maxWeight = 0): number[][] {
  const clusters: number[][] = [];
  for (let i = 0; i < n; i++) clusters.push([i]);
  const S: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(n);
    for (let j = 0; j < i; j++) { row[j] = sim(i, j); S[j]![i] = row[j]!; }
    S.push(row);
  }
  // cluster-level sums of similarities, kept in a dense matrix over cluster slots
  const alive = new Array<boolean>(n).fill(true);
  const sum: Float64Array[] = S.map((r) => Float64Array.from(r));
  // best pair between clusters: the pairwise matrix itself, updated in place (S is not read again)
  const max: Float64Array[] | null = maxWeight > 0 ? S : null;
  const size = new Array<number>(n).fill(1);
  for (;;) {
    let best = -Infinity; let bi = -1; let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      const row = sum[i]!;
      for (let j = i + 1; j < n; j++) {
        if (!alive[j]) continue;
        const avg = row[j]! / (size[i]! * size[j]!);
        const score = max ? (1 - maxWeight) * avg + maxWeight * max[i]![j]! : avg;
        if (score > best) { best = score; bi = i; bj = j; }
      }
    }
    if (bi < 0 || best < threshold) break;
    alive[bj] = false;
    clusters[bi]!.push(...clusters[bj]!);
    clusters[bj] = [];
    size[bi] = size[bi]! + size[bj]!;
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi) continue;
      const v = sum[bi]![k]! + sum[bj]![k]!;
      sum[bi]![k] = v; sum[k]![bi] = v;
      if (max) { const m = Math.max(max[bi]![k]!, max[bj]![k]!); max[bi]![k] = m; max[k]![bi] = m; }
    }
  }
  return clusters.filter((c) => c.length);
}
