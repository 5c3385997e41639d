/**
 * Quotes task: attribution against PolNeAR (brat standoff Source/Cue/Content), dev split.
 *
 * The pipeline runs over each article's text up to the quotes stage, as in use (the times layer
 * moves some spans: a leading time leaves a source phrase). Predicted quotes that share a cue become one attribution with several content
 * fragments, as PolNeAR annotates a quote split by its cue.
 * - exact: a predicted span equals a gold one, up to white space and edge punctuation (. , ; :)
 * - overlap: a predicted span shares a character with a gold one (one-to-one, largest first)
 * - full attribution: cue, content and source (or both no source) all overlap, one-to-one.
 * `SITREP_QUOTES_SPLIT=train node dist/eval/run.js quotes` scores train instead (for tuning);
 * `SITREP_QUOTES_SPLIT=fifth` the fifth of train that `quotes-train --holdout` holds out (article
 * index % 5 = 0; score it with the four-fifths model in place).
 * `node dist/eval/quotes.js [dev|train|fifth] [out.json]` writes each article's predicted and gold
 * attributions as character spans.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { datasetsDir } from '../src/util/datasets.js';
import { emptyDocument, type Document } from '../src/document.js';
import { annotate } from '../src/pipeline.js';
import { heldOutFifth, readPolnear, type Fragments, type GoldAttribution } from './brat-attributions.js';
import type { EvalTask, MetricRow } from './types.js';
import { prf } from './types.js';

export function annotateText(text: string): Document {
  const meta = {
    id: '0000000000000000', textHash: '0000000000000000', source: null, path: null, record: null, url: null, title: null, published: null,
    publishedFrom: 'unknown' as const, language: 'en', languageDetected: null, format: 'text' as const, encoding: null, warnings: [],
  };
  return annotate(emptyDocument(meta, text), { until: 'quotes' });
}

/** The document's quotes as attributions: quotes sharing a cue are one attribution. */
export function predictedAttributions(doc: Document): GoldAttribution[] {
  const byCue = new Map<string, GoldAttribution>();
  for (const q of doc.quotes) {
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : q.id;
    const a = byCue.get(key);
    if (a) { a.content.push([q.content.start, q.content.end]); continue; }
    byCue.set(key, {
      source: q.speaker.span ? [[q.speaker.span.start, q.speaker.span.end]] : null,
      cue: q.cue ? [[q.cue.start, q.cue.end]] : [[q.content.start, q.content.start]],
      content: [[q.content.start, q.content.end]],
    });
  }
  return [...byCue.values()];
}

const EDGE = /[\s.,;:]/;
function norm(text: string, frags: Fragments): string {
  return frags.map(([a, b]) => {
    while (a < b && EDGE.test(text[a]!)) a++;
    while (b > a && EDGE.test(text[b - 1]!)) b--;
    return `${a}:${b}`;
  }).filter((k) => !k.startsWith(k.split(':')[1] + ':')).sort().join(',');
}

/** Characters shared by two fragment lists. */
export function overlap(x: Fragments, y: Fragments): number {
  let n = 0;
  for (const [a, b] of x) for (const [c, d] of y) n += Math.max(0, Math.min(b, d) - Math.max(a, c));
  return n;
}

/** One-to-one matching of predicted to gold items, largest score first: pairs [pred index, gold index]. */
export function matchPairs<T>(pred: T[], gold: T[], score: (p: T, g: T) => number): [number, number][] {
  const pairs: [number, number, number][] = [];
  pred.forEach((p, i) => gold.forEach((g, j) => { const s = score(p, g); if (s > 0) pairs.push([s, i, j]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const pu = new Set<number>(), gu = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of pairs) { if (pu.has(i) || gu.has(j)) continue; pu.add(i); gu.add(j); out.push([i, j]); }
  return out;
}

interface Counts { tp: number; fp: number; fn: number }
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
function add(c: Counts, tp: number, np: number, ng: number): void { c.tp += tp; c.fp += np - tp; c.fn += ng - tp; }

const ROLES = ['source', 'cue', 'content'] as const;
/** Matches counted over articles: exact and overlap per role, and whole attributions. */
export interface QuoteCounts { exact: Record<typeof ROLES[number], Counts>; over: Record<typeof ROLES[number], Counts>; full: Counts }
export const quoteCounts = (): QuoteCounts => ({ exact: { source: zero(), cue: zero(), content: zero() }, over: { source: zero(), cue: zero(), content: zero() }, full: zero() });

/** Adds one article's predicted and gold attributions to the counts. */
export function countQuotes(counts: QuoteCounts, text: string, pred: GoldAttribution[], gold: GoldAttribution[]): void {
  for (const role of ROLES) {
    const P = pred.map((a) => a[role]).filter((x): x is Fragments => !!x && x.some(([a, b]) => b > a));
    const G = gold.map((a) => a[role]).filter((x): x is Fragments => !!x);
    const gk = G.map((g) => norm(text, g));
    add(counts.exact[role], matchPairs(P.map((p) => norm(text, p)), gk, (p, g) => (p === g ? 1 : 0)).length, P.length, G.length);
    add(counts.over[role], matchPairs(P, G, overlap).length, P.length, G.length);
  }
  const fullScore = (p: GoldAttribution, g: GoldAttribution) => {
    const c = overlap(p.cue, g.cue), t = overlap(p.content, g.content);
    const s = p.source && g.source ? overlap(p.source, g.source) : !p.source && !g.source ? 1 : 0;
    return c > 0 && t > 0 && s > 0 ? c + t + s : 0;
  };
  add(counts.full, matchPairs(pred, gold, fullScore).length, pred.length, gold.length);
}

export function scoreQuotes(root: string, split: 'train' | 'dev' | 'fifth', dump?: string): MetricRow[] {
  const docs = split === 'fifth' ? readPolnear(root, 'train').filter((_, i) => heldOutFifth(i)) : readPolnear(root, split);
  const counts = quoteCounts();
  const { exact, over, full } = counts;
  const dumped: unknown[] = [];
  for (const d of docs) {
    const pred = predictedAttributions(annotateText(d.text));
    countQuotes(counts, d.text, pred, d.attributions);
    if (dump) dumped.push({ article: d.name, predicted: pred, gold: d.attributions });
  }
  if (dump) writeFileSync(dump, JSON.stringify(dumped, null, 1));
  const ds = split === 'fifth' ? 'polnear/train (held-out fifth)' : `polnear/${split}`;
  const rows: MetricRow[] = [];
  // regression guards, a little under the dev numbers measured when they were set
  const FLOORS: Record<string, number> = {
    'source exact': 0.745, 'source overlap': 0.812, 'cue exact': 0.707, 'cue overlap': 0.802,
    'content exact': 0.570, 'content overlap': 0.827, attribution: 0.773,
  };
  for (const role of ROLES) {
    for (const [name, c] of [['exact', exact[role]], ['overlap', over[role]]] as const) {
      const { p, r, f } = prf(c.tp, c.fp, c.fn);
      rows.push({ task: 'quotes', dataset: ds, metric: `${role} ${name} P`, value: p });
      rows.push({ task: 'quotes', dataset: ds, metric: `${role} ${name} R`, value: r });
      rows.push({ task: 'quotes', dataset: ds, metric: `${role} ${name} F1`, value: f, floor: split === 'dev' ? FLOORS[`${role} ${name}`] : undefined });
    }
  }
  const { p, r, f } = prf(full.tp, full.fp, full.fn);
  rows.push({ task: 'quotes', dataset: ds, metric: 'attribution P', value: p });
  rows.push({ task: 'quotes', dataset: ds, metric: 'attribution R', value: r });
  rows.push({ task: 'quotes', dataset: ds, metric: 'attribution F1', value: f, floor: split === 'dev' ? FLOORS['attribution'] : undefined });
  return rows.map((row) => (row.floor === undefined ? (({ floor, ...rest }) => rest)(row) : row));
}

export const quotesTask: EvalTask = {
  name: 'quotes',
  datasets: ['polnear/dev'],
  async run(root) {
    const env = process.env.SITREP_QUOTES_SPLIT;
    return scoreQuotes(root, env === 'train' || env === 'fifth' ? env : 'dev');
  },
};

// `node dist/eval/quotes.js [dev|train|fifth] [out.json]`: the scores, and each article's predicted and
// gold attributions (source, cue, content as [start, end) character spans) written to out.json
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const split = process.argv[2] === 'train' || process.argv[2] === 'fifth' ? process.argv[2] : 'dev';
  const out = process.argv[3] ?? `quotes-${split}.json`;
  for (const r of scoreQuotes(datasetsDir(), split, out)) console.log(`${r.metric.padEnd(20)} ${r.value.toFixed(3)}`);
  console.log(`spans written to ${out}`);
}
