/**
 * How far PolNeAR's own annotators agree with each other, scored exactly as the quotes eval scores
 * the system (overlap F1 of cue, source and content; full-attribution F1): every pair of
 * annotations of the articles annotated more than once, each in turn read as the prediction.
 * A ceiling for the quotes bars, not part of the product.
 *
 *   node dist/eval/quotes-agreement.js [train|dev]
 */
import { datasetsDir } from '../src/util/datasets.js';
import { readPolnearAnnotations } from './brat-attributions.js';
import { countQuotes, quoteCounts } from './quotes.js';
import { prf } from './types.js';

const split = process.argv[2] === 'dev' ? 'dev' : 'train';
const counts = quoteCounts();
let articles = 0, pairs = 0;
for (const d of readPolnearAnnotations(datasetsDir(), split)) {
  if (d.annotations.length < 2) continue;
  articles++;
  d.annotations.forEach((a, i) => d.annotations.forEach((b, j) => {
    if (i === j) return;
    countQuotes(counts, d.text, a, b);
    pairs++;
  }));
}
const f1 = (c: { tp: number; fp: number; fn: number }) => prf(c.tp, c.fp, c.fn).f.toFixed(3);
console.log(`PolNeAR ${split}: ${articles} articles annotated more than once, ${pairs} ordered annotator pairs`);
console.log(`overlap F1: cue ${f1(counts.over.cue)}, source ${f1(counts.over.source)}, content ${f1(counts.over.content)}; attribution F1 ${f1(counts.full)}`);
console.log(`exact F1: cue ${f1(counts.exact.cue)}, source ${f1(counts.exact.source)}, content ${f1(counts.exact.content)}`);
