/**
 * Mention recognition: the trained tagger over the document's words, then repairs, most of them
 * made possible by the knowledge base:
 * - adjacent pieces of one name are merged when the whole is a KB entity or a government body
 *   ("British" + "Ministry of Defense" → "British Ministry of Defense"; "Puerto" + "Rico"), a
 *   possessive the tagger ran into a name is left out of it, and a party or nationality word before
 *   a person's name is split off ("Republican Kevin McCarthy", splitAffiliation);
 * - LOC becomes GPE when the KB knows a country or capital by that name; MISC becomes NORP for
 *   a demonym ("French", "Ukrainian");
 * - a span is cut where a plain-text table parts its columns or rows ("Belgium      Lithuania",
 *   atColumnGaps);
 * - mentions without a letter (HTML remnants, stray symbols) are dropped, and so are one-word
 *   mentions that cannot be names: pronouns, interjections, "I’m", ordinary verbs, a title alone
 *   (notAName; of two words or more, the end of one, or its abbreviation: "Surgeon General", "Governor
 *   [General]", "MPs", titleOnly), a plural ordinary word after a determiner as a person ("our Allies", pluralNoun); a
 *   function word that opens a span ("As I said") is left out of it;
 * - a name runs on through its middle initial (joinInitials) and capitalized words that complete
 *   a KB name ("USA Today", extendToKbNames); through a lower-case particle ("Ali bin Tamim") it
 *   runs in the tagger already (src/ner/tagger.ts joinParticles).
 */
import type { EntityType } from '../../document.js';
import { countryByName } from '../../kb/countries.js';
import { INITIAL, lookupBody, lookupEntity, lookupExact, NAME_SUFFIX } from '../../kb/lookup.js';
import { titleTable } from '../../kb/titles.js';
import { nameKey } from '../../kb/normalize.js';
import { spansOf, tagWords } from '../../ner/tagger.js';
import { GIVEN_NAME_BITS } from '../../ner/gazetteer.js';
import { loadModel } from '../../ner/model.js';
import { commonWords, wordList } from '../../util/wordlist.js';
import { initialsOf } from './initials.js';
import type { Words } from './words.js';
import type { Label } from '../../util/transcript.js';
import { grammarWords } from '../../util/grammar.js';

const GRAMMAR = grammarWords('entities');

export interface RawMention {
  /** word range, end exclusive */
  from: number;
  to: number;
  type: EntityType;
  via: string;
  confidence: number;
}

/** Words that may sit inside one name between two tagged pieces. */
const JOINERS = GRAMMAR.nameJoiners;
const HAS_LETTER = /\p{L}/u;
const MAX_JOIN_WORDS = 3;
const MAX_OF_WORDS = 5;
/** Organization head words that take an "of ..." complement inside the name. */
const OF_HEADS = GRAMMAR.ofHeads;

const CAPITALIZED_WORD = /^\p{Lu}/u;
/** lower-case particles inside a person's name ("von der", "bin") */
const NAME_PARTICLES = GRAMMAR.nameParticles;
/** Spaces that part the columns of a table laid out in plain text ("Denmark      Norway"), within a line. */
const COLUMN_GAP = /[ \t\u00a0]{3}/;
/**
 * Words [a, b) cut where three spaces or more part two words on one line, or where a line break parts
 * two names the knowledge base knows whole ("Lithuania" / "Canada" down a column): no name runs from
 * one column or table row into the next. (A line break inside a name of hard-wrapped text stays.)
 */
function atColumnGaps(w: Words, text: string, a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  const gapAt = (k: number): string => text.slice(w.end[k - 1]!, w.start[k]!);
  const columnGap = (g: string): boolean => g.length >= 3 && !g.includes('\n') && COLUMN_GAP.test(g);
  let from = a;
  for (let k = a + 1; k < b; k++) {
    const gap = gapAt(k);
    let cut = columnGap(gap);
    if (!cut && gap.includes('\n')) {
      // the piece after the line break runs to the next break or column gap
      let e = k + 1;
      while (e < b && !gapAt(e).includes('\n') && !columnGap(gapAt(e))) e++;
      cut = lookupExact(text.slice(w.start[from]!, w.end[k - 1]!)) !== null && lookupExact(text.slice(w.start[k]!, w.end[e - 1]!)) !== null;
    }
    if (cut) { out.push([from, k]); from = k; }
  }
  out.push([from, b]);
  return out;
}

/** Words [a, b) all start with a capital. */
function allCapitalized(w: Words, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!CAPITALIZED_WORD.test(w.words[k]!)) return false;
  return true;
}

/**
 * "Republican Kevin McCarthy", "Democrat Nancy Pelosi", "Kurdish Ahmed Khan": a party follower's or a
 * nationality word (groups.txt, a demonym) before a known given name and more capitalized words, typed
 * as one MISC or ORG span by the tagger, is that word and a person. `out` is in text order.
 */
export function splitAffiliation(out: RawMention[], w: Words): void {
  const groups = wordList('groups.txt');
  const givenNames = wordList('given-names.txt', 'places');
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if ((m.type !== 'MISC' && m.type !== 'ORG') || m.to - m.from < 3) continue;
    const first = w.words[m.from]!;
    const word = first.toLowerCase();
    const affiliation = groups.has(word) || groups.has(`${word}s`) || countryByName(first)?.matched === 'demonym';
    if (!affiliation || !givenNames.has(w.words[m.from + 1]!.toLowerCase()) || !allCapitalized(w, m.from + 1, m.to)) continue;
    out.splice(i + 1, 0, { from: m.from + 1, to: m.to, type: 'PER', via: 'ner+affiliation', confidence: m.confidence });
    out[i] = { ...m, to: m.from + 1, type: 'MISC' };
    i++;
  }
}

/**
 * Names with a middle initial, which the tagger tends to cut in two ("Joseph" + "R. Biden",
 * "Antony" + "J. Blinken"): a name of one or two capitalized words, the initial, and the piece
 * after it make one person ("Joseph R. Biden"); a generational suffix after a person, with or
 * without a comma, belongs to the name ("Joseph R. Biden, Jr."). `out` is in text order.
 */
export function joinInitials(out: RawMention[], w: Words): void {
  const caps = (a: number, b: number) => allCapitalized(w, a, b);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!, b = out[i + 1]!;
    if (a.to - a.from > 2 || !caps(a.from, a.to) || w.sentence[a.from] !== w.sentence[b.from] || INITIAL.test(w.words[a.to - 1]!)) continue;
    // the initial opens the next piece ("R. Biden"), or stands untagged between the two ("R.")
    const opens = b.from === a.to && b.to - b.from >= 2 && INITIAL.test(w.words[b.from]!);
    const between = b.from === a.to + 1 && INITIAL.test(w.words[a.to]!);
    if (!(opens || between) || !CAPITALIZED_WORD.test(w.words[opens ? b.from + 1 : b.from]!)) continue;
    out.splice(i, 2, { from: a.from, to: b.to, type: 'PER', via: 'ner+initial', confidence: 0.85 });
    i--;
  }
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.type !== 'PER') continue;
    const next = out[i + 1]?.from ?? w.words.length;
    let k = m.to;
    if (w.words[k] === ',' && NAME_SUFFIX.has(w.words[k + 1] ?? '')) k++;
    if (k < next && NAME_SUFFIX.has(w.words[k] ?? '') && w.sentence[k] === w.sentence[m.from]) m.to = k + 1;
  }
}

/**
 * A one-word mention that cannot be a name: a word not in capitals that the part-of-speech tagger
 * reads as a pronoun or an interjection ("You", "Hi"), one of resources/en/entities/not-names.txt ("I’m", "Yeah": words
 * of transcribed speech it may take for proper nouns), or a person's title alone (person-titles.txt: "Professor").
 */
function notAName(word: string, pos: string | undefined): boolean {
  notNames ??= wordList('not-names.txt');
  // (not a word in capitals: "US", "WHO" may be read as pronouns)
  const capitals = isCapitals(word);
  const lower = word.toLowerCase();
  return (pos === 'PRON' || pos === 'INTJ') && !capitals || notNames.has(lower.replace(/’/g, "'"))
    // a title alone ("Professor", "Senator"): the name it titles is elsewhere
    || !capitals && wordList('person-titles.txt').has(lower.replace(/\.$/, ''))
    // "Tell us about …": an ordinary verb that opens a sentence
    || pos === 'VERB' && !capitals && commonWords().has(word.toLowerCase());
}
/** A span of two words or more, each of them a word no name is (not-names.txt: "et cetera", "No. No."). */
function allNotNames(w: Words, from: number, to: number): boolean {
  notNames ??= wordList('not-names.txt');
  if (to - from < 2) return false;
  for (let k = from; k < to; k++) if (!notNames.has(w.words[k]!.toLowerCase().replace(/’/g, "'"))) return false;
  return true;
}
/** "our Allies", "the Partners": a plural of an ordinary word after a determiner, written capitalized, names no person ("Woods said" may). */
function pluralNoun(word: string, before: string | undefined): boolean {
  const lower = word.toLowerCase();
  if ((before !== 'DET' && before !== 'PRON') || isCapitals(word) || lower.length <= 3 || !lower.endsWith('s')) return false;
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return commonWords().has(lower) && commonWords().has(singular);
}
/**
 * A span that is an office's title of two words or more and nothing else ("Surgeon General",
 * "Prime Minister"), or a part of such a title the text writes out around it, which the tagger took
 * alone ("Governor [General]", "[Chief] of Staff", "Chief of [Staff]", "Secretary of [State]"):
 * titles.tsv; the person it titles is a mention of their own, and the title is their role.
 */
function titleOnly(w: Words, from: number, to: number): boolean {
  const titles = titleTable().byKey;
  // a title's abbreviation in capitals ("MP", "MPs", "CEO")
  const word = w.words[from]!.replace(/(?<=\p{Lu})s$/u, '');
  if (to - from === 1 && isCapitals(word) && titles.has(word.toLowerCase())) return true;
  // a title of two to five words, opened by a capitalized word, holding the whole span
  const sent = w.sentence[from]!;
  const same = (k: number) => k >= 0 && k < w.words.length && w.sentence[k] === sent;
  for (let a = from; a >= from - 3 && same(a); a--) {
    if (!/^\p{Lu}/u.test(w.words[a]!)) continue;
    for (let b = Math.max(to, a + 2); b <= a + 5 && same(b - 1); b++) if (titles.has(w.words.slice(a, b).join(' ').toLowerCase())) return true;
  }
  return false;
}
/**
 * A span of words [from, to) opened by a person's title (person-titles.txt: "Senator", "Dr.", or a
 * title's abbreviation in capitals: "MP") and then one to three name words ("Penny Sharpe"), the
 * last no organization's head word nor an ordinary English word ("Senator Hotel", "Dr. Smith Clinic" stay).
 */
function titleOpensName(w: Words, from: number, to: number): boolean {
  const n = to - from - 1;
  if (n < 1 || n > 3) return false;
  const first = w.words[from]!;
  const title = isCapitals(first) ? titleTable().byKey.has(first.toLowerCase()) : /^\p{Lu}\p{Ll}/u.test(first) && wordList('person-titles.txt').has(first.toLowerCase().replace(/\.$/, ''));
  if (!title) return false;
  for (let k = from + 1; k < to; k++) if (!/^\p{Lu}\p{Ll}/u.test(w.words[k]!)) return false;
  const last = w.words[to - 1]!;
  return !wordList('org-heads.txt').has(last) && !commonWords().has(last.toLowerCase());
}
/**
 * A person's given name alone, tagged PER, and the capitalized word right after it, untagged, are
 * one name ("drafted by [Alex] Greenwich who said": the model knows Greenwich as a place): the given
 * name must be one the gazetteer knows (FIRST, NAME), the word after it no ordinary English word, in
 * the same sentence, and no capitalized word may follow it.
 */
function surnameAfterGivenName(out: RawMention[], w: Words): void {
  const gaz = loadModel().gazetteer;
  out.forEach((m, i) => {
    const k = m.to;
    if (m.type !== 'PER' || k - m.from !== 1 || k >= w.words.length || (out[i + 1] && out[i + 1]!.from <= k) || w.sentence[k] !== w.sentence[m.from]) return;
    const next = w.words[k]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(next) || commonWords().has(next.toLowerCase())) return;
    if (k + 1 < w.words.length && w.sentence[k + 1] === w.sentence[k] && /^\p{Lu}/u.test(w.words[k + 1]!)) return;
    if (gaz.categoriesOf(w.words, m.from, k) & GIVEN_NAME_BITS) m.to = k + 1;
  });
}
/** Parts of speech of words that never begin a name: prepositions, conjunctions, adverbs, auxiliaries, particles ("As", "From", "Namely", "Be"). */
const FUNCTION_POS = new Set(['ADP', 'SCONJ', 'CCONJ', 'ADV', 'AUX', 'PART']);
const isCapitals = (word: string): boolean => word.length > 1 && word === word.toUpperCase();
let notNames: Set<string> | undefined;

/** The tagger's mentions in words `w` of `text`; `pos[i]` is the part of speech of word i's first token. */
export function recognize(w: Words, text: string, pos: readonly string[] = []): RawMention[] {
  const labels = tagWords(w.words, w.sentStarts, undefined, false); // not corpus tokens: wordsOf joined hyphenated words by their spacing (curly quotes are still straightened)
  const spanText = (a: number, b: number) => text.slice(w.start[a]!, w.end[b - 1]!);
  const raw: RawMention[] = spansOf(labels, w.sentStarts)
    .map((s) => {
      // "As I said", "From the very beginning": a function word that opens a span (a capital only because it opens the clause) is not part of the name
      let start = s.start;
      while (start < s.end && FUNCTION_POS.has(pos[start] ?? '') && !isCapitals(w.words[start]!)) start++;
      // a possessive the tagger ran into the span ("Rico" + "'s") is not part of the name
      const end = s.end - start > 1 && /^['’]s$/i.test(w.words[s.end - 1]!) ? s.end - 1 : s.end;
      // a person's title that opens a span of another type is not part of the name, which is the person's ("MP Penny Sharpe" was an organization)
      if (s.type !== 'PER' && titleOpensName(w, start, end)) return { ...s, start: start + 1, end, type: 'PER' as EntityType };
      return { ...s, start, end };
    })
    .filter((s) => s.start < s.end && HAS_LETTER.test(spanText(s.start, s.end)) && !titleOnly(w, s.start, s.end) && !allNotNames(w, s.start, s.end) && !(s.end - s.start === 1 && (notAName(w.words[s.start]!, pos[s.start]) || s.type === 'PER' && pluralNoun(w.words[s.start]!, pos[s.start - 1]))))
    .flatMap((s) => atColumnGaps(w, text, s.start, s.end).map(([from, to]) => ({ from, to, type: s.type, via: 'ner', confidence: 0.85 })));
  // merge neighbours that together name a KB entity or a government body
  const out: RawMention[] = [];
  for (let i = 0; i < raw.length; i++) {
    let cur = raw[i]!;
    while (i + 1 < raw.length) {
      const next = raw[i + 1]!;
      const gap = next.from - cur.to;
      if (gap > MAX_JOIN_WORDS || w.sentence[cur.from] !== w.sentence[next.from]) break;
      let joinable = true;
      // (joiners, or capitalized words the tagger left out: "Ukrainian" + "General" + "Staff", the KB's "Ukrainian General Staff")
      for (let k = cur.to; k < next.from; k++) if (!JOINERS.has(w.words[k]!.toLowerCase()) && !CAPITALIZED_WORD.test(w.words[k]!)) joinable = false;
      if (!joinable) break;
      const whole = spanText(cur.from, next.to);
      const body = lookupBody(whole);
      // two pieces of one type ask for that type ("Puerto" + "Rico", both places), else an organization
      const kb = body ?? lookupEntity(whole, cur.type === next.type ? cur.type : 'ORG');
      if (!kb || kb.confidence < 0.9 || (kb.via !== 'name' && kb.via !== 'alias' && kb.via !== 'body')) break;
      cur = { from: cur.from, to: next.to, type: kb.type === 'PER' ? 'PER' : kb.type, via: 'ner+kb', confidence: 0.9 };
      i++;
    }
    out.push(cur);
  }
  surnameAfterGivenName(out, w);
  splitAffiliation(out, w);
  joinInitials(out, w);
  extendToKbNames(out, w, spanText);
  // "Ministry of Defense", "Bank of England": an organization head word takes its "of" complement
  for (const m of out) {
    if (m.type !== 'ORG' || m.to >= w.words.length || w.words[m.to] !== 'of' || !OF_HEADS.has(w.words[m.to - 1]!.toLowerCase())) continue;
    let e = m.to + 1;
    if (e < w.words.length && w.words[e] === 'the') e++;
    let last = -1;
    for (let k = e; k < w.words.length && k < e + MAX_OF_WORDS && w.sentence[k] === w.sentence[m.from]; k++) {
      if (/^\p{Lu}/u.test(w.words[k]!)) last = k;
      else if (!JOINERS.has(w.words[k]!) || k === e) break;
    }
    if (last < 0 || out.some((o) => o !== m && o.from <= last && o.to > m.to && o.type === 'PER')) continue;
    for (const o of out) if (o !== m && o.from >= m.to && o.to <= last + 1) o.to = o.from; // swallowed
    m.to = last + 1;
    m.via = 'ner+of';
  }
  for (let i = out.length - 1; i >= 0; i--) if (out[i]!.to <= out[i]!.from) out.splice(i, 1);
  // acronyms the tagger missed: an all-capitals word spelling the initials of a multi-word
  // organization named in the same document ("... Baltic Fisheries Authority ... a BFA spokesman")
  const initials = new Map<string, EntityType>();
  for (const m of out) if (m.to - m.from >= 2 && (m.type === 'ORG' || m.type === 'MISC')) { const ini = initialsOf(spanText(m.from, m.to)); if (ini.length >= 2) initials.set(ini, m.type); }
  if (initials.size) {
    const covered = new Uint8Array(w.words.length);
    for (const m of out) for (let k = m.from; k < m.to; k++) covered[k] = 1;
    for (let k = 0; k < w.words.length; k++) {
      const t = initials.get(w.words[k]!);
      if (t && !covered[k]) out.push({ from: k, to: k + 1, type: t, via: 'acronym', confidence: 0.8 });
    }
    out.sort((a, b) => a.from - b.from);
  }
  // finer types from the knowledge base
  for (const m of out) {
    const t = spanText(m.from, m.to).replace(/['’]s$/, '');
    if (m.type === 'PER' && m.to - m.from === 1) {
      // a one-word "person" that the KB knows only as a country or city ("Kyiv") is that place
      const kb = lookupEntity(t);
      if (kb && (kb.type === 'GPE' || kb.type === 'LOC') && (kb.via === 'name' || kb.via === 'alias')) { m.type = kb.type; m.via = 'ner+kb'; }
    }
    if (m.type === 'LOC') {
      const kb = lookupEntity(t, 'LOC');
      if (kb && kb.type === 'GPE' && kb.confidence >= 0.9) m.type = 'GPE';
    } else if (m.type === 'MISC') {
      if (countryByName(t)?.matched === 'demonym') m.type = 'NORP';
    }
  }
  return out;
}

/** How many untagged capitalized words after a mention may complete a KB name. */
const MAX_KB_EXTENSION = 2;

/**
 * A mention followed by untagged capitalized words that complete the name of a KB entity is
 * that entity ("USA" + "Today" → the newspaper "USA Today", which the tagger read as the country
 * and a word; "Kyodo" + "News"). Only exact names and aliases count (lookupExact), never surname or fuzzy matches. `out`
 * is in text order.
 */
export function extendToKbNames(out: RawMention[], w: Words, spanText: (a: number, b: number) => string): void {
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    const limit = Math.min(m.to + MAX_KB_EXTENSION, out[i + 1]?.from ?? w.words.length, w.words.length);
    let k = m.to;
    while (k < limit && w.sentence[k] === w.sentence[m.from] && CAPITALIZED_WORD.test(w.words[k]!)) k++;
    for (; k > m.to; k--) {
      const kb = lookupExact(spanText(m.from, k));
      if (kb && kb.via !== 'demonym' && kb.type !== 'PER') {
        m.to = k; m.type = kb.type; m.via = 'ner+kb'; m.confidence = 0.9;
        break;
      }
    }
    // and to the left, a KB person's name whose given name and particles the tagger left out ("… the European Commission Ursula
    // von der Leyen": "Leyen" alone, MISC)
    const floor = Math.max(m.from - MAX_KB_EXTENSION - 2, out[i - 1]?.to ?? 0);
    let j = m.from;
    while (j > floor && w.sentence[j - 1] === w.sentence[m.from] && (CAPITALIZED_WORD.test(w.words[j - 1]!) || NAME_PARTICLES.has(w.words[j - 1]!))) j--;
    for (; j < m.from; j++) {
      // (a word the KB key drops is no part of the name: "The" of "The Obama administration")
      if (!CAPITALIZED_WORD.test(w.words[j]!) || nameKey(spanText(j, m.to)) === nameKey(spanText(j + 1, m.to))) continue;
      const kb = lookupExact(spanText(j, m.to));
      if (kb && kb.type === 'PER' && kb.via !== 'demonym') {
        m.from = j; m.type = 'PER'; m.via = 'ner+kb'; m.confidence = 0.9;
        break;
      }
    }
  }
}

/**
 * Transcript speaker labels ("MS. JEAN-PIERRE:", "MR. KIRBY:", "Q"): what the tagger found inside
 * a label is dropped (it read "MS." as Mississippi and "Q" as an organization), and the name after
 * an honorific is a person ("JEAN-PIERRE"). `raw` is in text order, and so is the result.
 */
export function speakerLabels(raw: RawMention[], w: Words, labels: readonly Label[]): RawMention[] {
  if (!labels.length) return raw;
  // one pass over words and labels, both in text order: labelOf[i] is the label word i lies in (-1: none),
  // and each label's words after its honorific make its name
  const labelOf = new Int32Array(w.words.length).fill(-1);
  const names: RawMention[] = [];
  let li = 0;
  for (let i = 0; i < w.words.length && li < labels.length; i++) {
    while (li < labels.length && labels[li]!.end <= w.start[i]!) li++;
    const l = labels[li];
    if (!l || w.start[i]! < l.start || w.end[i]! > l.end) continue;
    labelOf[i] = li;
    if (l.nameStart === l.start || w.start[i]! < l.nameStart) continue;
    const last = names[names.length - 1];
    if (last && labelOf[last.from] === li) last.to = i + 1;
    else names.push({ from: i, to: i + 1, type: 'PER', via: 'transcript-label', confidence: 0.9 });
  }
  return [...raw.filter((m) => labelOf[m.from]! < 0 || labels[labelOf[m.from]!]!.named), ...names].sort((a, b) => a.from - b.from);
}
