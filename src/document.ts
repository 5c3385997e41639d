/**
 * The sitrep Document model.
 *
 * One article = one normalized `text` plus annotation layers. Every layer item that points into
 * the article carries `start`/`end` character offsets (UTF-16 code units, end exclusive) into
 * `text`, and the `text` those offsets slice, so any output can be checked against the article.
 *
 * The zod schemas below are the single source of truth: the TypeScript types are inferred from
 * them and the published JSON Schema (`schema/document.schema.json`) is generated from them
 * (`sitrep schema`). Bump SCHEMA_VERSION on any change that is not backwards compatible.
 *
 * Layers, in pipeline order: paragraphs, sentences, tokens, entities (+ mentions), times, places
 * (+ focus), quotes, events, stances. A layer a stage has not produced is an empty array.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0.0';
export const SCHEMA_ID = `https://sitrep.dev/schema/document-${SCHEMA_VERSION}.json`;

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** A piece of the article: `text === doc.text.slice(start, end)`. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

/** How sure the text is of a statement, claim or event. Cue words live in resources/<lang>/. */
export const CertaintySchema = z.enum(['asserted', 'hedged', 'hypothetical', 'future', 'proposed']);
export type Certainty = z.infer<typeof CertaintySchema>;

export const ModalitySchema = z.object({
  polarity: z.enum(['positive', 'negative']),
  certainty: CertaintySchema,
  /** the text says the matter is secret ("most of which are classified") */
  secrecy: z.boolean().default(false),
  /** the words that set polarity, certainty or secrecy */
  cues: z.array(SpanSchema).default([]),
});
export type Modality = z.infer<typeof ModalitySchema>;

/** An explicit record of something the system inferred rather than read, and the rule it used. */
export const InferenceSchema = z.object({
  /** what was inferred: 'year', 'direction', 'anchor', 'speaker', 'country', ... */
  what: z.string(),
  /** the name of the rule (greppable in the code or resources) */
  rule: z.string(),
  note: z.string().optional(),
});
export type Inference = z.infer<typeof InferenceSchema>;

// ---------------------------------------------------------------------------------------------
// meta

export const InputFormatSchema = z.enum(['dateline', 'text', 'markdown', 'html', 'jsonl', 'csv', 'rss', 'atom', 'timeml', 'api']);
export type InputFormat = z.infer<typeof InputFormatSchema>;

export const MetaSchema = z.object({
  /**
   * content hash identifying the article: first 16 hex digits of the SHA-256 of its URL (when it
   * has one) and normalized text. The same article from the same place is stored once; the same
   * text published at two URLs is two documents with one `textHash` (copies, grouped by stories).
   */
  id: z.string().regex(/^[0-9a-f]{16}$/),
  /** first 16 hex digits of the SHA-256 of the normalized text alone */
  textHash: z.string().regex(/^[0-9a-f]{16}$/),
  /** publication or site name, when known */
  source: z.string().nullable(),
  /** the file the article came from (as given on the command line), when it came from a file */
  path: z.string().nullable(),
  /** record number inside a multi-article file (JSONL line, CSV row, feed item), 1-based */
  record: z.number().int().positive().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  /** the dateline (document creation time, DCT): YYYY-MM-DD or a full ISO date-time; null = unknown */
  published: z.string().nullable(),
  /** where `published` came from; 'unknown' when there is none */
  publishedFrom: z.enum(['dateline', 'front-matter', 'meta-tag', 'option', 'record', 'feed', 'timeml', 'unknown']),
  /** ISO 639-1 code ('en'), or 'und' when it could not be told */
  language: z.string(),
  /** ISO 639-3 code as the detector reported it, and its score (0..1) */
  languageDetected: z.object({ code: z.string(), score: z.number() }).nullable(),
  format: InputFormatSchema,
  /** the encoding the bytes were decoded from */
  encoding: z.string().nullable(),
  /** non-fatal problems met while reading this article */
  warnings: z.array(z.string()),
});
export type Meta = z.infer<typeof MetaSchema>;

// ---------------------------------------------------------------------------------------------
// structure: paragraphs, sentences, tokens

export const ParagraphSchema = SpanSchema.extend({
  /** a short line without a final stop, such as a headline or crosshead */
  headline: z.boolean(),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const SentenceSchema = SpanSchema.extend({
  /** index into `paragraphs` */
  paragraph: z.number().int().nonnegative(),
  headline: z.boolean(),
  /** index of its first token and one past its last token in `tokens` */
  tokenStart: z.number().int().nonnegative(),
  tokenEnd: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const TokenSchema = SpanSchema.extend({
  /** Universal POS tag (NOUN, VERB, PROPN, ...) */
  pos: z.string(),
  /** index into `sentences` */
  sentence: z.number().int().nonnegative(),
  /** word, number, punctuation, symbol, ... as the tokenizer told it */
  kind: z.string(),
});
export type Token = z.infer<typeof TokenSchema>;

// ---------------------------------------------------------------------------------------------
// entities

export const EntityTypeSchema = z.enum(['PER', 'ORG', 'LOC', 'GPE', 'NORP', 'MISC']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const MentionSchema = SpanSchema.extend({
  id: z.string(),
  type: EntityTypeSchema,
  /** id of the entity this mention belongs to */
  entity: z.string(),
  /** how it was found: 'ner', 'gazetteer', 'acronym', 'pronoun', 'description', ... */
  via: z.string(),
  confidence: z.number().min(0).max(1),
});
export type Mention = z.infer<typeof MentionSchema>;

export const RoleSchema = z.object({
  /** the title as written ("Prime Minister of Great Britain", "French Foreign Minister") */
  title: z.string(),
  /** normalized office, e.g. 'head-of-government', 'foreign-minister' */
  office: z.string().nullable(),
  /** ISO 3166-1 alpha-2 of the country the office belongs to */
  country: z.string().nullable(),
  /** where the text says so */
  evidence: SpanSchema.nullable(),
  /** where it comes from: 'text' or 'kb' */
  from: z.enum(['text', 'kb']),
});
export type Role = z.infer<typeof RoleSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  /** canonical name (from the knowledge base when linked, else the longest mention) */
  name: z.string(),
  aliases: z.array(z.string()),
  /** ids of its mentions */
  mentions: z.array(z.string()),
  roles: z.array(RoleSchema),
  /** ISO 3166-1 alpha-2 */
  country: z.string().nullable(),
  /** government, military, business, media, civil society, igo, ... */
  sector: z.string().nullable(),
  /** knowledge-base id (e.g. 'Q1234' or 'sitrep:person/keir-starmer'), when linked */
  kbId: z.string().nullable(),
  linkConfidence: z.number().min(0).max(1).nullable(),
  inferred: z.array(InferenceSchema),
});
export type Entity = z.infer<typeof EntitySchema>;

// ---------------------------------------------------------------------------------------------
// times (TIMEX3)

export const TimexSchema = SpanSchema.extend({
  id: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  /** TimeML value: 2024-11-11, 2024-11, 2024-W47, 2024-Q4, P3M, PT2H, PAST_REF, XXXX-11-11 ... */
  value: z.string(),
  mod: z.string().nullable(),
  quant: z.string().nullable(),
  freq: z.string().nullable(),
  /** the value of the time it was resolved against (the DCT or another time), null if absolute */
  anchor: z.string().nullable(),
  /** id of the timex it was anchored to, when not the DCT */
  anchorId: z.string().nullable(),
  granularity: z.enum(['century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'part-of-day', 'hour', 'minute', 'second', 'duration', 'set', 'ref']),
  /** false when a relative expression could not be resolved (no dateline) */
  resolved: z.boolean(),
  inferred: z.array(InferenceSchema),
});
export type Timex = z.infer<typeof TimexSchema>;

// ---------------------------------------------------------------------------------------------
// places

export const PlaceCandidateSchema = z.object({
  geonameId: z.number().int().nullable(),
  name: z.string(),
  country: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  score: z.number(),
});

export const PlaceSchema = SpanSchema.extend({
  id: z.string(),
  /** id of the entity mention this toponym is, when there is one */
  mention: z.string().nullable(),
  resolved: z.boolean(),
  geonameId: z.number().int().nullable(),
  name: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** ISO 3166-1 alpha-2 */
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  /** GeoNames feature class (A, P, L, H, T, ...) and code (PCLI, PPLC, ADM1, CONT, ...) */
  featureClass: z.string().nullable(),
  featureCode: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  /** why it is unresolved or how it was picked */
  reason: z.string(),
  alternatives: z.array(PlaceCandidateSchema),
});
export type Place = z.infer<typeof PlaceSchema>;

export const FocusSchema = z.object({
  kind: z.enum(['country', 'place']),
  /** ISO 3166-1 alpha-2 for countries; GeoNames id for places */
  id: z.string(),
  name: z.string(),
  score: z.number(),
});
export type Focus = z.infer<typeof FocusSchema>;

// ---------------------------------------------------------------------------------------------
// quotes and sources

export const SourceKindSchema = z.enum([
  'person', 'organization', 'anonymous', 'publication', 'media-reports', 'document', 'unknown',
]);

export const SpeakerSchema = z.object({
  /** the words that name or describe the speaker in this attribution, when present */
  span: SpanSchema.nullable(),
  /** the entity it resolves to, when it does */
  entity: z.string().nullable(),
  kind: SourceKindSchema,
  /** for anonymous sources: official, representative, diplomat, expert, sources-familiar, ... */
  anonymousKind: z.string().nullable(),
  /** the organization or country the source belongs to ("of the British Ministry of Defense") */
  affiliation: z.object({ span: SpanSchema, entity: z.string().nullable() }).nullable(),
  /** how the speaker was found: 'explicit', 'pronoun', 'description', 'previous-speaker' */
  resolvedVia: z.string(),
  /** a person's title as written in the speaker phrase ("French Foreign Minister"), when given */
  role: SpanSchema.nullable().default(null),
  /** the words a pronoun speaker stands for: a name before a relative pronoun ("The Jakarta Post, which"), or words that name no entity ("They" → "researchers") */
  antecedent: SpanSchema.nullable().default(null),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

export const QuoteSchema = z.object({
  id: z.string(),
  kind: z.enum(['direct', 'indirect', 'mixed']),
  cue: SpanSchema.nullable(),
  content: SpanSchema,
  speaker: SpeakerSchema,
  /** id of the quote through which this one is reported: the report that cites this source ("Reuters reported, citing a senior official, …", "CNN quoted a witness as saying …"), the account the words come through ("…, the mayor said, according to Interfax", "the mayor via news agency Interfax"), or a publication retold ("the article emphasizes that … X called on …") */
  via: z.string().nullable(),
  modality: ModalitySchema,
  /** id of a timex that dates the statement */
  time: z.string().nullable(),
  sentence: z.number().int().nonnegative(),
});
export type Quote = z.infer<typeof QuoteSchema>;

// ---------------------------------------------------------------------------------------------
// events and stances

export const ActorSchema = SpanSchema.extend({
  entity: z.string().nullable(),
  /** ISO 3166-1 alpha-3 */
  country: z.string().nullable(),
  sector: z.string().nullable(),
  /** CAMEO-style actor code: country alpha-3 + sector, e.g. FRAGOV, UKRMIL, IGOUNO */
  code: z.string().nullable(),
});
export type Actor = z.infer<typeof ActorSchema>;

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

export const EventSchema = z.object({
  id: z.string(),
  type: z.enum(PLOVER_TYPES),
  mode: z.string().nullable(),
  context: z.array(z.string()),
  cameo: z.string().nullable(),
  /** the event phrase */
  trigger: SpanSchema,
  source: ActorSchema.nullable(),
  target: ActorSchema.nullable(),
  time: z.object({
    timex: z.string().nullable(),
    value: z.string().nullable(),
    /** true when no time was in the clause and the DCT stands in */
    fromDct: z.boolean(),
  }),
  /** id of a places item */
  place: z.string().nullable(),
  modality: ModalitySchema,
  /** id of the quote that reports it */
  reportedBy: z.string().nullable(),
  sentence: z.number().int().nonnegative(),
  evidence: SpanSchema,
});
export type Event = z.infer<typeof EventSchema>;

export const StanceSchema = z.object({
  id: z.string(),
  actor: ActorSchema,
  proposition: z.object({
    /** normalized key so different wordings match, e.g. 'send-troops:UKR' */
    key: z.string(),
    label: z.string(),
  }),
  position: z.enum(['supports', 'opposes', 'open', 'rules-out', 'undecided']),
  modality: ModalitySchema,
  reportedBy: z.string().nullable(),
  sentence: z.number().int().nonnegative(),
  evidence: SpanSchema,
});
export type Stance = z.infer<typeof StanceSchema>;

// ---------------------------------------------------------------------------------------------
// the Document

export const DocumentSchema = z.object({
  schema: z.literal(SCHEMA_VERSION),
  meta: MetaSchema,
  text: z.string(),
  paragraphs: z.array(ParagraphSchema),
  sentences: z.array(SentenceSchema),
  tokens: z.array(TokenSchema),
  mentions: z.array(MentionSchema),
  entities: z.array(EntitySchema),
  times: z.array(TimexSchema),
  places: z.array(PlaceSchema),
  focus: z.array(FocusSchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
  stances: z.array(StanceSchema),
});
export type Document = z.infer<typeof DocumentSchema>;

/** The names of the layers a stage may produce. */
export type LayerName = Exclude<keyof Document, 'schema' | 'meta' | 'text'>;

/** Make a span over the document's text, checking the offsets. */
export function spanOf(text: string, start: number, end: number): Span {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= text.length)) {
    throw new RangeError(`bad span [${start}, ${end}) over a text of length ${text.length}`);
  }
  return { start, end, text: text.slice(start, end) };
}

/** A new Document with empty layers. */
export function emptyDocument(meta: Meta, text: string): Document {
  return {
    schema: SCHEMA_VERSION, meta, text,
    paragraphs: [], sentences: [], tokens: [], mentions: [], entities: [], times: [], places: [],
    focus: [], quotes: [], events: [], stances: [],
  };
}

/** The JSON Schema of a Document, generated from the zod schema. */
export function documentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return { $id: SCHEMA_ID, title: `sitrep Document ${SCHEMA_VERSION}`, ...schema };
}

/**
 * Every span-bearing item in a document, with a path naming where it sits. Used by tests and by
 * `validateDocument` to check that every span slices exactly its text.
 */
export function* allSpans(doc: Document): Generator<[string, Span]> {
  const isSpan = (v: unknown): v is Span => typeof v === 'object' && v !== null
    && typeof (v as Span).start === 'number' && typeof (v as Span).end === 'number' && typeof (v as Span).text === 'string';
  function* walk(v: unknown, path: string): Generator<[string, Span]> {
    if (Array.isArray(v)) { for (let i = 0; i < v.length; i++) yield* walk(v[i], `${path}[${i}]`); return; }
    if (typeof v !== 'object' || v === null) return;
    if (isSpan(v)) yield [path, v];
    for (const [k, child] of Object.entries(v)) if (typeof child === 'object') yield* walk(child, `${path}.${k}`);
  }
  for (const layer of ['paragraphs', 'sentences', 'tokens', 'mentions', 'entities', 'times', 'places', 'quotes', 'events', 'stances'] as const) {
    yield* walk(doc[layer], layer);
  }
}

/** Problems with a document's spans (offsets out of range or not slicing their text). */
export function spanProblems(doc: Document): string[] {
  const out: string[] = [];
  for (const [path, s] of allSpans(doc)) {
    if (s.start < 0 || s.end < s.start || s.end > doc.text.length) out.push(`${path}: offsets [${s.start}, ${s.end}) out of range`);
    else if (doc.text.slice(s.start, s.end) !== s.text) out.push(`${path}: [${s.start}, ${s.end}) slices ${JSON.stringify(doc.text.slice(s.start, s.end))}, not ${JSON.stringify(s.text)}`);
  }
  return out;
}
