/**
 * Error analysis for the quotes stage on PolNeAR (a tuning aid, not part of the product):
 * missed and spurious cues grouped by their words, and, for attributions whose cues match,
 * the source and content errors grouped by kind (missing, spurious, boundary), with context.
 *
 *   node dist/eval/quotes-diagnose.js [train|fifth] [examples per group] > report.txt
 *
 * `fifth` reads only the fifth of train held out by `quotes-train --holdout` (article index % 5
 * = 0): run it with the four-fifths model in place to see cue errors as on unseen text. Dev is
 * never read here.
 */
import { datasetsDir } from '../src/util/datasets.js';
import { heldOutFifth, readPolnear, type Fragments } from './brat-attributions.js';
import { annotateText, matchPairs, overlap, predictedAttributions } from './quotes.js';
import { findCues, tokenView, type TokenView } from '../src/stages/quotes/cues.js';
import { quoteLexicon } from '../src/stages/quotes/lexicon.js';
import { cueModel } from '../src/stages/quotes/model.js';
import { inQuoteFlags } from '../src/stages/quotes/index.js';
import { findQuotes } from '../src/stages/quotes/quoteMarks.js';
import type { Document } from '../src/document.js';

/** Character ranges of every cue findCues finds (attribution or not); `weak` the lexicon verbs the model rejected. */
function allCues(doc: Document, weak: Fragments = []): Fragments {
  const lex = quoteLexicon('en');
  const v: TokenView = tokenView(doc.tokens, lex);
  v.inQuote = inQuoteFlags(v, doc.paragraphs.map((p) => findQuotes(doc.text, p.start, p.end, lex.quotePairs)));
  const out: Fragments = [];
  for (const s of doc.sentences) for (const c of findCues(v, s.tokenStart, s.tokenEnd, lex, cueModel())) (c.weak ? weak : out).push([v.tokens[c.first]!.start, v.tokens[c.last]!.end]);
  return out;
}
/** The last word of a cue (its head, mostly: "has long called for" → for; "said" → said). */
const headOf = (s: string): string => { const w = s.toLowerCase().match(/[\p{L}']+|[^\s\p{L}]/gu) ?? ['∅']; return w.find((x) => !/^(has|have|had|was|were|is|are|be|been|will|would|did|does|do|not|also|to|could|can|may|might|should)$/.test(x)) ?? w[0]!; };

const which = process.argv[2] === 'fifth' ? 'fifth' : 'train';
const perGroup = Number(process.argv[3] ?? 4);

type Item = { key: string; line: string };
const groups = new Map<string, Item[]>();
function note(group: string, key: string, line: string): void {
  const g = `${group}\t${key}`;
  (groups.get(g) ?? groups.set(g, []).get(g)!).push({ key, line });
}

const textOf = (t: string, f: Fragments | null): string => (f ? f.map(([a, b]) => t.slice(a, b)).join(' … ') : '∅');
const startOf = (f: Fragments): number => Math.min(...f.map((x) => x[0]));
const endOf = (f: Fragments): number => Math.max(...f.map((x) => x[1]));

/** The sentence-ish context of a span, the span in [brackets]. */
function context(t: string, f: Fragments): string {
  const a = startOf(f), b = endOf(f);
  const lo = Math.max(0, a - 120), hi = Math.min(t.length, b + 120);
  return (t.slice(lo, a) + '[' + t.slice(a, b) + ']' + t.slice(b, hi)).replace(/\s+/g, ' ');
}

const docs = readPolnear(datasetsDir(), 'train').filter((_, i) => which === 'train' || heldOutFifth(i));
for (const d of docs) {
  const t = d.text;
  const doc = annotateText(t);
  const pred = predictedAttributions(doc);
  const weak: Fragments = [];
  const found = allCues(doc, weak);
  found.push(...weak);
  const gold = d.attributions;
  const pairs = matchPairs(pred, gold, (p, g) => overlap(p.cue, g.cue));
  const pm = new Set(pairs.map((p) => p[0])), gm = new Set(pairs.map((p) => p[1]));
  gold.forEach((g, j) => {
    if (gm.has(j) || !found.some((f) => overlap([f], g.cue) > 0)) return;
    // where the source is, and the word before the cue (with its tag): why no pattern took the cue
    const at = startOf(g.cue);
    let k = doc.tokens.findIndex((x) => x.end > at) - 1;
    while (k >= 0 && doc.tokens[k]!.pos === 'ADV') k--;
    const prev = k >= 0 ? doc.tokens[k]! : null;
    const w = weak.some((f) => overlap([f], g.cue) > 0) && !found.slice(0, found.length - weak.length).some((f) => overlap([f], g.cue) > 0) ? 'weak ' : '';
    const where = w + (!g.source ? 'no source' : endOf(g.source) <= at ? 'source before' : 'source after');
    const tag = !prev ? '^' : /^[,:;—–-]$/.test(prev.text) || prev.pos !== 'PUNCT' ? (prev.pos === 'PUNCT' ? prev.text : prev.pos) : 'PUNCT';
    // the cue's sentence alone: is the cue taken there (then the context — an enclosing content, a quote — stopped it)?
    const sent = doc.sentences.find((x) => x.start <= at && at < x.end);
    let alone = '';
    if (sent) {
      const one = annotateText(t.slice(sent.start, sent.end));
      const rel = at - sent.start;
      const relEnd = endOf(g.cue) - sent.start;
      alone = one.quotes.some((q) => q.cue && q.cue.start < relEnd && rel < q.cue.end) ? 'ALONE-OK ' : '';
    }
    note('found-not-taken frame', `${alone}${where}, before cue: ${tag}`, `${d.name}: ${context(t, g.cue)}  || src=${textOf(t, g.source)}`);
  });
  gold.forEach((g, j) => { if (!gm.has(j)) note(found.some((f) => overlap([f], g.cue) > 0) ? 'cue missed (cue word found)' : 'cue missed (no cue word)', headOf(textOf(t, g.cue)), `${d.name}: ${context(t, g.cue)}  || src=${textOf(t, g.source)} || content=${textOf(t, g.content).slice(0, 80)}`); });
  pred.forEach((p, i) => {
    if (pm.has(i) || !p.cue.some(([a, b]) => b > a)) return;
    note('cue spurious', headOf(textOf(t, p.cue)), `${d.name}: ${context(t, p.cue)}`);
  });
  for (const [i, j] of pairs) {
    const p = pred[i]!, g = gold[j]!;
    const cueKey = textOf(t, g.cue).toLowerCase();
    const pc = textOf(t, p.cue), gc = textOf(t, g.cue);
    if (pc.trim() !== gc.trim()) note('cue boundary', `${pc.toLowerCase()} -> ${gc.toLowerCase()}`, `${d.name}: ${context(t, g.cue)}`);
    // source
    if (!p.source && g.source) note('source missed', cueKey, `${d.name}: gold=${textOf(t, g.source)} :: ${context(t, g.cue)}`);
    else if (p.source && !g.source) note('source spurious', cueKey, `${d.name}: pred=${textOf(t, p.source)} :: ${context(t, g.cue)}`);
    else if (p.source && g.source && overlap(p.source, g.source) === 0) note('source wrong', cueKey, `${d.name}: pred=${textOf(t, p.source)} gold=${textOf(t, g.source)} :: ${context(t, g.cue)}`);
    else if (p.source && g.source && textOf(t, p.source).trim() !== textOf(t, g.source).trim()) {
      const kind = startOf(p.source) < startOf(g.source) ? 'starts early' : startOf(p.source) > startOf(g.source) ? 'starts late' : endOf(p.source) < endOf(g.source) ? 'ends early' : 'ends late';
      note('source boundary', kind, `${d.name}: pred=${textOf(t, p.source)} || gold=${textOf(t, g.source)}`);
    }
    // content
    if (overlap(p.content, g.content) === 0) note('content wrong', cueKey, `${d.name}: pred=${textOf(t, p.content).slice(0, 100)} || gold=${textOf(t, g.content).slice(0, 100)}`);
    else {
      const ps = startOf(p.content), gs = startOf(g.content), pe = endOf(p.content), ge = endOf(g.content);
      const strip = (s: string) => s.replace(/^[\s.,;:]+|[\s.,;:]+$/g, '');
      if (ps !== gs && strip(t.slice(Math.min(ps, gs), Math.max(ps, gs))) !== '') {
        note('content start', ps < gs ? 'early' : 'late', `${d.name}: diff=[${t.slice(Math.min(ps, gs), Math.max(ps, gs)).slice(0, 80)}] :: pred=${t.slice(ps, ps + 60)}`);
      }
      if (pe !== ge && strip(t.slice(Math.min(pe, ge), Math.max(pe, ge))) !== '') {
        note('content end', pe < ge ? 'early' : 'late', `${d.name}: diff=[${t.slice(Math.min(pe, ge), Math.max(pe, ge)).slice(0, 80)}] :: pred end=…${t.slice(Math.max(ps, pe - 60), pe)}`);
      }
    }
  }
}

// groups by size; within each kind, the largest keys first
const byKind = new Map<string, [string, Item[]][]>();
for (const [g, items] of groups) {
  const [kind, key] = g.split('\t') as [string, string];
  (byKind.get(kind) ?? byKind.set(kind, []).get(kind)!).push([key, items]);
}
for (const [kind, list] of byKind) {
  const total = list.reduce((n, [, xs]) => n + xs.length, 0);
  console.log(`\n===== ${kind}: ${total} (${list.length} keys)`);
  list.sort((a, b) => b[1].length - a[1].length);
  for (const [key, items] of list.slice(0, 60)) {
    console.log(`-- ${items.length}\t${key}`);
    for (const it of items.slice(0, perGroup)) console.log(`     ${it.line}`);
  }
}
