/**
 * `npm run train:ner`: train the NER tagger on CoNLL-2003 eng.train from the datasets folder,
 * score it on eng.testa, UNER English-EWT and GUM Wikinews (dev+test docs), and write models/ner/
 * (weights.bin, gazetteer.tsv, meta.json). Options: --epochs N, --bits B, --seed S, --seeds N,
 * --out DIR; data: --uner-dev (UNER EWT dev), --gum-train (GUM's train split), --ood-sentences;
 * experimental, not in the recipe (they cost EWT test F1, see the model card): --conll-sentences K
 * (one CoNLL document in K as single sentences instead of a document), --conll-sentence-copies
 * (every CoNLL document also as single sentences).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { datasetsDir } from '../util/datasets.js';
import { readConll, readUner, sentenceDocs, type TaggedDoc } from './conll.js';
import { gumHeldOut, gumTrain } from './gum.js';
import { buildGazetteerTsv } from './gazetteer-build.js';
import { Gazetteer } from './gazetteer.js';
import { toBio2 } from './labels.js';
import { defaultModelDir, quantize, saveModel, type NerModel } from './model.js';
import { readClusters } from './clusters.js';
import { NerScore } from './score.js';
import { tagWords } from './tagger.js';
import { trainPerceptron, type TrainDoc } from './train.js';

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
}

function main(): void {
  const t0 = Date.now();
  const log = (m: string) => console.error(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${m}`);
  const ds = datasetsDir();
  const bits = arg('bits', 20), epochs = arg('epochs', 12), seed = arg('seed', 1), seeds = arg('seeds', 1);
  const outIdx = process.argv.indexOf('--out');
  const outDir = outIdx > 0 ? process.argv[outIdx + 1]! : defaultModelDir();
  const gazTsv = buildGazetteerTsv(ds);
  const gaz = Gazetteer.fromTsv(gazTsv);
  log(`gazetteer: ${gaz.size} phrases`);
  // --conll-sentences K: one CoNLL document in K (every K-th, by position) as single sentences
  // instead of as a document, so the no-document-context regime also sees CoNLL's dense news names;
  // --conll-sentence-copies: every CoNLL document as a document and also as single sentences
  const conllK = arg('conll-sentences', 0), conllCopies = process.argv.includes('--conll-sentence-copies');
  const train: TrainDoc[] = [];
  readConll(join(ds, 'conll2003', 'eng.train')).forEach((d, i) => {
    const asSentences = conllK > 0 && i % conllK === conllK - 1;
    if (conllCopies || !asSentences) train.push({ words: d.words, sentStarts: d.sentStarts, labels: toBio2(d.tags) });
    if (conllCopies || asSentences) for (const x of sentenceDocs([d])) train.push({ words: x.words, sentStarts: x.sentStarts, labels: toBio2(x.tags) });
  });
  // out-of-domain documents, PER/ORG/LOC only: Universal NER English-EWT dev (--uner-dev) and GUM
  // Wikinews news and interviews of GUM's train split, UNER-style names (--gum-train)
  const ood: TaggedDoc[] = [
    ...(process.argv.includes('--uner-dev') ? readUner(join(ds, 'uner_en', 'ewt_en_ewt-ud-dev.iob2')) : []),
    ...(process.argv.includes('--gum-train') ? gumTrain(ds) : []),
  ];
  // --ood-sentences: the out-of-domain documents as single sentences with no document context:
  // UNER's test sets are tagged sentence by sentence, and the document-level features (casing
  // elsewhere, label history) are absent there; CoNLL keeps its documents
  for (const d of process.argv.includes('--ood-sentences') ? sentenceDocs(ood) : ood) train.push({ words: d.words, sentStarts: d.sentStarts, labels: toBio2(d.tags), noMisc: true });
  log(`train: ${train.length} documents, ${train.reduce((n, d) => n + d.words.length, 0)} tokens`);
  // word clusters: the output folder's clusters.tsv (node dist/src/ner/clusters-cli.js builds it), else none
  const clustersFile = join(outDir, 'clusters.tsv');
  const clusters = process.argv.includes('--no-clusters') ? null : readClusters(clustersFile);
  log(clusters ? `word clusters: ${clusters.size} words (${clustersFile})` : 'word clusters: none');
  // --seeds N: train N times (seeds seed .. seed+N-1: different document orders) and average the
  // weights, which smooths the order-dependence of a single perceptron run
  const avg = trainPerceptron(train, gaz, { bits, epochs, seed, log }, clusters);
  for (let k = 1; k < seeds; k++) {
    const more = trainPerceptron(train, gaz, { bits, epochs, seed: seed + k, log }, clusters);
    for (let i = 0; i < avg.length; i++) avg[i]! += more[i]!;
  }
  const weights = quantize(avg);
  const model: NerModel = { bits, mask: (1 << bits) - 1, weights, gazetteer: gaz, clusters };
  const scores: Record<string, unknown> = {};
  const testa = new NerScore();
  for (const d of readConll(join(ds, 'conll2003', 'eng.testa'))) testa.add(toBio2(d.tags), tagWords(d.words, d.sentStarts, model), d.sentStarts);
  scores['conll2003/eng.testa'] = byType(testa, ['PER', 'ORG', 'LOC', 'MISC']);
  const uner = new NerScore();
  for (const d of readUner(join(ds, 'uner_en', 'ewt_en_ewt-ud-dev.iob2'))) uner.add(toBio2(d.tags), tagWords(d.words, d.sentStarts, model), d.sentStarts, UNER_TYPES);
  const unerTest = new NerScore();
  for (const d of readUner(join(ds, 'uner_en', 'ewt_en_ewt-ud-test.iob2'))) unerTest.add(toBio2(d.tags), tagWords(d.words, d.sentStarts, model), d.sentStarts, UNER_TYPES);
  scores['uner_en/ewt-test'] = byType(unerTest, UNER_TYPES);
  const gumSent = new NerScore(), gumDoc = new NerScore();
  const gum: TaggedDoc[] = gumHeldOut(ds);
  for (const d of sentenceDocs(gum)) gumSent.add(toBio2(d.tags), tagWords(d.words, d.sentStarts, model), d.sentStarts, UNER_TYPES);
  for (const d of gum) gumDoc.add(toBio2(d.tags), tagWords(d.words, d.sentStarts, model), d.sentStarts, UNER_TYPES);
  scores['gum_wikinews/dev+test sentences'] = byType(gumSent, UNER_TYPES);
  scores['gum_wikinews/dev+test documents'] = byType(gumDoc, UNER_TYPES);
  scores['uner_en/ewt-dev'] = byType(uner, UNER_TYPES);
  log(`scores: ${JSON.stringify(scores)}`);
  mkdirSync(outDir, { recursive: true });
  saveModel(outDir, bits, weights, gazTsv, { trainedOn: ['conll2003/eng.train', ...(process.argv.includes('--uner-dev') ? ['uner_en/ewt-dev'] : []), ...(process.argv.includes('--gum-train') ? ['gum_wikinews/train split'] : []), ...(process.argv.includes('--ood-sentences') ? ['(the out-of-domain documents as single sentences)'] : []), ...(conllCopies ? ['(CoNLL documents also as single sentences)'] : conllK > 0 ? [`(one CoNLL document in ${conllK} as single sentences)`] : [])], bits, epochs, seed, seeds, gazetteerPhrases: gaz.size, clusterWords: clusters?.size ?? 0, scores, trainSeconds: (Date.now() - t0) / 1000 });
  log(`model written to ${outDir}`);
}

const UNER_TYPES = ['PER', 'ORG', 'LOC'];

/** P/R/F1 per type and over all types (`all`), rounded to 4 places. */
function byType(s: NerScore, types: readonly string[]): Record<string, { p: number; r: number; f: number }> {
  const round = (x: { p: number; r: number; f: number }) => ({ p: +x.p.toFixed(4), r: +x.r.toFixed(4), f: +x.f.toFixed(4) });
  return Object.fromEntries([...types, undefined].map((t) => [t ?? 'all', round(s.prf(t))]));
}

main();
