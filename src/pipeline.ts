/**
 * The pipeline: the ordered list of stages, and the one place that composes them.
 * Order matters: a stage may read only layers produced by the stages above it.
 */
import type { Document } from './document.js';
import type { Stage } from './stages/types.js';
import { structureStage } from './stages/structure/index.js';
import { entitiesStage } from './stages/entities/index.js';
import { timesStage } from './stages/times/index.js';
import { placesStage } from './stages/places/index.js';
import { quotesStage } from './stages/quotes/index.js';
import { eventsStage } from './stages/events/index.js';
import { stancesStage } from './stages/stances/index.js';

export const STAGES: readonly Stage[] = [
  structureStage, // paragraphs, sentences, tokens (with part of speech)
  entitiesStage, // mentions and entities: trained NER + KB linking, titles/roles, country, sector
  timesStage, // times: TIMEX3 expressions normalized against the dateline
  placesStage, // places (toponyms resolved to GeoNames) and focus; after entities and times
  quotesStage, // quotes: attributions with cue, content, speaker, via, modality, time; after entities and times
  eventsStage, // events: PLOVER type/mode/context, clause-bound source and target actors, time, place, modality
  stancesStage, // stances: actors' positions on propositions (send troops to X, ...), with modality and evidence
];

export interface RunOptions {
  /** run only up to and including this stage */
  until?: string;
}

/** Run every stage over the document, in order, and return the annotated document. */
export function annotate(doc: Document, options: RunOptions = {}): Document {
  let out: Document = doc;
  for (const stage of STAGES) {
    out = applyStage(out, stage);
    if (options.until === stage.name) break;
  }
  return out;
}

/** Run one stage and merge the layers it produced into a new document. */
export function applyStage(doc: Document, stage: Stage): Document {
  const layers = stage.run(doc);
  for (const key of Object.keys(layers)) {
    if (!stage.produces.includes(key as never)) throw new Error(`stage ${stage.name} produced layer '${key}' it does not declare`);
  }
  return { ...doc, ...layers };
}

/** Load every stage's models and resources now. */
export function loadAll(): void {
  for (const stage of STAGES) stage.load?.();
}
