/**
 * Training the tagger: an averaged perceptron over hashed features, learning from its own greedy
 * predictions (each token's update is made right after its decision, and decoding continues with
 * the predicted label as history). Deterministic: documents are shuffled by a seeded generator.
 */
import { mulberry32 } from '../util/random.js';
import { DocFeatures } from './features.js';
import { Scratch, decodeDoc } from './decode.js';
import type { Gazetteer } from './gazetteer.js';
import type { WordClusters } from './clusters.js';
import { N_LABELS, O, typeOf } from './labels.js';

const MISC = 3;

export interface TrainDoc {
  words: string[];
  labels: number[];
  sentStarts: number[];
  /** the corpus has no MISC type: a MISC prediction over a gold O is not an error */
  noMisc?: boolean;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  log?: (msg: string) => void;
}

/** Train; returns the averaged float weights (2^bits × N_LABELS). */
export function trainPerceptron(docs: TrainDoc[], gaz: Gazetteer, opt: TrainOptions, clusters: WordClusters | null = null): Float32Array {
  const mask = (1 << opt.bits) - 1;
  const size = (mask + 1) * N_LABELS;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  let c = 1;
  const feats = docs.map((d) => new DocFeatures(d.words, d.sentStarts, gaz, mask, false, clusters));
  const order = docs.map((_, i) => i);
  const rand = mulberry32(opt.seed);
  const scratch = new Scratch();
  for (let epoch = 1; epoch <= opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    let errors = 0, tokens = 0;
    for (const di of order) {
      const doc = docs[di]!;
      const out = new Uint8Array(doc.words.length);
      decodeDoc(feats[di]!, w, mask, out, scratch, (i, f, nf, pred) => {
        let gold = doc.labels[i]!;
        tokens++;
        if (doc.noMisc && gold === O && typeOf(pred) === MISC) gold = pred;
        if (pred !== gold) {
          errors++;
          for (let k = 0; k < nf; k++) {
            const row = f[k]! * N_LABELS;
            w[row + gold]! += 1; u[row + gold]! += c;
            w[row + pred]! -= 1; u[row + pred]! -= c;
          }
        }
        c++;
      });
    }
    opt.log?.(`epoch ${epoch}: ${errors} token errors of ${tokens} (${((100 * errors) / tokens).toFixed(2)}%)`);
  }
  const avg = new Float32Array(size);
  for (let i = 0; i < size; i++) avg[i] = w[i]! - u[i]! / c;
  return avg;
}
