/**
 * The story layer: many articles, one developing story. Public API for the CLI, HTTP API and UI.
 *
 * - `loadStories(store)` — the engine with its saved state (empty for a new store).
 * - `updateStories(store, { engine?, onProgress? })` — add every stored document the engine has
 *   not seen (streamed, in ingest order), save the changes; returns the engine. Incremental:
 *   call it after each ingest.
 * - `addAndSave(store, engine, doc)` — add one document and save what changed (per-article use).
 * - `listStories(engine, { limit?, minDocs? })` — story summaries (largest first): id, title,
 *   dates, documents (id, path/url, copy-of), independent sources, key actors, event count.
 * - `buildTimeline(engine, storyId)` — the story's dated events in order of occurrence with
 *   certainty, sources and evidence, and the actors' stances over time; `timelineCsv`,
 *   `timelineMarkdown` export it (JSON is the object itself).
 * - `engine.entities.entities` — cross-document entities; `engine.storyOf(docId)`;
 *   `engine.docs.get(docId)` tells a document's story and the original it copies.
 * - `linkEvents(docs, spans)` / `clusterDocuments(docs)` — closed-set event coreference and
 *   document clustering (`sitrep link-events`, evaluation).
 */
import type { Document } from '../document.js';
import type { Store } from '../store/types.js';
import { StoryEngine, type EngineOptions, type Story } from './engine.js';

export { StoryEngine, type Story, type StoryDoc, type StoryEvent, type StanceRecord, type EvidenceRef, type AddResult, type EngineOptions } from './engine.js';
export type { StoryEntity } from './entities.js';
export { buildTimeline, timelineCsv, timelineMarkdown, type Timeline, type TimelineEntry, type StanceLine } from './timeline.js';
export { linkEvents, clusterDocuments, type PlainDoc, type SpanRef } from './batch.js';

export async function loadStories(store: Store, options: EngineOptions = {}): Promise<StoryEngine> {
  const rows: { key: string; value: string }[] = [];
  for await (const r of store.loadStoryState()) rows.push(r);
  return StoryEngine.fromRows(rows, options);
}

/** Add one document to the engine and save the changed rows. */
export async function addAndSave(store: Store, engine: StoryEngine, doc: Readonly<Document>) {
  const res = engine.add(doc);
  await store.saveStoryState(engine.takeChanges());
  return res;
}

export async function updateStories(store: Store, options: { engine?: StoryEngine; batch?: number; onProgress?: (added: number) => void } = {}): Promise<StoryEngine> {
  const engine = options.engine ?? (await loadStories(store));
  const batch = options.batch ?? 200;
  let added = 0;
  for await (const doc of store.allDocuments()) {
    if (engine.has(doc.meta.id)) continue;
    engine.add(doc);
    if (++added % batch === 0) { await store.saveStoryState(engine.takeChanges()); options.onProgress?.(added); }
  }
  await store.saveStoryState(engine.takeChanges());
  options.onProgress?.(added);
  return engine;
}

export interface StorySummary {
  id: string;
  title: string;
  first: string | null;
  last: string | null;
  sources: number;
  keyActors: string[];
  events: number;
  documents: { id: string; where: string | null; published: string | null; title: string | null; copyOf: string | null }[];
}

export function summarize(engine: StoryEngine, story: Story): StorySummary {
  return {
    id: story.id, title: story.title, first: story.first, last: story.last, sources: story.originals,
    keyActors: engine.keyActors(story).map((e) => e.name), events: story.events.length,
    documents: story.docs.map((id) => {
      const d = engine.docs.get(id)!;
      return { id, where: d.url ?? d.path, published: d.published, title: d.title, copyOf: d.copy ? d.original : null };
    }),
  };
}

export function listStories(engine: StoryEngine, options: { limit?: number; minDocs?: number } = {}): StorySummary[] {
  return [...engine.stories.values()].filter((s) => s.docs.length >= (options.minDocs ?? 1))
    .sort((a, b) => b.docs.length - a.docs.length || (a.id < b.id ? -1 : 1))
    .slice(0, options.limit ?? Infinity).map((s) => summarize(engine, s));
}

export function storiesMarkdown(list: StorySummary[]): string {
  const out: string[] = [];
  for (const s of list) {
    out.push(`## ${s.id}: ${s.title || '(untitled)'}`, '',
      `${s.documents.length} document(s), ${s.sources} independent source(s), ${s.first ?? '?'} to ${s.last ?? '?'}; ${s.events} event(s)`);
    if (s.keyActors.length) out.push(`Key actors: ${s.keyActors.join(', ')}`);
    out.push('');
    for (const d of s.documents) out.push(`- ${d.published ?? 'undated'} ${d.where ?? d.id}${d.copyOf ? ` (copy of ${d.copyOf})` : ''}`);
    out.push('');
  }
  return out.join('\n');
}
