/**
 * Quotes stage: every attribution in the article — direct quotes, indirect speech, mixed quotes —
 * with its cue, content, speaker (typed and resolved to an entity), the chain through which it is
 * reported (`via`), its modality and the time that dates it.
 *
 * Where things are handled:
 *   quote marks ............ quoteMarks.ts        cue words .............. cues.ts (+ model.ts)
 *   cue/source/content ..... attribution.ts       source phrases ......... phrases.ts
 *   speaker typing/linking . speaker.ts           modality, time ......... modality.ts
 *   chains ("citing …") .... chains.ts
 *   language data .......... resources/en/quotes/ cue model .............. models/quotes/
 */
import type { Document, Quote, Timex } from '../../document.js';
import { spanOf } from '../../document.js';
import type { Stage } from '../types.js';
import { citedSources } from './chains.js';
import { findAttributions, tokenAtOrAfter, withoutDropped, type RawAttribution, type SentenceCues } from './attribution.js';
import { cueExtent, findCues, IN_NAME, IN_PLACE, tokenView, type Cue, type TokenView } from './cues.js';
import { quoteGrammar, quoteLexicon, type QuoteLexicon } from './lexicon.js';
import { modalityOf, statementTime } from './modality.js';
import { cueModel } from './model.js';
import { findQuotes, type QuoteSpan } from './quoteMarks.js';
import { entityIndex, makeSpeaker, personalName, type EntityIndex, type PrevSpeaker } from './speaker.js';
import { grammarWords } from '../../util/grammar.js';

const FIRST_PERSON = grammarWords('quotes').firstPersonSingular;

/** A quoted stretch inside an indirect content makes it a mixed quote when it is at least this many words (shorter ones are terms: "red lines"). */
const MIXED_MIN_WORDS = 3;

export function findQuotesLayer(doc: Readonly<Document>): Quote[] {
  const lex = quoteLexicon(doc.meta.language === 'und' ? 'en' : 'en');
  const model = cueModel();
  const v: TokenView = tokenView(doc.tokens, lex);
  const quotesByPara: QuoteSpan[][] = doc.paragraphs.map((p) => findQuotes(doc.text, p.start, p.end, lex.quotePairs));
  v.inQuote = inQuoteFlags(v, quotesByPara);
  v.inName = inNameFlags(doc);
  const cues: SentenceCues[] = doc.sentences.map((s) => {
    const list = findCues(v, s.tokenStart, s.tokenEnd, lex, model);
    return { cues: list, byFirst: new Map(list.map((c) => [c.first, c] as const)), byLast: new Map(list.map((c) => [c.last, c] as const)) };
  });
  spacedDashes(v);
  const found = findAttributions(doc, v, cues, quotesByPara);
  const ix = entityIndex(doc, lex);
  const { raw, hosts } = citedSources(doc, v, withoutDropped(found, new Set(found.filter((r) => isDiscourseMarker(v, r) || asksAddressee(doc, v, r)))), lex, ix);
  return buildQuotes(doc, v, raw, quotesByPara, hosts, ix);
}

/** names of these types keep their words from being cue words: the flag of each type (a place's is IN_PLACE) */
const NAME_FLAGS: Readonly<Record<string, number>> = { PER: IN_NAME, ORG: IN_NAME, NORP: IN_NAME, GPE: IN_PLACE, LOC: IN_PLACE };
/** for each token inside a mention of a name (NAME_FLAGS), its type's flag */
function inNameFlags(doc: Readonly<Document>): Uint8Array {
  const flags = new Uint8Array(doc.tokens.length);
  let k = 0;
  for (const m of [...doc.mentions].sort((a, b) => a.start - b.start)) {
    const flag = NAME_FLAGS[m.type];
    if (!flag) continue;
    while (k < doc.tokens.length && doc.tokens[k]!.end <= m.start) k++;
    for (let j = k; j < doc.tokens.length && doc.tokens[j]!.start < m.end; j++) flags[j] = flag;
  }
  return flags;
}

/**
 * "Donald Trump - who previously said … - said at a rally …": a hyphen with a space on each side is a dash; the source and
 * content rules read it as one ("—"). (After the cue words are found: the cue model reads the tokens as written.)
 */
function spacedDashes(v: TokenView): void {
  const t = v.tokens;
  for (let k = 1; k + 1 < t.length; k++) if (v.low[k] === '-' && t[k - 1]!.end < t[k]!.start && t[k]!.end < t[k + 1]!.start) v.low[k] = '—';
}

const DISCOURSE_MARKERS = quoteGrammar('en').discourseMarkers!;
/**
 * "as you know,", "I mean,": a source and cue of speech that attribute nothing (grammar.yaml
 * discourseMarkers), set off by punctuation after them or opened by "as"; "You know the rules are
 * strict" attributes knowledge.
 */
function isDiscourseMarker(v: TokenView, r: RawAttribution): boolean {
  if (!r.source || !r.cue || r.source[1] + 1 !== r.cue.first || r.source[1] - r.source[0] > 1 || r.cue.last - r.cue.first > 1) return false;
  if (!DISCOURSE_MARKERS.has(v.low.slice(r.source[0], r.cue.last + 1).join(' '))) return false;
  const after = v.low[r.cue.last + 1];
  return after === undefined || /^[,;:—–-]|^\.\.\.|^…/.test(after) || v.low[r.source[0] - 1] === 'as';
}

const ADDRESSEE_PRONOUNS = quoteGrammar('en').addresseePronouns!, QUESTION_AUXILIARIES = quoteGrammar('en').questionAuxiliaries!;
/**
 * "How did you find out about programming?", "Do you think he will win?": a question puts the cue
 * to the person addressed (grammar.yaml addresseePronouns, right after an auxiliary of
 * questionAuxiliaries), and attributes nothing. "So, you might be asking, how …?" and "if you
 * don't like it, what …?" do: no auxiliary before the pronoun.
 */
function asksAddressee(doc: Readonly<Document>, v: TokenView, r: RawAttribution): boolean {
  if (!r.source || !r.cue || r.source[0] !== r.source[1] || !ADDRESSEE_PRONOUNS.has(v.low[r.source[0]]!)) return false;
  if (!QUESTION_AUXILIARIES.has(v.low[r.source[0] - 1] ?? '')) return false;
  const s = doc.sentences[r.sentence]!;
  let k = s.tokenEnd - 1;
  while (k > r.cue.last && /^[\p{Pe}\p{Pf}"']$/u.test(v.low[k]!)) k--;
  return v.low[k] === '?';
}

/** 1 for each token inside quote marks (the model's `q` feature; cues there are the speaker's words). */
export function inQuoteFlags(v: TokenView, quotesByPara: QuoteSpan[][]): Uint8Array {
  const flags = new Uint8Array(v.tokens.length);
  for (const qs of quotesByPara) {
    for (const q of qs) {
      for (let k = tokenAtOrAfter(v, q.start); k < v.tokens.length && v.tokens[k]!.start < q.end; k++) if (v.tokens[k]!.start > q.start) flags[k] = 1;
    }
  }
  return flags;
}

function buildQuotes(doc: Readonly<Document>, v: TokenView, raw: RawAttribution[], quotesByPara: QuoteSpan[][], hosts: Map<RawAttribution, RawAttribution>, ix: EntityIndex): Quote[] {
  const lex = quoteLexicon('en');
  const timesBySentence = new Map<number, Timex[]>();
  for (const t of doc.times) {
    const k = sentenceAt(doc, t.start);
    if (k >= 0) (timesBySentence.get(k) ?? timesBySentence.set(k, []).get(k)!).push(t);
  }
  // text order: by the start of the attribution (cue, source or content, whichever is first)
  const order = raw.map((r, i) => i).sort((a, b) => startOf(v, raw[a]!) - startOf(v, raw[b]!));
  const idOf = new Map<number, string>();
  order.forEach((ri, n) => idOf.set(ri, `q${n + 1}`));
  const rawBySentence = new Map<number, RawAttribution[]>();
  for (const r of raw) (rawBySentence.get(r.sentence) ?? rawBySentence.set(r.sentence, []).get(r.sentence)!).push(r);
  const prev: PrevSpeaker[] = [];
  const speakers = new Map<number, Quote['speaker']>();
  const extents = cueExtents(doc, v, raw, lex);
  const out: Quote[] = [];
  for (const ri of order) {
    const r = raw[ri]!;
    const s = doc.sentences[r.sentence]!;
    const content = spanOf(doc.text, r.content[0], r.content[1]);
    const extent = r.cue && extents.get(r.cue)!;
    const cue = extent ? spanOf(doc.text, v.tokens[extent[0]]!.start, v.tokens[extent[1]]!.end) : null;
    let speaker = r.continues !== null ? speakers.get(r.continues) : undefined;
    if (speaker) speaker = { ...speaker, resolvedVia: 'previous-speaker' };
    else speaker = makeSpeaker(doc, v, r.source, lex, ix, prev);
    // an adverb cue names no one, but tells whose the words are ("reportedly": media reports)
    if (!r.source && r.cue?.entry.adverb && speaker.kind === 'unknown') speaker = { ...speaker, kind: r.cue.entry.adverb.kind, resolvedVia: 'cue' };
    if (r.rule === 'transcript' && speaker.kind === 'unknown') {
      // a transcript label names a person ("MS. JEAN-PIERRE:"); "Q" is a reporter's question
      speaker = speaker.span?.text === 'Q' ? { ...speaker, kind: 'anonymous', anonymousKind: 'questioner' } : { ...speaker, kind: 'person' };
    }
    // and a label that is a person's name is that person, whatever the tagger made of the name ("((Christian Keysers))")
    else if (r.rule === 'transcript' && speaker.kind === 'organization' && speaker.span && personalName(speaker.span.text, speaker.entity, lex, ix)) speaker = { ...speaker, kind: 'person' };
    speakers.set(ri, speaker);
    if (speaker.span) prev.push({ entity: speaker.entity, kind: speaker.kind, end: speaker.span.end });
    const para = doc.sentences[r.sentence]!.paragraph;
    // an indirect content that is one closed quote and nothing else is a direct quote ("said to reporters: “…”")
    const whole = r.kind === 'indirect' && quotesByPara[para]!.some((q) => q.closed && q.start === r.content[0] && q.end >= r.content[1]);
    const kind = whole ? 'direct' : r.kind === 'indirect' && quotedWords(quotesByPara[para]!, r.content) >= MIXED_MIN_WORDS ? 'mixed' : r.kind;
    const cueAt = cue?.start ?? content.start;
    const others = rawBySentence.get(r.sentence)!.filter((o) => o !== r).map((o) => o.content);
    const nested = others.filter(([a, b]) => a >= r.content[0] && b <= r.content[1] && b - a < r.content[1] - r.content[0]);
    out.push({
      id: idOf.get(ri)!, kind, cue, content, speaker, via: null,
      modality: modalityOf(doc, v, lex, r.cue, r.content, s.tokenStart, s.tokenEnd, nested),
      time: statementTime(timesBySentence.get(r.sentence) ?? [], s, cueAt, r.content, others),
      sentence: r.sentence,
    });
  }
  linkVia(doc, out, raw, order);
  // a cited source is reported through its host ("Reuters reported, citing a senior defense official, …")
  const byId = new Map(out.map((q) => [q.id, q] as const));
  for (const [chained, host] of hosts) byId.get(idOf.get(raw.indexOf(chained))!)!.via = idOf.get(raw.indexOf(host)) ?? null;
  return out;
}

/** Each cue's reported token range (cueExtent), kept off the sources and contents of its attributions and inside its sentence. */
function cueExtents(doc: Readonly<Document>, v: TokenView, raw: RawAttribution[], lex: QuoteLexicon): Map<Cue, [number, number]> {
  const byCue = new Map<Cue, RawAttribution[]>();
  for (const r of raw) if (r.cue) (byCue.get(r.cue) ?? byCue.set(r.cue, []).get(r.cue)!).push(r);
  const out = new Map<Cue, [number, number]>();
  for (const [cue, rs] of byCue) {
    // (the cue's own sentence: "The governor added:" before a paragraph that is its content)
    const s = doc.sentences[Math.max(0, sentenceAt(doc, v.tokens[cue.head]!.start))]!;
    const free = (k: number) => k >= s.tokenStart && k < s.tokenEnd && rs.every((r) =>
      !(r.source && k >= r.source[0] && k <= r.source[1]) && (v.tokens[k]!.end <= r.content[0] || v.tokens[k]!.start >= r.content[1]));
    out.set(cue, cueExtent(v, cue, lex, free));
  }
  return out;
}

/**
 * `via`: the quote through which a statement is reported. Either its cue sits inside another
 * quote's content ("the article emphasizes that … X called on …"), or the article retells a
 * publication ("the publication", "the authors of the material", …) and the statement comes
 * after that publication was cited, with no other source of its own in between.
 */
function linkVia(doc: Readonly<Document>, out: Quote[], raw: RawAttribution[], order: number[]): void {
  let publication: Quote | null = null;
  const byPara = new Map<number, Quote[]>();
  for (const q of out) {
    const p = doc.sentences[q.sentence]!.paragraph;
    (byPara.get(p) ?? byPara.set(p, []).get(p)!).push(q);
  }
  // the reach of a quote with the other parts of its attribution: "officials reported" in "Smith said the economy, officials
  // reported, would recover." holds the words on both sides of it, "said" with them, and so holds "said" (not "said" it)
  const rootOf = new Map<Quote, number>(out.map((q, n) => [q, raw[order[n]!]!.continues ?? order[n]!]));
  const reach = new Map<number, [number, number]>();
  for (const q of out) {
    const r = rootOf.get(q)!, e = reach.get(r);
    reach.set(r, e ? [Math.min(e[0], q.content.start), Math.max(e[1], q.content.end)] : [q.content.start, q.content.end]);
  }
  // (by their own content where the reaches are equal: "His death, they reported, was officially described as …")
  const size = (q: Quote) => { const [a, b] = reach.get(rootOf.get(q)!)!; return b - a; };
  const smaller = (a: Quote, b: Quote) => size(a) - size(b) || (a.content.end - a.content.start) - (b.content.end - b.content.start);
  out.forEach((q, n) => {
    const at = q.cue?.start ?? q.content.start;
    const container = byPara.get(doc.sentences[q.sentence]!.paragraph)!.filter((o) => o !== q && o.content.start <= at && at < o.content.end && smaller(q, o) < 0)
      .sort(smaller)[0];
    if (container) {
      q.via = container.id;
      // "I" inside a direct quote is its speaker
      if (container.kind === 'direct' && !q.speaker.entity && (container.speaker.entity || container.speaker.span) && FIRST_PERSON.has(q.speaker.span?.text.toLowerCase() ?? '')) {
        const s = container.speaker;
        q.speaker = { ...q.speaker, entity: s.entity, kind: s.kind, anonymousKind: s.anonymousKind, affiliation: s.affiliation, role: s.role, resolvedVia: 'speaker-of-quote', antecedent: s.span };
      }
    }
    else if (publication && q.speaker.kind !== 'publication' && raw[order[n]!]!.continues === null) q.via = publication.id;
    if (q.speaker.kind === 'publication' && q.speaker.entity === null) publication = q;
  });
}

function quotedWords(quotes: QuoteSpan[], [a, b]: [number, number]): number {
  let n = 0;
  for (const q of quotes) if (q.start >= a && q.end <= b + 1) n += q.words;
  return n;
}

function startOf(v: TokenView, r: RawAttribution): number {
  let s = r.content[0];
  if (r.cue) s = Math.min(s, v.tokens[r.cue.first]!.start);
  if (r.source) s = Math.min(s, v.tokens[r.source[0]]!.start);
  return s;
}

function sentenceAt(doc: Readonly<Document>, offset: number): number {
  let lo = 0, hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export type { Cue };

export const quotesStage: Stage = {
  name: 'quotes',
  produces: ['quotes'],
  needs: ['paragraphs', 'sentences', 'tokens', 'mentions', 'entities', 'times'],
  load: () => { quoteLexicon('en'); cueModel(); },
  run: (doc) => ({ quotes: findQuotesLayer(doc) }),
};
