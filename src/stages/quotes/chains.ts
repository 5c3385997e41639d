/**
 * Chains: a report that names the source it relies on.
 *
 *   "Reuters reported, citing a senior defense official, that the troops had left."
 *   "The Journal, citing internal documents, reported that the campaign is spending more than it takes in."
 *   "Members of the family soured on him, the Post reported, citing another anonymous source."
 *   "According to Bloomberg, citing people familiar with the matter, the deal is close."
 *   "CNN quoted an American witness as saying he saw one person in the truck."
 *   "According to the mayor of Yartsevo via news agency Interfax, the dam burst."
 *   "The mayor said via Interfax that the dam burst." (not "said via Twitter")
 *
 * The reporter's attribution (the host) keeps its source and the claim; the citing phrase is
 * neither. The cited source gets an attribution of its own: its cue ("citing", "quoting",
 * "as saying"), the cited words as its source, the host's claim as its content, reported through
 * the host (`via`). A citing phrase whose object names no source ("citing his Iowa results",
 * "citing low growth") is a cue of its own and stays as it is.
 *
 * Words: resources/en/quotes/grammar.yaml (citingWords, quotedAs, viaWords, viaChannels); what names a source: the
 * source nouns (sources.tsv), title words, or a person or organization the entities layer found.
 */
import type { Document } from '../../document.js';
import { withoutDropped, type RawAttribution } from './attribution.js';
import { lexiconCue, type Cue, type TokenView } from './cues.js';
import { quoteGrammar, type CueEntry, type QuoteLexicon } from './lexicon.js';
import { rightNP, type Range } from './phrases.js';
import { makeSpeaker, type EntityIndex } from './speaker.js';

const GRAMMAR = quoteGrammar('en');
const CITING = GRAMMAR.citingWords!;
const QUOTED_AS = GRAMMAR.quotedAs!;
const VIA = GRAMMAR.viaWords!;
const CHANNELS = GRAMMAR.viaChannels!;
const VIA_ENTRY: CueEntry = { lemma: 'via', meaning: 'report' };
const PHRASE_END = new Set([',', '.', ';', '—', '–', '!', '?']);
/** a cited phrase longer than this many tokens is a clause, not a source */
const MAX_CITED = 14;

export interface Chained {
  raw: RawAttribution[];
  /** each cited source's attribution → the host it is reported through */
  hosts: Map<RawAttribution, RawAttribution>;
}

/** Attributions with their chains resolved (see the file comment); `continues` indexes are kept right where one is dropped. */
export function citedSources(doc: Readonly<Document>, v: TokenView, raw: RawAttribution[], lex: QuoteLexicon, ix: EntityIndex): Chained {
  const hosts = new Map<RawAttribution, RawAttribution>();
  const drop = new Set<RawAttribution>();
  const added: RawAttribution[] = [];
  const bySentence = new Map<number, RawAttribution[]>();
  for (const r of raw) (bySentence.get(r.sentence) ?? bySentence.set(r.sentence, []).get(r.sentence)!).push(r);
  for (const [si, rs] of bySentence) {
    const s = doc.sentences[si]!;
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      if (CITING.has(v.low[k]!) && v.low[k - 1] === ',') citing(doc, v, lex, ix, rs, k, s.tokenEnd, hosts, drop, added);
      else if (v.low[k] === 'as' && k + 1 < s.tokenEnd && QUOTED_AS.has(v.low[k + 1]!)) quotedAs(doc, v, lex, ix, rs, k, hosts, added);
      else if (VIA.has(v.low[k]!)) via(doc, v, lex, ix, rs, k, s.tokenEnd, hosts, added);
    }
  }
  if (drop.size === 0 && added.length === 0) return { raw, hosts };
  return { raw: withoutDropped([...raw, ...added], drop), hosts };
}

/** ", citing a senior defense official," in the sentence of `rs`; `k` is the citing word. */
function citing(doc: Readonly<Document>, v: TokenView, lex: QuoteLexicon, ix: EntityIndex, rs: RawAttribution[], k: number, end: number,
  hosts: Map<RawAttribution, RawAttribution>, drop: Set<RawAttribution>, added: RawAttribution[]): void {
  let e = k + 1; // the cited phrase is [k + 1, e)
  while (e < end && !PHRASE_END.has(v.low[e]!) && v.low[e] !== 'that') e++;
  if (e === k + 1 || e - k - 1 > MAX_CITED || !namesSource(doc, v, lex, ix, k + 1, e)) return;
  const at = v.tokens[k]!.start, phraseEnd = v.tokens[e - 1]!.end;
  const own = rs.find((r) => r.cue && r.cue.head === k);
  // attributions read inside the citing phrase ("the Post reported" → "citing another anonymous source") are misreadings
  const misread = rs.filter((r) => r !== own && r.content[0] >= at && r.content[1] <= phraseEnd);
  // (a host's cue is a lexicon cue: one the model alone took, "went out of his way …, citing statistics", reports nothing)
  const others = rs.filter((r) => r !== own && !misread.includes(r) && !drop.has(r) && r.cue && r.cue.head !== k && !hosts.has(r) && lexiconCue(v, lex, r.cue));
  // the host: the attribution whose source holds the phrase ("The Journal, citing …, reported"), else the one whose content
  // holds it ("reported, citing …, that …"), else the one whose cue or content ends right before it ("…, the Post reported,
  // citing …", "said the deal is close, citing …")
  const before = v.tokens[k - 2]!;
  const host = others.find((r) => r.source && r.source[0] < k && r.source[1] >= k - 1)
    ?? others.find((r) => r.content[0] <= at && r.content[1] >= phraseEnd)
    ?? others.find((r) => r.cue!.last === k - 2 || r.content[1] > before.start && r.content[1] <= before.end);
  if (!host) return;
  if (host.source && host.source[0] < k && host.source[1] >= k - 1) {
    host.source = [host.source[0], k - 2];
  } else if (host.content[0] <= at && host.content[1] >= phraseEnd) {
    let after = e;
    while (after < v.tokens.length && v.low[after] === ',') after++;
    if (host.content[0] >= v.tokens[k - 1]!.start) {
      // the claim follows the phrase ("citing …, that the troops had left")
      if (after >= v.tokens.length || v.tokens[after]!.start >= host.content[1]) return;
      host.content = [v.tokens[after]!.start, host.content[1]];
    } else if (after >= v.tokens.length || v.tokens[after]!.start >= host.content[1] || PHRASE_END.has(v.low[after]!)) {
      // the claim comes before it ("said the deal is close, citing sources.")
      host.content = [host.content[0], v.tokens[k - 2]!.end];
    } else return;
  }
  const cue: Cue = own?.cue ?? { first: k, last: k, head: k, entry: lex.cueForms.get(v.low[k]!)! };
  const chained: RawAttribution = { kind: host.kind, cue, source: [k + 1, e - 1], content: host.content, sentence: host.sentence, continues: null, rule: 'cited' };
  if (own) drop.add(own);
  for (const r of misread) drop.add(r);
  added.push(chained);
  hosts.set(chained, host);
}

/** "quoted an American witness as saying he saw …": `k` is "as"; the host is the "quoted" attribution whose content opens with the source. */
function quotedAs(doc: Readonly<Document>, v: TokenView, lex: QuoteLexicon, ix: EntityIndex, rs: RawAttribution[], k: number,
  hosts: Map<RawAttribution, RawAttribution>, added: RawAttribution[]): void {
  const host = rs.find((r) => r.cue && r.cue.entry.lemma === 'quote' && r.cue.last < k && !hosts.has(r)
    && r.content[0] === v.tokens[r.cue.last + 1]?.start && r.content[1] > v.tokens[k + 1]!.end);
  if (!host || k - host.cue!.last - 1 > MAX_CITED || !namesSource(doc, v, lex, ix, host.cue!.last + 1, k)) return;
  let from = k + 2;
  while (v.low[from] === ',') from++;
  if (from >= v.tokens.length || v.tokens[from]!.start >= host.content[1]) return;
  const source: Range = [host.cue!.last + 1, k - 1];
  host.content = [v.tokens[from]!.start, host.content[1]];
  const entry = lex.cueForms.get(v.low[k + 1]!);
  if (!entry) return;
  const cue: Cue = { first: k, last: k + 1, head: k + 1, entry };
  const chained: RawAttribution = { kind: host.kind, cue, source, content: host.content, sentence: host.sentence, continues: null, rule: 'cited' };
  added.push(chained);
  hosts.set(chained, host);
}

/**
 * "According to the mayor of Yartsevo via news agency Interfax, …": a source phrase that ends with "via" and a
 * source is one source's words through another's report — the agency gets an attribution of the same content (cue
 * "via"), and the mayor's is reported through it.
 */
function via(doc: Readonly<Document>, v: TokenView, lex: QuoteLexicon, ix: EntityIndex, rs: RawAttribution[], k: number, end: number,
  hosts: Map<RawAttribution, RawAttribution>, added: RawAttribution[]): void {
  const r = rs.find((x) => x.source && x.source[0] < k && k < x.source[1] && !hosts.has(x));
  if (!r) { viaAfterCue(doc, v, lex, ix, rs, k, end, hosts, added); return; }
  if (!namesSource(doc, v, lex, ix, k + 1, r.source![1] + 1) || !namesSource(doc, v, lex, ix, r.source![0], k)) return;
  const host: RawAttribution = { kind: r.kind, cue: { first: k, last: k, head: k, entry: VIA_ENTRY }, source: [k + 1, r.source![1]], content: r.content, sentence: r.sentence, continues: null, rule: 'via' };
  r.source = [r.source![0], k - 1];
  added.push(host);
  hosts.set(r, host);
}

/** the most words between a cue and its "via" ("told reporters in Moscow via Interfax") */
const MAX_BEFORE_VIA = 6;

/**
 * "The mayor said via Interfax that …", "…, the mayor told reporters via Interfax.": a "via" after the cue (past an
 * addressee or a phrase of place or time, no verb and no comma) and a phrase naming a source that is no channel
 * (grammar.yaml viaChannels: "said via Twitter") — the same chain as a "via" inside the source phrase.
 */
function viaAfterCue(doc: Readonly<Document>, v: TokenView, lex: QuoteLexicon, ix: EntityIndex, rs: RawAttribution[], k: number, end: number,
  hosts: Map<RawAttribution, RawAttribution>, added: RawAttribution[]): void {
  const r = rs.find((x) => x.cue && x.cue.last < k && k - x.cue.last - 1 <= MAX_BEFORE_VIA && !hosts.has(x) && ![...hosts.values()].includes(x)
    && (x.content[1] <= v.tokens[x.cue.first]!.start || x.content[0] >= v.tokens[x.cue.last]!.end));
  if (!r) return;
  // (not a "via" inside a content that runs before it: "expressed its support via the signing of the bill" tells how)
  if (r.content[0] < v.tokens[k]!.start && v.tokens[k]!.start < r.content[1]) return;
  for (let j = r.cue!.last + 1; j < k; j++) if (v.low[j] === ',' || v.tokens[j]!.pos === 'VERB' || v.tokens[j]!.pos === 'AUX' || v.low[j] === 'that') return;
  const np = rightNP(v, k + 1, end);
  if (!np) return;
  // (a determiner after a name opens the content: "said via Interfax the city was calm")
  for (let j = np[0] + 1; j <= np[1]; j++) if (v.tokens[j]!.pos === 'DET' && v.tokens[j - 1]!.pos === 'PROPN') { np[1] = j - 1; break; }
  for (let j = np[0]; j <= np[1]; j++) if (CHANNELS.has(v.low[j]!)) return;
  if (!namesSource(doc, v, lex, ix, np[0], np[1] + 1) || makeSpeaker(doc, v, np, lex, ix, []).kind === 'document') return;
  // ("said via Interfax the city was calm": the source is no content)
  const at = v.tokens[k]!.start, after = v.tokens[np[1]]!.end;
  if (r.content[0] >= at && r.content[0] < after) {
    let next = np[1] + 1;
    while (next < end && v.low[next] === ',') next++;
    if (next >= end - 1 || v.tokens[next]!.start >= r.content[1]) return;
    r.content = [v.tokens[next]!.start, r.content[1]];
  }
  const host: RawAttribution = { kind: r.kind, cue: { first: k, last: k, head: k, entry: VIA_ENTRY }, source: np, content: r.content, sentence: r.sentence, continues: null, rule: 'via' };
  added.push(host);
  hosts.set(r, host);
}

/**
 * Do tokens [a, b) name a source: does the phrase up to its noun phrase's end type as one (speaker.ts makeSpeaker: a person,
 * an organization, an anonymous source, a publication, media reports or a document — not "his Iowa results")?
 */
function namesSource(doc: Readonly<Document>, v: TokenView, lex: QuoteLexicon, ix: EntityIndex, a: number, b: number): boolean {
  if (!rightNP(v, a, b)) return false;
  return makeSpeaker(doc, v, [a, b - 1], lex, ix, []).kind !== 'unknown';
}
