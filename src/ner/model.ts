/**
 * The NER model on disk and in memory: a hashed weight table of 2^bits rows × N_LABELS columns
 * (averaged perceptron weights quantized to int16, argmax needs no scale), plus the frozen
 * gazetteer and word clusters. Files in models/ner/: weights.bin (header + int16 table), gazetteer.tsv,
 * clusters.tsv, meta.json.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../util/datasets.js';
import { readClusters, type WordClusters } from './clusters.js';
import { Gazetteer } from './gazetteer.js';
import { N_LABELS } from './labels.js';

const MAGIC = 0x5352_4e31; // "SRN1"

export interface NerModel {
  bits: number;
  mask: number;
  weights: Int16Array;
  gazetteer: Gazetteer;
  /** distributional word clusters (clusters.tsv), or null for a model trained without them */
  clusters: WordClusters | null;
}

export function defaultModelDir(): string {
  return process.env.SITREP_NER_MODEL ?? join(projectRoot(), 'models', 'ner');
}

/** Quantize float weights to int16 (symmetric, scaled on the largest magnitude). */
export function quantize(w: Float32Array | Float64Array): Int16Array {
  let max = 0;
  for (let i = 0; i < w.length; i++) { const a = Math.abs(w[i]!); if (a > max) max = a; }
  const scale = max > 0 ? 32767 / max : 1;
  const q = new Int16Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i]! * scale);
  return q;
}

export function saveModel(dir: string, bits: number, weights: Int16Array, gazetteerTsv: string, meta: Record<string, unknown>): void {
  const header = new Int32Array([MAGIC, bits, N_LABELS, weights.length]);
  const buf = Buffer.concat([Buffer.from(header.buffer), Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength)]);
  writeFileSync(join(dir, 'weights.bin'), buf);
  writeFileSync(join(dir, 'gazetteer.tsv'), gazetteerTsv);
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
}

const cache = new Map<string, NerModel>();

/** Load (once per directory) the model from `dir` (default models/ner or $SITREP_NER_MODEL). */
export function loadModel(dir = defaultModelDir()): NerModel {
  const hit = cache.get(dir);
  if (hit) return hit;
  const file = join(dir, 'weights.bin');
  if (!existsSync(file)) throw new Error(`NER model not found at ${file} (run npm run train:ner)`);
  const raw = readFileSync(file);
  const head = new Int32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + 16));
  if (head[0] !== MAGIC || head[2] !== N_LABELS) throw new Error(`${file}: not a sitrep NER model`);
  const bits = head[1]!, len = head[3]!;
  if (len !== (1 << bits) * N_LABELS || raw.byteLength !== 16 + 2 * len) throw new Error(`${file}: truncated model`);
  const weights = new Int16Array(raw.buffer.slice(raw.byteOffset + 16, raw.byteOffset + 16 + 2 * len));
  const gazetteer = Gazetteer.fromTsv(readFileSync(join(dir, 'gazetteer.tsv'), 'utf8'));
  const model: NerModel = { bits, mask: (1 << bits) - 1, weights, gazetteer, clusters: readClusters(join(dir, 'clusters.tsv')) };
  cache.set(dir, model);
  return model;
}
