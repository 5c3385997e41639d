/**
 * Grid search of the story layer's thresholds on ECB+ TRAIN topics (never dev or test):
 * document average-link threshold, then event coreference weights.
 * Usage: node dist/scripts/stories-tune.js [docs|coref]
 */
import { join } from 'node:path';
import { clusterDocuments, DOC_CLUSTER, linkEvents } from '../src/story/batch.js';
import { DEFAULT_COREF, type CorefParams } from '../src/story/mentions.js';
import { datasetsDir } from '../src/util/datasets.js';
import { bcubed, conll, type Partition } from '../eval/coref-metrics.js';
import { readEcbPlus } from '../eval/ecbplus.js';
import { trainTopics } from '../eval/stories.js';

const docs = readEcbPlus(join(datasetsDir(), 'ecbplus'), trainTopics());
const plain = docs.map((d) => ({ id: d.id, title: null, text: d.text }));
const key: Partition = new Map(docs.map((d) => [d.id, d.subtopic]));
const what = process.argv[2] ?? 'docs';
if (what === 'docs') {
  for (const topic of [0.03, 0.05, 0.08]) for (const split of [0.1, 0.12, 0.14]) for (const splitNameWeight of [0.7, 0.85, 1]) {
    const cl = clusterDocuments(plain, { ...DOC_CLUSTER, topic, split, splitNameWeight });
    console.log(topic, split, splitNameWeight, bcubed(key, new Map(docs.map((d, i) => [d.id, String(cl[i])]))).f.toFixed(3));
  }
} else {
  const sentences = new Map(docs.map((d) => [d.id, d.sentences]));
  const gold = docs.flatMap((d) => d.mentions);
  const mkey: Partition = new Map(gold.map((m) => [`${m.doc}:${m.start}:${m.end}`, m.gold]));
  const grid: Partial<CorefParams>[] = [];
  for (const reporting of [0, 0.2, 0.3, 0.5]) for (const threshold of [0.4, 0.5, 0.6]) for (const context of [0.5, 1]) grid.push({ reporting, threshold, context });
  for (const g of grid) {
    const coref = { ...DEFAULT_COREF, ...g };
    const resp = linkEvents(plain, gold, { sentences, coref });
    const s = conll(mkey, new Map(gold.map((m, i) => [`${m.doc}:${m.start}:${m.end}`, resp[i]!])));
    console.log(JSON.stringify(g), s.conll.toFixed(3), s.muc.f.toFixed(3), s.b3.f.toFixed(3), s.ceafe.f.toFixed(3));
  }
}
