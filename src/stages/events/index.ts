/**
 * Events stage: PLOVER events from verb and noun-phrase dictionaries (resources/en/events/),
 * with source and target actors taken only from the clause of the event phrase.
 *
 * Per sentence: clauses (clauses.ts) → event phrases (dictionary matches, longest first) →
 * actors (actors.ts):
 *  - verb phrase, active voice: source = the nearest actor phrase before it that is not the
 *    object of a preposition (coordinated subjects "X and Y" give one event each, or X→Y for
 *    reciprocal types with no other target); target = the first actor phrase after it, up to a
 *    topic preposition followed by a gerund ("discussions on sending ...").
 *  - verb phrase, passive ("was rejected by X"): source = the by-phrase, target = the subject.
 *  - a gerund after a preposition ("the possibility of sending French troops to Ukraine") is
 *    nominal: its source is the owner named inside the phrase (French → France), never the
 *    clause subject; it is hypothetical (a topic, not an occurrence) unless cues say more.
 *  - noun phrase: source = a possessor ("America's refusal"), an actor modifier ("Russian
 *    attack"), a by-phrase ("war unleashed by Russia"), an of-phrase for agent nouns ("visit of
 *    the Prime Minister"), or the subject of a neutral verb governing it ("held talks");
 *    target = to/against/with/on/for/into-phrase, of-phrase for patient nouns ("training of
 *    Ukrainian soldiers"); "between X and Y" gives X and Y.
 *  - subjects that are pronouns: in a reported clause, the reporter ("Syria says it will");
 *    he/she: the entity of the entities layer, else the last named official before it.
 *  - a noun phrase with no actor that repeats an earlier event noun ("these discussions") is
 *    that event again: its secrecy and cues are added to it, no new event is made.
 *  - "as it is already done in France and Poland": the event before it in the sentence,
 *    asserted, once per place (rule 'as-done').
 * A verb event needs a source (or, passive, a target); a noun event needs a source or a target.
 * Time: the nearest times item in the clause, else the DCT (fromDct). Place: a places item in the
 * clause after a locative preposition. Reported by: the quote whose content holds the phrase.
 */
import type { Actor, Document, Event, Span } from '../../document.js';
import { spanOf } from '../../document.js';
import type { Stage } from '../types.js';
import { baseForms, hasBase, loadLexicon, matchWords, type EventEntry } from './lexicon.js';
import { chunkClauses, type Clause, type CTok } from './clauses.js';
import { commonWords } from '../../util/wordlist.js';
import { chunkNPs, codeActor, makeActorContext, POSTMOD, type ActorContext, type ActorInfo, type NP } from './actors.js';
import { findCues, modalityFrom } from './modality.js';
import { grammarWords } from '../../util/grammar.js';

const GRAMMAR = grammarWords('events');

export interface Trigger { from: number; to: number; entry: EventEntry }

const BE = GRAMMAR.beForms;
const TARGET_PREP = GRAMMAR.targetPrepositions;
const TOPIC_PREP = GRAMMAR.topicPrepositions;
/** prepositions that make an event noun a time reference, not an event of the sentence */
const TEMPORAL_PREP = GRAMMAR.temporalPrepositions;
const LOCATIVE = GRAMMAR.locativePrepositions;
/** how far (in tokens) from the event phrase a place may stand */
const PLACE_WINDOW = 12;
const RECIPROCAL = new Set(['CONSULT', 'AGREE', 'COOPERATE', 'SUPPORT']);
const POSSESSIVE_PRON = GRAMMAR.possessivePronouns;
const NOMINAL = new Set(['NOUN', 'PROPN']);
const DEMONSTRATIVE = GRAMMAR.demonstratives;

/** Event phrases in a clause's token sequence: longest dictionary match at each token, no overlaps. */
export function findTriggers(seq: CTok[]): Trigger[] {
  const lex = loadLexicon();
  const out: Trigger[] = [];
  for (let i = 0; i < seq.length; i++) {
    const t = seq[i]!;
    const verb = t.pos === 'VERB';
    const nounish = t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ';
    if (!verb && !nounish) continue;
    const dict = verb ? lex.verbs : lex.nouns;
    let best: Trigger | null = null;
    for (const base of baseForms(t.lower)) {
      for (const e of dict.get(base) ?? []) {
        const end = e.words.length === 1 ? i : matchWords(seq, i, e.words, seq.length);
        if (end < 0) continue;
        if (e.kind === 'noun' && !(seq[end]!.pos === 'NOUN' || seq[end]!.pos === 'PROPN' || e.words.length > 1)) continue;
        if (!best || end - i > best.to - best.from || (end - i === best.to - best.from && e.words.length > best.entry.words.length)) best = { from: i, to: end, entry: e };
      }
    }
    if (best) { out.push(best); i = best.to; }
  }
  return out;
}

export function isPassive(seq: CTok[], p: number): boolean {
  const t = seq[p]!;
  // reduced relative: "a lunch hosted by the ambassador"
  if (/ed$/.test(t.lower) && (seq[p - 1]?.pos === 'NOUN' || seq[p - 1]?.pos === 'PROPN') && seq[p + 1]?.lower === 'by') return true;
  if (!(t.lower.endsWith('ed') || t.lower.endsWith('en') || /^(held|sent|met|shot|struck|fought|led|beat|cut|hit|set|put|seized|made|taken|given|thrown|sold|brought|kept|left|told|drawn|won|lost|hidden)$/.test(t.lower))) return false;
  for (let j = p - 1; j >= 0 && j >= p - 3; j--) {
    const u = seq[j]!;
    if (BE.has(u.lower) && (u.pos === 'AUX' || u.pos === 'VERB' || u.pos === 'PART')) return true;
    if (!(u.pos === 'ADV' || u.pos === 'PART')) return false;
  }
  return false;
}

/** Is the phrase starting at `from` the object of a preposition (not a postmodifier of a noun)? */
function inPP(seq: CTok[], from: number): boolean {
  const prev = seq[from - 1];
  if (!prev || prev.pos !== 'ADP') return false;
  if (POSTMOD.has(prev.lower)) {
    const before = seq[from - 2];
    if (before && (before.pos === 'NOUN' || before.pos === 'PROPN')) return false;
  }
  return true;
}

export interface SentenceCtx {
  doc: Readonly<Document>;
  actx: ActorContext;
  sentence: number;
  lastNamedOfficial: Actor | null;
}

function toActor(text: string, seq: CTok[], a: ActorInfo): Actor {
  return { ...spanOf(text, seq[a.from]!.start, seq[a.to]!.end), entity: a.entity, country: a.country, sector: a.sector, code: a.code };
}

export interface ClauseAnalysis {
  clause: Clause;
  seq: CTok[];
  nps: NP[];
  actors: (ActorInfo | null)[];
  triggers: Trigger[];
  /** the document's actor context the clause's actors were coded with */
  actx: ActorContext;
  /** subject actors of the first verb (resolved), for clauses that hang from this one; computed on demand by `subjectOf` */
  subject: Actor[] | null | undefined;
}

/** All clauses of a sentence with their phrases, actors and event phrases. */
export function analyzeSentence(doc: Readonly<Document>, sentence: number, actx: ActorContext): { toks: CTok[]; clauses: ClauseAnalysis[] } {
  const s = doc.sentences[sentence]!;
  const toks: CTok[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    toks.push({ lower: t.text.toLowerCase(), pos: t.pos, start: t.start, end: t.end });
  }
  const bounds: [number, number][] = actx.quotesIn(s.start, s.end).filter((q) => q.kind !== 'indirect' && q.content.start >= s.start && q.content.end <= s.end && q.content.end - q.content.start < s.end - s.start - 2)
    .map((q) => [q.content.start, q.content.end]);
  const clauses = chunkClauses(toks, bounds).map((clause) => {
    const seq = clause.toks.map((k) => toks[k]!);
    const nps = chunkNPs(seq, actx.nameEnd);
    const actors = nps.map((np) => codeActor(seq, np.from, np.to, actx));
    return { clause, seq, nps, actors, triggers: findTriggers(seq), actx, subject: undefined as Actor[] | null | undefined };
  });
  return { toks, clauses };
}

/** The actor phrases (coordinated with and/,) ending nearest before position p, not in a PP. */
export function subjectBefore(ca: ClauseAnalysis, p: number): ActorInfo[] {
  for (let k = ca.nps.length - 1; k >= 0; k--) {
    const np = ca.nps[k]!;
    if (np.to >= p) continue;
    const a = ca.actors[k];
    if (!a || inPP(ca.seq, np.from) || ca.seq[np.from - 1]?.pos === 'VERB') {
      // a postmodifier phrase ("forces in Guinea") is part of the subject before it
      continue;
    }
    // an appositive between commas describes the phrase before it: "Pakistan, a key U.S. ally, has refused"
    const app = appositiveOf(ca, k, p);
    if (app) return [app];
    // a postmodifier of the phrase before it ("the Greek side of the island of Cyprus"): the
    // subject is the whole chain from its head phrase, which codes its first actor
    let head = k;
    while (head > 0 && ca.seq[ca.nps[head]!.from - 1]?.lower === 'of' && ca.nps[head - 1]!.to === ca.nps[head]!.from - 2
      && NOMINAL.has(ca.seq[ca.nps[head - 1]!.to]!.pos)) head--;
    let first: ActorInfo = a;
    if (head < k) {
      // the whole chain is the object of a preposition: look further back
      if (inPP(ca.seq, ca.nps[head]!.from)) continue;
      // (with no actor of its own, the last phrase stands for it: "a group of deputies")
      const whole = codeActor(ca.seq, ca.nps[head]!.from, np.to, ca.actx);
      if (whole) first = whole;
    }
    const out = [first];
    // extend: "forces in Guinea" — the phrase after this one joined by a postmodifier
    const next = ca.nps[k + 1];
    if (first === a && next && next.to < p && POSTMOD.has(ca.seq[next.from - 1]?.lower ?? '') && next.from - 1 === np.to + 1) {
      const whole = codeActor(ca.seq, np.from, next.to, ca.actx);
      if (whole) out[0] = whole;
    }
    // coordination before it: "X and Y", "X, Y and Z"
    let j = head - 1;
    while (j >= 0) {
      const prev = ca.nps[j]!;
      if (!isConjunction(ca.seq, prev.to + 1, ca.nps[j + 1]!.from) || !ca.actors[j]) break;
      out.unshift(ca.actors[j]!);
      j--;
    }
    return out;
  }
  return [];
}

/**
 * An appositive between commas describes the phrase before it ("Pakistan, a key U.S. ally in the
 * war against terrorism, has refused"): a determiner phrase after a comma whose closing comma
 * comes before the verb at p with no verb between. Returns the phrase it describes.
 */
function appositiveOf(ca: ClauseAnalysis, k: number, p: number): ActorInfo | null {
  const { seq, nps } = ca;
  let open = k;
  // the appositive may run over several phrases ("a key ally in the war against terrorism")
  while (open >= 0 && seq[nps[open]!.from - 1]?.lower !== ',') {
    if (open === 0) return null;
    const gap = seq.slice(nps[open - 1]!.to + 1, nps[open]!.from);
    if (gap.some((t) => t.pos !== 'ADP')) return null;
    open--;
  }
  const np = nps[open]!;
  const before = nps[open - 1];
  const actor = ca.actors[open - 1];
  if (!before || !actor || before.to !== np.from - 2 || seq[np.from]!.pos !== 'DET' || !(actor.country || actor.code)) return null;
  for (let i = nps[k]!.to + 1; i < p; i++) {
    if (seq[i]!.lower === ',') return actor;
    if (seq[i]!.pos === 'VERB' || seq[i]!.pos === 'AUX') return null;
  }
  return null;
}

/** Whether seq[a..b) is "and", ", and" or "&" (a coordination of two phrases). */
function isConjunction(seq: CTok[], a: number, b: number): boolean {
  if (b - a === 1) return seq[a]!.lower === 'and' || seq[a]!.lower === '&';
  return b - a === 2 && seq[a]!.lower === ',' && seq[a + 1]!.lower === 'and';
}

/** The first actor phrase after position q (and the ones coordinated with it). */
export function actorsAfter(ca: ClauseAnalysis, q: number, limit = Infinity): ActorInfo[] {
  for (let k = 0; k < ca.nps.length; k++) {
    const np = ca.nps[k]!;
    if (np.from <= q || np.from > q + limit) continue;
    // a topic preposition followed by a gerund, a comma, or a verb (other than an infinitive
    // complement: "threatened to break relations with Russia") ends the search
    for (let i = q + 1; i < np.from; i++) {
      const t = ca.seq[i]!;
      if (TOPIC_PREP.has(t.lower) && ca.seq[i + 1]?.pos === 'VERB') return [];
      if (t.lower === ',' || t.lower === ';') return [];
      // a participle between a preposition/determiner and a noun modifies it ("from neighboring Lebanon")
      const modifier = t.pos === 'VERB' && (/(ing|ed)$/.test(t.lower) && (ca.seq[i - 1]!.pos === 'ADP' || ca.seq[i - 1]!.pos === 'DET')
        // a hyphenated compound: "war-torn Mozambique"
        || (ca.seq[i - 1]!.end === t.start && /^[-‐]$/.test(ca.seq[i - 1]!.lower)) || (ca.seq[i + 1]?.start === t.end && /^[-‐]$/.test(ca.seq[i + 1]!.lower)));
      // only the infinitive right after the phrase is crossed ("promised to continue aid to X"),
      // not a later purpose clause ("gave X a grant ... to finance projects in Y")
      const infinitive = ca.seq[i - 1]!.lower === 'to' && i - 1 <= q + 4;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && i > q + 1 && !infinitive && !modifier) return [];
    }
    const a = ca.actors[k];
    if (!a) continue;
    const out = [a];
    let j = k + 1;
    while (j < ca.nps.length && isConjunction(ca.seq, ca.nps[j - 1]!.to + 1, ca.nps[j]!.from) && ca.actors[j]) { out.push(ca.actors[j]!); j++; }
    return out;
  }
  return [];
}

/**
 * An actor inside a verb phrase's own words or the noun phrase it ends in: an indirect object
 * ("give Tanzania a grant") or a postmodifier of the phrase's object ("withdraw its troops from
 * Lebanon", "deploy peacekeepers in Iraq"). Only a country or organization counts, and never
 * the owner's own ("its troops").
 */
function objectInPhrase(ca: ClauseAnalysis, p: number, q: number): ActorInfo | null {
  const { seq } = ca;
  for (let k = 0; k < ca.nps.length; k++) {
    const np = ca.nps[k]!;
    if (np.from <= p || np.from > q) continue;
    const a = ca.actors[k];
    if (np.to <= q) {
      if (a && !a.pronoun && (a.country || a.code) && !POSSESSIVE_PRON.has(seq[np.from]!.lower)) return a;
      continue;
    }
    for (let j = q + 1; j < np.to; j++) {
      if (!POSTMOD.has(seq[j]!.lower)) continue;
      const b = codeActor(seq, j + 1, np.to, ca.actx);
      return b && (b.country || b.code) ? b : null;
    }
  }
  return null;
}

function npIndexAt(ca: ClauseAnalysis, pos: number): number {
  return ca.nps.findIndex((np) => np.from <= pos && pos <= np.to);
}

function runStage(doc: Readonly<Document>): { events: Event[] } {
  const actx = makeActorContext(doc);
  const text = doc.text;
  const events: Event[] = [];
  const dct = doc.meta.published;
  const sctx: SentenceCtx = { doc, actx, sentence: 0, lastNamedOfficial: null };
  for (let si = 0; si < doc.sentences.length; si++) {
    sctx.sentence = si;
    const { clauses } = analyzeSentence(doc, si, actx);
    const sentenceEvents: Event[] = [];
    for (let ci = 0; ci < clauses.length; ci++) {
      const ca = clauses[ci]!;
      const made = eventsOfClause(ca, clauses, sctx, events.length + sentenceEvents.length);
      for (const e of made) {
        if (e === 'merged') continue;
        sentenceEvents.push(e);
      }
      // rule 'as-done': "as it is already done in France and Poland"
      const isDone = (t: CTok) => t.pos === 'VERB' && hasBase(t, 'do') && !t.lower.endsWith('ing');
      if (!made.length && ca.clause.opener === 'as' && ca.seq.some(isDone) && sentenceEvents.length) {
        const doneAt = ca.seq.findIndex(isDone);
        const model = sentenceEvents[sentenceEvents.length - 1]!;
        const places = placesIn(actx, ca.seq, [], true);
        for (const pl of places.length ? places : [null]) {
          sentenceEvents.push({
            ...model, id: `ev${events.length + sentenceEvents.length + 1}`,
            trigger: spanOf(text, ca.seq[doneAt]!.start, ca.seq[doneAt]!.end), place: pl,
            modality: modalityFrom(text, ca.seq, findCues(ca.seq, 0, doneAt)),
          });
        }
      }
      // remember named officials for he/she
      for (let k = ca.actors.length - 1; k >= 0; k--) {
        const a = ca.actors[k];
        if (a && a.named && a.sector === 'GOV' && !a.pronoun) { sctx.lastNamedOfficial = toActor(text, ca.seq, a); break; }
      }
    }
    // merge anaphoric event nouns into earlier events
    events.push(...sentenceEvents);
    for (const e of pendingMerges.splice(0)) mergeInto(events, e, si);
    void dct;
  }
  return { events };
}

/** Noun events without actors that repeat an earlier event noun; merged after each sentence. */
const pendingMerges: { head: string; secret: Span[]; cues: Span[] }[] = [];

function mergeInto(events: Event[], m: { head: string; secret: Span[]; cues: Span[] }, si: number): void {
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k]!;
    if (e.sentence < si - 3) break;
    const last = e.trigger.text.toLowerCase().split(/\s+/).pop() ?? '';
    if (last === m.head || baseForms(last).includes(m.head) || baseForms(m.head).includes(last)) {
      e.modality = { ...e.modality, secrecy: e.modality.secrecy || m.secret.length > 0, cues: [...e.modality.cues, ...m.secret, ...m.cues] };
      return;
    }
  }
}

/** Places items in the clause (within PLACE_WINDOW tokens of the event phrase when one is given). */
function placesIn(actx: ActorContext, seq: CTok[], avoid: Span[], locativeOnly: boolean, from = 0, to = seq.length): string[] {
  const out: string[] = [];
  if (!seq.length) return out;
  for (const p of actx.placesIn(seq[0]!.start, seq[seq.length - 1]!.end)) {
    const k = seq.findIndex((t) => t.start <= p.start && p.start < t.end);
    if (k < 0 || k < from - PLACE_WINDOW || k > to + PLACE_WINDOW) continue;
    if (avoid.some((a) => a.start <= p.start && p.end <= a.end)) continue;
    const prev = seq[k - 1]?.lower ?? '';
    const prev2 = seq[k - 2]?.lower ?? '';
    if (locativeOnly && !(LOCATIVE.has(prev) || (prev === 'and' && LOCATIVE.has(seq[k - 3]?.lower ?? '')) || (prev === 'of' && prev2 === 'territory'))) continue;
    out.push(p.id);
  }
  return out;
}

function resolvePronoun(a: ActorInfo, ca: ClauseAnalysis, all: ClauseAnalysis[], sctx: SentenceCtx): Actor | null {
  const text = sctx.doc.text;
  const t = ca.seq[a.from]!;
  const ent = sctx.actx.entityAt(t.start, t.end);
  if (ent && ent.country) {
    const coded = codeActor(ca.seq, a.from, a.to, sctx.actx);
    if (coded && coded.country) return toActor(text, ca.seq, coded);
  }
  // in a reported or coordinated clause: the subject of the clause it hangs from
  const parent = ca.clause.parent;
  if ((ca.clause.kind === 'complement' || ca.clause.kind === 'vp-conj' || ca.clause.kind === 'sub') && parent !== null) {
    const ps = all[parent] ? subjectOf(all[parent]!, all, sctx) : null;
    if (ps && ps.length) return { ...ps[0]!, ...spanOf(text, t.start, t.end) };
  }
  if ((a.pronoun === 'he' || a.pronoun === 'she') && sctx.lastNamedOfficial) {
    const o = sctx.lastNamedOfficial;
    return { ...spanOf(text, t.start, t.end), entity: o.entity, country: o.country, sector: o.sector, code: o.code };
  }
  return null;
}

export function finalActor(a: ActorInfo | undefined, ca: ClauseAnalysis, all: ClauseAnalysis[], sctx: SentenceCtx): Actor | null {
  if (!a) return null;
  if (a.pronoun) return resolvePronoun(a, ca, all, sctx);
  return toActor(sctx.doc.text, ca.seq, a);
}

/** The clause's own subject (for clauses that hang from it), resolved once, on demand. */
function subjectOf(ca: ClauseAnalysis, all: ClauseAnalysis[], sctx: SentenceCtx): Actor[] | null {
  if (ca.subject !== undefined) return ca.subject;
  ca.subject = null; // guards against a loop while resolving
  const firstVerb = ca.seq.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (firstVerb > 0) {
    const subj = subjectBefore(ca, firstVerb).map((a) => finalActor(a, ca, all, sctx)).filter((a): a is Actor => a !== null);
    ca.subject = subj.length ? subj : null;
  } else if (ca.clause.kind === 'vp-conj' && ca.clause.parent !== null && all[ca.clause.parent]) {
    ca.subject = subjectOf(all[ca.clause.parent]!, all, sctx);
  }
  return ca.subject;
}

function eventsOfClause(ca: ClauseAnalysis, all: ClauseAnalysis[], sctx: SentenceCtx, base: number): (Event | 'merged')[] {
  const { seq } = ca;
  const text = sctx.doc.text;
  const out: (Event | 'merged')[] = [];
  const verbTriggers = ca.triggers.filter((t) => t.entry.kind === 'verb');
  // decided once per trigger: the loop below also asks it of the triggers after each one
  const eventUse = new Map(ca.triggers.map((t) => [t, isEventUse(seq, t, sctx.actx)]));
  for (const trig of ca.triggers) {
    const { from: p, to: q, entry } = trig;
    if (!eventUse.get(trig)) continue;
    // "were engaged in ethnic cleansing", "is committed to": a participle with its own
    // preposition in the phrase is a state of the subject, not a passive
    // (with a by-phrase it stays passive)
    const passive = isPassive(seq, p) && !(entry.kind === 'verb' && STATE_PREP.has(entry.words[1] ?? '') && !seq.some((t, k) => k > q && t.lower === 'by'));
    let sources: (Actor | null)[] = [];
    let targets: (Actor | null)[] = [];
    let hypothetical = ca.clause.opener === 'if' || ca.clause.opener === 'unless';
    const gerund = entry.kind === 'verb' && seq[p]!.lower.endsWith('ing') && p > 0 && (seq[p - 1]!.pos === 'ADP' || seq[p - 1]!.pos === 'SCONJ');
    if (entry.kind === 'verb' && !gerund) {
      if (passive) {
        const byAt = seq.findIndex((t, k) => k > q && t.lower === 'by');
        if (byAt > 0) sources = actorsAfter(ca, byAt, 4).map((a) => finalActor(a, ca, all, sctx));
        targets = subjectBefore(ca, p).map((a) => finalActor(a, ca, all, sctx));
      } else {
        const subj = subjectBefore(ca, p);
        sources = subj.map((a) => finalActor(a, ca, all, sctx));
        if (!sources.length && (ca.clause.kind === 'vp-conj') && ca.clause.parent !== null) sources = all[ca.clause.parent] ? subjectOf(all[ca.clause.parent]!, all, sctx) ?? [] : [];
        const within = objectInPhrase(ca, p, q);
        targets = (within ? [within] : actorsAfter(ca, q)).map((a) => finalActor(a, ca, all, sctx));
        // "demanded that the US cancel ...": the subject of the verb's own that-clause
        if (!targets.length) {
          const lastLocal = ca.clause.toks[q]!;
          const comp = all.find((c) => c.clause.opener === 'that' && c.clause.toks[0] === lastLocal + 2);
          const fv = comp ? comp.seq.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX') : -1;
          if (comp && fv > 0) targets = subjectBefore(comp, fv).slice(0, 1).map((a) => finalActor(a, comp, all, sctx));
        }
      }
    } else {
      // nominal: a noun phrase or a gerund after a preposition
      // a noun that is the topic of another event phrase ("negotiations on defense cooperation")
      const npStart = npIndexAt(ca, p) >= 0 ? ca.nps[npIndexAt(ca, p)]!.from : p;
      if (entry.kind === 'noun' && TOPIC_PREP.has(seq[npStart - 1]?.lower ?? '') && ca.triggers.some((t) => t !== trig && t.to === npStart - 2)) continue;
      // a time reference to another event ("since last month's invasion", "after violent
      // protests"), unless the phrase dates it itself ("after the visit of X to Y on November 11")
      if (entry.kind === 'noun' && TEMPORAL_PREP.has(seq[npStart - 1]?.lower ?? '') && !datedPhrase(ca, sctx.actx, q)) continue;
      if (entry.kind === 'noun' && verbTriggers.some((v) => v.to < p && p - v.to <= 6 && !seq.slice(v.to + 1, p).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.lower === ','))) continue;
      if (gerund) hypothetical = true;
      const k = npIndexAt(ca, p);
      const np = k >= 0 ? ca.nps[k]! : { from: p, to: q };
      // possessor: "America's possible refusal"
      const sAt = seq.slice(np.from, p).findIndex((t) => t.lower === "'s" || t.lower === '’s');
      if (sAt >= 0) {
        const a = codeActor(seq, np.from, np.from + sAt - 1, sctx.actx);
        if (a) sources = [finalActor(a, ca, all, sctx)];
      }
      // actor modifier inside the phrase ("Russian attack", "sending French troops")
      if (!sources.length) {
        const inner = codeActor(seq, sAt >= 0 ? np.from + sAt + 1 : (gerund ? p + 1 : np.from), gerund ? q : p - 1, sctx.actx);
        if (inner && (inner.country || inner.code) && inner.to <= (gerund ? q : p - 1)) sources = [finalActor({ ...inner, sector: inner.sector }, ca, all, sctx)];
      }
      // after the phrase: by / of / between / to ...
      const nextTrigger = ca.triggers.find((t) => t.from > q && t !== topicOf(ca, trig) && eventUse.get(t))?.from ?? seq.length;
      // a noun phrase ending in a verb ("refusal to support Kyiv"): the phrase after it is the target
      if (seq[q]!.pos === 'VERB') { const xs = actorsAfter(ca, q, 2); if (xs.length) targets = xs.map((a) => finalActor(a, ca, all, sctx)); }
      for (let i = q + 1; i < nextTrigger && i <= q + 16; i++) {
        const w = seq[i]!.lower;
        if (w === 'between') {
          const xs = actorsAfter(ca, i, 3);
          if (xs.length >= 2) { sources = [finalActor(xs[0], ca, all, sctx)]; targets = [finalActor(xs[1], ca, all, sctx)]; }
          break;
        }
        if (seq[i]!.pos === 'AUX' || (seq[i]!.pos === 'VERB' && seq[i + 1]?.pos !== 'ADP')) {
          // "negotiations ... are ongoing between X and Y": look on for between
          const b = seq.findIndex((t, m) => m > i && t.lower === 'between');
          if (b > 0 && b - i <= 4) { i = b - 1; continue; }
          break;
        }
        if (w === 'by' && !sources.length) {
          // "demonstrations against the violations by the military": the by-phrase is the agent of
          // the event noun right before it, not of this one
          const owner = ca.nps.find((x) => x.to === i - 1 && x.from > q);
          if (owner && isEventNoun(seq[owner.to]!)) break;
          const xs = actorsAfter(ca, i, 3); if (xs.length) sources = [finalActor(xs[0], ca, all, sctx)];
        }
        else if (w === 'of' && i === np.to + 1 || (w === 'of' && i === q + 1)) {
          const xs = actorsAfter(ca, i, 2);
          if (xs.length && entry.of === 'source' && !sources.length) sources = [finalActor(xs[0], ca, all, sctx)];
          else if (xs.length && entry.of === 'target' && !targets.length) targets = [finalActor(xs[0], ca, all, sctx)];
        } else if (TARGET_PREP.has(w) && !targets.length && seq[i + 1]?.pos !== 'VERB') {
          // against an event with an agent ("protests against the arrests by the police"): the agent
          const obj = ca.nps.find((x) => x.from > i && x.from <= i + 3);
          if (obj && isEventNoun(seq[obj.to]!) && seq[obj.to + 1]?.lower === 'by') {
            const agent = actorsAfter(ca, obj.to + 1, 3);
            if (agent.length) { targets = [finalActor(agent[0], ca, all, sctx)]; break; }
          }
          const xs = actorsAfter(ca, i, 3);
          if (xs.length) targets = xs.map((a) => finalActor(a, ca, all, sctx));
        }
      }
      // subject of a neutral verb governing the noun: "the EU countries held talks"
      if (!sources.length && entry.kind === 'noun') {
        let j = np.from - 1;
        // the last of coordinated objects: "launched artillery, mortar, and rocket fire"
        for (let m = npIndexAt(ca, np.from) - 1; m >= 0; m--) {
          const prev = ca.nps[m]!;
          const gap = seq.slice(prev.to + 1, j + 1).map((t) => t.lower).join(' ');
          if (gap !== ',' && gap !== 'and' && gap !== ', and' && gap !== 'or' && gap !== ', or') break;
          j = prev.from - 1;
        }
        while (j >= 0 && (seq[j]!.pos === 'ADV' || seq[j]!.pos === 'PART' || (PARTICLES.has(seq[j]!.lower) && seq[j - 1]?.pos === 'VERB'))) j--;
        const modifierVerb = j > 0 && (seq[j - 1]!.pos === 'ADP' || seq[j - 1]!.pos === 'DET');
        if (j >= 0 && seq[j]!.pos === 'VERB' && !modifierVerb && !isPassive(seq, j)) sources = subjectBefore(ca, j).map((a) => finalActor(a, ca, all, sctx));
      }
    }
    sources = sources.filter((a) => a !== null);
    targets = targets.filter((a) => a !== null && !sources.some((s) => s && s.start === a.start));
    const needSource = entry.kind === 'verb' && !gerund && !passive;
    if (!sources.length && !targets.length) {
      // anaphoric event noun: "these discussions, most of which are classified, were resumed"
      if (entry.kind === 'noun') {
        const det = seq[(npIndexAt(ca, p) >= 0 ? ca.nps[npIndexAt(ca, p)]!.from : p)]!;
        if (DEMONSTRATIVE.has(det.lower)) {
          pendingMerges.push({ head: seq[q]!.lower, secret: secretSpans(ca, all, p, q, text), cues: [] });
          out.push('merged');
        }
      }
      continue;
    }
    if (needSource && !sources.length) continue;
    // at least one actor must be identified: coded, an entity, or a proper name
    if (![...sources, ...targets].some((a) => a && (a.code || a.entity || /^\p{Lu}/u.test(a.text) && !PRONOUNS.has(a.text.toLowerCase())))) continue;
    // cues: clause start to the end of the phrase
    // negation reaches only the verb group right before the phrase ("did not attack", not
    // "did not rule out the possibility of sending")
    const hits = findCues(seq, 0, q).filter((h) => h.effect !== 'negated' || h.to >= p - 3 && !seq.slice(h.to + 1, p).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADP'));
    const trigger = spanOf(text, seq[p]!.start, seq[q]!.end);
    const quote = sctx.actx.quotesIn(trigger.start, trigger.end).find((qq) => qq.content.start <= trigger.start && trigger.end <= qq.content.end);
    const modality = modalityFrom(text, seq, hits, { hypothetical, secret: secretSpans(ca, all, p, q, text), reported: quote?.modality });
    // reciprocal: "X and Y held talks" → X → Y
    if (sources.length >= 2 && !targets.length && RECIPROCAL.has(entry.type)) { targets = [sources[1]!]; sources = [sources[0]!]; }
    const topic = topicOf(ca, trig);
    const context = [entry.context, topic?.entry.context].filter((c, k, arr): c is string => !!c && arr.indexOf(c) === k);
    const time = timeOf(sctx.doc, sctx.actx, ca.seq, p);
    const avoid = [...sources, ...targets].filter((a): a is Actor => !!a);
    let place: string | null = placesIn(sctx.actx, seq, avoid, true, p, q)[0] ?? null;
    if (!place && entry.mode === 'visit' && targets[0]) place = placesIn(sctx.actx, seq, [], false).find((id) => { const pl = sctx.actx.placesIn(targets[0]!.start, targets[0]!.end).find((x) => x.id === id); if (!pl) return false; return pl.start >= targets[0]!.start && pl.end <= targets[0]!.end; }) ?? null;
    const sent = sctx.doc.sentences[sctx.sentence]!;
    for (const src of sources.length ? sources : [null]) {
      out.push({
        id: `ev${base + out.length + 1}`,
        type: entry.type, mode: entry.mode, context, cameo: entry.cameo,
        trigger, source: src, target: targets[0] ?? null, time, place, modality,
        reportedBy: quote?.id ?? null, sentence: sctx.sentence, evidence: spanOf(text, sent.start, sent.end),
      });
    }
  }
  return out;
}

/** A noun that names an event: an event noun of the dictionary or a deverbal noun ("violations", "harassment"). */
function isEventNoun(t: CTok): boolean {
  if (t.pos !== 'NOUN') return false;
  if (/(tion|sion|ment|ance|ence)s?$/.test(t.lower)) return true;
  return baseForms(t.lower).some((f) => loadLexicon().nouns.has(f));
}

/** Whether a date stands in the phrase after position q, before any verb. */
function datedPhrase(ca: ClauseAnalysis, actx: ActorContext, q: number): boolean {
  const { seq } = ca;
  let end = q + 1;
  while (end < seq.length && end <= q + 20 && !(seq[end]!.pos === 'VERB' || seq[end]!.pos === 'AUX')) end++;
  if (end === q + 1) return false;
  return actx.timesIn(seq[q + 1]!.start, seq[end - 1]!.end).some((t) => t.type === 'DATE' && t.start >= seq[q + 1]!.start);
}

/** verb particles between a verb and its object ("speeded up the withdrawal") */
const PARTICLES = GRAMMAR.particles;
const STATE_PREP = GRAMMAR.statePrepositions;
const CATENATIVE = GRAMMAR.catenatives;
const PRONOUNS = GRAMMAR.pronouns;

/**
 * Whether a dictionary match is used as an event here: not a noun modifying another noun ("war
 * crimes court", "riot police"), not an adjectival participle ("the occupied West Bank", "in
 * occupied Crimea", "Syrian-backed"), not a participial phrase after a comma (", killing 20 people"), whose
 * subject is not written in its clause.
 */
function isEventUse(seq: CTok[], trig: Trigger, actx: ActorContext): boolean {
  const { from: p, to: q, entry } = trig;
  const prev = seq[p - 1];
  if (entry.kind === 'noun') return seq[q + 1]?.pos !== 'NOUN' && !namePart(seq, trig, actx);
  if (prev && (prev.pos === 'DET' || prev.pos === 'ADJ') && /(ed|en)$/.test(seq[p]!.lower)) return false;
  // and right after a preposition, before its noun: "in occupied Crimea", "of captured soldiers"
  if (prev && prev.pos === 'ADP' && p === q && /(ed|en)$/.test(seq[p]!.lower) && (seq[p + 1]?.pos === 'NOUN' || seq[p + 1]?.pos === 'PROPN')) return false;
  if (prev && (prev.lower === '-' || prev.lower.endsWith('-')) && prev.end === seq[p]!.start) return false;
  if (prev && prev.lower === ',' && seq[p]!.lower.endsWith('ing')) return false;
  // an infinitive is bare: "conceded to demands from X" is a noun the tagger took for a verb
  if (prev && prev.lower === 'to' && /[^s']s$/.test(seq[p]!.lower) && entry.words[0] !== seq[p]!.lower) return false;
  // a catenative verb before a bare verb: "to help support X" is the support
  if (p === q && CATENATIVE.has(seq[p]!.lower) && seq[p + 1] && (seq[p + 1]!.pos === 'VERB' || baseForms(seq[p + 1]!.lower).some((f) => loadLexicon().verbs.has(f)))) return false;
  return true;
}

/**
 * An event noun after a proper name that names no actor is part of a name: "the Gulf war", "the
 * South Asia Free Trade Agreement" (a treaty or a war by its name, not an event of the sentence);
 * "the Geneva talks" and "the Iraq war" keep their place or country.
 */
function namePart(seq: CTok[], trig: Trigger, actx: ActorContext): boolean {
  let a = trig.from;
  while (a > 0 && seq[a - 1]!.pos === 'PROPN') a--;
  if (a === trig.from) return false;
  // one entity mention over the name and the noun ("South Asia Free Trade Agreement")
  const inName = actx.entityAt(seq[trig.from]!.start, seq[trig.from]!.end);
  if (inName && inName === actx.entityAt(seq[trig.from - 1]!.start, seq[trig.from - 1]!.end)) return true;
  const actor = codeActor(seq, a, trig.from - 1, actx);
  return !actor || !(actor.country || actor.code || actor.entity);
}

/** A noun event phrase that is the topic of this one ("negotiations on defense cooperation"). */
function topicOf(ca: ClauseAnalysis, trig: Trigger): Trigger | undefined {
  if (!TOPIC_PREP.has(ca.seq[trig.to + 1]?.lower ?? '')) return undefined;
  return ca.triggers.find((t) => t.entry.kind === 'noun' && t.from > trig.to + 1 && t.from <= trig.to + 4);
}

function secretSpans(ca: ClauseAnalysis, all: ClauseAnalysis[], p: number, q: number, text: string): Span[] {
  const out: Span[] = [];
  for (const h of findCues(ca.seq, 0, ca.seq.length - 1)) if (h.effect === 'secret') out.push(spanOf(text, ca.seq[h.from]!.start, ca.seq[h.to]!.end));
  // a relative clause attached to the event phrase ("discussions, most of which are classified")
  const first = ca.clause.toks[Math.max(0, p)];
  const last = ca.clause.toks[q];
  for (const other of all) {
    if (other.clause.kind !== 'relative' || other.clause.attachedTo === null || first === undefined || last === undefined) continue;
    if (other.clause.attachedTo < first || other.clause.attachedTo > last) continue;
    for (const h of findCues(other.seq, 0, other.seq.length - 1)) if (h.effect === 'secret') out.push(spanOf(text, other.seq[h.from]!.start, other.seq[h.to]!.end));
  }
  return out;
}

function timeOf(doc: Readonly<Document>, actx: ActorContext, seq: CTok[], p: number): Event['time'] {
  let best: { id: string; value: string; d: number } | null = null;
  const at = seq[p]!.start;
  if (seq.length) {
    for (const t of actx.timesIn(seq[0]!.start, seq[seq.length - 1]!.end)) {
      if (t.type !== 'DATE' && t.type !== 'TIME') continue;
      if (!seq.some((k) => k.start <= t.start && t.start < k.end)) continue;
      // calendar values beat vague references (PAST_REF, PRESENT_REF); then the nearest
      const d = Math.abs(t.start - at) + (/^\d{4}/.test(t.value) ? 0 : 100000);
      if (!best || d < best.d) best = { id: t.id, value: t.value, d };
    }
  }
  if (best) return { timex: best.id, value: best.value, fromDct: false };
  return { timex: null, value: doc.meta.published, fromDct: true };
}

export function events(doc: Readonly<Document>): Event[] {
  pendingMerges.length = 0;
  return runStage(doc).events;
}

export const eventsStage: Stage = {
  name: 'events',
  produces: ['events'],
  needs: ['sentences', 'tokens', 'mentions', 'entities', 'times', 'places', 'quotes'],
  load: () => { loadLexicon(); commonWords(); },
  run: (doc) => ({ events: events(doc) }),
};
