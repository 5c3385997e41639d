/**
 * Build the NER word clusters (models/ner/clusters.tsv) from unlabelled text in the datasets:
 * the CoNLL-2003 training tokens, the White House briefings, the Wikinews sample, the PolNeAR
 * article texts, and the texts of ECB+ and TempEval-3 with their markup stripped (no annotations
 * are read). Deterministic.
 * Usage: node dist/src/ner/clusters-cli.js [--out FILE]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetsDir } from '../util/datasets.js';
import { buildClusters, clusterTokens, CLUSTER_DEFAULTS } from './clusters.js';
import { defaultModelDir } from './model.js';

function* filesUnder(dir: string, ext: RegExp): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* filesUnder(p, ext);
    else if (ext.test(name)) yield p;
  }
}

function* corpus(root: string): Generator<string[]> {
  // CoNLL-2003 training tokens, one sentence at a time (first column)
  let sent: string[] = [];
  for (const line of readFileSync(join(root, 'conll2003', 'eng.train'), 'utf8').split('\n')) {
    const w = line.split(' ')[0] ?? '';
    if (!w || w === '-DOCSTART-') { if (sent.length) yield sent; sent = []; continue; }
    sent.push(w.toLowerCase());
  }
  if (sent.length) yield sent;
  for (const f of filesUnder(join(root, 'whitehouse_briefings'), /\.md$/)) yield clusterTokens(readFileSync(f, 'utf8'));
  for (const f of filesUnder(join(root, 'wikinews_sample'), /\.csv$/)) yield clusterTokens(readFileSync(f, 'utf8'));
  for (const split of ['train', 'dev']) for (const f of filesUnder(join(root, 'polnear', split, 'text'), /\.txt$/)) yield clusterTokens(readFileSync(f, 'utf8'));
  for (const f of filesUnder(join(root, 'ecbplus'), /\.xml$/)) yield clusterTokens(readFileSync(f, 'utf8').replace(/<[^>]+>/g, ' '));
  for (const f of filesUnder(join(root, 'tempeval3'), /\.tml$/)) yield clusterTokens(readFileSync(f, 'utf8').replace(/<[^>]+>/g, ' '));
}

const t0 = Date.now();
const i = process.argv.indexOf('--out');
const out = i > 0 ? process.argv[i + 1]! : join(defaultModelDir(), 'clusters.tsv');
const r = buildClusters(corpus(datasetsDir()), CLUSTER_DEFAULTS);
writeFileSync(out, r.tsv);
console.log(`ner clusters: ${r.words} words from ${r.tokens} tokens -> ${out} (${(r.tsv.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
