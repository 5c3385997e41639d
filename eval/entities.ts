/**
 * Entities task: entity-level P/R/F1 (exact span and type, conlleval semantics) of the trained
 * NER tagger, per type and overall, on CoNLL-2003 eng.testa (PER/ORG/LOC/MISC) and on Universal
 * NER English-EWT dev and test (PER/ORG/LOC only: our MISC is ignored there; GPE is LOC).
 * Note: the shipped model is trained on eng.train + UNER EWT dev + GUM's train-split Wikinews
 * documents (see models/ner/MODEL_CARD.md),
 * so EWT dev is a training-fit number and EWT test is the held-out out-of-domain number.
 * GUM Wikinews (news and interviews, converted to UNER-style PER/ORG/LOC names by src/ner/gum.ts)
 * is an out-of-domain news proxy: only GUM's dev and test documents are scored (the model may
 * train on GUM's train split), once sentence by sentence with no document context (as UNER's
 * sentence-level test sets are tagged) and once as whole documents.
 */
import { join } from 'node:path';
import { readConll, readUner, sentenceDocs, type TaggedDoc } from '../src/ner/conll.js';
import { gumHeldOut } from '../src/ner/gum.js';
import { toBio2 } from '../src/ner/labels.js';
import { NerScore } from '../src/ner/score.js';
import { tagWords } from '../src/ner/tagger.js';
import type { EvalTask, MetricRow } from './types.js';

/** Floors: a little under the measured values (regression guards). */
const FLOORS: Record<string, Record<string, number>> = {
  'conll2003/eng.testa': { PER: 0.947, ORG: 0.867, LOC: 0.945, MISC: 0.847, all: 0.913 },
  'uner_en/ewt-test': { PER: 0.813, ORG: 0.520, LOC: 0.794, all: 0.717 },
  'gum_wikinews/dev+test sentences': { PER: 0.832, ORG: 0.737, LOC: 0.869, all: 0.819 },
  'gum_wikinews/dev+test documents': { PER: 0.894, ORG: 0.772, LOC: 0.905, all: 0.864 },
};

function score(docs: TaggedDoc[], types: readonly string[]): NerScore {
  const s = new NerScore();
  for (const d of docs) s.add(toBio2(d.tags), tagWords(d.words, d.sentStarts), d.sentStarts, types);
  return s;
}

function rows(dataset: string, s: NerScore, types: readonly string[]): MetricRow[] {
  const out: MetricRow[] = [];
  for (const t of [...types, 'all']) {
    const r = s.prf(t === 'all' ? undefined : t);
    const floor = FLOORS[dataset]?.[t];
    out.push({ task: 'entities', dataset, metric: `${t} P`, value: r.p });
    out.push({ task: 'entities', dataset, metric: `${t} R`, value: r.r });
    out.push({ task: 'entities', dataset, metric: `${t} F1`, value: r.f, ...(floor !== undefined ? { floor } : {}) });
  }
  return out;
}

export const entitiesTask: EvalTask = {
  name: 'entities',
  datasets: ['conll2003', 'uner_en', 'gum_wikinews'],
  async run(root) {
    const conll = ['PER', 'ORG', 'LOC', 'MISC'], uner = ['PER', 'ORG', 'LOC'];
    const gum = gumHeldOut(root);
    return [
      ...rows('conll2003/eng.testa', score(readConll(join(root, 'conll2003', 'eng.testa')), conll), conll),
      ...rows('uner_en/ewt-dev (trained on)', score(readUner(join(root, 'uner_en', 'ewt_en_ewt-ud-dev.iob2')), uner), uner),
      ...rows('uner_en/ewt-test', score(readUner(join(root, 'uner_en', 'ewt_en_ewt-ud-test.iob2')), uner), uner),
      ...rows('gum_wikinews/dev+test sentences', score(sentenceDocs(gum), uner), uner),
      ...rows('gum_wikinews/dev+test documents', score(gum, uner), uner),
    ];
  },
};
