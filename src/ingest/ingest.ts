/**
 * The main job: read inputs, annotate each English article through the pipeline, and (for
 * ingest) store them in batches. Shared by the CLI and the HTTP API.
 */
import type { Document } from '../document.js';
import { annotate } from '../pipeline.js';
import type { Store } from '../store/types.js';
import type { RawArticle } from './article.js';
import { toDocument, type BuildOptions } from './build.js';
import { InputError, readInputs, type ReadOptions, type ReadResult } from './index.js';

/** Build and annotate one document; non-English articles are kept as they are, not annotated. */
export function processArticle(raw: RawArticle, options: BuildOptions = {}): Document {
  return annotateIfEnglish(toDocument(raw, options));
}

export function annotateIfEnglish(doc: Document): Document {
  return doc.meta.language === 'en' ? annotate(doc) : doc;
}

export type ExtractResult = { ok: true; doc: Document } | { ok: false; error: InputError };

/** Read and annotate every input, yielding documents and errors in order. */
export async function* extractInputs(inputs: string[], options: BuildOptions & ReadOptions = {}): AsyncGenerator<ExtractResult> {
  for await (const r of readInputs(inputs, options)) yield processResult(r, options);
}

function processResult(r: ReadResult, options: BuildOptions, built?: Document): ExtractResult {
  if (!r.ok) return r;
  const where = r.article.path ? `${r.article.path}${r.article.record ? ` (record ${r.article.record})` : ''}` : r.article.url ?? 'input';
  try {
    return { ok: true, doc: annotateIfEnglish(built ?? toDocument(r.article, options)) };
  } catch (err) {
    return { ok: false, error: new InputError(where, `annotation failed: ${(err as Error).message}`) };
  }
}

export interface IngestProgress {
  read: number;
  inserted: number;
  duplicates: number;
  failed: number;
}

export interface IngestOptions extends BuildOptions, ReadOptions {
  /** documents per transaction */
  batchSize?: number;
  onError?: (error: InputError) => void;
  onProgress?: (p: IngestProgress) => void;
}

/**
 * Ingest inputs into the store. Articles already stored (same content hash) are not annotated
 * again, so a rerun after a crash resumes where the last committed batch ended.
 */
export async function ingestInputs(store: Store, inputs: string[], options: IngestOptions = {}): Promise<IngestProgress> {
  const batchSize = options.batchSize ?? 100;
  const progress: IngestProgress = { read: 0, inserted: 0, duplicates: 0, failed: 0 };
  let batch: Document[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const res = await store.putDocuments(batch);
    progress.inserted += res.inserted;
    progress.duplicates += res.duplicates;
    batch = [];
    options.onProgress?.(progress);
  };
  for await (const r of readInputs(inputs, options)) {
    progress.read++;
    if (!r.ok) { progress.failed++; options.onError?.(r.error); options.onProgress?.(progress); continue; }
    const built = toDocument(r.article, options);
    const id = built.meta.id;
    if ((await store.existing([id])).has(id) || batch.some((d) => d.meta.id === id)) {
      progress.duplicates++;
      options.onProgress?.(progress);
      continue;
    }
    const res = processResult(r, options, built);
    if (!res.ok) { progress.failed++; options.onError?.(res.error); continue; }
    batch.push(res.doc);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  options.onProgress?.(progress);
  return progress;
}
