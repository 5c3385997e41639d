/**
 * Grid search of the story layer's thresholds on ECB+ TRAIN topics (never dev or test):
 * document average-link threshold, then event coreference weights.
 * Usage: node dist/scripts/stories-tune.js [docs|coref]
 */
import { join } from 'node:path';
import { clusterDocuments, DOC_CLUSTER, linkEvents, type DocClusterParams } from '../src/story/batch.js';
import { DEFAULT_COREF, type CorefParams } from '../src/story/mentions.js';
import { datasetsDir } from '../src/util/datasets.js';
import { bcubed, conll, type Partition } from '../eval/coref-metrics.js';
import { readEcbPlus } from '../eval/ecbplus.js';
import { trainTopics } from '../eval/stories.js';

const docs = readEcbPlus(join(datasetsDir(), 'ecbplus'), trainTopics());
const plain = docs.map((d) => ({ id: d.id, title: null, text: d.text }));
const what = process.argv[2] ?? 'docs';
if (what === 'docs') {
  // also scored on each topic's ECB and ECB+ halves alone (one event per topic): a split that
  // breaks up one event's documents shows there, not in the two-event score
  const halves = ['ecb', 'plus'].map((h) => docs.filter((d) => d.subtopic.endsWith(h)));
  const score = (set: typeof docs, p: DocClusterParams) => {
    const cl = clusterDocuments(set.map((d) => ({ id: d.id, title: null, text: d.text })), p);
    return bcubed(new Map(set.map((d) => [d.id, d.subtopic])), new Map(set.map((d, i) => [d.id, String(cl[i])]))).f.toFixed(3);
  };
  for (const splitNeighbours of [0, 4, 5, 6]) for (const split of splitNeighbours ? [0.35, 0.4, 0.45] : [0.1, 0.12, 0.14]) {
    for (const firstSplit of splitNeighbours ? [split, 0.44, 0.46, 0.48, 0.5] : [split]) for (const splitNameWeight of [0.7, 0.85]) for (const splitDepth of [1, 2]) {
      const p = { ...DOC_CLUSTER, firstSplit, split, splitNameWeight, splitNeighbours, splitDepth };
      console.log(JSON.stringify({ firstSplit, split, splitNameWeight, splitNeighbours, splitDepth }), score(docs, p), 'one event:', ...halves.map((h) => score(h, p)));
    }
  }
} else {
  const sentences = new Map(docs.map((d) => [d.id, d.sentences]));
  const gold = docs.flatMap((d) => d.mentions);
  const mkey: Partition = new Map(gold.map((m) => [`${m.doc}:${m.start}:${m.end}`, m.gold]));
  const grid: Partial<CorefParams>[] = [];
  // linkage: share of the best pair in a cluster pair's score, with the threshold
  for (const linkMax of [0, 0.4, 0.5, 0.6, 0.7, 0.8]) for (const threshold of [0.5, 0.525, 0.55]) grid.push({ linkMax, threshold });
  for (const g of grid) {
    const coref = { ...DEFAULT_COREF, ...g };
    const resp = linkEvents(plain, gold, { sentences, coref });
    const s = conll(mkey, new Map(gold.map((m, i) => [`${m.doc}:${m.start}:${m.end}`, resp[i]!])));
    console.log(JSON.stringify(g), s.conll.toFixed(3), s.muc.f.toFixed(3), s.b3.f.toFixed(3), s.ceafe.f.toFixed(3));
  }
}
