/** The evaluation harness contract: each task scores sitrep against one or more datasets. */

export interface MetricRow {
  /** task name, e.g. 'times' */
  task: string;
  /** dataset (and split), e.g. 'tempeval3/TimeBank' */
  dataset: string;
  /** metric name, e.g. 'relaxed span F1' */
  metric: string;
  value: number;
  /** CI fails when value < floor (a regression guard, set a little under the measured value) */
  floor?: number;
}

export interface EvalTask {
  name: string;
  /** which folders under the datasets root it reads */
  datasets: string[];
  run: (datasetsDir: string) => Promise<MetricRow[]>;
}

export function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f: number } {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p, r, f: f1(p, r) };
}
