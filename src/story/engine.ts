/**
 * The story engine: adds one document at a time and keeps, incrementally,
 * - copies (exact and near, `dedup.ts`), the earliest published of a group being its original;
 * - cross-document entities (`entities.ts`);
 * - stories: each new original joins the most similar story (TF-IDF over words, with IDF grown
 *   as documents arrive, plus names and numbers) when the similarity reaches a threshold, else
 *   starts one; candidates come from an inverted index over the stories' top terms, so the cost
 *   per document does not grow with the store. A quiet story can come back: time apart only
 *   lowers the similarity a little;
 * - cross-document events: each event mention joins the most similar event of its story
 *   (`mentions.ts` similarity) or starts one; sources are counted by copy group.
 * State is saved as key/value rows through `Store.saveStoryState` (only what changed).
 */
import type { Certainty, Document } from '../document.js';
import { DedupIndex, minhash } from './dedup.js';
import { calendarDate, documentDates } from './dates.js';
import { EntityRegistry, type StoryEntity } from './entities.js';
import { DEFAULT_COREF, eventSimilarity, headKeys, mentionFeatures, type CorefParams, type MentionFeatures } from './mentions.js';
import { addInto, cosine, docStems, Idf, nameTerms, prune, termCounts, tfidfVector, type Vec } from './tfidf.js';
import { detectTriggers, triggersOfTokens } from './triggers.js';
import { sentenceAround } from './batch.js';

export interface StoryDoc {
  id: string;
  story: string;
  /** id of the group's original (itself when it is the original) */
  original: string;
  copy: 'exact' | 'near' | null;
  published: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  path: string | null;
  seq: number;
}

export interface EvidenceRef {
  doc: string;
  /** the trigger */
  start: number;
  end: number;
  text: string;
  /** the sentence that reports it */
  sentence: { start: number; end: number; text: string };
  certainty: Certainty;
  polarity: 'positive' | 'negative';
  /** where the date came from: the times layer, the sentence text, or none */
  dateFrom: 'times' | 'text' | 'event' | null;
}

export interface StoryEvent {
  id: string;
  story: string;
  /** PLOVER type when the events layer gave one */
  type: string | null;
  /** the trigger as first written */
  label: string;
  date: string | null;
  certainty: Certainty;
  /** independent sources: distinct copy groups reporting it */
  sources: number;
  /** cross-document entity ids of its actors (events layer) */
  actors: string[];
  evidence: EvidenceRef[];
  /** the earliest publication date (YYYY-MM-DD) of the documents reporting it, when known */
  published?: string | null;
  /** compact features of its first mention, for matching */
  feat: Pick<MentionFeatures, 'head' | 'trigger' | 'form' | 'rest' | 'date' | 'type'> & { context: string[]; args: string[] };
}

export interface StanceRecord {
  actor: string;
  entity: string | null;
  proposition: string;
  label: string;
  position: string;
  date: string | null;
  doc: string;
  evidence: { start: number; end: number; text: string };
}

export interface Story {
  id: string;
  title: string;
  /** the document whose headline is the title (the one closest to the story's centroid) */
  titleDoc: string | null;
  titleScore: number;
  docs: string[];
  /** distinct copy groups (independent sources) */
  originals: number;
  first: string | null;
  last: string | null;
  /** entity id -> documents mentioning it */
  entityCounts: Record<string, number>;
  events: string[];
  stances: StanceRecord[];
  centroid: [string, number][];
  names: [string, number][];
}

export interface EngineOptions {
  /** story similarity threshold */
  storyThreshold?: number;
  /** share of story similarity from names and numbers */
  nameWeight?: number;
  coref?: CorefParams;
  /** near-copy Jaccard threshold */
  copyThreshold?: number;
  /** days apart after which story similarity starts to decay */
  quietDays?: number;
}

const CENTROID_TERMS = 150;
const INDEX_TERMS = 30;
const QUERY_TERMS = 25;
const MAX_EVENTS_PER_DOC = 40;
const MAX_STANCES_PER_STORY = 2000;
const KEY_ACTORS = 6;

export interface AddResult { doc: string; story: string; copyOf: string | null; newStory: boolean; events: string[]; entities: string[] }

export class StoryEngine {
  readonly docs = new Map<string, StoryDoc>();
  readonly stories = new Map<string, Story>();
  readonly events = new Map<string, StoryEvent>();
  readonly entities = new EntityRegistry();
  private idf = new Idf();
  private dedup: DedupIndex;
  private termIndex = new Map<string, Set<string>>();
  private indexed = new Map<string, string[]>();
  private eventIndex = new Map<string, string[]>();
  private centroids = new Map<string, { words: Vec; names: Vec }>();
  private seq = 0;
  private nextStory = 0;
  private nextEvent = 0;
  private dirtyKeys = new Set<string>();
  readonly opts: Required<EngineOptions>;

  /** The story threshold and name share were tuned on ECB+ train topics (the middle of the plateau of incremental B-cubed F1 there). */
  constructor(options: EngineOptions = {}) {
    this.opts = { storyThreshold: 0.28, nameWeight: 0.7, coref: DEFAULT_COREF, copyThreshold: 0.7, quietDays: 30, ...options };
    this.dedup = new DedupIndex(this.opts.copyThreshold);
  }

  has(id: string): boolean { return this.docs.has(id); }

  /** Add one document (annotated or not); a document already added is left as it is. */
  add(doc: Readonly<Document>): AddResult {
    const id = doc.meta.id;
    const known = this.docs.get(id);
    if (known) return { doc: id, story: known.story, copyOf: known.copy ? known.original : null, newStory: false, events: [], entities: [] };
    const sig = minhash(doc.text);
    const copy = this.dedup.match(doc.meta.textHash, sig);
    const published = doc.meta.published?.slice(0, 10) ?? null;
    const rec: StoryDoc = { id, story: '', original: id, copy: null, published, title: doc.meta.title, source: doc.meta.source,
      url: doc.meta.url, path: doc.meta.path, seq: this.seq++ };
    let story: Story;
    let newStory = false;
    const words = termCounts(docStems(doc.meta.title, doc.text));
    const names = termCounts(nameTerms(doc.meta.title, doc.text));
    for (const t of [...this.idf.add([...words.keys(), ...names.keys()])]) this.dirtyKeys.add(`df:${t}`);
    this.dirtyKeys.add('meta');
    const wv = tfidfVector(words, this.idf);
    const nv = tfidfVector(names, this.idf, 40);
    if (copy) {
      const orig = this.docs.get(copy.original)!;
      rec.copy = copy.kind;
      story = this.stories.get(orig.story)!;
      if (published && orig.published && published < orig.published) this.promote(rec, orig, story);
      else rec.original = orig.id;
    } else {
      const best = this.bestStory(wv, nv, published);
      if (best) story = best;
      else { story = this.newStory(); newStory = true; }
    }
    this.dedup.add(id, doc.meta.textHash, sig, rec.original);
    rec.story = story.id;
    this.docs.set(id, rec);
    this.dirtyKeys.add(`doc:${id}`);
    story.docs.push(id);
    if (rec.original === id) story.originals++;
    if (published) {
      if (!story.first || published < story.first) story.first = published;
      if (!story.last || published > story.last) story.last = published;
    }
    if (!rec.copy) this.updateCentroid(story, wv, nv, doc);
    const storyEntities = new Set(Object.keys(story.entityCounts));
    const { ids: ents, byDocEntity } = this.entities.addDocument(doc, (e) => storyEntities.has(e));
    for (const e of ents) story.entityCounts[e] = (story.entityCounts[e] ?? 0) + 1;
    for (const e of this.entities.dirty) this.dirtyKeys.add(`entity:${e}`);
    this.entities.dirty.clear();
    const events = this.addEvents(doc, story, rec, byDocEntity);
    this.addStances(doc, story, byDocEntity);
    this.dirtyKeys.add(`story:${story.id}`);
    return { doc: id, story: story.id, copyOf: rec.copy ? rec.original : null, newStory, events, entities: ents };
  }

  /** An earlier-published copy arrived after its group's original: it becomes the original. */
  private promote(rec: StoryDoc, orig: StoryDoc, story: Story): void {
    const group = story.docs.filter((d) => this.docs.get(d)?.original === orig.id);
    for (const d of group) {
      const r = this.docs.get(d)!;
      r.original = rec.id;
      if (r.id === orig.id) r.copy = rec.copy;
      this.dirtyKeys.add(`doc:${d}`);
    }
    this.dedup.setOriginal(group, rec.id);
    rec.original = rec.id;
    rec.copy = null;
    story.originals--; // the old original no longer counts; the new one is counted by the caller
  }

  private newStory(): Story {
    const s: Story = { id: `s${(this.nextStory++).toString(36)}`, title: '', titleDoc: null, titleScore: -1, docs: [], originals: 0,
      first: null, last: null, entityCounts: {}, events: [], stances: [], centroid: [], names: [] };
    this.stories.set(s.id, s);
    this.centroids.set(s.id, { words: new Map(), names: new Map() });
    return s;
  }

  private bestStory(wv: Vec, nv: Vec, published: string | null): Story | null {
    const cands = new Set<string>();
    const top = [...wv].sort((a, b) => b[1] - a[1]).slice(0, QUERY_TERMS);
    for (const [t] of top) for (const s of this.termIndex.get(t) ?? []) cands.add(s);
    let best: Story | null = null;
    let bestScore = this.opts.storyThreshold;
    for (const sid of cands) {
      const c = this.centroids.get(sid)!;
      const story = this.stories.get(sid)!;
      let score = (1 - this.opts.nameWeight) * cosine(wv, c.words) + this.opts.nameWeight * cosine(nv, c.names);
      score *= this.timeFactor(story, published);
      if (score >= bestScore) { bestScore = score; best = story; }
    }
    return best;
  }

  /** 1 within `quietDays` of the story's span, then down to 0.5 half a year later (a story can come back, on strong similarity). */
  private timeFactor(story: Story, published: string | null): number {
    if (!published || !story.first || !story.last) return 1;
    const day = Date.parse(published);
    const gap = Math.max(0, (Date.parse(story.first) - day) / 864e5, (day - Date.parse(story.last)) / 864e5);
    if (!(gap > this.opts.quietDays)) return 1;
    return Math.max(0.5, 1 - (0.5 * (gap - this.opts.quietDays)) / 180);
  }

  private updateCentroid(story: Story, wv: Vec, nv: Vec, doc: Readonly<Document>): void {
    const c = this.centroids.get(story.id)!;
    const n = story.originals;
    const words = new Map([...c.words].map(([k, v]) => [k, v * (n - 1)]));
    addInto(words, wv);
    const names = new Map([...c.names].map(([k, v]) => [k, v * (n - 1)]));
    addInto(names, nv);
    c.words = prune(words, CENTROID_TERMS);
    c.names = prune(names, CENTROID_TERMS);
    story.centroid = [...c.words].map(([k, v]) => [k, Math.round(v * 1e4) / 1e4]);
    story.names = [...c.names].map(([k, v]) => [k, Math.round(v * 1e4) / 1e4]);
    this.reindex(story.id, c.words);
    // title: the headline of the document closest to the centroid (re-checked as documents arrive)
    const headline = doc.meta.title ?? firstLine(doc.text);
    const score = cosine(wv, c.words);
    const current = story.titleDoc ? this.docs.get(story.titleDoc) : undefined;
    if (headline && (!current || score > story.titleScore * 1.05)) { story.title = headline; story.titleDoc = doc.meta.id; story.titleScore = score; }
    else if (current) story.titleScore = Math.min(story.titleScore, score + 0.2);
  }

  private reindex(sid: string, words: Vec): void {
    const top = [...words].sort((a, b) => b[1] - a[1]).slice(0, INDEX_TERMS).map(([t]) => t);
    for (const t of this.indexed.get(sid) ?? []) this.termIndex.get(t)?.delete(sid);
    for (const t of top) { const s = this.termIndex.get(t); if (s) s.add(sid); else this.termIndex.set(t, new Set([sid])); }
    this.indexed.set(sid, top);
  }

  private addEvents(doc: Readonly<Document>, story: Story, rec: StoryDoc, byDocEntity: Map<string, string>): string[] {
    const out: string[] = [];
    for (const m of eventMentionsOf(doc, byDocEntity).slice(0, MAX_EVENTS_PER_DOC)) {
      const f = m.features;
      const keys = headKeys(f.head);
      let best: StoryEvent | null = null;
      let bestScore = this.opts.coref.threshold;
      const seen = new Set<string>();
      for (const k of keys) {
        for (const eid of this.eventIndex.get(`${story.id}|${k}`) ?? []) {
          if (seen.has(eid)) continue;
          seen.add(eid);
          const ev = this.events.get(eid)!;
          if (inSentence(ev, rec.id, m.evidence.sentence.start)) continue; // one sentence, two events (as in `eventSimilarity`)
          if (eraConflict(f.date, rec.published, ev.date, ev.published ?? null)) continue;
          const s = eventSimilarity(f, featuresOf(ev), this.opts.coref);
          if (s >= bestScore) { bestScore = s; best = ev; }
        }
      }
      if (!best) {
        best = { id: `e${(this.nextEvent++).toString(36)}`, story: story.id, type: f.type, label: f.text, date: f.date, certainty: m.evidence.certainty,
          sources: 0, actors: [], evidence: [],
          feat: { head: f.head, trigger: f.trigger, form: f.form, rest: f.rest, context: [...f.context].slice(0, 40), args: [...f.args].slice(0, 20), date: f.date, type: f.type } };
        this.events.set(best.id, best);
        story.events.push(best.id);
        for (const k of keys) { const key = `${story.id}|${k}`; const l = this.eventIndex.get(key); if (l) l.push(best.id); else this.eventIndex.set(key, [best.id]); }
      }
      if (!best.date && f.date) { best.date = f.date; best.feat.date = f.date; }
      if (rec.published && (!best.published || rec.published < best.published)) best.published = rec.published;
      if (CERTAINTY_RANK[m.evidence.certainty] < CERTAINTY_RANK[best.certainty]) best.certainty = m.evidence.certainty;
      best.evidence.push(m.evidence);
      for (const a of m.actors) if (!best.actors.includes(a)) best.actors.push(a);
      const groups = new Set(best.evidence.map((e) => this.docs.get(e.doc)?.original ?? (e.doc === rec.id ? rec.original : e.doc)));
      best.sources = groups.size;
      this.dirtyKeys.add(`event:${best.id}`);
      if (!out.includes(best.id)) out.push(best.id);
    }
    return out;
  }

  private addStances(doc: Readonly<Document>, story: Story, byDocEntity: Map<string, string>): void {
    for (const s of doc.stances) {
      if (story.stances.length >= MAX_STANCES_PER_STORY) break;
      const ent = s.actor.entity ? doc.entities.find((e) => e.id === s.actor.entity) : undefined;
      story.stances.push({ actor: ent?.name ?? s.actor.text, entity: (s.actor.entity && byDocEntity.get(s.actor.entity)) || null, proposition: s.proposition.key,
        label: s.proposition.label, position: s.position, date: doc.meta.published?.slice(0, 10) ?? null, doc: doc.meta.id, evidence: s.evidence });
    }
  }

  // ---- reading ------------------------------------------------------------------------------

  storyOf(docId: string): Story | undefined {
    const d = this.docs.get(docId);
    return d ? this.stories.get(d.story) : undefined;
  }

  /**
   * The story's key actors: people, organizations, places and other names (not demonyms such as "Americans"),
   * by the number of its documents naming them, weighted by how particular they are to it
   * (an actor every stored document names, such as the publisher's own government, weighs less).
   */
  keyActors(story: Story, n = KEY_ACTORS): StoryEntity[] {
    const total = Math.max(1, this.idf.n);
    const scored: [StoryEntity, number, number][] = [];
    for (const [id, count] of Object.entries(story.entityCounts)) {
      const e = this.entities.entities.get(id);
      if (!e || e.type === 'NORP') continue;
      scored.push([e, count * Math.log(1 + total / Math.max(1, e.docs)), count]);
    }
    return scored.sort((a, b) => b[1] - a[1] || b[2] - a[2]).slice(0, n).map(([e]) => e);
  }

  // ---- persistence ----------------------------------------------------------------------------

  /** The rows changed since the last call (key -> JSON), and forget them. */
  takeChanges(): { key: string; value: string | null }[] {
    const out: { key: string; value: string | null }[] = [];
    for (const key of this.dirtyKeys) {
      const [kind, id] = [key.slice(0, key.indexOf(':') < 0 ? key.length : key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      let value: unknown;
      if (key === 'meta') value = { n: this.idf.n, seq: this.seq, nextStory: this.nextStory, nextEvent: this.nextEvent };
      else if (kind === 'df') value = this.idf.df.get(id);
      else if (kind === 'doc') { const d = this.docs.get(id); value = d && { ...d, sig: this.dedup.signatureOf(id) }; }
      else if (kind === 'story') value = this.stories.get(id);
      else if (kind === 'event') value = this.events.get(id);
      else if (kind === 'entity') value = this.entities.entities.get(id);
      out.push({ key, value: value === undefined ? null : JSON.stringify(value) });
    }
    this.dirtyKeys.clear();
    return out;
  }

  /** Rebuild an engine from saved rows. */
  static fromRows(rows: Iterable<{ key: string; value: string }>, options: EngineOptions = {}): StoryEngine {
    const eng = new StoryEngine(options);
    const docs: (StoryDoc & { sig: string; textHash?: string })[] = [];
    for (const { key, value } of rows) {
      const i = key.indexOf(':');
      const kind = i < 0 ? key : key.slice(0, i);
      const id = key.slice(i + 1);
      const v = JSON.parse(value) as never;
      if (kind === 'meta') {
        const m = v as { n: number; seq: number; nextStory: number; nextEvent: number };
        eng.idf.n = m.n; eng.seq = m.seq; eng.nextStory = m.nextStory; eng.nextEvent = m.nextEvent;
      } else if (kind === 'df') eng.idf.df.set(id, v as number);
      else if (kind === 'doc') docs.push(v);
      else if (kind === 'story') eng.stories.set(id, v);
      else if (kind === 'event') eng.events.set(id, v);
      else if (kind === 'entity') eng.entities.restore(v);
    }
    docs.sort((a, b) => a.seq - b.seq);
    for (const d of docs) {
      const { sig, ...rec } = d;
      eng.docs.set(rec.id, rec);
      eng.dedup.addSignature(rec.id, sig, rec.original);
    }
    for (const s of eng.stories.values()) {
      const c = { words: new Map(s.centroid), names: new Map(s.names) };
      eng.centroids.set(s.id, c);
      eng.reindex(s.id, c.words);
      for (const eid of s.events) {
        const ev = eng.events.get(eid);
        if (!ev) continue;
        for (const k of headKeys(ev.feat.head)) {
          const key = `${s.id}|${k}`; const l = eng.eventIndex.get(key); if (l) l.push(eid); else eng.eventIndex.set(key, [eid]);
        }
      }
    }
    return eng;
  }
}

const CERTAINTY_RANK: Record<Certainty, number> = { asserted: 0, hedged: 1, future: 2, proposed: 3, hypothetical: 4 };

function firstLine(text: string): string {
  const l = text.trim().split('\n')[0] ?? '';
  return l.length > 120 ? `${l.slice(0, 117)}…` : l;
}

/** Years an explicit date may lie before the publication of an undated report of the same event. */
const ERA_YEARS = 1;

/**
 * An explicitly dated report and an undated one name different events when the date lies in an
 * earlier era than the undated side's publication: an undated mention is about the time it was
 * published or after it ("if Russia invades", "Russia's invasion"), so "when Russia invaded Crimea
 * in 2014", read in 2022, is another invasion. Each side is a date (or null) and the earliest
 * publication date of its reports (or null: no conflict can be told).
 */
function eraConflict(aDate: string | null, aPublished: string | null, bDate: string | null, bPublished: string | null): boolean {
  const before = (date: string, published: string) => Number(date.slice(0, 4)) < Number(published.slice(0, 4)) - ERA_YEARS;
  if (aDate && !bDate && bPublished) return before(aDate, bPublished);
  if (bDate && !aDate && aPublished) return before(bDate, aPublished);
  return false;
}

/** Whether the event already has a mention in this sentence of this document (its latest evidence: a document's mentions are added together). */
function inSentence(ev: StoryEvent, doc: string, sentence: number): boolean {
  for (let i = ev.evidence.length - 1; i >= 0 && ev.evidence[i]!.doc === doc; i--) if (ev.evidence[i]!.sentence.start === sentence) return true;
  return false;
}

function featuresOf(ev: StoryEvent): MentionFeatures {
  return { doc: '', start: 0, end: 0, sentence: -1, text: ev.label, ...ev.feat, context: new Set(ev.feat.context), args: new Set(ev.feat.args) };
}

const HEDGE = /\b(?:may|might|could|possibly|reportedly|allegedly|likely|perhaps|appears?|seems?)\b/i;
const FUTURE = /\b(?:will|shall|going to|plans? to|intends? to|would)\b/i;
const NEGATION = /\b(?:not|no|never|n't|denied|denies)\b/i;

/**
 * A document's event mentions: the events layer's when it has one; otherwise our own triggers
 * (`triggers.ts`) in sentences that carry a date, the first non-reporting trigger of each.
 */
export function eventMentionsOf(doc: Readonly<Document>, byDocEntity: Map<string, string> = new Map()): { features: MentionFeatures; evidence: EvidenceRef; actors: string[] }[] {
  const dates = documentDates(doc);
  const out: { features: MentionFeatures; evidence: EvidenceRef; actors: string[] }[] = [];
  const sentenceOf = (start: number, end: number) => doc.sentences.find((s) => s.start <= start && end <= s.end) ?? sentenceAround(doc.text, start, end);
  if (doc.events.length) {
    for (const e of doc.events) {
      const sent = sentenceOf(e.trigger.start, e.trigger.end);
      const date = e.time.value && !e.time.fromDct ? calendarDate(e.time.value) : null;
      const features = mentionFeatures(doc.meta.id, doc.text, e.trigger.start, e.trigger.end, sent.start, sent.end, { date, type: e.type });
      const actors = [e.source?.entity, e.target?.entity].map((x) => (x ? byDocEntity.get(x) : undefined)).filter((x): x is string => !!x);
      out.push({ features, actors, evidence: { doc: doc.meta.id, start: e.trigger.start, end: e.trigger.end, text: e.trigger.text,
        sentence: { start: sent.start, end: sent.end, text: doc.text.slice(sent.start, sent.end) }, certainty: e.modality.certainty,
        polarity: e.modality.polarity, dateFrom: date ? 'event' : null } });
    }
    return out;
  }
  if (!dates.length) return out;
  // without tokens, tag only the dated sentences (long documents stay cheap)
  const triggersIn = (a: number, b: number) => (doc.tokens.length
    ? triggersOfTokens(doc.tokens, [{ start: a, end: b }])
    : detectTriggers(doc.text.slice(a, b)).map((t) => ({ start: t.start + a, end: t.end + a })));
  const REPORTING = new Set(['say', 'tell', 'add', 'note', 'state', 'ask', 'thank', 'think', 'know', 'mean', 'look', 'want', 'talk']);
  const used = new Set<number>();
  for (const d of dates) {
    const sent = sentenceOf(d.start, d.end);
    if (used.has(sent.start)) continue;
    used.add(sent.start);
    const inSent = triggersIn(sent.start, sent.end);
    const pick = inSent.find((t) => !REPORTING.has(mentionFeatures('', doc.text, t.start, t.end, t.start, t.end).head)) ;
    if (!pick) continue;
    const sText = doc.text.slice(sent.start, sent.end);
    const features = mentionFeatures(doc.meta.id, doc.text, pick.start, pick.end, sent.start, sent.end, { date: d.date });
    const certainty: Certainty = FUTURE.test(sText) ? 'future' : HEDGE.test(sText) ? 'hedged' : 'asserted';
    out.push({ features, actors: [], evidence: { doc: doc.meta.id, start: pick.start, end: pick.end, text: doc.text.slice(pick.start, pick.end),
      sentence: { start: sent.start, end: sent.end, text: sText }, certainty, polarity: NEGATION.test(sText) ? 'negative' : 'positive', dateFrom: d.from } });
  }
  return out;
}
