/**
 * Noun phrases around a cue: the source to the left ("the authors of the material add") or to the
 * right ("— said an unnamed representative of the British Ministry of Defense"), read from the
 * tokens' part of speech. Bounded: a phrase is at most MAX_NP tokens long.
 */
import type { TokenView } from './cues.js';
import { NAME_SUFFIX } from '../../kb/lookup.js';
import { quoteGrammar, quoteLexicon } from './lexicon.js';

const GRAMMAR = quoteGrammar('en');

const MAX_NP = 14;
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM']);
/** the tags of a noun: a common noun or a name */
export const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
const INSIDE_NP = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'DET']);
const PERSONAL = GRAMMAR.personal;
/** pronoun-like quantifiers the tagger may read as adverbs or adjectives ("Most said …") */
const QUANTIFIER = GRAMMAR.quantifiers;
export const POSSESSIVE = GRAMMAR.possessives;
/** prepositions that may join a source's parts: "representative of X", "spokesman for X" */
const NP_LINK = GRAMMAR.npLinks;
const ADJECTIVE_LINKS = GRAMMAR.sourceAdjectiveLinks!;
const SKIP_ADV = GRAMMAR.skipAdverbs;
/** modals that are also given names or surnames ("Will", "May") */
const NAME_MODALS = GRAMMAR.nameModals;

/** day names and the like between a source and its cue: "Trevor Noah on Thursday showed" */
export const TEMPORAL = GRAMMAR.temporal;

const PROPER_TEMPORAL = GRAMMAR.properTemporal;
const CAPITALIZED = /^\p{Lu}/u;
/** a time word written capitalized right after a word (not after a punctuation mark) is part of a name: "USA Today", "Good Morning America" */
const inName = (v: TokenView, k: number): boolean =>
  k > 0 && CAPITALIZED.test(v.tokens[k]!.text) && !PROPER_TEMPORAL.has(v.low[k]!) && v.tokens[k - 1]!.pos !== 'PUNCT';

/** "this month", "this week": a time word after "this" (the pair is a time, "this" alone a subject) */
export const timeAt = (v: TokenView, k: number): boolean => TEMPORAL.has(v.low[k]!) && !inName(v, k) || v.low[k] === 'this' && TEMPORAL.has(v.low[k + 1] ?? '');

export type Range = [number, number]; // token indexes, inclusive

/** words of an equative before a number ("as many as 32", "as much as $5 million": grammar.yaml equativeQuantities) */
const EQUATIVE = GRAMMAR.equativeQuantities!;
/**
 * Does a number open at token k ("300 homes", "a hundred people", "many as 32" after "as")? A word
 * right before it ("over", "around", "as") counts it.
 */
export function quantityAt(v: TokenView, k: number): boolean {
  const t = v.tokens[k];
  if (!t) return false;
  if (EQUATIVE.has(v.low[k]!) && v.low[k + 1] === 'as') return quantityAt(v, k + 2) || v.tokens[k + 2]?.pos === 'SYM' && v.tokens[k + 3]?.pos === 'NUM';
  return t.pos === 'NUM' || ((v.low[k] === 'a' || v.low[k] === 'an') && v.tokens[k + 1]?.pos === 'NUM');
}

/** A hyphen written between two words with no space ("working-class", "self-described"): it joins them into one. */
export const gluedHyphen = (v: TokenView, k: number): boolean =>
  v.low[k] === '-' && k > 0 && k + 1 < v.tokens.length && v.tokens[k - 1]!.end === v.tokens[k]!.start && v.tokens[k]!.end === v.tokens[k + 1]!.start;

/**
 * "“…,” Will urged the Republican electorate …", "May said on Tuesday": a capitalized modal (grammar.yaml nameModals) before an
 * inflected verb (a modal takes the bare verb: "will urge") is a name — a regular form, or a cue verb's form other than its
 * lemma (cues.tsv: "Will wrote", "May said").
 */
export function modalName(v: TokenView, k: number): boolean {
  const t = v.tokens[k]!;
  const next = v.tokens[k + 1];
  if (!NAME_MODALS.has(v.low[k]!) || !/^\p{Lu}\p{Ll}/u.test(t.text) || !next || next.sentence !== t.sentence || next.pos !== 'VERB' || !/^\p{Ll}/u.test(next.text)) return false;
  const w = v.low[k + 1]!;
  const cue = quoteLexicon('en').cueForms.get(w);
  return /(ed|[^s]s)$/.test(w) || !!cue && cue.lemma !== w && !/ing$/.test(w);
}

/**
 * The part of speech as the phrase reader sees it: a capitalized "verb" inside a sentence is a
 * mistagged name ("The Associated Press"), a gerund after a name or adjective is a noun ("Exit
 * polling"), an object pronoun after "of" belongs to the phrase ("most of them").
 */
export function posAt(v: TokenView, k: number): string {
  const t = v.tokens[k]!;
  if (modalName(v, k)) return 'PROPN';
  if (t.pos === 'VERB' || t.pos === 'ADJ') {
    const prev = k > 0 && v.tokens[k - 1]!.sentence === t.sentence ? v.tokens[k - 1]! : null;
    if (t.pos === 'VERB' && prev && /^\p{Lu}/u.test(t.text) && prev.pos !== 'PUNCT') return 'PROPN';
    const next = v.tokens[k + 1];
    // (not a participle that opens the sentence: "Speaking Sunday on ABC, …", "Facing mounting criticism, …")
    const participle = !prev && /ing$/.test(v.low[k]!);
    // a capitalized "verb" that opens a clause (sentence start or after punctuation) is a name before a name
    // ("Josh Hendler") or before a lower-case verb ("Lynch said", "“…,” Lynch said")
    if (t.pos === 'VERB' && (!prev || prev.pos === 'PUNCT') && !participle && /^\p{Lu}/u.test(t.text) && next && next.sentence === t.sentence
      && (next.pos === 'PROPN' || next.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(t.text) && /^\p{Ll}/u.test(next.text))) return 'PROPN';
    if (t.pos === 'VERB' && prev && /ing$/.test(v.low[k]!) && (prev.pos === 'PROPN' || prev.pos === 'ADJ' || prev.pos === 'DET')) return 'NOUN';
    // "The Republican incumbent said", "the democratic socialist says": an adjective that closes a determiner's phrase before a verb is its noun
    if (t.pos === 'ADJ' && next && next.sentence === t.sentence && (next.pos === 'VERB' || next.pos === 'AUX')) {
      for (let j = k - 1; j >= 0 && j >= k - 6 && v.tokens[j]!.sentence === t.sentence; j--) {
        if (j - 2 >= 0 && gluedHyphen(v, j - 1)) { j -= 2; continue; } // "The self-described democratic socialist said"
        const p = v.tokens[j]!.pos;
        if (p === 'DET' || POSSESSIVE.has(v.low[j]!) || v.low[j] === "'s") return 'NOUN';
        if (p !== 'ADJ' && p !== 'PROPN' && p !== 'NOUN') break;
      }
    }
  }
  // "De Blasio said", "Van Hollen says": a capitalized particle the tagger leaves untagged (X) before a name is part of it
  if (t.pos === 'X' && /^\p{Lu}/u.test(t.text) && v.tokens[k + 1]?.pos === 'PROPN' && v.tokens[k + 1]!.sentence === t.sentence) return 'PROPN';
  if (t.pos === 'PRON' && (v.low[k] === 'them' || v.low[k] === 'us') && k > 0 && v.low[k - 1] === 'of') return 'NOUN';
  if (v.low[k] === '%') return 'NOUN'; // "42% say"
  return t.pos;
}

const isPunct = (v: TokenView, i: number) => v.tokens[i]!.pos === 'PUNCT';

/** Skip adverbs right before index `i` (exclusive end) going left; returns the new end. */
export function skipAdverbsLeft(v: TokenView, end: number, from: number): number {
  let j = end;
  while (j - 1 >= from) {
    const w = v.low[j - 1]!;
    const p = v.tokens[j - 1]!.pos;
    if (SKIP_ADV.has(w) || timeAt(v, j - 1) || (p === 'ADV' && !PERSONAL.has(w) && w !== "n't" && w !== 'not')) j--;
    else break;
  }
  return j;
}

/** The noun phrase ending right before token `end` (exclusive), not reaching before `from`. */
export function leftNP(v: TokenView, end: number, from: number): Range | null {
  let j = end - 1;
  if (j < from) return null;
  const w = v.low[j]!;
  const pos = posAt(v, j);
  if (PERSONAL.has(w) && (pos === 'PRON' || pos === 'DET' || pos === 'SCONJ' || pos === 'NOUN' || QUANTIFIER.has(w) && (pos === 'ADV' || pos === 'ADJ'))) {
    // "Trump and he said" is rare; a pronoun is the whole source ("Most said", a quantifier tagged as an adverb, too)
    return [j, j];
  }
  // a reduced relative: "those surveyed say", "The report published Tuesday showed", "New polls released Sunday showed"
  if (pos === 'VERB' && /ed$/.test(w) && j - 1 >= from && (NOMINAL.has(posAt(v, j - 1)) || v.low[j - 1] === 'those')) {
    if (v.low[j - 1] === 'those') return [j - 1, j];
    const head = leftNP(v, j, from);
    return head ? [head[0], j] : null;
  }
  if (!NOMINAL.has(pos) && !(pos === 'PUNCT' && w === ')')) return null;
  let a = j;
  let paren = 0;
  for (let k = j; k >= from && j - k < MAX_NP; k--) {
    const tp = posAt(v, k);
    const lw = v.low[k]!;
    if (lw === ')') { paren++; a = k; continue; }
    if (lw === '(') { if (paren > 0) { paren--; a = k; continue; } break; }
    if (paren > 0) { a = k; continue; }
    // "working-class white voters", "the self-described democratic socialist": two words a hyphen joins, whatever their tags
    if (k - 2 >= from && gluedHyphen(v, k - 1)) { a = k - 2; k -= 2; continue; }
    if (INSIDE_NP.has(tp) || POSSESSIVE.has(lw) || lw === "'s" || lw === "'" || lw === '-' || lw === '/' || lw === '.') { a = k; continue; }
    if (NP_LINK.has(lw) && k - 1 >= from && (NOMINAL.has(posAt(v, k - 1)) || posAt(v, k - 1) === 'ADJ' || (lw === 'and' && PERSONAL.has(v.low[k - 1]!)))) { a = k; continue; }
    if (lw === 'with' && k - 1 >= from && v.tokens[k - 1]!.pos === 'ADJ') { a = k; continue; } // sources familiar with
    // "his surviving father", "the retired general": a participle between a determiner or possessive and the noun modifies it
    if (tp === 'VERB' && k < j && /(ing|ed)$/.test(lw) && k - 1 >= from && (POSSESSIVE.has(v.low[k - 1]!) || v.tokens[k - 1]!.pos === 'DET')) { a = k; continue; }
    if (k - 1 >= from && v.tokens[k - 1]!.pos === 'ADJ' && ADJECTIVE_LINKS.has(`${v.low[k - 1]} ${lw}`)) { a = k; continue; } // a source close to
    if (lw === 'in' && k - 1 >= from && posAt(v, k - 1) === 'NUM' && posAt(v, k + 1) === 'NUM') { a = k; continue; } // "4 in 10 voters"
    break;
  }
  // "nearly 40 percent", "more than 4 in 10": the degree words before a number that opens the phrase
  if (posAt(v, a) === 'NUM' && a - 1 >= from) {
    if (v.tokens[a - 1]!.pos === 'ADV') a--;
    else if (v.low[a - 1] === 'than' && a - 2 >= from && (v.tokens[a - 2]!.pos === 'ADJ' || v.tokens[a - 2]!.pos === 'ADV')) a -= 2;
  }
  // a phrase may not start with a link word or a possessive marker
  while (a < j && (NP_LINK.has(v.low[a]!) || v.low[a] === "'s" || v.low[a] === '-' || v.low[a] === '/' || v.low[a] === '.' || v.low[a] === ')')) a++;
  // "Are you aware Electronic Frontier Foundation said …": an adjective after a subject pronoun is predicated, not the name's (not
  // after "has": "has skittish Democrats contemplating …")
  while (a < j && posAt(v, a) === 'ADJ' && /^\p{Ll}/u.test(v.tokens[a]!.text) && /^\p{Lu}/u.test(v.tokens[a + 1]!.text) && a - 1 >= from && v.tokens[a - 1]!.pos === 'PRON' && SUBJECT_PRONOUNS.has(v.low[a - 1]!)) a++;
  // "Joseph R. Biden, Jr. spoke": a generational suffix after a comma ends the name before it
  if (j - a <= 1 && NAME_SUFFIX.has(v.tokens[a]!.text) && a - 2 >= from && v.low[a - 1] === ',' && posAt(v, a - 2) === 'PROPN') {
    const name = leftNP(v, a - 1, from);
    if (name) return [name[0], j];
  }
  return [a, j];
}

/** pronouns that are a clause's subject, before a predicated adjective ("you aware …"; grammar.yaml predicativeSubjects) */
const SUBJECT_PRONOUNS = GRAMMAR.predicativeSubjects!;

/** The noun phrase starting at token `start`, not reaching `to` (exclusive). */
/** A participle between a determiner and a noun is a modifier the tagger read as a verb: "an emailed statement", "a televised address". */
export const modifierParticiple = (v: TokenView, k: number, to: number): boolean =>
  v.tokens[k]!.pos === 'VERB' && /ed$/.test(v.low[k]!) && k > 0 && posAt(v, k - 1) === 'DET' && k + 1 < to && posAt(v, k + 1) === 'NOUN';

export function rightNP(v: TokenView, start: number, to: number): Range | null {
  if (start >= to) return null;
  const w0 = v.low[start]!;
  const p0 = v.tokens[start]!.pos;
  if (PERSONAL.has(w0) && p0 === 'PRON') return [start, start];
  let b = -1;
  let sawNominal = false;
  let paren = 0;
  for (let k = start; k < to && k - start < MAX_NP; k++) {
    const tp = posAt(v, k);
    const lw = v.low[k]!;
    if (lw === '(') { paren++; continue; }
    if (lw === ')') { if (paren > 0) { paren--; b = k; continue; } break; }
    if (paren > 0) { b = k; continue; }
    // a hyphenated modifier before a noun, whatever its parts' tags ("the so-called Islamic State", "a long-awaited report")
    if (k + 2 < to && gluedHyphen(v, k + 1) && /^\p{L}/u.test(v.low[k + 2]!) && k + 3 < to && (NOMINAL.has(posAt(v, k + 3)) || posAt(v, k + 3) === 'ADJ')) {
      b = k + 2;
      k += 2;
      continue;
    }
    if (INSIDE_NP.has(tp) || k > start && modifierParticiple(v, k, to) || POSSESSIVE.has(lw) || lw === "'s" || lw === '-' || lw === '/' || lw === '.' && k + 1 < to && v.tokens[k + 1]!.pos !== 'PUNCT' && /^[A-Z]/.test(v.tokens[k + 1]!.text)) {
      if (lw === '.' ) { b = k; continue; }
      b = k;
      if (NOMINAL.has(tp)) sawNominal = true;
      continue;
    }
    if (NP_LINK.has(lw) && sawNominal && k + 1 < to && (INSIDE_NP.has(v.tokens[k + 1]!.pos))) continue;
    break;
  }
  if (!sawNominal || b < start) return null;
  while (b > start && !NOMINAL.has(posAt(v, b))) b--;
  return [start, b];
}

/** Is everything in [from, to) free of verbs (a trailer like "in a comment to journalists.")? */
export function verbless(v: TokenView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const p = v.tokens[k]!.pos;
    if (p === 'VERB' || p === 'AUX' || p === 'SCONJ') return false;
  }
  return true;
}
