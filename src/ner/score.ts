/** Entity-level scoring of BIO label sequences (conlleval semantics: exact span and type). */
import { spansOf } from './tagger.js';
import { TYPES } from './labels.js';

export interface TypeCounts { tp: number; fp: number; fn: number }

export class NerScore {
  readonly byType = new Map<string, TypeCounts>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));

  /** Count one document; `types` limits scoring to some types (others are ignored on both sides). */
  add(gold: ArrayLike<number>, pred: ArrayLike<number>, sentStarts: readonly number[], types: readonly string[] = TYPES): void {
    const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
    const g = new Set(spansOf(gold, sentStarts).filter((s) => types.includes(s.type)).map(key));
    const p = new Set(spansOf(pred, sentStarts).filter((s) => types.includes(s.type)).map(key));
    for (const k of p) { const c = this.byType.get(k.split(':')[2]!)!; if (g.has(k)) c.tp++; else c.fp++; }
    for (const k of g) if (!p.has(k)) this.byType.get(k.split(':')[2]!)!.fn++;
  }

  prf(type?: string): { p: number; r: number; f: number; tp: number; fp: number; fn: number } {
    let tp = 0, fp = 0, fn = 0;
    for (const [t, c] of this.byType) if (!type || t === type) { tp += c.tp; fp += c.fp; fn += c.fn; }
    const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
  }
}
