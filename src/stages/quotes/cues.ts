/**
 * Cue detection: the words that introduce an attribution (said, told, according to, called on,
 * did not rule out, ...). Candidates come from the cue lexicon (resources/<lang>/quotes/cues.tsv)
 * and, when a cue model is present (models/quotes/), from the words it learned; the model then
 * decides, in context, which candidates are cues.
 */
import type { Token } from '../../document.js';
import { cueThresholdOffset, type CueModel } from './model.js';
import { gluedHyphen, modalName, NOUN_TAGS, POSSESSIVE, quantityAt, timeAt } from './phrases.js';
import { fold, quoteGrammar, type CueEntry, type QuoteLexicon } from './lexicon.js';

/** pronoun-like quantifiers the tagger may read as adverbs ("most said"): never the first word of a cue that opens a clause */
const QUANTIFIERS = quoteGrammar('en').quantifiers;
/** tags of the word before a clause's first word */
const CLAUSE_OPEN_POS = new Set(['PUNCT', 'CCONJ']);

export interface Cue {
  /** token range [first, last] of the cue (with its auxiliaries: "has said", "did not rule out") */
  first: number;
  last: number;
  /** index of the cue's main word */
  head: number;
  entry: CueEntry;
  /** a lexicon verb the model did not take: a cue only in an unambiguous pattern (… that, …, X said.) */
  weak?: boolean;
}

/** Is the cue one of the lexicon's, a word of cues.tsv or one of its phrases (not a word the model alone took, whose entry is its own)? */
export function lexiconCue(view: TokenView, lex: QuoteLexicon, cue: Cue): boolean {
  return lex.cueForms.get(view.low[cue.head]!) === cue.entry || cue.entry.lemma.includes(' ');
}

const AUX_LEFT = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'did', 'does', 'do', "'s", "'ve", "'d", "'ll"]);

/** Tokens are lower-cased once per document (`low`), and tagged (`tokens[i].pos`). */
export interface TokenView {
  tokens: readonly Token[];
  low: string[];
  /** 1 where the token lies inside quote marks */
  inQuote?: Uint8Array;
  /** where the token lies inside a name the entities stage found: IN_NAME (a person, an organization, a group), IN_PLACE (a place); else 0 */
  inName?: Uint8Array;
}
export const IN_NAME = 1;
export const IN_PLACE = 2;

const PERFECT = quoteGrammar('en').perfectAuxiliaries!;
const CONDITIONAL = quoteGrammar('en').conditionalParticiples!;

/**
 * The stage's view of the tokens: lower-cased once, with the tagger's errors on cue verbs mended where the context
 * leaves no doubt (the tokens of the Document are not changed):
 *   - a cue verb's past participle tagged as an adjective right after a form of "have" ("His associates had alleged
 *     Navalny was poisoned", "Police have alleged that …") is a verb;
 *   - a cue verb's -s form tagged as a noun right after a noun, before a colon, an opening quote mark, or "that" and a
 *     word that is no verb ("The law states that drivers must stop", "The 14th Amendment states: “…”") is a verb (not
 *     "states that voted": a relative clause; nor after a verb of its clause: "reflects this view in … comments:"), and
 *     so is one after a quote and the speaker's noun phrase ("“It is over,” Martin muses, “and …”");
 *   - a word tagged as a verb between a verb of saying and a title before a name ("…,” said lead author Professor David
 *     Livermore) is an adjective.
 */
export function tokenView(tokens: readonly Token[], lex: QuoteLexicon): TokenView {
  const low = tokens.map((t) => fold(t.text));
  let mended: Token[] | null = null;
  const pos = (k: number) => (mended ?? tokens)[k]?.pos;
  const mend = (k: number, tag: Token['pos']) => { (mended ??= tokens.slice())[k] = { ...tokens[k]!, pos: tag }; };
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!, w = low[k]!;
    if (t.sentence !== tokens[k - 1]!.sentence || t.sentence !== tokens[k + 1]!.sentence) continue;
    const entry = lex.cueForms.get(w);
    if (entry && !w.includes(' ')) {
      if (t.pos === 'ADJ' && w.endsWith('ed') && PERFECT.has(low[k - 1]!)) mend(k, 'VERB');
      else if (t.pos === 'NOUN' && w.endsWith('s') && NOMINAL_SUBJECT.has(pos(k - 1)!) && /^\p{Ll}/u.test(t.text) && !verbBefore(tokens, low, k)) {
        const next = low[k + 1]!;
        const clause = next === 'that' && k + 2 < tokens.length && tokens[k + 2]!.sentence === t.sentence && !VERBAL.has(tokens[k + 2]!.pos);
        if (clause || next === ':' || /^[“"«„]$/u.test(tokens[k + 1]!.text) || afterQuote(tokens, low, k)) mend(k, 'VERB');
      }
    }
    // a word in -ed tagged as an adjective after a perfect auxiliary ("has offended women"), or after a subject and before an
    // object or a clause ("Police alleged the accused …", "The Clintons preferred the Dominican Republic") is a verb
    if (t.pos === 'ADJ' && /\p{Ll}ed$/u.test(t.text) && (PERFECT.has(low[k - 1]!) || subjectBefore(tokens, low, k) && OBJECT_START.has(tokens[k + 1]!.pos))) mend(k, 'VERB');
    if (t.pos === 'VERB' && pos(k - 1) === 'VERB' && lex.cueForms.has(low[k - 1]!) && tokens[k + 1]!.pos === 'NOUN' && k + 2 < tokens.length
      && tokens[k + 2]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k + 2]!.text) && /^\p{Ll}/u.test(t.text)) mend(k, 'ADJ');
  }
  // "said in a televised address that …": a word tagged as a verb that ends the noun phrase of a preposition right after a cue
  // verb, before "that", is a noun
  // (not a participle: "said at a news conference announcing that …")
  for (let k = 3; k + 1 < tokens.length; k++) if (pos(k) === 'VERB' && low[k + 1] === 'that' && !/(ing|ed)$/.test(low[k]!) && circumstanceNoun({ tokens: mended ?? tokens, low }, lex, k, 0)) mend(k, 'NOUN');
  return { tokens: mended ?? tokens, low };
}

/** tags of the words between the determiner of a circumstance and its noun ("his nightly video address"; not a name's: "appeared in the British Medical Journal found that …") */
const CIRCUMSTANCE_INNER = new Set(['NOUN', 'ADJ']);
/** prepositions of such a circumstance ("said in …", "said during …"; not "respond to a question about …", a cue of its own) */
const CIRCUMSTANCE_PREPS = quoteGrammar('en').circumstancePrepositions!;
/**
 * Does token k end the noun phrase of a circumstance of a cue verb: a preposition right after a verb of the cue lexicon, a
 * determiner or a possessive, and nouns or adjectives ("said in his nightly video address", "said during a televised
 * address")? (Its words are no cue of their own: "said in his statement that …" is one attribution, not a second with the
 * source "his".)
 */
function circumstanceNoun(view: TokenView, lex: QuoteLexicon, k: number, from: number): boolean {
  let j = k - 1;
  // (a participle too: "in a televised address", "in an emailed statement")
  while (j > from && (CIRCUMSTANCE_INNER.has(view.tokens[j]!.pos) || view.tokens[j]!.pos === 'VERB' && /ed$/.test(view.low[j]!)) && view.tokens[j]!.sentence === view.tokens[k]!.sentence) j--;
  if (j <= from + 1 || !(view.tokens[j]!.pos === 'DET' || POSSESSIVE.has(view.low[j]!))) return false;
  return CIRCUMSTANCE_PREPS.has(view.low[j - 1]!) && view.tokens[j - 2]!.pos === 'VERB' && lex.cueForms.has(view.low[j - 2]!) && view.tokens[j - 2]!.sentence === view.tokens[k]!.sentence;
}
const NOMINAL_SUBJECT = new Set(['NOUN', 'PROPN']);
/** tags of a word that opens an object or a clause after a verb (not a preposition: "Officials concerned about safety closed …") */
const OBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'SCONJ', 'NUM']);
/** Is the word before token k (past adverbs: "Ben Carson repeatedly pronounced …"; past the comma that closes an aside: "The complaint, which was filed in Washington, alleged …") a subject: a noun, a name, or a pronoun that is no possessive? */
function subjectBefore(tokens: readonly Token[], low: string[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && tokens[j]!.pos === 'ADV' && tokens[j - 1]!.sentence === tokens[k]!.sentence) j--;
  if (j > 0 && low[j] === ',' && tokens[j - 1]!.sentence === tokens[k]!.sentence && (tokens[j - 1]!.pos === 'NOUN' || tokens[j - 1]!.pos === 'PROPN')) j--;
  const p = tokens[j]!.pos;
  return p === 'NOUN' || p === 'PROPN' || p === 'PRON' && !POSSESSIVE.has(low[j]!);
}
/** Does the noun phrase before token k follow a closing quote mark and its comma ("“It is over,” Martin muses, …")? */
function afterQuote(tokens: readonly Token[], low: string[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence && NP_WORD.has(tokens[j]!.pos)) j--;
  if (j >= 0 && low[j] === ',') j--;
  return j >= 0 && j < k - 1 && /^[”"’'»]$/u.test(tokens[j]!.text) && low[j - 1] === ',';
}
const NP_WORD = new Set(['NOUN', 'PROPN', 'DET', 'ADJ']);

/** Is there a verb between token k and the start of its clause (its sentence, a comma or a semicolon)? ("reflects this view in Ballot Access News comments:" — "comments" is a noun there) */
function verbBefore(tokens: readonly Token[], low: string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence && low[j] !== ',' && low[j] !== ';'; j--) if (VERBAL.has(tokens[j]!.pos)) return true;
  return false;
}

/** Match a phrase from `index` at token i (not past `end`); the longest wins. */
export function matchPhrase<T>(view: TokenView, i: number, end: number, index: Map<string, { words: string[]; value: T }[]>): { len: number; value: T } | null {
  const list = index.get(view.low[i]!);
  if (!list) return null;
  outer: for (const p of list) {
    if (i + p.words.length > end) continue;
    for (let k = 1; k < p.words.length; k++) if (view.low[i + k] !== p.words[k]) continue outer;
    return { len: p.words.length, value: p.value };
  }
  return null;
}

const VERBAL = new Set(['VERB', 'AUX']);

/** Words that may belong to a cue ("has said", "did not") but are never its head. */
const COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'seems', 'seemed', 'remains', 'remained', 'feel', 'feels', 'felt', 'not', "n't", 'very', 'so', 'more', 'less', 'also', 'too']);
const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** A copula-like word at k: "'s" only as a verb ("it's clear"), not the possessive ("Trump's scathing criticism"). */
const copula = (view: TokenView, k: number): boolean => COPULA.has(view.low[k]!) && !(view.tokens[k]!.pos === 'PART' && /^['’]s$/.test(view.low[k]!));
const FUNCTION_POS = new Set(['AUX', 'ADP', 'PART', 'ADV', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PUNCT', 'NUM', 'SYM']);

/**
 * "Trump campaign spokeswoman Hope Hicks said": a capitalized word the tagger read as a verb, after
 * a lower-case word and before a capitalized name, is a given name, not a cue; after a capitalized
 * word too, whatever its tag and whatever follows it, in a sentence with more lower-case words than capitalized
 * ones ("the Metropolitan Police Counter Terrorism Command", "outside the Holiday Inn Express in …"); a headline in
 * title case ("Obama Says Trump Is Unfit") keeps it.
 */
function givenName(view: TokenView, i: number, from: number, to: number, mixedCase: () => boolean): boolean {
  const t = view.tokens[i]!;
  if (!(i > from && /^\p{Lu}\p{Ll}/u.test(t.text))) return false;
  const prev = view.tokens[i - 1]!.text;
  // "the head of the Metropolitan Police Counter Terrorism Command, said …", "Ford Motor Company announced", "outside the Holiday
  // Inn Express in …", "the director of the UCLA Anderson Forecast,": after a capitalized word, inside a name, in a sentence not in title case
  if (/^\p{Lu}/u.test(prev)) return mixedCase();
  if (!(i + 1 < to && (t.pos === 'VERB' || t.pos === 'PROPN') && view.tokens[i + 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(view.tokens[i + 1]!.text))) return false;
  return /^\p{Ll}/u.test(prev) && t.pos === 'VERB';
}

/**
 * The cues of the sentence whose tokens are [from, to). Lexicon phrases are cues as a whole;
 * other words are cue words when the model says so (or, with no model, when the lexicon lists
 * them and they are verbs). Neighbouring cue words form one cue ("has long called for"); a run
 * of function words alone is no cue.
 */
export function findCues(view: TokenView, from: number, to: number, lex: QuoteLexicon, model: CueModel | null): Cue[] {
  const out: Cue[] = [];
  let run: number[] = [];
  const flush = () => {
    if (!run.length) return;
    let head = -1;
    for (const k of run) {
      // (nor a time: "a report released last year found that …", "told supporters Tuesday night that …")
      if (FUNCTION_POS.has(view.tokens[k]!.pos) && !lex.cueForms.has(view.low[k]!) || timeAt(view, k)) continue;
      // a lexicon word over another word, and a verb over a noun ("multiple reports reveal")
      const better = head >= 0 && lex.cueForms.has(view.low[k]!) && (!lex.cueForms.has(view.low[head]!) || NOMINAL_POS.has(view.tokens[head]!.pos) && VERBAL.has(view.tokens[k]!.pos));
      if (head < 0 || better) head = k;
    }
    // an adjective is a cue only after a copula ("is confident that"), not inside a phrase ("sources familiar with")
    // nor after a possessive ("Trump's scathing criticism", "The Texan's sharp words")
    if (head >= 0 && view.tokens[head]!.pos === 'ADJ' && !copula(view, Math.max(from, run[0]! - 1)) && !copula(view, run[0]!)) head = -1;
    // a noun in the circumstance of a cue verb is none ("said in his statement that …")
    if (head >= 0 && view.tokens[head]!.pos === 'NOUN' && circumstanceNoun(view, lex, head, from)) head = -1;
    if (head >= 0) {
      const w = view.low[head]!;
      // nouns before the head belong to the source ("The Associated Press reported"), not the cue
      let start = run[0]!;
      while (start < head && NOMINAL_POS.has(view.tokens[start]!.pos)) start++;
      // a verb right before a lexicon verb ends a clause of its own ("the court order that was not overturned declared that …"; not
      // before a gerund: "keeps saying")
      if (lex.cueForms.has(w) && view.tokens[head]!.pos === 'VERB' && !/ing$/.test(w) && head - 1 >= start && view.tokens[head - 1]!.pos === 'VERB' && !lex.cueForms.has(view.low[head - 1]!)) start = head;
      // and the words after it are the content's ("says her biggest concern", "warned Saturday")
      let last = run[run.length - 1]!;
      while (last > head && (NOMINAL_POS.has(view.tokens[last]!.pos) || view.tokens[last]!.pos === 'DET')) last--;
      // a gerund after a lexicon verb opens the content ("said naming the virus after Wuhan would place …")
      if (lex.cueForms.has(w) && VERBAL.has(view.tokens[head]!.pos)) {
        for (let j = head + 1; j <= last; j++) if (view.tokens[j]!.pos === 'VERB' && /ing$/.test(view.low[j]!)) { last = j - 1; break; }
      }
      // a speech verb's preposition opens a circumstance, not the cue ("said in a statement", "said of"),
      // and a noun cue's opens its content ("his defense of the plan"); cueExtent reports it with the cue
      while (last > head && view.tokens[last]!.pos === 'ADP' && (lex.cueForms.has(w) || NOMINAL_POS.has(view.tokens[head]!.pos))) last--;
      // "by saying", "to say": the preposition is not the cue
      while (start < head && (view.tokens[start]!.pos === 'ADP' || view.tokens[start]!.pos === 'PART')) start++;
      // "; most said …", "and many say …": a quantifier that opens its clause is the cue's subject, however tagged
      if (start < head && QUANTIFIERS.has(view.low[start]!) && (start === from || CLAUSE_OPEN_POS.has(view.tokens[start - 1]!.pos))) start++;
      const first = extendLeft(view, start, from);
      out.push({ first, last, head, entry: lex.cueForms.get(w) ?? { lemma: w, meaning: 'neutral' } });
    }
    run = [];
  };
  // 1. lexicon phrases, and the content words (verbs, nouns, …) the model or the lexicon takes
  // whether the sentence has more lower-case words than capitalized ones (not a title-case headline); counted once, when asked
  let mixed: boolean | undefined;
  const mixedCase = (): boolean => {
    if (mixed === undefined) {
      let lower = 0, upper = 0;
      for (let k = from; k < to; k++) { const t = view.tokens[k]!.text; if (/^\p{Ll}/u.test(t)) lower++; else if (/^\p{Lu}/u.test(t)) upper++; }
      mixed = lower > upper;
    }
    return mixed;
  };
  const isCue = new Uint8Array(to - from);
  const adverbs: number[] = [];
  const inPhrase = new Uint8Array(to - from);
  const candidate = (i: number) => !inPhrase[i - from] && (model?.vocab.has(view.low[i]!) ?? false);
  for (let i = from; i < to; i++) {
    const phrase = matchPhrase(view, i, to, lex.cuePhrases);
    if (phrase && !view.inQuote?.[i]) {
      const first = phrase.value.meaning === 'hedge' ? i : extendLeft(view, i, from);
      out.push({ first, last: i + phrase.len - 1, head: i, entry: phrase.value });
      for (let k = i; k < i + phrase.len; k++) inPhrase[k - from] = 1;
      i += phrase.len - 1;
      continue;
    }
    // an adverb cue ("The company reportedly paid …"); kept below unless it stands before a cue verb ("reportedly said": that cue's adverb)
    const adverb = lex.adverbCues.get(view.low[i]!);
    if (adverb && !view.inQuote?.[i]) { adverbs.push(i); continue; }
    if (FUNCTION_POS.has(view.tokens[i]!.pos)) continue;
    const w = view.low[i]!;
    // (only a word of the model's or the lexicon's is a candidate: the checks below run on those alone)
    const known = model?.vocab.has(w) ?? false;
    if (!known && !lex.cueForms.has(w)) continue;
    if (compoundTail(view, i, from) || countedParticiple(view, i, from, to) || givenName(view, i, from, to, mixedCase)) continue;
    // "…, provided they know the commit id": a participle that opens a condition after a comma (grammar.yaml conditionalParticiples)
    if (CONDITIONAL.has(w) && i > from && view.low[i - 1] === ',') continue;
    // a capitalized word inside a name is no cue ("In the filing itself Ford also made this point", "Ford" read as a verb)
    if (view.inName?.[i] && i > from && /^\p{Lu}/u.test(view.tokens[i]!.text) && mixedCase()) continue;
    if (physicalAct(view, i, from, to)) continue;
    const lexVerb = lex.cueForms.has(w) && VERBAL.has(view.tokens[i]!.pos) && !view.inQuote?.[i];
    const ok = model && known ? model.isCue(view, i, from, to, cueThresholdOffset(view, i, from, lexVerb)) : lexVerb; // a lexicon word the model never saw
    if (ok) isCue[i - from] = 1;
    else if (lexVerb) out.push({ first: extendLeft(view, i, from), last: i, head: i, entry: lex.cueForms.get(w)!, weak: true });
  }
  // 2. function words join a cue only next to one ("has long called for"): the model is asked
  //    about them there and nowhere else, which keeps the stage fast
  if (model) {
    for (let i = from; i < to; i++) {
      if (!isCue[i - from] || FUNCTION_POS.has(view.tokens[i]!.pos)) continue;
      // (not a capitalized modal that is a name: "Will described Trump as …")
      for (let j = i - 1; j >= from && !isCue[j - from] && FUNCTION_POS.has(view.tokens[j]!.pos) && candidate(j) && !modalName(view, j) && model.isCue(view, j, from, to); j--) isCue[j - from] = 1;
      // (not a word that counts the number after it: "reported as many as 32", "said over 300")
      for (let j = i + 1; j < to && !isCue[j - from] && FUNCTION_POS.has(view.tokens[j]!.pos) && candidate(j) && !quantityAt(view, j + 1) && model.isCue(view, j, from, to); j++) isCue[j - from] = 1;
    }
  }
  // an infinitive "to" that ends a run of cue words takes the cue verb after it ("polls continue to
  // show that …", "went on to say"): the verb is the cue's head, not the first word of its content
  if (model) {
    for (let i = from; i + 1 < to; i++) {
      if (isCue[i - from] && !isCue[i + 1 - from] && view.low[i] === 'to' && view.tokens[i]!.pos === 'PART' && VERBAL.has(view.tokens[i + 1]!.pos) && lex.cueForms.has(view.low[i + 1]!)) {
        isCue[i + 1 - from] = 1;
        const weak = out.findIndex((c) => c.weak && c.head === i + 1);
        if (weak >= 0) out.splice(weak, 1);
      }
    }
  }
  // 3. neighbouring cue words form one cue
  for (let i = from; i < to; i++) {
    if (isCue[i - from]) run.push(i);
    else flush();
  }
  flush();
  for (const i of adverbs) {
    // (over auxiliaries, adverbs and a negation: "reportedly has not commented")
    let j = i + 1;
    while (j < to && (view.tokens[j]!.pos === 'AUX' || view.tokens[j]!.pos === 'ADV' || view.tokens[j]!.pos === 'PART' && view.low[j] !== 'to')) j++;
    if (out.some((c) => c.first <= i && i <= c.last || c.first <= j && j <= c.last)) continue;
    out.push({ first: i, last: i, head: i, entry: lex.adverbCues.get(view.low[i]!)! });
  }
  return out.sort((x, y) => x.first - y.first);
}

const PHYSICAL_VERBS = quoteGrammar('en').physicalVerbs!;
const PHYSICAL_OBJECTS = quoteGrammar('en').physicalObjects!;
const ARMED_SUBJECTS = quoteGrammar('en').armedSubjects!;
/** tags of the words before an object's first noun ("a Russian ammunition depot", "two villages", "its energy grid"; an adjective also between its nouns: "U.S. presidential hopeful Donald Trump") */
const OBJECT_LEAD = new Set(['DET', 'ADJ', 'NUM', 'PRON']);

/**
 * "Russian forces attacked Kyiv", "Ukraine fired long-range missiles into Russia", "Gunmen attacked a police station": a
 * verb of attack that political news also uses for words ("Sanders has attacked Clinton as too cozy with Wall Street",
 * grammar.yaml physicalVerbs) is no cue when the head of its object is a place (a name the entities stage typed GPE or LOC) or
 * a thing of war (physicalObjects), or when its subject is an armed force (armedSubjects). The head is the last noun of
 * the object's noun phrase, not a possessor ("attacked Iran's nuclear deal" may be words).
 */
function physicalAct(view: TokenView, i: number, from: number, to: number): boolean {
  // (a verb, or one the tagger took for a noun after its subject: "Police shot a man")
  if (!PHYSICAL_VERBS.has(view.low[i]!) || !(view.tokens[i]!.pos === 'VERB' || view.tokens[i]!.pos === 'NOUN' && i > from && NOUN_TAGS.has(view.tokens[i - 1]!.pos))) return false;
  let j = i - 1;
  while (j >= from && (view.tokens[j]!.pos === 'ADV' || view.tokens[j]!.pos === 'AUX' || view.tokens[j]!.pos === 'PART')) j--;
  if (j >= from && NOUN_TAGS.has(view.tokens[j]!.pos) && ARMED_SUBJECTS.has(view.low[j]!)) return true;
  let head = -1;
  for (let k = i + 1; k < to; k++) {
    const p = view.tokens[k]!.pos;
    if (NOUN_TAGS.has(p)) head = k;
    else if (head >= 0 && /^['’]s$/.test(view.low[k]!)) head = -1;
    else if (!gluedHyphen(view, k) && p !== 'ADJ' && !(head < 0 && OBJECT_LEAD.has(p) && (p !== 'PRON' || POSSESSIVE.has(view.low[k]!)))) break;
  }
  return head >= 0 && (view.inName?.[head] === IN_PLACE || PHYSICAL_OBJECTS.has(view.low[head]!));
}

/** Tags of a word a cue's reported span may take in after its cue word ("asked about", "called out"). */
const PARTICLE_POS = new Set(['ADP', 'ADV', 'PART']);

/**
 * The tokens [first, last] a cue is reported with. PolNeAR's cue spans take in a preposition or
 * particle right after the cue word ("asked about", "called for", "has not commented on", but
 * "said of the story"; not before a time: "declared on Tuesday"), the infinitive "to" and an adverb
 * before it ("rallied to demand", "also called for"; not "when": lex.cueExtent, cue-extent.tsv), a
 * colon right after it ("He added: “…”"), and
 * leave out a possessive 's before a noun cue ("Graham's endorsement"). The attribution's source
 * and content are found from the cue's own tokens; `free` tells which tokens lie outside them.
 */
export function cueExtent(view: TokenView, cue: Cue, lex: QuoteLexicon, free: (k: number) => boolean): [number, number] {
  let { first, last } = cue;
  const takes = (side: Map<string, Set<string>>, k: number) => free(k) && side.get(view.low[k]!)?.has(cue.entry.lemma) === false;
  const time = last + 2 < view.tokens.length && (timeAt(view, last + 2) || lex.cueExtent.time.has(view.low[last + 2]!));
  // (nor before a number it counts: "said over a hundred people attended", "said around 300 homes")
  if (last + 1 < view.tokens.length && PARTICLE_POS.has(view.tokens[last + 1]!.pos) && !time && !quantityAt(view, last + 2) && takes(lex.cueExtent.after, last + 1)) last++;
  // a colon right after the cue (or its particle) that opens what is said ("He added: “…”", "pointed out: …")
  if (last + 1 < view.tokens.length && view.tokens[last + 1]!.pos === 'PUNCT' && lex.cueExtent.punct.has(view.low[last + 1]!) && free(last + 1)) last++;
  if (first > 0 && view.tokens[first - 1]!.pos === 'PART' && takes(lex.cueExtent.before, first - 1)) first--;
  // an adverb right before a verb cue ("She also called for", "he later suggested"), not one that opens a clause ("when asked")
  if (first > 0 && view.tokens[first - 1]!.pos === 'ADV' && view.tokens[cue.head]!.pos === 'VERB' && !lex.cueExtent.clause.has(view.low[first - 1]!) && free(first - 1)) first--;
  if (first < cue.head && view.tokens[first]!.pos === 'PART' && view.low[first] === "'s") first++;
  return [first, last];
}

/**
 * A participle between a number and its noun modifies the noun, reporting no one's words:
 * "100,000 confirmed deaths", "12 reported cases", "3,000 announced job cuts".
 */
function countedParticiple(view: TokenView, i: number, from: number, to: number): boolean {
  return i > from && i + 1 < to && view.tokens[i - 1]!.pos === 'NUM' && view.low[i]!.endsWith('ed') && NOUN_TAGS.has(view.tokens[i + 1]!.pos);
}

/** The second part of a hyphenated modifier ("so-called", "self-described", "well-known") is no verb of its own. */
function compoundTail(view: TokenView, i: number, from: number): boolean {
  return i - 2 >= from && gluedHyphen(view, i - 1);
}

/**
 * Take in the auxiliaries (and a negation) right before a cue verb: "has said", "did not say", and
 * the adverbs between an auxiliary and the verb ("has also called on", "had repeatedly said").
 */
function extendLeft(view: TokenView, i: number, from: number): number {
  let first = i;
  while (first - 1 >= from) {
    const w = view.low[first - 1]!;
    if (AUX_LEFT.has(w) && !modalName(view, first - 1) || (w === "n't" || w === 'not') && first - 2 >= from && AUX_LEFT.has(view.low[first - 2]!)) { first--; continue; }
    let a = first - 1;
    while (a >= from && a > first - 3 && view.tokens[a]!.pos === 'ADV' && !AUX_LEFT.has(view.low[a]!)) a--;
    if (a < first - 1 && a >= from && AUX_LEFT.has(view.low[a]!)) first = a;
    else break;
  }
  return first;
}
