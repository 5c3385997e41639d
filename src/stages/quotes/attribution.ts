/**
 * Finding attributions: which words are the cue, which the source and which the content.
 *
 * Patterns, tried in this order (each is one function below):
 * - directAfter:   “…,” he said / “…,” said X / "…," — said an unnamed representative of X
 * - directBefore:  X said: “…” / X told reporters, “…”
 * - continuation:  a further quote in the same or next paragraph with no cue of its own
 * - accordingTo:   According to X, … / …, according to X
 * - adverbCue:     The company reportedly paid … / Reportedly, he made …  (no source; the clause around the adverb)
 * - inverted:      …, X said. / …, — said X in a comment to journalists. / …, X said, …
 *                  (X after the cue only for a verb of inverting.tsv: …, said X)
 * - forward:       X said (that) … / X called on partners not to … / He did not rule out …
 *                  (and, with no subject in reach, possessed: his claim that …)
 * - byline:        “…” ― Sonya Herridge  (a dash and a name after a quote; the dash is the cue)
 * - label:         Pence: Flowers won’t be at the debate / Carl Bialik: “…”  (the colon is the cue)
 * - askedLead:     Asked whether he would run, X said …  (the question, no source)
 * (forward also reads passives: "… was rejected by X", "X was asked whether …", "X was asked a question" — no agent,
 *  a participle that opens the sentence: "After suggesting …, Mr. Rubio …", infinitives: "led Priebus to declare",
 *  "polls continue to show", and a cue ending a relative clause: "the only country they know")
 * Last, dropNested drops a cue inside another attribution's indirect content (but a verb of saying inside what a publication retells),
 * and a cue whose content is only a document before ", saying …" (documentThenSaying: the participle's attribution stands for both).
 * Quote marks: quoteMarks.ts; the source phrase: phrases.ts; cue words: cues.ts.
 */
import type { Document } from '../../document.js';
import { lexiconCue, type Cue, type TokenView } from './cues.js';
import type { QuoteSpan } from './quoteMarks.js';
import { transcriptAttributions } from './transcript.js';
import { quoteGrammar, quoteLexicon, type QuoteLexicon } from './lexicon.js';
import { gluedHyphen, leftNP, modalName, modifierParticiple, NOUN_TAGS, POSSESSIVE, posAt, quantityAt, rightNP, skipAdverbsLeft, TEMPORAL, timeAt, verbless, type Range } from './phrases.js';

const GRAMMAR = quoteGrammar('en');
/** prepositions that join a noun phrase to the title it completes in an apposition before a name ("ambassador to the UN", "head of the agency") */
const ROLE_LINKS = GRAMMAR.roleLinks;
/** inverting verbs that also take an abstract object: they invert only before a phrase that may name a speaker */
const OBJECT_INVERTING = GRAMMAR.objectInverting;

export interface RawAttribution {
  kind: 'direct' | 'indirect' | 'mixed';
  cue: Cue | null;
  source: Range | null;
  /** character offsets of the content */
  content: [number, number];
  sentence: number;
  /** index (in the output list) of the attribution this one continues (same speaker and cue) */
  continues: number | null;
  /** the pattern that found it */
  rule: string;
}

/** Cue lemmas whose addressee sits between the cue and the content ("told reporters that ..."). */
const ADDRESSEE = GRAMMAR.addressee;
/** Cue lemmas whose object is always the addressee, never what is said ("…, Graham told The Huffington Post.") */
const ADDRESSEE_ONLY = GRAMMAR.addresseeOnly;
const NOMINAL_HEAD = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const CONTENT_OPENERS = GRAMMAR.contentOpeners;
/** what may open the content right after a passive cue with no agent ("was asked whether …", "was told that …") */
const PASSIVE_CONTENT = GRAMMAR.passiveContent;
const RELATIVE = GRAMMAR.relativeWh;
const SEPARATORS = new Set([',', '—', '–', ':', '”', '"', '»', '-', '--', ';']);
const DASHES = new Set(['—', '–', '--']);
/** every dash mark, the hyphen too: before a quote's speaker (“…” ― Name) and after a dateline ("WASHINGTON -- …") */
const DASH_MARKS = new Set(['—', '–', '--', '-', '―']);
/** the longest name read as a "Name: …" label */
const MAX_LABEL = 5;
/** the longest quote read as a title ("This Week", "Meet the Press") and the small words a title may keep in lower case */
const MAX_TITLE = 4;
const SMALL_WORDS = GRAMMAR.titleSmallWords;
/** the longest source phrase read up to a comma or across an apposition */
const MAX_SOURCE = 30;
/** the longest phrase between a cue and the "that" or quote that opens its content ("said in an interview with The Associated Press last week that …") */
const MAX_LEAD_PHRASE = 12;
/** the longest sentence-opening source with its asides ("Rich Heffley, a top GOP operative who …, said") */
const MAX_ASIDE = 45;
/** verbs whose subject is what is reported, not who reports it: "X seems to …" */
const RAISING = GRAMMAR.raising;
/** raising verbs that also mean "show up" ("appeared on Fox News"), and the prepositions after which they still judge ("appeared like", "as", "to") */
const APPEARING = GRAMMAR.appearing, APPEARING_JUDGES = GRAMMAR.appearingJudges;
/** pronoun-like quantifiers ("some", "many", "most") */
const QUANTIFIERS = GRAMMAR.quantifiers;
const LOOK = GRAMMAR.lookCopulas;
/** past participles that are no past tense ("known", "seen"): "-ed" forms after a subject are more often active ("the FBI warned …") */
const PARTICIPLES_ONLY = GRAMMAR.participlesOnly;
/** what follows a reduced passive participle ("known as", "seen as", "known for", "accused of") */
const REDUCED_NEXT = GRAMMAR.reducedParticipleNext;
const EXAMPLE_OPENERS = GRAMMAR.exampleOpeners;
const ARTICLES = GRAMMAR.articles;
const DEMONSTRATIVES = GRAMMAR.demonstratives;
const NOUN_DETERMINERS = GRAMMAR.nounDeterminers;
/** present forms of "be" after "it" ("it's", "it is") */
const PRESENT_BE = GRAMMAR.presentBe;
const PLURAL_DETERMINERS = GRAMMAR.pluralDeterminers;
/** tags that open a verb's object */
const OBJECT_START = new Set(['DET', 'PROPN', 'PRON', 'NOUN', 'NUM', 'ADJ']);
const EVIDENCE = GRAMMAR.evidence;
/** tags of a word a relative "that" may follow (its noun, a number, a pronoun such as "another" or "nothing") */
const RELATIVE_AFTER = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'DET']);
/** tags of the words between an article and its noun */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'NUM', 'ADV', 'PROPN']);
const BE = GRAMMAR.be;
const CLAUSE_START = GRAMMAR.clauseStart;
/** tags of a quantifier before "of whom" ("all", "most", "two", "none") */
const QUANTIFIER_POS = new Set(['DET', 'NUM', 'PRON', 'ADJ', 'NOUN']);
/** prepositions that open what a noun cue is about ("his criticism of …", "her attacks on …") */
const NOUN_CUE_OBJECT = GRAMMAR.nounCueObject;
/** words after which a clause with its own subject opens inside a sentence */
const INNER_OPENERS = GRAMMAR.innerOpeners;
/** words that open a question reported after an addressee ("told reporters on Thursday how …") */
const WH_CONTENT = GRAMMAR.whContent;
const OBJECT_CONTENT = GRAMMAR.objectContent;
/** the most prepositional phrases read after a subject's noun phrase */
const MAX_PPS = 3;
const COMPANION_PREPS = GRAMMAR.companionPreps;
/** what ends a clause after a cue's prepositional phrase */
const CLAUSE_END = new Set([',', ';', ':', '.', '?', '!', '—', '–', '--']);
const CLOSERS = new Set(["'", '”', '"', '’', '»']);
/** a token that opens a quote */
const OPENER = /^[“"«‘]$/;
/** after a comma, words that open a clause outside a forward content (\", while …\", \", where …\", \", who …\") */
const CLAUSE_AFTER_COMMA = GRAMMAR.clauseAfterComma;
/** relative pronouns that may open a clause set off by commas inside a subject ("gas, which leaks often, was the trigger") */
const RELATIVE_AFTER_COMMA = GRAMMAR.relativeAfterComma!;
/** participles that work as prepositions: a phrase after them and a comma still belongs to the content ("…, including images of officers") */
const PREPOSITIONAL_PARTICIPLES = GRAMMAR.prepositionalParticiples;
/** words that open a clause of time, reason or manner after a cue ("said as he launched …", "said after meeting …") */
const ADVERBIAL_OPENERS = GRAMMAR.adverbialOpeners;
const COORD = GRAMMAR.coordinators;
/** conjunctions that open a new clause even where the content before them has no verb (", but he slammed …") */
const CONTRAST = GRAMMAR.contrast;
/** conjunctions before a second verb phrase of the speaker's clause ("… and has gone so far as to …", "… but has withheld …") */
const VP_COORD = GRAMMAR.vpCoordinators;
/** words before a participle cue after which its source is the sentence's earlier one ("by saying", "while noting", ", adding") */
const PARTICIPLE_LEAD = GRAMMAR.participleLead;
/** wh-adverbs that open a subordinate clause where the tagger has no SCONJ ("Where he used to boast that …, he said …") */
const WH_SUBORDINATORS = GRAMMAR.whSubordinators;
/** prepositions of time: "Hours after the attack Trump unleashed …" opens no subject */
const TIME_PREPS = GRAMMAR.timePrepositions;
/** Words at the start of a sentence that do not belong to an attribution's content. */
const LEAD_INS = GRAMMAR.leadIns;
/** negation particles, left of a cue with its auxiliaries ("could not explain") */
const NEGATIONS = GRAMMAR.negations;

export interface SentenceCues { cues: Cue[]; byFirst: Map<number, Cue>; byLast: Map<number, Cue> }

interface Ctx {
  doc: Readonly<Document>;
  v: TokenView;
  lex: QuoteLexicon;
  /** cues per sentence */
  cues: SentenceCues[];
  used: Set<Cue>;
  out: RawAttribution[];
  quotesByPara: QuoteSpan[][];
  /** quotes already taken as some attribution's content (by their start offset) */
  taken: Set<number>;
  /** indexes into `out` by sentence, and the number of continuations of each attribution */
  bySentence: Map<number, number[]>;
  continuations: Map<number, number>;
  /** the last token of the transcript label each label token is in ("((WN))", "MS. JEAN-PIERRE:") */
  labelEnd?: Map<number, number>;
}

/** First token index whose start is >= offset (binary search). */
export function tokenAtOrAfter(v: TokenView, offset: number): number {
  let lo = 0, hi = v.tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (v.tokens[mid]!.start < offset) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * "WASHINGTON -- President Obama, dedicating …, said", "RENO, Nev. (AP) — Republican presidential hopeful …": a dateline that opens
 * a sentence (a place in capitals, with a state's abbreviation and an agency in parentheses, and a dash) is no part of its subject;
 * the first token after it (or `from`).
 */
function skipDateline(v: TokenView, from: number, to: number): number {
  if (from >= to || !/^\p{Lu}{2,}$/u.test(v.tokens[from]!.text.replace(/[.']/g, ''))) return from;
  for (let k = from + 1; k < to && k - from <= 8; k++) {
    const w = v.low[k]!;
    if (DASH_MARKS.has(w)) return k + 1 < to ? k + 1 : from;
    const t = v.tokens[k]!.text;
    if (!(w === ',' || w === '(' || w === ')' || /^\p{Lu}/u.test(t))) return from;
  }
  return from;
}

/** The first token from `from` (before `to`) past the lead-in words and commas that open a sentence ("But, …", "And so …", "Separately, …"). */
function skipLeadIns(v: TokenView, from: number, to: number): number {
  from = skipDateline(v, from, to);
  while (from < to && (LEAD_INS.has(v.low[from]!) || v.low[from] === ',' || v.tokens[from]!.pos === 'ADV' && v.low[from + 1] === ',')) from++;
  return from;
}

const sentOf = (c: Ctx, tok: number) => c.doc.sentences[c.v.tokens[tok]!.sentence]!;

/** Trim white space and end punctuation (but not a closing quote mark that has its opener). */
export function trimContent(text: string, a: number, b: number): [number, number] {
  for (;;) {
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    while (a < b && /\s/.test(text[a]!)) a++;
    const last = text[b - 1];
    if (last !== undefined && /[.,;:\u2014\u2013-]/.test(last) && b - 1 > a) { b--; continue; }
    const first = text[a];
    if (first !== undefined && /[,;:\u2014\u2013]/.test(first)) { a++; continue; }
    // a closing parenthesis whose opener lies before the content ("(… it said.)")
    if (last === ')' && !text.slice(a, b).includes('(')) { b--; continue; }
    return [a, b];
  }
}

/**
 * "This echoed his earlier remarks", "That prompted Rubio to … call Trump …", "Could that be what voters …": a
 * demonstrative alone stands for a situation or an earlier statement, no one who speaks — not a relative "that" after its noun
 * or a title's closing quote mark ("a website called “…” that pitches the island as …"); nor the fact a verb of evidence
 * reports ("That suggests a lack of confidence", "this only explains why …": evidence in grammar.yaml). ("That rattled Rubio": a
 * verb of feeling has its object for source, experiencer.)
 */
function demonstrative(v: TokenView, src: Range): boolean {
  if (src[0] !== src[1] || !DEMONSTRATIVES.has(v.low[src[0]]!)) return false;
  const k = src[0] - 1;
  return v.low[src[0]] === 'this' || k < 0 || v.tokens[k]!.sentence !== v.tokens[src[0]]!.sentence || !(RELATIVE_AFTER.has(v.tokens[k]!.pos) || CLOSERS.has(v.low[k]!));
}

/**
 * "Another complaint is that …", "There is some evidence that …", "Among many references to …", "One lurking question is …": a
 * determiner-like word (grammar.yaml nounDeterminers) right before a noun cue is that noun's determiner, no one who speaks.
 * (Not before a form of a verb of the cue lexicon, which the tagger may read as a noun: "some say …", "some note that …".)
 */
function determinerOf(c: Ctx, cue: Cue, src: Range): boolean {
  const v = c.v;
  // (not a verb of the cue lexicon that the tagger read as a noun: "some say", "some note that", "one saying")
  if (src[0] !== src[1] || src[1] + 1 !== cue.first || v.tokens[cue.head]!.pos !== 'NOUN' || c.lex.cueForms.has(v.low[cue.head]!) || !NOUN_DETERMINERS.has(v.low[src[0]]!)) return false;
  // a plural determiner before a noun that is no plural ("Many spoke about …"), or a noun with an object after it ("Some view
  // Trump's nomination as …"), is a subject before a verb the tagger misread
  const det = v.low[src[0]]!;
  if (PLURAL_DETERMINERS.has(det) && !/s$/.test(v.low[cue.head]!)) return false;
  const next = v.tokens[cue.last + 1];
  return !(next && next.sentence === v.tokens[cue.head]!.sentence && OBJECT_START.has(next.pos));
}

/**
 * "Hillary Clinton made it clear … that she has their backs": an "it" right after a verb is that verb's object, no source; the
 * verb's subject is ("Obama, making it clear …": none, null).
 */
function objectIt(c: Ctx, src: Range): Range | null {
  const v = c.v;
  const k = src[0] - 1;
  if (src[0] !== src[1] || v.low[src[0]] !== 'it' || k < 0 || v.tokens[k]!.sentence !== v.tokens[src[0]]!.sentence || !isVerb(v, k)) return src;
  return subjectOfVerbs(v, k, c.doc.sentences[v.tokens[k]!.sentence]!.tokenStart);
}

function push(c: Ctx, r: Omit<RawAttribution, 'continues'> & { continues?: number | null }): number {
  // "((WN))  Your release mentioned …": a transcript label is the turn's speaker, no subject of the clause after it; where the
  // label is all the source there was ("((Wikinews)) Thank you for …"), the turn already attributes the paragraph
  if (r.source && r.rule !== 'transcript' && c.labelEnd) {
    let a = r.source[0];
    for (let k = a; k <= r.source[1]; k++) if (c.labelEnd.has(k)) a = c.labelEnd.get(k)! + 1;
    if (a > r.source[1]) return -1;
    if (a > r.source[0]) r = { ...r, source: [a, r.source[1]] };
  }
  // "The study notes the National Violent Injury Statistic System indicates …": the cue of a verb of the cue lexicon that
  // reports this attribution (its content holds this one's cue) is no part of this one's source (the tagger read "notes" as a
  // noun); the source starts after it. Not past a participle or an infinitive ("Nate Cohn, writing in The New York Times,
  // noticed …", "officials not authorized to discuss the investigation said …").
  if (r.source && r.cue) {
    let a = r.source[0];
    for (const i of c.bySentence.get(r.sentence) ?? []) {
      const o = c.out[i]!, oc = o.cue;
      // (this source holds the other's source and cue, and the other's content the rest of it and this cue: nested in it)
      if (oc && oc !== r.cue && o.source?.[0] === r.source[0] && !oc.weak && c.lex.cueForms.has(c.v.low[oc.head]!) && !nonFinite(c.v, oc) && oc.first >= a && oc.last < r.source[1] && o.content[0] <= c.v.tokens[oc.last + 1]!.start && o.content[1] >= c.v.tokens[r.cue.last]!.end) a = oc.last + 1;
    }
    if (a > r.source[0]) r = { ...r, source: [a, r.source[1]] };
  }
  if (r.source) {
    const none = demonstrative(c.v, r.source) && !(r.cue && EVIDENCE.has(r.cue.entry.lemma)) || r.cue && (expletive(c.v, r.cue, r.source) || determinerOf(c, r.cue, r.source)) || r.cue && nonFinite(c.v, r.cue) && (timeOnly(c.v, r.source) || prepObject(c.v, r.cue, r.source) && !c.lex.sourceNouns.has(c.v.low[r.source[1]]!));
    const src = none ? null : objectIt(c, r.source);
    r = { ...r, source: src ? withoutLeadingTime(c, src) : null };
  }
  let [a, b] = trimContent(c.doc.text, r.content[0], r.content[1]);
  // a content that quotes to its end takes the closing mark along (''…'' marks split by the tokenizer)
  const text = c.doc.text;
  const para = c.doc.paragraphs[c.doc.sentences[r.sentence]!.paragraph]!;
  while (b > a && b < para.end && CLOSERS.has(text[b]!) && /['"“”‘’«»]/.test(text.slice(a, b))) b++;
  // "Smith said of the bridge, “It is safe. It will stay open.”": a content that opens with a quote that runs on past the
  // end of the sentence (the sentences split inside it) is the whole quote, not its first sentence
  const q = c.quotesByPara[c.doc.sentences[r.sentence]!.paragraph]!.find((o) => o.start === a);
  if (q && b < q.end && q.end > c.doc.sentences[r.sentence]!.end) b = q.end;
  if (b <= a) return -1;
  c.out.push({ ...r, content: [a, b], continues: r.continues ?? null });
  if (r.cue) c.used.add(r.cue);
  const i = c.out.length - 1;
  (c.bySentence.get(r.sentence) ?? c.bySentence.set(r.sentence, []).get(r.sentence)!).push(i);
  if (r.continues != null) c.continuations.set(r.continues, (c.continuations.get(r.continues) ?? 0) + 1);
  return i;
}

/**
 * Is the phrase a time and nothing else ("2013", "One month", "373 days", "Tuesday")? No one speaks in it before a participle
 * or an infinitive: the tweets "he sent out in 2013 denouncing …", "He has 373 days left to define …" (before a finite cue it
 * may close the source's own phrase: "An analysis … going back to 1972 showed …").
 */
function timeOnly(v: TokenView, [a, b]: Range): boolean {
  let time = false;
  for (let k = a; k <= b; k++) {
    const w = v.low[k]!;
    // (a capitalized time noun is a title's: "13 Hours will tell the story of …")
    const t = timeAt(v, k) || TIME_UNITS.has(v.tokens[k]!.text) || /^(19|20)\d\d$/.test(w);
    if (t) time = true;
    else if (v.tokens[k]!.pos !== 'NUM' && v.tokens[k]!.pos !== 'DET') return false;
  }
  return time;
}
/** Is the phrase right before the cue the object of a preposition no speaker opens ("the run-up to the Nevada caucuses portraying …")? */
const prepObject = (v: TokenView, cue: Cue, [a, b]: Range): boolean => b === cue.first - 1 && cue.first === cue.head && /ing$/.test(v.low[cue.head]!) && v.tokens[a - 1]?.pos === 'ADP' && !NO_PREP_OBJECT.has(v.low[a - 1]!);
/** prepositions whose object may speak ("a statement from Smith saying …", "in the Trump release announcing …") and subordinators the tagger reads as prepositions ("since the FBI decided …") */
const NO_PREP_OBJECT = GRAMMAR.speakingPrepositions;
/** Is the cue a participle or an infinitive ("denouncing", "to define")? */
const nonFinite = (v: TokenView, cue: Cue): boolean => /ing$/.test(v.low[cue.head]!) || v.low[cue.first] === 'to' || v.low[cue.first - 1] === 'to';
/** time units as written, lower case ("373 days"; "13 Hours" is a title) */
const TIME_UNITS = GRAMMAR.timeUnits;

/**
 * A source phrase that opens with a time of the times layer ("Yesterday afternoon, Nancy Pelosi,
 * the Speaker of the House, announced …", "Yesterday the Search and Rescue Agency told …") starts
 * after it and a comma after it; not a time that is a possessor ("Monday's statement said").
 */
function withoutLeadingTime(c: Ctx, [a, b]: Range): Range {
  const start = c.v.tokens[a]!.start;
  const t = c.doc.times.find((x) => x.start === start);
  if (!t) return [a, b];
  let k = a;
  while (k <= b && c.v.tokens[k]!.start < t.end) k++;
  if (k < b && c.v.low[k] === ',') return [k + 1, b];
  return k <= b && c.v.tokens[k]!.pos !== 'PART' && c.v.tokens[k]!.pos !== 'PUNCT' && !/^['’]/.test(c.v.low[k]!) ? [k, b] : [a, b];
}

/**
 * "According to officials on Saturday, …", "…, according to police on Thursday.", "According to the
 * official WHO report yesterday, …": a time of the times layer that ends the phrase, after a
 * preposition, or of one word after a noun, is when it was said, not part of its source. Both
 * "according to" readings (before and after the content) trim their source with it.
 */
function withoutTrailingTime(c: Ctx, [a, b]: Range): Range {
  const end = c.v.tokens[b]!.end;
  const t = c.doc.times.find((x) => x.start > c.v.tokens[a]!.start && x.start < end && x.end >= end);
  if (!t) return [a, b];
  let k = b;
  while (k > a && c.v.tokens[k]!.start >= t.start) k--;
  // (after a preposition, or a time of one word: "the officer in charge of the base that night" was in charge then)
  if (k > a && c.v.tokens[k]!.pos === 'ADP') return [a, k - 1];
  // (a time of one word right after a noun: not "a poll released Tuesday", when the poll was released)
  return b - k === 1 && NOUN_TAGS.has(posAt(c.v, k)) ? [a, k] : [a, b];
}

/**
 * Does a cue that opens a sentence after a quote have a content of its own after it ("“…” He says
 * referees are …", "“…” Trump replied: “No, …”"): a verb or a quote mark before the sentence ends?
 * Then the quote before it is not its content.
 */
function ownContent(v: TokenView, from: number, to: number, cue: Cue): boolean {
  // "“…!” Sessions said as he launched the process": a clause of time or reason after the cue is no content, nor one of
  // manner after a comma ("“You know, it happens, right?” Trump went on, as if he didn't hear her.")
  const first = skipAdverbsRight(v, v.low[from] === ',' ? from + 1 : from, to);
  if (first < to && ADVERBIAL_OPENERS.has(v.low[first]!)) {
    // (set off by commas, what follows it may still be content: "“…” Smith said, as he left the room, that taxes would fall.")
    const close = v.low[from] === ',' ? v.low.indexOf(',', first + 1) : -1;
    return close > 0 && close < to - 1 && ownContent(v, close + 1, to, cue);
  }
  // "… called “swine flu.” The government of Egypt ordered the killing of 300,000 pigs.": a verb's object right after it
  // (not the addressee of a verb of telling, not a time: "“…” Smith told reporters.", "“…” he said Monday.")
  if (from < to && !ADDRESSEE.has(cue.entry.lemma) && !timeAt(v, from) && rightNP(v, from, to)?.[0] === from && v.tokens[from]!.pos !== 'PRON') return true;
  // "“Not fit!” Trump tweeted, quoting Comey's statement.": a participle after a comma is the speaker's aside, the quote still theirs
  if (v.low[from] === ',' && from + 1 < to && v.tokens[from + 1]!.pos === 'VERB' && /ing$/.test(v.low[from + 1]!)) return false;
  for (let j = from; j < to; j++) if (isVerb(v, j) || OPENER.test(v.low[j]!) || v.tokens[j]!.pos === 'SCONJ') return true;
  return false;
}

/** “…,” he said  /  “…,” said X */
function directAfter(c: Ctx, q: QuoteSpan, paraEnd: number): boolean {
  const v = c.v;
  let k = tokenAtOrAfter(v, q.end);
  if (k >= v.tokens.length) return false;
  if (v.tokens[k]!.start >= paraEnd) return bylineParagraph(c, q, k);
  let dash = -1;
  while (k < v.tokens.length && (v.low[k] === ',' || DASH_MARKS.has(v.low[k]!)) && v.tokens[k]!.start < paraEnd) { if (v.low[k] !== ',') dash = k; k++; }
  if (k >= v.tokens.length) return false;
  const s = sentOf(c, k);
  const sc = c.cues[v.tokens[k]!.sentence]!;
  // a new sentence must go on in lower case ("he said") or with the cue
  const cueHere = sc.byFirst.get(k);
  if (cueHere && !c.used.has(cueHere)) {
    const np = rightNP(v, cueHere.last + 1, s.tokenEnd);
    if (np && !inversion(c, cueHere, np, s.tokenEnd)) return false;
    // "“…,” adding, “…”", "“…,” Asked …": with no speaker after the cue, the quote before it is not its content
    if (!np) return false;
    return push(c, { kind: 'direct', cue: cueHere, source: trailingApposition(v, np, s.tokenEnd), content: [q.start, q.end], sentence: v.tokens[k]!.sentence, rule: 'direct-after' }) >= 0;
  }
  let np = rightNP(v, k, s.tokenEnd);
  if (!np) return false;
  // "“…,” Bennett shot back": a cue the tagger read as a noun ends the phrase before it
  for (let j = np[0] + 1; j <= np[1]; j++) if (sc.byFirst.has(j)) { np = [np[0], j - 1]; break; }
  if (v.low[np[1] + 1] === ',') {
    // “…,” Graham, a former candidate, told CBS
    for (let j = np[1] + 3; j < Math.min(s.tokenEnd - 1, np[1] + MAX_SOURCE); j++) {
      if (v.low[j] === ',' && sc.byFirst.has(skipAdverbsRight(v, j + 1, s.tokenEnd))) { np = [np[0], j]; break; }
      if (phraseStop(v, j)) break;
    }
  }
  const after = np[1] + 1;
  for (let j = after; j < Math.min(s.tokenEnd, after + 4); j++) {
    const cue = sc.byFirst.get(j);
    if (cue && !c.used.has(cue) && skipAdverbsLeft(v, cue.first, after) === after) {
      // "“…” He says referees are …": a cue that opens the next sentence with a content of its own is that content's
      if (k === s.tokenStart && ownContent(v, cue.last + 1, s.tokenEnd, cue)) return false;
      return push(c, { kind: 'direct', cue, source: np, content: [q.start, q.end], sentence: v.tokens[k]!.sentence, rule: 'direct-after' }) >= 0;
    }
  }
  // "“Will he be the next attorney general?” a Democratic staffer in the room wondered": the speaker's phrase with its prepositional phrases
  const withPPs = subjectEnd(v, np, s.tokenEnd);
  const ppCue = withPPs > np[1] ? sc.byFirst.get(skipAdverbsRight(v, withPPs + 1, s.tokenEnd)) : undefined;
  if (ppCue && !c.used.has(ppCue) && !(k === s.tokenStart && ownContent(v, ppCue.last + 1, s.tokenEnd, ppCue))) {
    return push(c, { kind: 'direct', cue: ppCue, source: [np[0], withPPs], content: [q.start, q.end], sentence: v.tokens[k]!.sentence, rule: 'direct-after' }) >= 0;
  }
  // “…” ― Sonya Herridge: a dash and a name that ends the line (or opens a further quote)
  if (dash >= 0 && dash === k - 1) {
    const name = bylineName(c, k, paraEnd);
    if (name) return push(c, { kind: 'direct', cue: punctCue(v, dash), source: name, content: [q.start, q.end], sentence: v.tokens[dash]!.sentence, rule: 'byline' }) >= 0;
  }
  return false;
}

/** A punctuation mark that stands for the cue ("― Name", "Name: …"). */
export function punctCue(v: TokenView, k: number): Cue {
  return { first: k, last: k, head: k, entry: { lemma: v.low[k]!, meaning: 'neutral' } };
}

/**
 * A name (capitalized words, at most MAX_LABEL) from token k that ends the line: at the end of
 * the paragraph, or before "(@handle)", a comma, a closing full stop or the next quote.
 */
function bylineName(c: Ctx, k: number, paraEnd: number): Range | null {
  const v = c.v;
  let e = k;
  while (e < v.tokens.length && e - k < MAX_LABEL && v.tokens[e]!.pos === 'PROPN' && v.tokens[e]!.start < paraEnd) e++;
  if (e === k) return null;
  const next = e < v.tokens.length && v.tokens[e]!.start < paraEnd ? v.low[e]! : null;
  const after = next === '.' && e + 1 < v.tokens.length && v.tokens[e + 1]!.start < paraEnd ? v.low[e + 1]! : null;
  const ends = next === null || next === '(' || next === ',' || OPENER.test(next) || next === '.' && (after === null || OPENER.test(after));
  return ends ? [k, e - 1] : null;
}

/** “…”  then a paragraph of its own: "- Bernie Sanders." */
function bylineParagraph(c: Ctx, q: QuoteSpan, k: number): boolean {
  const v = c.v;
  if (!DASH_MARKS.has(v.low[k]!) || k + 1 >= v.tokens.length) return false;
  const s = sentOf(c, k);
  const p = c.doc.paragraphs[s.paragraph]!;
  if (v.tokens[k]!.start !== p.start) return false;
  const name = bylineName(c, k + 1, p.end);
  if (!name) return false;
  let e = name[1] + 1;
  while (e < v.tokens.length && v.tokens[e]!.start < p.end && v.tokens[e]!.pos === 'PUNCT') e++;
  if (e < v.tokens.length && v.tokens[e]!.start < p.end) return false; // more than the name
  return push(c, { kind: 'direct', cue: punctCue(v, k), source: name, content: [q.start, q.end], sentence: v.tokens[tokenAtOrAfter(v, q.start)]!.sentence, rule: 'byline' }) >= 0;
}

/**
 * "Pence: Flowers won’t be at the debate", "Pollsters agree - Carl Bialik: “…”": a name (capitalized
 * words) right before a colon is the source of what follows. The colon at `colon`; `from` is the
 * first token the name may start at. Not a line label ("Correction:", "Question:", lexicon labels.tsv).
 */
function labelName(c: Ctx, colon: number, from: number): Range | null {
  const v = c.v;
  let a = colon;
  while (a - 1 >= from && colon - a < MAX_LABEL && v.tokens[a - 1]!.pos === 'PROPN') a--;
  // a headline's "Report: …", "Poll: …", "Officials: …" — a capitalized source noun (sources.tsv) alone
  if (a === colon && colon - 1 >= from && /^\p{Lu}/u.test(v.tokens[colon - 1]!.text) && c.lex.sourceNouns.has(v.low[colon - 1]!)) a = colon - 1;
  if (a === colon || c.lex.labelWords.has(v.low[a]!)) return null;
  return [a, colon - 1];
}

/** A sentence (a headline, mostly) that opens with "Name: …" and goes on with a clause. */
function labelLine(c: Ctx, si: number): void {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  if (c.bySentence.get(si)?.length) return;
  for (let k = s.tokenStart + 1; k < Math.min(s.tokenEnd - 3, s.tokenStart + 12); k++) {
    if (v.low[k] !== ':') continue;
    const name = labelName(c, k, s.tokenStart);
    if (!name) return;
    const start = name[0] === s.tokenStart || DASH_MARKS.has(v.low[name[0] - 1]!) && (name[0] - 1 === s.tokenStart || v.tokens[name[0] - 2]!.pos !== 'PUNCT');
    if (!start || !hasVerb(v, k + 1, s.tokenEnd)) return;
    if (c.quotesByPara[s.paragraph]!.some((q) => q.start === v.tokens[k + 1]!.start)) return; // the quote pass had it
    push(c, { kind: 'indirect', cue: punctCue(v, k), source: name, content: [v.tokens[k + 1]!.start, s.end], sentence: si, rule: 'label' });
    return;
  }
}

/**
 * A quote mark or end punctuation that stops a scan for a source phrase — not a full stop glued to
 * the word before it and followed by a comma, an abbreviation's ("McConnell, R-Ky., said").
 */
function phraseStop(v: TokenView, k: number): boolean {
  if (!/^[“”"«».;:]$/.test(v.low[k]!)) return false;
  return !(v.low[k] === '.' && k > 0 && v.tokens[k - 1]!.end === v.tokens[k]!.start && v.low[k + 1] === ',');
}

function skipAdverbsRight(v: TokenView, k: number, to: number): number {
  while (k < to && v.tokens[k]!.pos === 'ADV') k++;
  return k;
}

/** X said: “…”  /  X told reporters, “…” */
function directBefore(c: Ctx, q: QuoteSpan): boolean {
  const v = c.v;
  const k0 = tokenAtOrAfter(v, q.start);
  if (k0 >= v.tokens.length) return false;
  const s = sentOf(c, k0);
  let j = k0 - 1;
  if (j < s.tokenStart) return false;
  if (v.low[j] === ',' || v.low[j] === ':' || v.low[j] === 'that') j--;
  const sc = c.cues[v.tokens[k0]!.sentence]!;
  let cue = j >= s.tokenStart ? sc.byLast.get(j) : undefined;
  // "Said Comey, “…”": a verb of inverting that opens the sentence, the phrase after it its source
  let inverted: Range | null = null;
  const opening = !cue && j >= s.tokenStart ? sc.byFirst.get(skipLeadIns(v, s.tokenStart, j)) : undefined;
  if (opening && c.lex.inverting.has(v.low[opening.head]!)) {
    inverted = rightNP(v, opening.last + 1, k0);
    if (inverted && inverted[1] === j) cue = opening;
    else inverted = null;
  }
  if (!cue && j >= s.tokenStart) {
    const obj = leftNP(v, j + 1, s.tokenStart);
    if (obj) cue = sc.byLast.get(obj[0] - 1);
  }
  // "Bill Gerstenmaier of NASA spoke of the collaboration between his agency and SpaceX: “…”", "Markham Robinson reflects this view
  // in Ballot Access News comments: “…”": before a colon, the cue verb of the clause is the quote's, not a name or a noun cue in its phrase
  let phraseCue: Cue | undefined;
  if (v.low[k0 - 1] === ':' && (!cue || !isVerb(v, cue.head))) {
    const clause = colonClauseCue(c, v.tokens[k0]!.sentence, k0 - 1);
    if (clause) { phraseCue = cue; cue = clause; }
  }
  if (!cue && v.low[k0 - 1] === ':') {
    // Carl Bialik: “…”
    const name = labelName(c, k0 - 1, s.tokenStart);
    // (not the object of a preposition or a verb: "said about Amman: “…”", "says to Nevadans: “…”" — the verb has the quote)
    const before = name ? v.tokens[name[0] - 1] : undefined;
    if (name && !(name[0] > s.tokenStart && (before!.pos === 'ADP' || before!.pos === 'VERB'))) return push(c, { kind: 'direct', cue: punctCue(v, k0 - 1), source: name, content: [q.start, q.end], sentence: v.tokens[k0]!.sentence, rule: 'label' }) >= 0;
  }
  // "a website called “Cape Breton If Donald Trump Wins”": a naming participle after an object names it (naming.tsv)
  if (!cue || c.used.has(cue) || namingParticiple(c, cue, v.tokens[k0]!.sentence)) return false;
  const si = v.tokens[k0]!.sentence;
  let src = inverted ?? subjectBefore(c, cue, si, true);
  if (!src) return false;
  // "Blumenthal was asked, “…”", "the island was known as ''the Poorhouse of the Caribbean''": a passive with no agent names no source
  if (!inverted && passiveCue(c, cue, s.tokenStart)) src = null;
  // a quote not set off by a comma or colon is part of the clause after the cue ("said that “…”", "called the holiday “…”",
  // "says voter fraud “would be …”", "reported “2,521 shooting incidents” in the city …"): the content is that clause;
  // not after the addressee of a verb of telling ("told Wikinews “There are …”": the quote is what was told)
  const addressee = ADDRESSEE_ONLY.has(cue.entry.lemma) && k0 > cue.last + 1 ? rightNP(v, cue.last + 1, k0) : null;
  if (!/^[,:]$/.test(v.low[k0 - 1]!) && addressee?.[1] !== k0 - 1) {
    const from = v.low[k0 - 1] === 'that' ? k0 - 1 : Math.min(k0, cue.last + 1);
    const qLast = tokenAtOrAfter(v, q.end) - 1;
    // (past the quote to the end of its clause where a verb follows it: "“King James” is a longtime advocate …")
    const after = clauseEnd(c, si, qLast - 1); // (from the closing mark on: a comma inside it ends the clause)
    const end = q.end <= s.end && qLast >= k0 && hasVerb(v, qLast + 1, tokenAtOrAfter(v, after)) ? Math.max(q.end, after) : q.end;
    if (from < k0 || end > q.end) return push(c, { kind: 'indirect', cue, source: src, content: [v.tokens[from]!.start, end], sentence: si, rule: 'direct-before-clause' }) >= 0;
  }
  const i = push(c, { kind: 'direct', cue, source: src, content: [q.start, q.end], sentence: si, rule: 'direct-before' });
  if (i >= 0 && phraseCue) c.used.add(phraseCue); // (the noun cue is the verb's: "in Ballot Access News comments")
  return i >= 0;
}

/**
 * The cue verb of the clause that a colon closes, with no other verb between them: the verb's object and prepositional phrases
 * ("spoke of the collaboration between his agency and SpaceX:", "announced the official name of the disease in Wuhan, China:"),
 * a noun cue among them or not ("reflects this view in Ballot Access News comments:"); not across a dash, a quote, "that" or a
 * subordinator ("Pollsters agree - Carl Bialik: “…”"), nor a cue already read.
 */
function colonClauseCue(c: Ctx, si: number, colon: number): Cue | undefined {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  const sc = c.cues[si]!;
  for (let m = colon - 1; m >= s.tokenStart && colon - m <= MAX_SOURCE; m--) {
    const cue = sc.byLast.get(m);
    if (cue && !cue.weak && wordCue(v, cue) && isVerb(v, cue.head)) return c.used.has(cue) ? undefined : cue;
    if (cue && !isVerb(v, cue.head)) { m = cue.first; continue; }
    if (isVerb(v, m) || DASH_MARKS.has(v.low[m]!) || phraseStop(v, m) || v.inQuote?.[m] || v.low[m] === 'that' || v.tokens[m]!.pos === 'SCONJ') return undefined;
  }
  return undefined;
}

/** Is the cue a passive ("was asked", "is known as", "has been criticized"): a form of "be" before its participle, no adjective or state of mind (states.tsv)? */
function passiveCue(c: Ctx, cue: Cue, from: number): boolean {
  const v = c.v;
  const head = v.low[cue.head]!;
  // (not a base form: "all she could do was shout")
  if (v.tokens[cue.head]!.pos !== 'VERB' || /ing$/.test(head) || c.lex.cueForms.get(head) === cue.entry && head === cue.entry.lemma.split(' ')[0] || c.lex.states.has(head) || cue.head - 1 > cue.first && v.low[cue.head - 1] === 'to') return false;
  return BE.has(v.low[cue.first]!) && cue.head > cue.first || beBefore(v, cue.head, from);
}

/**
 * An adverb cue ("reportedly", adverb-cues.tsv) names no source: its content is the clause around it, from the clause's
 * subject ("The Club for Growth is reportedly spending $1.5 million …", "With Michael Bloomberg reportedly considering a
 * run, …") or, for an adverb that opens the sentence, from the word after its comma ("Reportedly, he made …"), to the
 * clause's end.
 */
function adverbCue(c: Ctx, cue: Cue, si: number): void {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  let start: number;
  if (v.low[cue.last + 1] === ',' && skipLeadIns(v, s.tokenStart, cue.first) === cue.first) start = cue.last + 2;
  else {
    const np = subjectBefore(c, cue, si);
    if (!np) return;
    start = np[0];
  }
  if (start >= s.tokenEnd) return;
  push(c, { kind: 'indirect', cue, source: null, content: [v.tokens[start]!.start, clauseEnd(c, si, Math.max(cue.last, start - 1))], sentence: si, rule: 'adverb' });
}

/** cue phrases read as "according to" is, their source after them and the clause around them their content (grammar.yaml accordingLike: "as reported by", "in the words of") */
const ACCORDING_LIKE = GRAMMAR.accordingLike!;
/** relative pronouns after "according to" (grammar.yaml accordingToRelatives: "according to which", "according to whom") */
const ACCORDING_RELATIVES = GRAMMAR.accordingToRelatives!;
/** According to X, …  /  …, according to X */
function accordingTo(c: Ctx, cue: Cue, si: number): void {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  const lead = skipLeadIns(v, s.tokenStart, cue.first);
  // "…signed an agreement, according to which a section … would cross the zone": the relative pronoun is the source
  // (it stands for what it follows), the clause after it the content
  const rel = cue.last + 1;
  if (rel + 2 < s.tokenEnd && ACCORDING_RELATIVES.has(v.low[rel]!)) {
    push(c, { kind: 'indirect', cue, source: [rel, rel], content: [v.tokens[rel + 1]!.start, clauseEnd(c, si, rel + 1, true)], sentence: si, rule: 'according-to-relative' });
    return;
  }
  // the source runs to the next comma (or the end of the sentence), at most MAX_SOURCE tokens
  let comma = -1;
  for (let k = cue.last + 1; k < Math.min(s.tokenEnd, cue.last + 1 + MAX_SOURCE); k++) if (v.low[k] === ',') { comma = k; break; }
  // "The AP reported that, according to an analysis …, 85 of the 154 meetings …", "Politico reported, according to sources, Clinton
  // tried …": after a cue (and "that") that still waits for its content, the phrase is an aside inside that content, which follows it
  let open = cue.first - 1;
  if (v.low[open] === ',') open--;
  if (v.low[open] === 'that') open--;
  const inside = open > lead && open < cue.first - 1 && c.cues[si]!.byLast.has(open);
  // (two words at most before it, with no verb: "Sales fell according to the company, which said …" is read after its content)
  if ((cue.first <= lead + 2 && verbless(v, lead, cue.first) || inside) && comma > cue.last + 1 && comma + 1 < s.tokenEnd) {
    let src: Range = withoutTrailingTime(c, [cue.last + 1, comma - 1]);
    let from = comma + 1;
    // "According to Sadie Weiner, Hagan's former spokeswoman, Hagan died …": a noun phrase between two commas before a clause of
    // its own is the source's apposition, and the source's (PolNeAR marks it so); not a time ("According to police, on Monday,
    // …"), nor a subject with an apposition of its own ("According to police, the suspect, a 45-year-old man, fled")
    const appo = apposition(c, si, comma + 1);
    if (src[1] === comma - 1 && appo >= 0) { src = [cue.last + 1, appo - 1]; from = appo + 1; }
    push(c, { kind: 'indirect', cue, source: src, content: [v.tokens[from]!.start, s.end], sentence: si, rule: 'according-to-before' });
  } else if (cue.first > lead + 1 && v.low[cue.first - 1] === ',' && openBefore(v, lead, cue.first - 1) && comma > cue.last + 1 && comma + 2 < s.tokenEnd && v.tokens[comma + 1]!.pos !== 'PUNCT' && !CLAUSE_AFTER_COMMA.has(v.low[comma + 1]!) && !RELATIVE.has(v.low[comma + 1]!)) {
    // "The plan, according to officials, will cost …", "One child was, according to the fire service, among the dead": an aside
    // inside a clause still open before it (openBefore: no verb yet, an auxiliary or a clause opener last, or a fronted phrase with no
    // subject and verb: "Longer term, according to NASA administrator Jim Bridenstine, the goal is …"), whose two sides are the content (as an inverted
    // "…, X said, …" is read); not before a relative or another clause ("…, according to police, who said …"); after a clause
    // complete before it, the phrase after the comma is the source's apposition ("…, according to Craig Bryan, head of …")
    const i = push(c, { kind: 'indirect', cue, source: [cue.last + 1, comma - 1], content: [v.tokens[lead]!.start, v.tokens[cue.first - 1]!.start], sentence: si, rule: 'according-to-aside' });
    if (i >= 0) push(c, { kind: 'indirect', cue, source: [cue.last + 1, comma - 1], content: [v.tokens[comma + 1]!.start, clauseEnd(c, si, comma + 1)], sentence: si, rule: 'according-to-aside', continues: i });
  } else if (cue.first > lead) {
    let end = s.tokenEnd - 1;
    // (a closing bracket whose opening one is in the phrase stays: "the Catholic Bishops' Conference of the Philippines (CBCP).")
    const opened = (k: number): boolean => { for (let j = k - 1; j > cue.last; j--) if (v.low[j] === '(') return true; return false; };
    while (end > cue.last && v.tokens[end]!.pos === 'PUNCT' && !(v.low[end] === ')' && opened(end))) end--;
    if (comma > 0 && !verbless(v, comma, s.tokenEnd)) end = comma - 1;
    // "Sales fell, according to the report, by half.": a prepositional phrase after the source's noun phrase and a comma goes on
    // with the clause before, a second part of the content
    const np = comma > 0 ? rightNP(v, cue.last + 1, comma) : null;
    const tail = comma > 0 && end > comma && np?.[1] === comma - 1 && (v.tokens[comma + 1]!.pos === 'ADP' || v.tokens[comma + 1]!.pos === 'ADV') && !quoteAt(c, comma + 1);
    if (tail) end = comma - 1;
    // "according to CNN who reported that …": a relative clause with a cue of its own is that cue's attribution, not the source's
    // ("according to police who were at the scene" keeps its relative)
    for (let k = cue.last + 2; k <= end; k++) {
      if (!RELATIVE.has(v.low[k]!) || !c.cues[si]!.cues.some((o) => o.first > k && o.first <= end)) continue;
      end = v.low[k - 1] === ',' ? k - 2 : k - 1;
      break;
    }
    // "according to police on Thursday": the time that ends the source is not the source's ("a poll released Tuesday" keeps it)
    if (end > cue.last) end = withoutTrailingTime(c, [cue.last + 1, end])[1];
    if (end <= cue.last || end - cue.last > MAX_SOURCE) return;
    const i = push(c, { kind: 'indirect', cue, source: [cue.last + 1, end], content: [v.tokens[lead]!.start, v.tokens[cue.first]!.start], sentence: si, rule: 'according-to-after' });
    if (tail && i >= 0) push(c, { kind: 'indirect', cue, source: [cue.last + 1, end], content: [v.tokens[comma + 1]!.start, s.end], sentence: si, rule: 'according-to-after', continues: i });
  }
}

/**
 * The comma that closes an apposition starting at k ("Hagan's former spokeswoman,"), or -1: a noun phrase with no verb, no time of
 * the times layer and no quote, then a comma, then a clause of its own (a subject and its verb, no comma between).
 */
function apposition(c: Ctx, si: number, k: number): number {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  const np = rightNP(v, k, s.tokenEnd);
  if (!np || np[0] !== k || v.tokens[k]!.pos === 'PRON' || timeAt(v, k) || quoteAt(c, k)) return -1;
  const close = np[1] + 1;
  if (close + 2 >= s.tokenEnd || v.low[close] !== ',' || !verbless(v, k, close)) return -1;
  if (c.doc.times.some((t) => t.end > v.tokens[k]!.start && t.start < v.tokens[np[1]]!.end)) return -1;
  if (RELATIVE.has(v.low[close + 1]!) || CLAUSE_AFTER_COMMA.has(v.low[close + 1]!) || !clauseStarts(v, close + 1, s.tokenEnd)) return -1;
  return close;
}

/**
 * Is the clause in [from, to) still open, waiting for words after it: no verb yet ("The plan"), an auxiliary last ("One child was"),
 * a word that opens a clause last ("Friday was when"), or no subject and its verb anywhere ("Longer term", where the tagger read
 * "term" as a verb)?
 */
function openBefore(v: TokenView, from: number, to: number): boolean {
  if (!hasVerb(v, from, to) || v.tokens[to - 1]!.pos === 'AUX') return true;
  const last = v.low[to - 1]!;
  if (last === 'that' || WH_SUBORDINATORS.has(last) || v.tokens[to - 1]!.pos === 'SCONJ') return true;
  for (let m = from; m < to; m++) if (clauseStarts(v, m, to)) return false;
  return true;
}

/** the fewest words before "…, X said." read as its content where the tagger found no verb there */
const MIN_VERBLESS = 4;
/** marks that end a statement */
const END_MARKS = new Set(['.', '!', '?']);

/** …, X said.  /  …, — said X in a comment to journalists.  /  …, X said, … */
function inverted(c: Ctx, cue: Cue, si: number): boolean {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  let left = leftNP(v, skipAdverbsLeft(v, cue.first, s.tokenStart), s.tokenStart);
  // "…, a study by the Council of the Great City Schools found.": the noun phrase that a prepositional phrase before the cue follows
  for (let n = 0; left && n < MAX_PPS && left[0] - 1 > s.tokenStart && v.tokens[left[0] - 1]!.pos === 'ADP'; n++) {
    const head = leftNP(v, left[0] - 1, s.tokenStart);
    if (!head || !NOMINAL_HEAD.has(posAt(v, head[1]))) break;
    left = [head[0], left[1]];
  }
  // "…, wrestling promotion World Wonder Ring Stardom announced yesterday.": an "-ing" word the tagger read as a verb between the
  // comma and the noun phrase is its modifier (a participle with that phrase for object would leave the cue no subject)
  if (left && left[0] - 2 > s.tokenStart && SEPARATORS.has(v.low[left[0] - 2]!) && v.tokens[left[0] - 1]!.pos === 'VERB' && /ing$/.test(v.low[left[0] - 1]!) && !PREPOSITIONAL_PARTICIPLES.has(v.low[left[0] - 1]!)) left = [left[0] - 1, left[1]];
  // "…, a practice criticized by Miller", "…, which were claimed by the Islamic State": a passive with its agent
  if (left && (BE.has(v.low[cue.first]!) && cue.head > cue.first && agentBy(v, cue, s.tokenEnd) >= 0 || participleAgent(v, cue, s.tokenStart, s.tokenEnd) >= 0)) return false;
  let source: Range | null = left;
  let after = cue.last + 1;
  // "…, Graham told The Huffington Post on Thursday.": the addressee after the cue is no content
  let addressed = false;
  if (left && ADDRESSEE_ONLY.has(cue.entry.lemma)) {
    const addressee = rightNP(v, after, s.tokenEnd);
    if (addressee && !CONTENT_OPENERS.has(v.low[addressee[1] + 1] ?? '')) { after = addressee[1] + 1; addressed = true; }
  }
  let sep = (left ? left[0] : cue.first) - 1;
  if (!left) {
    // "…, said the spokesman": only a verb of saying that inverts (inverting.tsv), with no auxiliary —
    // "Mukasey, a former attorney general, criticized Clinton's email use" has its object there
    if (cue.first !== cue.head || !c.lex.inverting.has(v.low[cue.head]!)) return false;
    const r = withExamples(v, rightNP(v, after, s.tokenEnd), s.tokenEnd);
    if (!r || !inversion(c, cue, r, s.tokenEnd)) return false;
    source = trailingApposition(v, r, s.tokenEnd);
    after = v.low[source[1]] === ',' ? source[1] : source[1] + 1;
    while (sep > s.tokenStart && SEPARATORS.has(v.low[sep - 1]!) && SEPARATORS.has(v.low[sep]!)) sep--;
  }
  if (v.low[sep] === 'as' && sep - 1 > s.tokenStart && v.low[sep - 1] === ',') sep--; // "…, as some have speculated."
  if (sep <= s.tokenStart || !SEPARATORS.has(v.low[sep]!)) return false;
  let lead = s.tokenStart;
  while (lead < sep && LEAD_INS.has(v.low[lead]!)) lead++;
  if (lead >= sep) return false;
  const contentStart = v.tokens[lead]!.start;
  // "…, — said X": in translated news a dash before the cue marks direct speech, quote marks or not
  let dash = false;
  for (let k = sep; k < (left ? left[0] : cue.first); k++) if (DASHES.has(v.low[k]!)) dash = true;
  // "…, many of their supporters will switch to his side.", "…, officials expressed concern about Latino support.": after a cue
  // the cue lexicon does not list, or one with its object noun, a prepositional phrase (not a time) is its content, no trailer
  // the attribution this reading makes: what the comma before the source closes
  const before = (): boolean => push(c, { kind: dash ? 'direct' : 'indirect', cue, source, content: [contentStart, v.tokens[sep]!.start], sentence: si, rule: dash ? 'dash-direct' : 'inverted' }) >= 0;
  const objectPP = after < s.tokenEnd && v.tokens[after]!.pos === 'ADP' && !timeAt(v, after + 1)
    && (c.lex.cueForms.get(v.low[cue.head]!) !== cue.entry || hasNounIn(v, cue.head + 1, cue.last + 1));
  // ("The Trump job marks his reemergence …, one longtime friend said.": a verb of saying that ends the sentence after its
  // subject frames what the comma closes, whether or not the tagger found a verb there; so does a verb of telling after its
  // subject and before its addressee: "The dam burst overnight, the mayor told Interfax.")
  // (a verb of saying with a trailer too: "The dam burst overnight, the mayor said in Moscow.")
  const ends = after === s.tokenEnd || after + 1 === s.tokenEnd && END_MARKS.has(v.low[after]!);
  const inverting = c.lex.inverting.has(v.low[cue.head]!);
  const closes = !!left && sep - lead >= MIN_VERBLESS && (ends ? inverting || addressed : inverting && cue.first === cue.head && v.tokens[after]!.pos === 'ADP');
  if (!objectPP && trailer(v, after, s.tokenEnd) && (hasVerb(v, lead, sep) || closes)) {
    return before();
  }
  // "…, two officials said on condition of anonymity because they were not authorized to speak.", "…, she said when asked about
  // it.": a clause of reason or time after a verb of saying (and a trailer) is the writer's, no content
  if (!objectPP && left && inverting && !(BE.has(v.low[cue.first]!) && cue.head > cue.first) && sep - lead >= MIN_VERBLESS) {
    let k = after;
    while (k < s.tokenEnd && k - after < 8 && !ADVERBIAL_OPENERS.has(v.low[k]!) && v.low[k] !== ',') k++;
    if (k < s.tokenEnd && ADVERBIAL_OPENERS.has(v.low[k]!) && (k === after || trailer(v, after, k)) && k + 1 < s.tokenEnd && !END_MARKS.has(v.low[k + 1]!)) {
      return before();
    }
  }
  // "…, Hollande said Tuesday in Paris, noting …", "…, Spicer said, adding, “…”": a trailer (or
  // none) up to a comma
  let comma = after;
  while (comma < s.tokenEnd && v.low[comma] !== ',' && comma - after < 8) comma++;
  // (or the addressee of a verb of telling: "…, officials told state media, adding that …", "…, the pope told reporters, according to Reuters.")
  const toldComma = ADDRESSEE_ONLY.has(cue.entry.lemma) && rightNP(v, after, comma)?.[1] === comma - 1;
  // (where the tagger found no verb before the comma, after a verb of telling and its addressee as `closes` reads it: "The dam burst
  // overnight, the mayor told Interfax, adding that …")
  if (v.low[comma] === ',' && (comma === after || trailer(v, after, comma) || toldComma) && (hasVerb(v, lead, sep) || toldComma && !!left && sep - lead >= MIN_VERBLESS)) {
    const verb = skipAdverbsRight(v, comma + 1, s.tokenEnd);
    // ", noting …": a participle of the speaker's own, after the words reported
    if (verb < s.tokenEnd && v.tokens[verb]!.pos === 'VERB' && /ing$/.test(v.low[verb]!)) {
      return before();
    }
  }
  // "…, the mayor said on Sunday, according to Interfax.": the account the words come through (its own attribution, holding this one)
  // (after the addressee too: toldComma)
  if (left && v.low[comma] === ',' && (comma === after || trailer(v, after, comma) || toldComma)
    && ACCORDING_LIKE.has(c.cues[si]!.byFirst.get(comma + 1)?.entry.lemma ?? '') && sep - lead >= MIN_VERBLESS) {
    return before();
  }
  if (v.low[after] === ',' && after + 1 < s.tokenEnd) {
    const i = push(c, { kind: 'indirect', cue, source, content: [contentStart, v.tokens[sep]!.start], sentence: si, rule: 'inverted-parenthetical' });
    if (i >= 0) push(c, { kind: 'indirect', cue, source, content: [v.tokens[after + 1]!.start, s.end], sentence: si, rule: 'inverted-parenthetical', continues: i });
    return i >= 0;
  }
  return false;
}

/**
 * "As Politico reported last week, the campaign spent …", "But as a Politico reporter noted, he didn't …", "After all, as we
 * saw in 2009, banks …": a clause opened by "as" whose cue verb has no object of its own — only adverbs, a time or a
 * prepositional phrase after it, or "it" ("As Ms. Simonyan put it in a statement, …") — frames the main clause: the noun
 * phrase after "as" is the source, the clause after the comma that closes the "as" clause the content (as PolNeAR marks it,
 * without "as"; a further aside set off by commas right after it is no content: "As Breitbart News reported, even on Friday
 * morning, the White House …"). After a clause ("…, as The New York Times reported on Tuesday, and he will …") the clause
 * before it is the content; where no coordinated clause follows, inverted reads it. Not a passive ("As ballots were being
 * counted, …"), nor a verb of speaking or meeting ("As he spoke, …").
 */
const FREQUENCY = GRAMMAR.frequencyNouns!;
function asClause(c: Ctx, cue: Cue, si: number): boolean {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  if (c.lex.companions.has(v.low[cue.head]!)) return false;
  if (BE.has(v.low[cue.first]!) && cue.head > cue.first || beBefore(v, cue.head, s.tokenStart)) return false;
  const end = skipAuxiliariesLeft(v, skipAdverbsLeft(v, cue.first, s.tokenStart), s.tokenStart);
  const np = leftNP(v, end, s.tokenStart);
  if (!np) return false;
  const as = np[0] - 1;
  if (as < s.tokenStart || v.low[as] !== 'as') return false;
  // the "as" clause ends at the next comma or dash (the cue's "it" and a trailer before it)
  let j = cue.last + 1;
  if (v.low[j] === 'it' && v.tokens[j]!.pos === 'PRON') j++;
  // "As he told reporters on Monday, …": the addressee of a verb of telling; "As he has said many times, …": how often
  // (a name, a pronoun or a bare plural: "told the story" has an object of its own)
  else if (ADDRESSEE_ONLY.has(cue.entry.lemma)) {
    const to = rightNP(v, j, s.tokenEnd);
    const head = to && v.tokens[to[1]]!;
    if (to && head && (head.pos === 'PROPN' || head.pos === 'PRON' || v.tokens[to[0]]!.pos !== 'DET' && /s$/.test(v.low[to[1]]!))) j = to[1] + 1;
  }
  if (j + 1 < s.tokenEnd && FREQUENCY.has(v.low[j + 1]!) && (v.tokens[j]!.pos === 'ADJ' || v.tokens[j]!.pos === 'NUM' || v.tokens[j]!.pos === 'DET')) j += 2;
  let close = j;
  while (close < s.tokenEnd && !SEPARATORS.has(v.low[close]!) && !END_MARKS.has(v.low[close]!)) close++;
  if (close - j > MAX_LEAD_PHRASE || !trailer(v, j, close)) return false;
  for (let k = j; k < close; k++) if (quoteAt(c, k)) return false;
  // (at the start, or after an adverbial and its comma: "Of course, as …", "After all, as …"; not after a subject: "The
  // campaign, as the Times reported, spent …")
  const opener = skipDateline(v, s.tokenStart, as);
  const initial = skipLeadIns(v, s.tokenStart, as) === as
    || v.low[as - 1] === ',' && opener < as - 1 && (v.tokens[opener]!.pos === 'ADP' || v.tokens[opener]!.pos === 'ADV') && verbless(v, opener, as - 1);
  if (initial) {
    if (close >= s.tokenEnd || (v.low[close] !== ',' && !DASHES.has(v.low[close]!))) return false;
    let k = close + 1;
    // "…, even on Friday morning, …": an aside right after it
    let aside = k;
    while (aside < s.tokenEnd && v.low[aside] !== ',' && aside - k < MAX_LEAD_PHRASE) aside++;
    if (v.low[aside] === ',' && aside > k && trailer(v, k, aside) && v.tokens[k]!.pos !== 'PUNCT') k = aside + 1;
    if (s.tokenEnd - k < 2 || !hasVerb(v, k, s.tokenEnd)) return false;
    return push(c, { kind: 'indirect', cue, source: np, content: [v.tokens[k]!.start, s.end], sentence: si, rule: 'as-clause' }) >= 0;
  }
  // "…, as The New York Times reported on Tuesday, and he will …"
  if (!SEPARATORS.has(v.low[as - 1]!) || v.low[close] !== ',' || !COORD.has(v.low[close + 1]!)) return false;
  const lead = skipLeadIns(v, s.tokenStart, as - 1);
  if (lead >= as - 1 || !hasVerb(v, lead, as - 1)) return false;
  return push(c, { kind: 'indirect', cue, source: np, content: [v.tokens[lead]!.start, v.tokens[as - 1]!.start], sentence: si, rule: 'as-clause' }) >= 0;
}

/**
 * The source before a cue: a noun phrase ("Podesta said"), a phrase with an apposition or a
 * relative clause ("Chris Cox, who runs the NRA's lobbying arm, says"), or — after "and", "but"
 * or a participle ("…, saying") — the subject at the start of the sentence.
 */
function subjectBefore(c: Ctx, cue: Cue, si: number, quoted = false): Range | null {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  const end = skipAuxiliariesLeft(v, skipAdverbsLeft(v, cue.first, s.tokenStart), s.tokenStart);
  const np = leftNP(v, end, s.tokenStart);
  if (np) return objectParticiple(c, cue, np, s.tokenStart) || relativeHead(v, np, s.tokenStart) || modifiedSubject(v, np, s.tokenStart) || participleSubject(v, np, s.tokenStart) || thatAntecedent(v, np, s.tokenStart) || np;
  // "the senators, all of whom said …", "five superdelegates, two of whom have pledged …"
  const q = end - 3;
  if (q >= s.tokenStart && v.low[end - 1] === 'whom' && v.low[end - 2] === 'of' && QUANTIFIER_POS.has(v.tokens[q]!.pos)) return [q, end - 1];
  if (v.low[end - 1] === 'to' && end - 1 > s.tokenStart) {
    const inf = infinitiveSubject(c, end - 1, s.tokenStart);
    if (inf) return inf;
  }
  // "…, calling it “a disgrace,” telling reporters …": the comma inside the closing quote mark
  const prev = CLOSERS.has(v.low[end - 1]!) && v.low[end - 2] === ',' && end - 2 > s.tokenStart ? end - 2 : end - 1;
  // "…, arguing that …", "…, citing …": a participle after a comma has the clause's subject for source, not the phrase before the comma
  const participleCue = cue.first === cue.head && /ing$/.test(v.low[cue.head]!);
  if (prev > s.tokenStart && (v.low[prev] === ',' && !participleCue || DASHES.has(v.low[prev]!))) {
    const close = v.low[prev]!;
    // the sentence's opening phrase with its asides may be the source: not for a participle cue (", adding") nor after a dash
    const asides = !participleCue && !DASHES.has(close);
    // "Another delegate on the slate, Jim Poole, said": where the phrase before the name is not read, the name is the source
    let named: Range | null = null;
    for (let k = prev - 2; k > s.tokenStart && k >= prev - MAX_SOURCE; k--) {
      const w = v.low[k]!;
      if (w === close) {
        if (named === null) {
          const inner = leftNP(v, prev, s.tokenStart);
          named = inner && inner[0] === k + 1 && v.tokens[inner[1]]!.pos === 'PROPN' ? inner : null;
        }
        // "Woodrow Benford, 58, who lives outside Minneapolis, says": go left over the appositions
        // to the phrase that opens the clause; "Rep. Ann Lee (D-Ohio), a member of …, said": over the parenthesis
        let at = k;
        if (v.low[k - 1] === ')') for (let o = k - 2; o > s.tokenStart && o >= k - 8; o--) if (v.low[o] === '(') { at = o; break; }
        const head = leftNP(v, at, s.tokenStart);
        if (!head || !NOMINAL_HEAD.has(posAt(v, head[1]))) break;
        // "Russia's ambassador to the UN, Vassily Nebenzia, said": the noun phrase a prepositional phrase's object belongs to
        for (let n = 0; n < 2 && head[0] - 2 >= s.tokenStart && ROLE_LINKS.has(v.low[head[0] - 1]!) && v.tokens[head[0] - 1]!.pos === 'ADP'; n++) {
          const outer = leftNP(v, head[0] - 1, s.tokenStart);
          if (!outer || !NOMINAL_HEAD.has(posAt(v, outer[1])) || v.tokens[outer[1]]!.pos === 'PROPN') break;
          head[0] = outer[0];
        }
        const before = head[0] - 1;
        if (before >= s.tokenStart && v.low[before] === close && v.tokens[head[1]]!.pos !== 'PROPN' && head[0] < k) { k = before + 1; continue; }
        // "Brianne Stone, 29, of Huntsville, Ala., says"
        if (before - 1 >= s.tokenStart && v.tokens[before]!.pos === 'ADP' && v.low[before - 1] === close) { k = before; continue; }
        if (head[0] === s.tokenStart || /^[,;:(—–-]$/.test(v.low[before]!) || LEAD_INS.has(v.low[before]!) || v.tokens[before]!.pos === 'SCONJ') {
          // "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said": the sentence's opening phrase with its asides first
          const open = v.low[before] === ',' && asides ? openingSubject(c, si, prev) : null;
          return open && open[1] < head[0] ? [open[0], end - 1] : [head[0], prev];
        }
        if (before === s.tokenStart && v.tokens[before]!.pos === 'ADV') return [head[0], prev]; // "Even China, its only ally, said"
        break;
      }
      if (phraseStop(v, k)) break;
    }
    // "Eddie Griffin, who at the time was …, a group of …, said", "Trump, speaking at a rally in Wilmington, N.C., warned":
    // the phrase that opens the sentence, with its asides
    const open = asides ? openingSubject(c, si, prev) : null;
    if (open) return [open[0], end - 1]; // with a closing mark after the comma
    // "…, but Representative Brooks, who has welcomed …, doesn't", "a position that Warren, whose …, advocated": the same
    // for a phrase that opens a clause inside the sentence
    const inner = asides ? innerSubject(c, si, prev) : null;
    if (inner) return [inner[0], end - 1];
    if (named) return named;
  }
  const coord = prev >= s.tokenStart && (COORD.has(v.low[prev]!) || (v.low[prev] === ',' && /ing$/.test(v.low[cue.head]!)) || /^[—–-]$/.test(v.low[prev]!));
  const participle = /ing$/.test(v.low[cue.head]!) && prev >= s.tokenStart && PARTICIPLE_LEAD.has(v.low[prev]!);
  if (participle && participleCue && v.low[prev] !== ',') {
    const lead = leadVerbSubject(v, prev, s.tokenStart);
    if (lead) return lead;
  }
  if (coord || participle || v.low[prev] === ',' && seriesVerb(c, cue, s.tokenEnd)) {
    // "X said, adding that …": the source of the sentence's earlier attribution — not of one nested in
    // another's content ("X decried Trump's calls to …, noting …": X, not Trump)
    const here = c.bySentence.get(si) ?? [];
    const nested = (at: number) => here.some((m) => c.out[m]!.cue && c.out[m]!.content[0] <= at && at < c.out[m]!.content[1]);
    for (let n = here.length - 1; n >= 0; n--) {
      const o = c.out[here[n]!]!;
      if (!o.cue || o.cue.last >= cue.first || !o.source || nested(v.tokens[o.cue.head]!.start) || o.rule === 'possessed') continue;
      // not the "who" of a relative clause closed before this cue ("Weber, who advises Kasich, is no fan of Trump but lauded …")
      if (relativeClosed(v, o.source, cue.first)) continue;
      // "Trump pivoted to talking about trade, but Wallace brought him back to Romney's attacks, asking …": a clause with a subject of
      // its own after that attribution's cue, closed by the participle's comma, speaks for the participle
      const own = participleCue && v.low[prev] === ',' ? clauseSubjectBefore(c, si, prev) : null;
      // (not one inside that attribution's content: "She was adamant that she and the company keep the upper hand, telling …"; but
      // after the comma that closes a subordinate clause: "Ever since she endorsed Mrs. Clinton, Ms. Warren has been …, attacking …")
      const inContent = own && o.content[0] <= v.tokens[own[0]]!.start && v.tokens[own[0]]!.start < o.content[1] && v.low[own[0] - 1] !== ',';
      if (own && own[0] > o.cue.last && (own[0] > o.source[1] || own[1] < o.source[0]) && !inContent) return own;
      return o.source;
    }
    // "…, Spicer said, adding, “…”": a quote is read before the cues, so the cue right before the participle has no attribution yet; its subject
    // (for a cue before a quote, "Ms. Acosta acknowledged that even she found the ''debt stack'' confusing and called the golf
    // venture ''a great example''": the sentence's nearest cue before it, none of whose attributions is read yet — not one in a
    // subordinate clause: "when my mother mentioned the devil, I laughed and said, “…”")
    const adjacent = prev > s.tokenStart && /ing$/.test(v.low[cue.head]!);
    const said = adjacent ? c.cues[si]!.byLast.get(prev - 1) : quoted ? c.cues[si]!.cues.filter((q) => !q.weak && q.last < cue.first && wordCue(v, q)).pop() : undefined;
    const saidBy = said ? leftNP(v, skipAdverbsLeft(v, said.first, s.tokenStart), s.tokenStart) : null;
    const lead = saidBy ? saidBy[0] - 1 : -1;
    if (saidBy && (adjacent || !(lead >= s.tokenStart && (v.tokens[lead]!.pos === 'SCONJ' || WH_SUBORDINATORS.has(v.low[lead]!) || ADVERBIAL_OPENERS.has(v.low[lead]!))))) return saidBy;
    // "demonstrators, who have taken to the streets and called for …": the subject of the clause the conjunction goes on
    const from = COORD.has(v.low[prev]!) ? lastOpener(v, s.tokenStart, prev) : s.tokenStart;
    const near = from > s.tokenStart ? firstSubject(c, si, from, prev) : null;
    if (near) return near;
    // "…, as Mrs. Clinton echoed the criticism, saying …": the subject of the clause the participle's comma closes
    const clause = v.low[prev] === ',' && participleCue ? clauseSubjectBefore(c, si, prev) : null;
    if (clause) return clause;
    const subj = mainSubject(c, si, end);
    if (subj && subj[1] < prev) return subj;
  }
  return null;
}

/**
 * "She urged the administration to join …, proposed that more forces be left in Iraq, and pushed to …", "He later suggested
 * …, called her “third-rate” and boycotted …", "speculated about …, referred to … and considered …": a finite cue verb (or cue
 * phrase) of the lexicon right after a comma, in a series of verb phrases that a
 * coordinator before a further verb closes later in the sentence, shares the subject of the series' first verb.
 */
function seriesVerb(c: Ctx, cue: Cue, to: number): boolean {
  const v = c.v;
  // (a verb of the cue lexicon, one word or a phrase: "referred to", "called for")
  if (!lexiconCue(v, c.lex, cue) || cue.first !== cue.head || v.tokens[cue.head]!.pos !== 'VERB' || /ing$/.test(v.low[cue.head]!)) return false;
  for (let j = cue.last + 1; j + 1 < to; j++) {
    if (v.low[j] === ';' || v.low[j] === ':' || DASHES.has(v.low[j]!)) return false;
    if (VP_COORD.has(v.low[j]!) && isVerb(v, skipAdverbsRight(v, j + 1, to))) return true;
  }
  return false;
}

/**
 * "Justice Clarence Thomas broke a decade-long silence by asking …", "voters ended decades of two-party dominance by electing …",
 * "earnings rose 0.4 percent after showing …": a participle cue after a preposition (grammar.yaml participleLead) speaks for the
 * subject of the verb that phrase goes with — the nearest verb before the preposition in its clause (no comma, colon or quote
 * mark between; "-ing" forms and infinitives in the object are passed, and so is a time before the verbs) — not for the
 * sentence's first subject or an earlier attribution's source; null where there is no such verb or its subject is no noun phrase.
 */
function leadVerbSubject(v: TokenView, lead: number, from: number): Range | null {
  for (let k = lead - 1; k > from; k--) {
    if (/^[,;:]$/.test(v.low[k]!) || OPENER.test(v.low[k]!) || CLOSERS.has(v.low[k]!)) return null;
    // (not an infinitive in the object: "defended his position of not allowing Muslims to enter the country by citing …")
    if (!isVerb(v, k) || /ing$/.test(v.low[k]!) || v.low[k - 1] === 'to') continue;
    let subj = subjectOfVerbs(v, k, from);
    // "Police had last month charged him after determining …": past a time between the subject and its verbs
    if (subj && timeOnly(v, subj)) subj = subjectOfVerbs(v, subj[0], from);
    return subj && NOMINAL_HEAD.has(posAt(v, subj[1])) && !timeOnly(v, subj) ? subj : null;
  }
  return null;
}

/**
 * "It was a potent punch, as Mrs. Clinton echoed the criticism, saying …", "Ever since she endorsed Mrs. Clinton, Ms. Warren
 * has been a powerful surrogate, attacking …": a participle after a comma speaks for the subject of the finite verb closest
 * before the comma (past participles and -ing forms inside the clause's object are not it), where that subject opens
 * a clause (the sentence, or after a comma, a conjunction or a subordinator); none where that verb has no such subject
 * ("Trump, who has …, spoke on Monday, saying": the sentence's subject).
 */
function clauseSubjectBefore(c: Ctx, si: number, comma: number): Range | null {
  const v = c.v;
  const start = c.doc.sentences[si]!.tokenStart;
  for (let k = comma - 1; k > start && comma - k <= MAX_SOURCE; k--) {
    const w = v.low[k]!;
    if (phraseStop(v, k) || w === ',' || w === ';' || w === ':' || DASHES.has(w)) return null;
    if (!isVerb(v, k) || /ing$/.test(w)) continue;
    // "a report published Monday": a participle after its noun is no clause's verb — unless that noun's phrase opens a clause ("as Mrs. Clinton echoed …")
    if (v.tokens[k]!.pos === 'VERB' && /(ed|en)$/.test(w) && NOMINAL_HEAD.has(posAt(v, k - 1)) && !isVerb(v, k - 1)) {
      const np = leftNP(v, k, start);
      if (!np || !opensClause(v, start, np[0]) || v.low[np[0] - 1] === ',' || COORD.has(v.low[np[0] - 1]!)) continue;
    }
    const subj = subjectOfVerbs(v, k, start);
    if (!subj || !NOMINAL_HEAD.has(posAt(v, subj[1])) || RELATIVE.has(v.low[subj[0]]!) || v.low[subj[0]] === 'that') return null;
    const b = subj[0] - 1;
    // (not a clause that is another verb's content or object: "an admission that Russian soldiers had fought", "about where she stands")
    const subordinate = b >= start && (v.tokens[b]!.pos === 'SCONJ' || WH_SUBORDINATORS.has(v.low[b]!)) && !INNER_OPENERS.has(v.low[b]!)
      && !(b - 1 >= start && (v.tokens[b - 1]!.pos === 'ADP' || isVerb(v, b - 1)));
    const opens = skipLeadIns(v, start, subj[0]) === subj[0] || b >= start && v.low[b] === ',' || COORD.has(v.low[b]!) || subordinate;
    return opens ? subj : null;
  }
  return null;
}

/** "leaders could call on", "he doesn't even believe": past auxiliaries and a negation (with adverbs between) that the cue left out, going left from `end` */
/** A cue that is a word, not a punctuation mark (the colon of "Name: …"). */
const wordCue = (v: TokenView, cue: Cue): boolean => /\p{L}/u.test(v.low[cue.head]!);

function skipAuxiliariesLeft(v: TokenView, end: number, from: number): number {
  // (not a capitalized modal that is a name: "Will believes …")
  while (end - 1 >= from && (v.tokens[end - 1]!.pos === 'AUX' && !modalName(v, end - 1) || NEGATIONS.has(v.low[end - 1]!))) end = skipAdverbsLeft(v, end - 1, from);
  return end;
}

/**
 * "Sanders supporters have launched petitions calling on …", "Clinton spent much of the run-up to the
 * caucuses portraying …": a participle cue right after the object of a verb (or of prepositions after
 * it) has that verb's subject for source, not the object — unless the object is a common noun that
 * names a source itself ("a poll showing …", "a report finding …") or a name or pronoun ("a video
 * showing Trump saying …").
 */
function objectParticiple(c: Ctx, cue: Cue, np: Range, from: number): Range | null {
  const v = c.v;
  if (cue.first !== cue.head || !/ing$/.test(v.low[cue.head]!) || v.tokens[np[1]]!.pos !== 'NOUN' || c.lex.sourceNouns.has(v.low[np[1]]!)) return null;
  const k = governingVerb(v, np, from);
  return k < 0 ? null : subjectOfVerbs(v, k, from);
}

/**
 * The verb whose object is `np`, past prepositional phrases after it ("was heard on a microphone",
 * "sent out an email …", "visited the court on Friday"); -1 where no verb (with room for a subject) governs it.
 */
function governingVerb(v: TokenView, np: Range, from: number): number {
  let k = np[0] - 1;
  while (k > from && v.tokens[k]!.pos === 'ADP') {
    if (isVerb(v, k - 1)) { k--; break; }
    const obj = leftNP(v, k, from);
    if (!obj) return -1;
    k = obj[0] - 1;
  }
  return k <= from || v.tokens[k]!.pos !== 'VERB' ? -1 : k;
}

/** Does a phrase at token k open a clause: at the sentence's start past its lead-ins, or after a comma, "that", a coordinator or a subordinator? */
function opensClause(v: TokenView, from: number, k: number): boolean {
  const b = k - 1;
  return skipLeadIns(v, from, k) === k || v.low[b] === ',' || v.low[b] === 'that' || COORD.has(v.low[b]!) || v.tokens[b]!.pos === 'SCONJ';
}

/**
 * "Trump in recent weeks has hired", "Sanders delegates inside the convention hall in Philadelphia have
 * booed": the phrase before the cue closes prepositional phrases after the clause's subject; the
 * subject is the phrase they follow, where it opens the clause (sentence start, a comma, "that", a
 * conjunction or subordinator before it).
 */
function modifiedSubject(v: TokenView, np: Range, from: number): Range | null {
  let head: Range | null = null;
  for (let k = np[0] - 1; k > from && v.tokens[k]!.pos === 'ADP' && !TIME_PREPS.has(v.low[k]!); ) {
    const before = leftNP(v, k, from);
    if (!before) break;
    head = before;
    k = before[0] - 1;
  }
  if (!head || !NOMINAL_HEAD.has(posAt(v, head[1])) || hasWord(v, head[0], np[1], 'that')) return null;
  return opensClause(v, from, head[0]) ? [head[0], np[1]] : null;
}

/**
 * "A Quinnipiac University poll released in late August found …", "A report published on Tuesday by the group showed …": the
 * phrase before the cue closes a prepositional phrase after a reduced relative participle; the subject is the noun the participle
 * follows, with all after it, where that noun opens the clause (sentence start, a comma, "that", a conjunction or subordinator).
 */
function participleSubject(v: TokenView, np: Range, from: number): Range | null {
  let k = np[0] - 1;
  while (k > from && v.tokens[k]!.pos === 'ADP') {
    if (v.tokens[k - 1]!.pos === 'VERB' && /(ed|en|wn)$/.test(v.low[k - 1]!)) break;
    const before = leftNP(v, k, from);
    if (!before) return null;
    k = before[0] - 1;
  }
  const part = k - 1;
  if (k <= from || v.tokens[k]!.pos !== 'ADP' || part <= from || !NOMINAL_HEAD.has(posAt(v, part - 1)) || v.tokens[part - 1]!.pos === 'PRON') return null;
  const head = leftNP(v, part, from);
  if (!head) return null;
  return opensClause(v, from, head[0]) ? [head[0], np[1]] : null;
}

const hasWord = (v: TokenView, from: number, to: number, w: string): boolean => v.low.slice(from, to + 1).includes(w);

/** "a slide show that predicted …", "super PACs that backed …": a relative "that" with the phrase it follows */
function thatAntecedent(v: TokenView, np: Range, from: number): Range | null {
  if (np[0] !== np[1] || v.low[np[0]] !== 'that') return null;
  const head = leftNP(v, np[0], from);
  return head && (v.tokens[head[1]]!.pos === 'NOUN' || v.tokens[head[1]]!.pos === 'PROPN') ? [head[0], np[1]] : null;
}

/**
 * "a White House official who spoke anonymously to discuss internal strategy said": the phrase before
 * the cue closes a relative clause (no comma) whose head opens the clause; that head and the relative
 * clause are the source.
 */
function relativeHead(v: TokenView, np: Range, from: number): Range | null {
  for (let r = np[0] - 1; r > from && np[0] - r <= MAX_SOURCE; r--) {
    const w = v.low[r]!;
    if (w === ',' || phraseStop(v, r) || DASHES.has(w)) return null;
    if (w !== 'who') continue;
    if (!hasVerb(v, r + 1, np[0])) return null;
    const head = leftNP(v, r, from);
    if (!head || !NOMINAL_HEAD.has(posAt(v, head[1])) || v.tokens[head[1]]!.pos === 'PRON') return null;
    const before = head[0] - 1;
    // (an adverb that opens the sentence stays out: "Even Republicans who have praised his candidacy warned …")
    const lead = before <= from && v.tokens[before]?.pos === 'ADV';
    return before < from || lead || v.low[before] === ',' || COORD.has(v.low[before]!) || LEAD_INS.has(v.low[before]!) || v.tokens[before]!.pos === 'SCONJ' ? [head[0], np[1]] : null;
  }
  return null;
}

/**
 * Who speaks in an infinitive cue ("to say", "to declare"), "to" at token `to`: the object of a
 * control verb (control.tsv: "led Priebus to declare") or of "for" ("for news accounts to portray")
 * before it, or the subject of a verb right before it ("polls continue to show", "The email went on
 * to say", "The senators managed not to criticize"), or after another verb's object the subject of
 * that verb ("took the time to explain": purposeSubject); none where the verb before is a cue itself
 * ("urged Congress to reject", "wants to say"): that cue's content holds the infinitive.
 */
function infinitiveSubject(c: Ctx, to: number, from: number): Range | null {
  const v = c.v;
  const obj = leftNP(v, to, from);
  const verb = obj ? obj[0] - 1 : -1;
  if (obj && verb >= from && (c.lex.control.has(v.low[verb]!) && !inCue(c, verb) || v.low[verb] === 'for')) return obj;
  // "a natural opening for Clinton to highlight": the phrase joined by "for" to a common noun is the infinitive's subject
  for (let f = obj ? obj[1] - 1 : -1; obj && f > obj[0]; f--) if (v.low[f] === 'for' && v.tokens[f - 1]!.pos === 'NOUN') return [f + 1, obj[1]];
  if (obj) return purposeSubject(c, obj, from);
  let k = to - 1;
  if (v.low[k] === 'on' && k - 1 >= from) k--; // "went on to say"
  if (v.low[k] === 'not' && k - 1 >= from) k--; // "managed not to criticize"
  if (v.tokens[k]!.pos === 'ADV' && k - 1 >= from) k--; // "has yet to explain"
  if (v.tokens[k]!.pos === 'ADJ' && k - 1 >= from && BE.has(v.low[k - 1]!)) k--; // "was able to tout", "won't be able to brag"
  if (k < from || !isVerb(v, k) || inCue(c, k)) return null;
  return subjectOfVerbs(v, k, from);
}

/**
 * "took to Twitter overnight to accuse", "called an emergency meeting to discuss", "held a briefing to brag":
 * an infinitive of purpose after the object of a verb (or a phrase after a preposition) speaks for that
 * verb's subject — not where the verb is a cue (its content holds the infinitive) or a verb of control.
 */
function purposeSubject(c: Ctx, obj: Range, from: number): Range | null {
  const v = c.v;
  const k = governingVerb(v, obj, from);
  if (k < 0 || inCue(c, k) || c.lex.control.has(v.low[k]!)) return null;
  return subjectOfVerbs(v, k, from);
}

/** The subject of the verb group that ends at token k ("has been sending", "continue"): the phrase before its verbs, adverbs and particles. */
function subjectOfVerbs(v: TokenView, k: number, from: number): Range | null {
  while (k - 1 >= from && (isVerb(v, k - 1) || v.tokens[k - 1]!.pos === 'ADV' || v.tokens[k - 1]!.pos === 'PART')) k--;
  return leftNP(v, k, from);
}

/** Is token k part of a cue the model took (not a weak one)? */
function inCue(c: Ctx, k: number): boolean {
  return c.cues[c.v.tokens[k]!.sentence]!.cues.some((q) => !q.weak && q.first <= k && k <= q.last);
}

/**
 * The noun phrase that opens sentence `si` when an aside follows it up to the comma at `comma`:
 * "Sanders, who sits at zero endorsements," / "numerous veterans interviewed at rallies, including
 * Mr. Jebens," — a comma, a relative pronoun or a participle after the phrase, no quote mark, clause
 * break (", and") or other cue in the aside, at most MAX_ASIDE tokens.
 */
function openingSubject(c: Ctx, si: number, comma: number, from = c.doc.sentences[si]!.tokenStart): Range | null {
  const v = c.v;
  const lead = skipLeadIns(v, from, comma);
  if (comma - lead > MAX_ASIDE) return null;
  const np = rightNP(v, lead, comma);
  if (!np) return null;
  // "Mrs. Clinton herself, …", "Exit polls from the New Hampshire primary, …": a reflexive or an adjective the phrase left out
  let e = np[1] + 1;
  while (e < comma && (v.tokens[e]!.pos === 'ADJ' || /sel(f|ves)$/.test(v.low[e]!))) e++;
  if (e >= comma) return null;
  const next = v.low[e]!;
  if (!(next === ',' || RELATIVE.has(next) || v.tokens[e]!.pos === 'VERB' && /(ed|en|ing)$/.test(next))) return null;
  const cues = c.cues[si]!.byFirst;
  let relative = false; // a cue inside a relative clause is the clause's own ("Donald Trump, who has made favorable comments …, defended")
  let marks = 0; // quote marks in pairs name a title ("The ad, titled “Unifier?”, concludes")
  for (let k = e; k < comma; k++) {
    if (RELATIVE.has(v.low[k]!)) relative = true;
    if (OPENER.test(v.low[k]!) || CLOSERS.has(v.low[k]!)) marks++;
    // (a participle cue may open the aside: "De Blasio, speaking on WOR710, called")
    if (/^[;:]$/.test(v.low[k]!) || v.low[k] === ',' && COORD.has(v.low[k + 1]!) || cues.has(k) && !relative && !(k === e + 1 && v.low[e] === ',' && /ing$/.test(v.low[k]!))) return null;
  }
  if (CLOSERS.has(v.low[comma + 1]!)) marks++; // "host of MSNBC’s “Morning Joe,” suggested": the comma inside the closing mark
  return marks % 2 ? null : np;
}

/** Like openingSubject, for a noun phrase after a clause opener ("but", "and", "that", a subordinator) inside the sentence. */
function innerSubject(c: Ctx, si: number, comma: number): Range | null {
  const v = c.v;
  const start = c.doc.sentences[si]!.tokenStart;
  for (let q = comma - 1; q > start && q >= comma - MAX_ASIDE; q--) {
    if (v.low[q] !== ',') continue;
    const np = leftNP(v, q, start);
    const before = np ? np[0] - 1 : -1;
    if (!np || before <= start || !(COORD.has(v.low[before]!) || INNER_OPENERS.has(v.low[before]!) || v.tokens[before]!.pos === 'SCONJ')) continue;
    const open = openingSubject(c, si, comma, np[0]);
    if (open) return open;
  }
  return null;
}

/** The subject of a sentence's first clause: the noun phrase before its first verb. */
function mainSubject(c: Ctx, si: number, to: number): Range | null {
  const v = c.v;
  const start = c.doc.sentences[si]!.tokenStart;
  // "In a statement released Thursday, Rep. Jeffries reacted …, saying": past an opening prepositional phrase and its comma
  const lead = skipLeadIns(v, start, to);
  if (lead < to && (v.tokens[lead]!.pos === 'ADP' || v.tokens[lead]!.pos === 'SCONJ' || WH_SUBORDINATORS.has(v.low[lead]!))) {
    let comma = lead + 1;
    while (comma < to && v.low[comma] !== ',' && comma - lead <= MAX_SOURCE) comma++;
    const subj = comma + 1 < to && v.low[comma] === ',' ? firstSubject(c, si, comma + 1, to) : null;
    if (subj) return subj;
  }
  return firstSubject(c, si, start, to);
}

/** The noun phrase before the first verb from token `from` on. */
function firstSubject(c: Ctx, si: number, from: number, to: number): Range | null {
  const v = c.v;
  for (let k = from; k < to; k++) {
    const p = posAt(v, k);
    if (p === 'VERB' || p === 'AUX') {
      const np = leftNP(v, skipAdverbsLeft(v, k, from), from);
      // "Hillary Clinton, who declared victory …, will return the favor, saying": the phrase with its relative clause
      if (np && relativeClosed(v, np, to)) {
        // "GOP front-runner Donald Trump - who previously said … - said": the phrase before the dash
        if (DASHES.has(v.low[np[0] - 1]!)) { const head = leftNP(v, np[0] - 1, from); return head && NOMINAL_HEAD.has(posAt(v, head[1])) ? head : null; }
        let comma = k;
        while (comma < to && v.low[comma] !== ',') comma++;
        const open = openingSubject(c, si, comma, from);
        return open && [open[0], comma - 1];
      }
      if (np) return np; // else a lead-in like "Speaking on CNBC," — go on to the next verb
      // "De Blasio, speaking on WOR710, called …": the phrase before the aside
      if (v.low[k - 1] === ',' && p === 'VERB' && !/ing$/.test(v.low[k]!)) { const open = openingSubject(c, si, k - 1, from); if (open) return open; }
    }
    if (p === 'PUNCT' && /^[“”"«»]$/.test(v.low[k]!)) return null;
  }
  return null;
}

/** Is `np` a relative pronoun after a comma (or a dash) whose clause a comma (the closing dash) closes before token `to`? */
function relativeClosed(v: TokenView, np: Range, to: number): boolean {
  const open = v.low[np[0] - 1]!;
  if (np[0] !== np[1] || !RELATIVE.has(v.low[np[0]]!) || open !== ',' && !DASHES.has(open)) return false;
  for (let k = np[1] + 1; k < to; k++) if (v.low[k] === open) return true;
  return false;
}

/**
 * The agent after a passive's "by": a noun phrase, adverbs before it or not ("by virtually every media organization"), or a
 * quantifier with its "of" phrase ("was criticized by some of his rivals"; "was seen by some as a demotion": a quantifier alone,
 * which the tagger may read as a determiner, is the agent).
 */
function agentNP(v: TokenView, by: number, to: number): Range | null {
  let k = by + 1;
  while (k + 1 < to && v.tokens[k]!.pos === 'ADV' && !QUANTIFIERS.has(v.low[k]!)) k++;
  if (QUANTIFIERS.has(v.low[k]!) && v.low[k + 1] === 'of') {
    const np = rightNP(v, k + 2, to);
    return np ? [by + 1, np[1]] : null;
  }
  const np = rightNP(v, k, to);
  if (np) return [by + 1, purposeFor(v, np)];
  return QUANTIFIERS.has(v.low[k]!) && !NOMINAL_HEAD.has(posAt(v, k + 1)) && v.low[k + 1] !== 'of' ? [by + 1, k] : null;
}

/**
 * The last token of an agent phrase before a "for" that tells what the act was for ("petitioned by Joanna Cherry and 78
 * co-petitioners for a ruling"): a "for" whose phrase is all lower case after a word that names no speaker's role (not "a
 * spokesman for the campaign"); names keep their "for" ("the Center for American Progress").
 */
function purposeFor(v: TokenView, np: Range): number {
  const roles = quoteLexicon('en').sourceNouns;
  for (let f = np[0] + 1; f < np[1]; f++) {
    if (v.low[f] !== 'for' || roles.has(v.low[f - 1]!)) continue;
    let lower = true;
    for (let j = f + 1; j <= np[1]; j++) if (/^\p{Lu}/u.test(v.tokens[j]!.text)) lower = false;
    if (lower) return f - 1;
  }
  return np[1];
}

/** The option … was not finally rejected by the EU countries: source after "by", content before the cue. */
function passive(c: Ctx, cue: Cue, si: number, by: number): boolean {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  const src = agentNP(v, by, s.tokenEnd);
  if (!src) return false;
  // "after being warned by the Russian government that he was a threat", "when asked by a reporter if …": the subject of a verb
  // with an addressee is the addressee; the clause after the agent is what was said
  const said = src[1] + 1;
  if (ADDRESSEE.has(cue.entry.lemma) && said + 2 < s.tokenEnd && PASSIVE_CONTENT.has(v.low[said]!) && v.low[said] !== 'to') {
    return push(c, { kind: 'indirect', cue, source: src, content: [v.tokens[said]!.start, clauseEnd(c, si, said)], sentence: si, rule: 'passive-by' }) >= 0;
  }
  let a = cue.first - 1;
  while (a >= s.tokenStart && !CLAUSE_START.has(v.low[a]!) && cue.first - a <= MAX_SOURCE) a--;
  // "Herman Cain, …, who hosts a radio show, was asked by a caller": a subject with asides before the comma
  const subj = a + 1 >= cue.first && v.low[a] === ',' ? subjectBefore(c, cue, si) : null;
  if (subj) a = subj[0] - 1;
  // "early-voting opportunities that had been scotched by the state legislature": a relative "that" right before the cue has the phrase it follows for content
  const head = a + 1 >= cue.first && by === cue.last + 1 && v.low[a] === 'that' ? leftNP(v, a, s.tokenStart) : null;
  if (head && NOUN_TAGS.has(v.tokens[head[1]]!.pos)) a = head[0] - 1;
  // "X — a surgeon and TV star — has been called a charlatan by fellow physicians": only the words before "by"
  if (a + 1 >= cue.first) return by > cue.last + 1 && push(c, { kind: 'indirect', cue, source: src, content: [v.tokens[cue.last + 1]!.start, v.tokens[by - 1]!.end], sentence: si, rule: 'passive-by' }) >= 0;
  const i = push(c, { kind: 'indirect', cue, source: src, content: [v.tokens[a + 1]!.start, v.tokens[cue.first - 1]!.end], sentence: si, rule: 'passive-by' });
  // "Pigs are considered unclean by Muslims": the words between the cue and "by" are content too
  if (i >= 0 && by > cue.last + 1) push(c, { kind: 'indirect', cue, source: src, content: [v.tokens[cue.last + 1]!.start, v.tokens[by - 1]!.end], sentence: si, rule: 'passive-by', continues: i });
  return i >= 0;
}

/**
 * The "by" that names a passive cue's agent: right after the cue or after up to eight words of content
 * with no verb or punctuation ("are considered unclean by Muslims", "was recommended for the job
 * by Roger Stone", "has been pushed to some of these positions by Mr. Sanders"); -1 where there is none.
 */
function agentBy(v: TokenView, cue: Cue, to: number): number {
  // "will probably be remembered by historians": a "by" the cue ends with
  if (v.low[cue.last] === 'by' && cue.last > cue.head) return cue.last;
  for (let j = cue.last + 1; j < Math.min(to, cue.last + 10); j++) {
    // not "responded by saying" (but "supported by overwhelming majorities")
    if (v.low[j] === 'by') return j + 1 < to && /ing$/.test(v.low[j + 1]!) && v.tokens[j + 1]!.pos !== 'ADJ' ? -1 : j;
    const p = v.tokens[j]!.pos;
    if (p === 'VERB' || p === 'AUX' || p === 'PUNCT' || p === 'SCONJ') return -1;
  }
  return -1;
}

/**
 * The "by" of a participle cue's agent where a form of "be" stands before it outside the cue ("has been
 * rebuked by", "is not always preferred by") or none ("an allegation rejected by"); -1 where there is none.
 */
function participleAgent(v: TokenView, cue: Cue, from: number, to: number): number {
  if (/ing$/.test(v.low[cue.head]!) || v.tokens[cue.head]!.pos !== 'VERB') return -1;
  const by = agentBy(v, cue, to);
  return by >= 0 && (beBefore(v, cue.head, from) || reducedPassive(v, cue, by, from)) ? by : -1;
}

/** Is the word before token `head` (past adverbs, "not" and time words) a form of "be" ("has been rebuked", "is not always preferred", "was on Wednesday reported")? */
function beBefore(v: TokenView, head: number, from: number): boolean {
  let j = head - 1;
  while (j > from && (v.tokens[j]!.pos === 'ADV' || v.low[j] === 'not' || v.low[j] === "n't" || timeAt(v, j))) j--;
  return j >= from && BE.has(v.low[j]!);
}

/**
 * "an allegation rejected by a series of inquiries", "Assad, aided by the Russians and opposed by the U.S.":
 * a participle right before its "by" agent after a noun phrase or a clause break, with no auxiliary
 * ("had opposed") before it.
 */
function reducedPassive(v: TokenView, cue: Cue, by: number, from: number): boolean {
  if (by !== cue.last + 1 || cue.first !== cue.head || !/(ed|en|wn)$/.test(v.low[cue.head]!)) return false;
  let j = cue.first - 1;
  while (j > from && v.tokens[j]!.pos === 'ADV') j--;
  const p = j >= from ? v.tokens[j]!.pos : '';
  return p === 'NOUN' || p === 'PROPN' || p === 'PUNCT' || p === 'CCONJ';
}

/** "In a 1963 speech, he declared:" — the content is the next sentence (of this or the next paragraph). */
function announced(c: Ctx, cue: Cue, si: number): void {
  const next = c.doc.sentences[si + 1];
  if (!next || next.paragraph - c.doc.sentences[si]!.paragraph > 1) return;
  const source = subjectBefore(c, cue, si);
  if (!source) return;
  const q = c.quotesByPara[next.paragraph]!.find((x) => x.start === next.start);
  if (q) c.taken.add(q.start);
  // (words with no quote marks run on to the end of their paragraph: "The governor added: It’s typical of her. She knows nothing, …")
  push(c, { kind: q ? 'direct' : 'indirect', cue, source, content: q ? [q.start, q.end] : [next.start, c.doc.paragraphs[next.paragraph]!.end], sentence: si + 1, rule: 'announced' });
}

/**
 * May the noun phrase after a cue be its subject ("“…,” said Jillian Soto", "…, wrote the authors")?
 * Not after a participle ("…, citing internal documents") and, for a verb the cue lexicon does not
 * list as one of saying, only where the phrase ends the clause ("denounced her record … and said").
 */
function inversion(c: Ctx, cue: Cue, np: Range, to: number): boolean {
  const v = c.v;
  if (/ing$/.test(v.low[cue.head]!)) return false;
  // "…, — stressed the head of the European Commission": a verb that also takes an abstract object ("…, stressed the importance of
  // unity") inverts only before a phrase that may name a speaker: a name, a source noun or a title (grammar.yaml objectInverting)
  if (OBJECT_INVERTING.has(v.low[cue.head]!) && !speakerLike(c, np)) return false;
  const after = np[1] + 1;
  return c.lex.cueForms.get(v.low[cue.head]!) === cue.entry || after >= to || v.low[after] === ',' || trailer(v, after, to);
}

/** Does the noun phrase hold a name, or end its first noun group on a source noun or a title's head ("the spokesman", "the head of …")? */
function speakerLike(c: Ctx, np: Range): boolean {
  const v = c.v;
  for (let k = np[0]; k <= np[1]; k++) {
    if (v.inName?.[k]) return true;
    if (v.tokens[k]!.pos === 'ADP') break;
    if (NOUN_TAGS.has(v.tokens[k]!.pos) && (c.lex.sourceNouns.has(v.low[k]!) || c.lex.titleHeads.has(v.low[k]!))) return true;
  }
  return false;
}

/** "…, say experts like Paul Bauman, …", "…, said critics such as Smith.": a noun phrase with the examples after it (exampleOpeners). */
function withExamples(v: TokenView, np: Range | null, to: number): Range | null {
  if (!np) return null;
  const k = np[1] + 1;
  const open = EXAMPLE_OPENERS.has(v.low[k]!) ? k + 1 : v.low[k] === 'such' && v.low[k + 1] === 'as' ? k + 2 : -1;
  const ex = open > 0 && open < to ? rightNP(v, open, to) : null;
  return ex ? [np[0], ex[1]] : np;
}

/** "…, said Sara Fagen, a Republican strategist.": an apposition with no verb that ends the sentence belongs to the source after the cue. */
function trailingApposition(v: TokenView, np: Range, to: number): Range {
  const first = np[1] + 2;
  if (v.low[np[1] + 1] !== ',' || first >= to || !['DET', 'ADJ', 'NOUN', 'PROPN'].includes(v.tokens[first]!.pos)) return np;
  // "…, said Howard Rubel, a senior analyst at Jefferies, in an interview.": the apposition with its closing comma
  for (let j = first + 1; j < to - 1 && j - first <= MAX_SOURCE; j++) {
    if (v.low[j] !== ',') continue;
    if (!verbless(v, first, j)) break;
    // "“We will strike,” said the union leader, Maria Lopez, “and we will win.”": the apposition before the quote that goes on
    if (OPENER.test(v.low[j + 1]!)) return [np[0], j - 1];
    // (or before a participle's phrase: "said his father, Abdullah Kurdi, following the ceremony", "…, adding that …")
    if (trailer(v, j + 1, to) || v.tokens[j + 1]!.pos === 'VERB' && /ing$/.test(v.low[j + 1]!)) return [np[0], j];
    break;
  }
  let last = to - 1;
  while (last > first && v.tokens[last]!.pos === 'PUNCT') last--;
  // (with a relative clause that closes it: "said Paul R. Pillar, a former C.I.A. analyst who teaches at Georgetown University.")
  let rel = first;
  while (rel <= last && !RELATIVE.has(v.low[rel]!)) rel++;
  if (last - first > MAX_SOURCE || !verbless(v, first, rel)) return np;
  for (let k = first; k <= last; k++) if (v.tokens[k]!.pos === 'PUNCT' && v.low[k] !== ',' && v.low[k] !== '.' && v.low[k] !== '(' && v.low[k] !== ')') return np;
  return [np[0], last];
}

/** What may follow an inverted attribution: end punctuation, or "in a statement", "on Tuesday"... */
function trailer(v: TokenView, from: number, to: number): boolean {
  if (!verbless(v, from, to)) return false;
  const first = from < to ? v.tokens[from]! : null;
  return !first || first.pos === 'PUNCT' || first.pos === 'ADP' || first.pos === 'ADV' || TEMPORAL.has(v.low[from]!);
}

/** A verb or auxiliary at token k (not the first part of a hyphenated word: "working-class"). */
function isVerb(v: TokenView, k: number): boolean {
  return (v.tokens[k]!.pos === 'VERB' || v.tokens[k]!.pos === 'AUX') && !gluedHyphen(v, k + 1);
}

/** Is a token in [from, to) a common noun? */
function hasNounIn(v: TokenView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v.tokens[k]!.pos === 'NOUN') return true;
  return false;
}

function onlyPunctuation(v: TokenView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v.tokens[k]!.pos !== 'PUNCT') return false;
  return true;
}

/** Tokens from `from` whose characters end by `end` are manner adverbs ("loudly", "simply") and punctuation, no quote mark. */
function onlyMannerAdverbs(v: TokenView, from: number, end: number): boolean {
  let manner = false;
  for (let k = from; k < v.tokens.length && v.tokens[k]!.start < end; k++) {
    const pos = v.tokens[k]!.pos;
    if (pos === 'ADV' && /ly$/.test(v.low[k]!)) manner = true;
    else if (pos !== 'PUNCT' || OPENER.test(v.low[k]!)) return false;
  }
  return manner;
}

function hasVerb(v: TokenView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isVerb(v, k)) return true;
  return false;
}

/** X said (that) …  /  X called on partners not to …  /  Paul then interjected, calling … */
function forward(c: Ctx, cue: Cue, si: number): void {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  let k = cue.last + 1;
  if (k === s.tokenEnd - 1 && v.low[k] === ':') { announced(c, cue, si); return; }
  // "issued the following statement:", "tweeted the following." — what follows is the next sentence
  if (v.low[k] === 'the' && v.low[k + 1] === 'following') {
    let j = k + 2;
    while (j < s.tokenEnd && v.tokens[j]!.pos === 'NOUN') j++;
    if (j >= s.tokenEnd - 1) { announced(c, cue, si); return; }
  }
  while (k < s.tokenEnd && (v.low[k] === ',' || v.low[k] === ':')) k++;
  if (k >= s.tokenEnd) return;
  if (nounSubject(c, cue, si)) return;
  if (ADDRESSEE.has(cue.entry.lemma) && !CONTENT_OPENERS.has(v.low[k]!)) {
    const obj = rightNP(v, k, s.tokenEnd);
    // (a comma after the object opens no content when a coordinator follows it or the cue is in a clause of its own before the
    // main one: "He told the story, and the crowd laughed.", "As he told the story, the crowd laughed." — unless a quote follows)
    const comma = obj && v.low[obj[1] + 1] === ',' && !quoteAt(c, obj[1] + 2) && (COORD.has(v.low[obj[1] + 2] ?? '') && obj[1] + 3 < s.tokenEnd && !isVerb(v, skipAdverbsRight(v, obj[1] + 3, s.tokenEnd)) || subordinateLead(c, si, cue.first));
    if (obj && obj[1] + 1 < s.tokenEnd && !comma && (CONTENT_OPENERS.has(v.low[obj[1] + 1]!) || ADDRESSEE_ONLY.has(cue.entry.lemma) && quoteAt(c, obj[1] + 1))) k = obj[1] + 1;
    else if (obj) k = addresseeEnd(v, k, obj[1], s.tokenEnd, ADDRESSEE_ONLY.has(cue.entry.lemma)) ?? k;
    // "…, the mayor told Interfax.": the addressee that ends the sentence is no content (only a verb whose object is always the addressee)
    // (a name or a pronoun: "She told the story." keeps its object)
    // (an object pronoun too, which is no noun phrase of rightNP's: "He told them.")
    const told = obj ?? (v.tokens[k]!.pos === 'PRON' ? [k, k] : null);
    if (told && k === cue.last + 1 && ADDRESSEE_ONLY.has(cue.entry.lemma) && (v.tokens[told[1]]!.pos === 'PROPN' || v.tokens[told[1]]!.pos === 'PRON') && onlyPunctuation(v, told[1] + 1, s.tokenEnd)) return;
  }
  while (k < s.tokenEnd && (v.low[k] === ',' || v.low[k] === ':')) k++;
  // "said — on Twitter, as it happens — that …": an aside between dashes right after the cue, before "that" or a quote, is no content
  if (k === cue.last + 1 && DASHES.has(v.low[k]!)) {
    let j = k + 1;
    while (j < s.tokenEnd && j - k <= MAX_LEAD_PHRASE && !DASHES.has(v.low[j]!)) j++;
    if (j + 1 < s.tokenEnd && DASHES.has(v.low[j]!) && j > k + 1 && (v.low[j + 1] === 'that' || quoteAt(c, j + 1))) k = j + 1;
  }
  // "Trump went on, as if he didn't hear her.": a clause of time, reason or manner set off by a comma after the cue is no content;
  // what follows its closing comma may be ("Smith said, as he left the room, that taxes would fall.")
  if (k > cue.last + 1 && v.low[k - 1] === ',' && ADVERBIAL_OPENERS.has(v.low[k]!)) {
    let j = k + 1;
    while (j < s.tokenEnd && j - k <= MAX_LEAD_PHRASE && !CLAUSE_END.has(v.low[j]!)) j++;
    if (v.low[j] !== ',' || j + 2 >= s.tokenEnd) return;
    k = j + 1;
  }
  // "told reporters, and said …", "called Trump a blowhard, and said …": a second verb phrase of the subject is no content
  if (k > cue.last + 1 && VP_COORD.has(v.low[k]!) && k + 1 < s.tokenEnd && isVerb(v, skipAdverbsRight(v, k + 1, s.tokenEnd))) return;
  if (s.tokenEnd - k < 2) { gapRelative(c, cue, si); return; }
  // a lexicon verb the model rejected: only before "that" or a wh-word right after it ("didn't know what to make of …", "should know
  // what those questions are"), or a belief verb before a clause ("many officials believe meaningful relief is possible")
  // — or a belief verb before "to" and a verb ("they want to lose", "hopes to make a statement"), its object between or not
  // ("wants voters to know that …"): the infinitive (with its subject) is what is wanted or hoped, the content (as PolNeAR marks it)
  const beliefTo = cue.entry.meaning === 'belief' && k === cue.last + 1 && infinitiveAt(v, objectEnd(v, k, s.tokenEnd) + 1, s.tokenEnd);
  // — or a belief verb right before an auxiliary, the gap of a relative clause ("which Mozloom thinks will lead to …", "a step they
  // believe could help …")
  const beliefGap = cue.entry.meaning === 'belief' && k === cue.last + 1 && isVerb(v, k) && v.tokens[k]!.pos === 'AUX';
  // — or a belief verb whose noun-phrase object is what is held (grammar.yaml objectContent: "want their money back")
  const beliefObject = cue.entry.meaning === 'belief' && OBJECT_CONTENT.has(cue.entry.lemma) && k === cue.last + 1 && rightNP(v, k, s.tokenEnd)?.[0] === k;
  // — or any verb of the lexicon, finite and lower-case (no title-case headline), right before a clause with no "that" whose subject
  // opens with a determiner, a pronoun or a name ("DeJoy maintained the changes were needed", "A 2011 email shows State sent …";
  // not a bare noun, which may be the object: "Trump proposed budget cuts would …")
  const bareClause = (cue.entry.meaning === 'belief' || k === cue.last + 1 && !/ing$/.test(v.low[cue.head]!) && /^\p{Ll}/u.test(v.tokens[cue.head]!.text)
    && CLAUSE_SUBJECT_START.has(v.tokens[k]!.pos)) && clauseStarts(v, k, s.tokenEnd);
  if (cue.weak && v.low[k] !== 'that' && !(WH_CONTENT.has(v.low[k]!) && k === cue.last + 1) && !bareClause && !beliefTo && !beliefGap && !beliefObject) return;
  // "is confident that …", "was adamant that …", "is ready to …": an adjective after the copula is no passive; its subject
  // is the source (before "to", only a word shaped like a participle is read as one: "is expected to", tagged ADJ or not);
  // and "is worried that …", "is poised to …": a participle naming a state of mind (states.tsv) is read as one
  const adjective = v.tokens[cue.head]!.pos === 'ADJ' && (v.low[k] !== 'to' || !/(ed|en)$/.test(v.low[cue.head]!)) || c.lex.states.has(v.low[cue.head]!);
  // ("has been criticized", "has also been mentioned": a form of "be" right before the participle, inside the cue or not)
  // ("were more likely to say", "are inclined to describe": a cue whose head is an infinitive inside it is active, its subject the source)
  // (and "is expected to endorse", "were expected to discuss": a cue that takes in an infinitive and its verb after the head is that
  // verb's, its subject the source, as "is expected to" before a cue verb is — toCue)
  let infinitiveHead = cue.head - 1 > cue.first && v.low[cue.head - 1] === 'to';
  for (let j = cue.head + 1; j < cue.last; j++) if (v.low[j] === 'to' && isVerb(v, j + 1)) infinitiveHead = true;
  const passiveVoice = (BE.has(v.low[cue.first]!) && cue.head > cue.first || beBefore(v, cue.head, s.tokenStart)) && !/ing$/.test(v.low[cue.head]!) && !adjective && !infinitiveHead;
  // "The sale is expected to close in May", "He is thought to favour …": like a raising verb; not "was told to" (an addressee),
  // nor a "to" that opens no verb ("were described to him by a Post reporter": a passive with its agent)
  const passiveTo = passiveVoice && v.low[k] === 'to' && k === cue.last + 1 && !ADDRESSEE.has(cue.entry.lemma) && isVerb(v, skipAdverbsRight(v, k + 1, s.tokenEnd));
  if (passiveVoice && !passiveTo) {
    const by = agentBy(v, cue, s.tokenEnd);
    // "Sanders was asked about the case", "I was told that …", "It was reported that …": no agent named, the question or report is the content
    // (to the comma that closes a subordinate clause: "When Trump was questioned about the dispute, his response …")
    if (v.low[k] !== 'by' && PASSIVE_CONTENT.has(v.low[k]!) && k === cue.last + 1) push(c, { kind: 'indirect', cue, source: null, content: [v.tokens[k]!.start, clauseEnd(c, si, k, false, subordinateLead(c, si, cue.first))], sentence: si, rule: 'passive-no-agent' });
    else if (by >= 0 && passive(c, cue, si, by)) return;
    // "Donald Trump was asked a straightforward question", "The DNC, which is seen as aligned with Clinton": no agent, the subject and the rest are the content
    else subjectContent(c, cue, si, k, 'passive-subject');
    return;
  }
  // "has been rebuked by opponents", "is not always preferred by law enforcement" (the auxiliary before the cue),
  // "an allegation rejected by a series of inquiries": a participle with a "by" agent is a passive too
  if (!passiveVoice && !adjective) {
    const by = participleAgent(v, cue, s.tokenStart, s.tokenEnd);
    if (by >= 0 && passive(c, cue, si, by)) return;
  }
  // "She appeared to imply that …", "The Fed is expected to announce …": before a cue verb the subject is its source
  const toCue = v.low[k] === 'to' && k === cue.last + 1 && k + 1 < s.tokenEnd && inCue(c, skipAdverbsRight(v, k + 1, s.tokenEnd));
  // a one-word cue seem/appear before an adjective or a phrase ("Trump's supporters seemed equally unperturbed", "the race
  // appears closer in Ohio"): the writer judges what the subject seems (in PolNeAR train such a cue has no source 162 times in
  // 166); not before "that" nor after an expletive "it" ("It seems that …" has the clause for content)
  // (with adverbs or auxiliaries before it in the cue: "now seem", "might seem", "has seemed"; with an adjective after it: "seemed
  // irritated"; or a "to" whose verb is no cue: "Carson seems to recognize …" where the model took "seems to" alone)
  // "Schilling appeared on a show on WEEI radio", "he appeared at a Trump rally": "appear" as a one-word cue right before a
  // preposition other than "like", "as", "to" tells where the subject was seen; no one judges or says anything
  // (in PolNeAR train no gold cue "appear"/"seem" has a content opened by such a preposition)
  if (APPEARING.has(v.low[cue.head]!) && cue.last === cue.head && k === cue.last + 1 && v.tokens[k]!.pos === 'ADP' && !APPEARING_JUDGES.has(v.low[k]!)) return;
  const seemsAs = RAISING.has(v.low[cue.head]!) && raisingOnly(c, cue, k) && v.low[k] !== 'that' && v.low[cue.first - 1] !== 'it'
    || looksAs(v, cue, k, s.tokenEnd);
  if ((passiveTo || RAISING.has(v.low[cue.head]!) && (v.low[k] === 'to' || v.low[k] === 'like') || seemsAs) && !toCue) {
    // "Twitter appears to be heavily used": no source; the subject and the rest are the content
    subjectContent(c, cue, si, k, 'raising');
    return;
  }
  if (askedLead(c, cue, si, k)) return;
  if (namingParticiple(c, cue, si)) return;
  if (reducedParticiple(c, cue, si, k)) { subjectContent(c, cue, si, k, 'reduced-participle'); return; }
  if (companionOnly(c, cue, si, k)) return;
  if (experiencer(c, cue, si, k) || reactionFrom(c, cue, si)) return;
  const source = subjectBefore(c, cue, si);
  if (!source) {
    // a cue with no source in reach is more often no attribution at all, but for a verb of saying (openingSource)
    if (participleLead(c, cue, si, k)) return;
    const before = c.out.length;
    possessed(c, cue, si, k);
    if (c.out.length === before) openingSource(c, cue, si, k);
    return;
  }
  // "warned Saturday that …": the day is not content
  let d = k;
  while (d < s.tokenEnd && timeAt(v, d)) d++;
  if (d > k && (v.low[d] === 'that' || v.low[d] === ',')) k = v.low[d] === ',' ? d + 1 : d;
  // "admitted in his plea that …", "announced on Twitter that …", "told reporters on Monday that …": the content starts at "that"
  // — past a prepositional phrase, an addressee or a time, not past an object ("repeated accusations that …", "discussed the violence that …")
  if (v.low[k] !== 'that' && (v.tokens[k]!.pos === 'ADP' || v.tokens[k]!.pos === 'ADV' || ADDRESSEE.has(cue.entry.lemma) || timeAt(v, k))) {
    for (let j = k + 1; j < Math.min(s.tokenEnd, k + MAX_LEAD_PHRASE); j++) {
      if (v.low[j] === 'that' || WH_CONTENT.has(v.low[j]!) && ADDRESSEE_ONLY.has(cue.entry.lemma)) { if (j + 2 < s.tokenEnd && (v.tokens[j + 1]!.pos !== 'PUNCT' || quoteAt(c, j + 1))) k = j; break; }
      // "pointed out in December, “In the week …”", "tweeted in response: ''…''": a quote after the phrase and a comma or colon
      if ((v.low[j] === ',' || v.low[j] === ':') && quoteAt(c, j + 1)) { k = j + 1; break; }
      const p = posAt(v, j); // ("with The Associated Press": a capitalized "verb" in a name is none)
      // (after an addressee, punctuation inside its phrase: "told MSNBC's “Morning Joe” on Friday that", "a campaign stop in Toledo, Ohio, that")
      // ("said in an emailed statement that …": a participle that modifies a noun is no verb)
      if (p === 'VERB' && !modifierParticiple(v, j, s.tokenEnd) || p === 'AUX' || p === 'PUNCT' && !(ADDRESSEE_ONLY.has(cue.entry.lemma) && v.low[j] !== ';' && v.low[j] !== ':')) break;
    }
  }
  // "said on Monday the bridge was safe", "said at a press conference yesterday morning the gun laws should be changed", "told
  // reporters on Monday the ship had sunk": with no "that", the clause with a subject and a verb of its own after them (leadClause)
  if (k === cue.last + 1 && v.low[k] !== 'that') k = leadClause(c, cue, k, s.tokenEnd) ?? k;
  // "reported that, according to an analysis …, 85 of the meetings …": the content starts after the aside
  const aside = c.cues[si]!.byFirst.get(v.low[k] === 'that' && v.low[k + 1] === ',' ? k + 2 : k);
  if (aside && ACCORDING_LIKE.has(aside.entry.lemma)) {
    let j = aside.last + 1;
    while (j < s.tokenEnd && v.low[j] !== ',' && j - aside.last <= MAX_SOURCE) j++;
    if (v.low[j] === ',' && j + 2 < s.tokenEnd) k = j + 1;
  }
  // "agrees with Dean", "did not respond to requests …", "is reflecting on lessons …": the preposition that follows the cue is not content
  // (but one that counts a number opens the content: "said over a hundred people attended", "said around 300 homes lost power")
  if (k === cue.last + 1 && v.tokens[k]!.pos === 'ADP' && !CONTENT_OPENERS.has(v.low[k]!) && k + 1 < s.tokenEnd && !quantityAt(v, k + 1)) k++;
  // "Though she never mentioned Sanders by name, Clinton cast …", "Where he used to boast that …, …": a clause opened by a subordinator ends at its comma
  const subordinate = subordinateLead(c, si, cue.first) && skipLeadIns(v, s.tokenStart, source[0]) < source[0];
  const relative = source[0] === source[1] && RELATIVE.has(v.low[source[0]]!);
  // "Republicans who have praised his candidacy warned on Tuesday that …": a restrictive relative clause (no comma before its pronoun)
  // ends before the main clause's cue verb that follows its object
  const restrictive = relative && source[0] - 1 > s.tokenStart && NOMINAL_HEAD.has(posAt(v, source[0] - 1));
  const end = clauseEnd(c, si, k, relative || v.low[source[1]] === 'whom', subordinate, v.tokens[cue.head]!.pos === 'NOUN', restrictive);
  // "he could not explain": the auxiliaries and negation the cue left out between it and its source are the cue's (as PolNeAR marks them)
  const adverbs = skipAdverbsLeft(v, cue.first, s.tokenStart);
  const aux = skipAuxiliariesLeft(v, adverbs, s.tokenStart);
  // (and an infinitive's "to": "to discuss")
  const full = aux < adverbs && source[1] === aux - 1 ? { ...cue, first: aux } : v.low[cue.first - 1] === 'to' && v.tokens[cue.first - 1]!.pos === 'PART' && source[1] < cue.first - 1 ? { ...cue, first: cue.first - 1 } : cue;
  // "moves that he said improved the economy", "a rule change that he said would make it harder": a cue with a pronoun for
  // subject inside a relative clause whose verb follows the cue with no subject of its own tells of the phrase the clause
  // modifies, an attribution of its own also inside another one's content (dropNested keeps it, as PolNeAR marks these)
  // "The audience booed loudly.", "Sanders laughed, heartily.": a manner adverb alone tells how, not what
  if (onlyMannerAdverbs(v, k, end)) return;
  // "She said on Tuesday.", "…, the promotion announced yesterday.": a time alone tells when, not what
  let last = k;
  while (last + 1 < s.tokenEnd && v.tokens[last + 1]!.end <= end) last++;
  while (last > k && v.tokens[last]!.pos === 'PUNCT') last--;
  if (timeOnly(v, [k, last])) return;
  const gap = k === cue.last + 1 && isVerb(v, k) && source[0] === source[1] && v.tokens[source[0]]!.pos === 'PRON' && source[0] - 1 > s.tokenStart && (v.low[source[0] - 1] === 'that' || v.low[source[0] - 1] === 'which');
  push(c, { kind: 'indirect', cue: full, source: expletive(v, cue, source) || ownModifiers(v, cue, source) ? null : source, content: [v.tokens[k]!.start, end], sentence: si, rule: gap ? 'relative-gap' : 'forward' });
}

/**
 * "Stardom's official statement yesterday read “…”": a noun cue right before a verb (past a time: "yesterday", "on Monday") is
 * that verb's subject, no cue with a content of its own. A verb that is no cue of its own ("read") before a quote (after a comma
 * or colon or not) or "that" tells what the noun's statement says: it is the cue, the noun phrase the source, what follows the
 * content; a verb that is a cue has its own attribution. True where the noun cue has none.
 */
function nounSubject(c: Ctx, cue: Cue, si: number): boolean {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  if (cue.head !== cue.last || v.tokens[cue.head]!.pos !== 'NOUN') return false;
  let d = cue.last + 1;
  for (;;) {
    if (d < s.tokenEnd && timeAt(v, d)) d++;
    else if (d + 1 < s.tokenEnd && v.tokens[d]!.pos === 'ADP' && timeAt(v, d + 1)) d += 2;
    else break;
  }
  if (d >= s.tokenEnd || v.tokens[d]!.pos !== 'VERB' || /ing$/.test(v.low[d]!)) return false;
  const verb = c.cues[si]!.byFirst.get(d);
  if (verb) return !verb.weak;
  let k = d + 1;
  while (k < s.tokenEnd && (v.low[k] === ',' || v.low[k] === ':')) k++;
  if (k + 1 >= s.tokenEnd || !(quoteAt(c, k) || v.low[k] === 'that' && k === d + 1)) return false;
  const source = subjectBefore(c, cue, si);
  push(c, { kind: 'indirect', cue: { first: d, last: d, head: d, entry: cue.entry }, source: source ? [source[0], cue.last] : [cue.first, cue.last], content: [v.tokens[k]!.start, clauseEnd(c, si, k)], sentence: si, rule: 'noun-subject' });
  c.used.add(cue);
  return true;
}

/**
 * Where the clause after the phrases that follow a cue starts, with no "that" before it, or null: times, prepositional phrases and
 * (after a verb of telling, first) an addressee, at most MAX_PPS of them, then a subject and its verb ("said on Monday the bridge
 * was safe", "said at a press conference yesterday morning the gun laws should be changed", "announced on Twitter the FAA had
 * closed the airspace", "told reporters on Monday the ship had sunk"). A noun phrase that runs on into that subject is cut as
 * addresseeEnd cuts an addressee's ("Monday the bridge", "Twitter the FAA", "Washington officials").
 */
function leadClause(c: Ctx, cue: Cue, from: number, to: number): number | null {
  const v = c.v;
  let k = from;
  for (let n = 0; n <= MAX_PPS && k < to; n++) {
    // (a time word that is a preposition is read as one: "on Twitter"; a time that is a possessor opens the subject: "said
    // Thursday's speeches have led her to …")
    while (k < to && timeAt(v, k) && v.tokens[k]!.pos !== 'ADP' && v.low[k + 1] !== "'s" && v.low[k + 1] !== '’s') k++;
    if (k > from && k < to && v.low[k] !== 'that' && !RELATIVE.has(v.low[k]!) && clauseStarts(v, k, to)) return k;
    // (not a preposition the cue takes, right after it, before no time: "insisted on the plan the council approved" — cue-extent.tsv)
    const complement = k === from && c.lex.cueExtent.after.get(v.low[k]!)?.has(cue.entry.lemma) === false && !timeAt(v, k + 1);
    // (a "to" that opens no content: the addressee of "said to reporters the ship had sunk", "announcing to journalists …")
    const prep = k + 1 < to && v.tokens[k]!.pos === 'ADP' && (!CONTENT_OPENERS.has(v.low[k]!) || v.low[k] === 'to') && !quantityAt(v, k + 1) && !complement;
    if (!prep && !(k === from && ADDRESSEE.has(cue.entry.lemma))) return null;
    const start = prep ? k + 1 : k;
    const np = rightNP(v, start, to);
    if (!np) return null;
    const cut = addresseeEnd(v, start, np[1], to, prep || ADDRESSEE_ONLY.has(cue.entry.lemma));
    // (not a relative pronoun: "the social unrest that has followed"; inside a preposition's object, only a cut at a determiner:
    // "in an ABC interview taped before …" is a name before its noun)
    if (cut !== null && (v.low[cut] === 'that' || RELATIVE.has(v.low[cut]!) || prep && cut <= np[1] && v.tokens[cut]!.pos !== 'DET')) return null;
    if (cut !== null) return cut;
    k = np[1] + 1;
  }
  return null;
}

/**
 * "a high-profile campaigner for …", "a more pressing question", "in a press release", "an eight-hour floor speech to …": a
 * source whose last noun phrase opens with "a"/"an" and runs up to a noun cue is the opening of the cue's own noun phrase, no
 * one who speaks (a singular "a" phrase with a cue word not ending in -s or -ed: no subject and verb the tagger misread; not
 * a name right before the cue).
 */
function ownModifiers(v: TokenView, cue: Cue, source: Range): boolean {
  if (cue.first !== cue.head || v.tokens[cue.first]!.pos !== 'NOUN' || source[1] !== cue.first - 1 || /(s|ed)$/.test(v.low[cue.head]!)) return false;
  // (a name right before the noun names whose it is: "a broader GOP strategy", "a landmark Supreme Court ruling")
  if (/^\p{Lu}/u.test(v.tokens[source[1]]!.text)) return false;
  for (let j = source[1]; j >= source[0]; j--) {
    if (ARTICLES.has(v.low[j]!)) return v.low[j] !== 'the';
    if (!MODIFIER_POS.has(v.tokens[j]!.pos) && v.low[j] !== '-') return false;
  }
  return false;
}

/** the meanings of a cue verb that openingSource frames: verbs of saying and of denial (cues.tsv) */
const OPENING_SOURCE_MEANINGS = new Set(['neutral', 'negation']);
/** a one-word phrase that names no speaker: an expletive or a demonstrative ("It is too soon to say", "That's not the same as saying") */
const NO_SPEAKER = GRAMMAR.noSpeaker;

/**
 * A verb of saying or denial of the cue lexicon, taken by the model, with no source in reach of the
 * patterns ("The senator went to the floor and, in a long speech, said that …", "Sen. Bernie Sanders visited NBC's “Today” to
 * discuss his recent remarks", "Nate Cohn, writing in The New York Times, noticed …"): the noun phrase
 * that opens the sentence is its source and the rest of the clause its content (rule opening-source).
 * Not for a weak cue, nor where that phrase is a time ("One month after announcing …") or names no
 * speaker (NO_SPEAKER), nor across a comma and a coordinator that open a clause with a subject of its
 * own ("Clinton visited Iowa, and her rival, who lost, said nothing"). On PolNeAR train such a cue is a gold cue about 7 times in 10, with source and
 * content too about 1 in 2. Inside another attribution's content it is dropped, and it drops no
 * other (dropNested).
 */
function openingSource(c: Ctx, cue: Cue, si: number, k: number): void {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  if (cue.weak || c.lex.cueForms.get(v.low[cue.head]!) !== cue.entry || !OPENING_SOURCE_MEANINGS.has(cue.entry.meaning)) return;
  if (!isVerb(v, cue.head) || s.tokenEnd - k < 2) return;
  const lead = skipLeadIns(v, s.tokenStart, cue.first);
  const np = lead < cue.first ? rightNP(v, lead, cue.first) : null;
  if (!np || np[0] === np[1] && NO_SPEAKER.has(v.low[np[0]]!) || timeAt(v, np[0])) return;
  // "Clinton visited Iowa, and her rival, who lost, said nothing": a clause with a subject of its own opens after the comma
  for (let j = np[1] + 2; j < cue.first - 1; j++) if (COORD.has(v.low[j]!) && v.low[j - 1] === ',' && (NOMINAL_HEAD.has(v.tokens[j + 1]!.pos) || v.tokens[j + 1]!.pos === 'DET')) return;
  push(c, { kind: 'indirect', cue, source: np, content: [v.tokens[k]!.start, clauseEnd(c, si, k)], sentence: si, rule: 'opening-source' });
}

/**
 * Does a subordinator open the clause (no comma yet) that runs on to token `to`: at the start of
 * sentence `si` ("Though she never mentioned …"), or after a comma ("Since June 16, when he asked
 * supporters to run, at least 21,000 said …"; not "that", which opens what is said)?
 */
function subordinateLead(c: Ctx, si: number, to: number): boolean {
  const v = c.v;
  const start = c.doc.sentences[si]!.tokenStart;
  let open = to - 1;
  while (open >= start && v.low[open] !== ',') open--;
  const lead = skipLeadIns(v, open < start ? start : open + 1, to);
  if (lead >= to || !(v.tokens[lead]!.pos === 'SCONJ' || WH_SUBORDINATORS.has(v.low[lead]!))) return false;
  return open < start || v.low[lead] !== 'that';
}

/**
 * Is a raising cue ("seems") only the raising verb, with adverbs, auxiliaries or a negation before it ("now seem", "might
 * seem", "has seemed"), adjectives or adverbs after it ("seemed irritated"), or a "to" whose verb at `k` is no cue ("seemed to")?
 */
function raisingOnly(c: Ctx, cue: Cue, k: number): boolean {
  const v = c.v;
  for (let j = cue.first; j < cue.head; j++) if (!(v.tokens[j]!.pos === 'ADV' || v.tokens[j]!.pos === 'AUX' || NEGATIONS.has(v.low[j]!))) return false;
  if (cue.last === cue.head + 1 && v.low[cue.last] === 'to') return k < v.tokens.length && v.tokens[k]!.sentence === v.tokens[cue.head]!.sentence && !inCue(c, skipAdverbsRight(v, k, c.doc.sentences[v.tokens[k]!.sentence]!.tokenEnd));
  for (let j = cue.head + 1; j <= cue.last; j++) if (!(v.tokens[j]!.pos === 'ADJ' || v.tokens[j]!.pos === 'ADV')) return false;
  return true;
}

/**
 * "Clinton looks much weaker than recent nominees", "Garland looks dead on arrival", "he looks like a flake": a verb of
 * looking before an adjective (adverbs between) or "like" judges how the subject seems, as "seems" does; the writer's
 * judgment, no one's words (in PolNeAR train such a cue has no source 9 times in 9; "looks to build on", "look at" keep theirs).
 */
function looksAs(v: TokenView, cue: Cue, k: number, end: number): boolean {
  if (!LOOK.has(v.low[cue.head]!) || cue.first !== cue.head) return false;
  if (cue.last === cue.head + 1) return v.low[cue.last] === 'like';
  if (cue.last !== cue.head || k >= end) return false;
  if (v.low[k] === 'like') return true;
  let j = k;
  while (j < end && v.tokens[j]!.pos === 'ADV') j++;
  return j < end && v.tokens[j]!.pos === 'ADJ';
}

/**
 * "It seems that …", "It is unclear whether …", "It's been reported that …", "It is difficult to predict …": an "it"
 * before a raising verb or a copula (with an adjective or a participle, or an adjective and an infinitive cue) stands
 * for the clause after the cue; no one is its source (whatever pattern found it: push reads it too).
 */
function expletive(v: TokenView, cue: Cue, source: Range): boolean {
  if (source[0] !== source[1] || v.low[source[0]] !== 'it') return false;
  if (RAISING.has(v.low[cue.head]!)) return true;
  // ("It's denouncing what it calls …": a present progressive's "it" stands for someone who speaks; not a cleft's "it was
  // hearing a candidate acknowledge … that fired them up")
  if (v.tokens[cue.head]!.pos === 'VERB' && /ing$/.test(v.low[cue.head]!) && PRESENT_BE.has(v.low[source[1] + 1]!)) return false;
  const be = (j: number) => BE.has(v.low[j]!) || v.low[j] === "'s" || v.low[j] === '’s';
  for (let j = cue.first; j < cue.head; j++) if (be(j)) return true;
  // "It is difficult to predict how …", "It is important to note that …": "it", a form of "be" and an adjective before an infinitive cue
  const to = v.low[cue.first] === 'to' ? cue.first : cue.first - 1;
  if (v.low[to] !== 'to' || to - 2 <= source[0] || posAt(v, to - 1) !== 'ADJ') return false;
  const adjective = skipAdverbsLeft(v, to - 1, source[0] + 1);
  return be(adjective - 1) && adjective - 2 === source[0];
}

/**
 * "X spoke today with President Putin", "met with reporters", "talked to the crowd": after a verb of
 * speaking or meeting (companions.tsv), a "with"/"to" phrase with no verb after it up to the end of
 * the clause names who was spoken to; nothing said is reported.
 */
function companionOnly(c: Ctx, cue: Cue, si: number, k: number): boolean {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  if (!c.lex.companions.has(v.low[cue.head]!)) return false;
  const inCue = cue.last > cue.head && COMPANION_PREPS.has(v.low[cue.last]!); // "talked to" taken as the cue
  while (!inCue && k < s.tokenEnd && timeAt(v, k)) k++;
  if (!inCue && !COMPANION_PREPS.has(v.low[k]!)) return false;
  if (inCue) k = cue.last;
  for (let j = k + 1; j < s.tokenEnd && !CLAUSE_END.has(v.low[j]!); j++) if (isVerb(v, j) || OPENER.test(v.low[j]!)) return false;
  return true;
}

/**
 * "traced the story to a website called Real News Right Now": a naming participle (naming.tsv) right
 * after the object of an earlier verb of its clause names that object; it reports no one's words.
 * (Any participle there, "… polls released Sunday", lost more attributions than it saved.)
 */
function namingParticiple(c: Ctx, cue: Cue, si: number): boolean {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  if (cue.first !== cue.head || !c.lex.naming.has(v.low[cue.head]!) || cue.first - 1 <= s.tokenStart) return false;
  if (asideNaming(c, cue, si)) return true;
  if (!NOUN_TAGS.has(v.tokens[cue.first - 1]!.pos)) return false;
  for (let j = cue.first - 2; j >= s.tokenStart; j--) {
    const w = v.low[j]!;
    if (w === ',' || COORD.has(w) || RELATIVE.has(w) || w === 'that' || v.tokens[j]!.pos === 'SCONJ' || v.tokens[j]!.pos === 'PUNCT') return false;
    if (isVerb(v, j)) return true;
  }
  return false;
}

/**
 * "skulls with spikes or ridges — called hyperossification — often …": a naming participle that opens an aside
 * after a noun names it; the aside closes with the same mark within a few words, with no agent ("— called “reckless” by
 * critics —" reports the critics' word) and no verb of its own. After a comma, only where the sentence's verb follows the
 * aside ("The move, called prorogation, came after …"): the participle is as often the main verb after an aside ("De
 * Blasio, speaking on WOR710, called Trump a “blowhard,” and …").
 */
function asideNaming(c: Ctx, cue: Cue, si: number): boolean {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  const mark = v.low[cue.first - 1]!;
  if (!DASHES.has(mark) && mark !== ',' || cue.first - 2 < s.tokenStart) return false;
  if (!NOUN_TAGS.has(v.tokens[cue.first - 2]!.pos)) return false;
  for (let j = cue.last + 2; j < Math.min(s.tokenEnd, cue.last + 2 + MAX_NAMED_WORDS); j++) {
    // (after a comma, only where the sentence's verb follows the aside: "The move, called prorogation, came after …")
    if (v.low[j] === mark) return mark !== ',' || isVerb(v, skipAdverbsRight(v, j + 1, s.tokenEnd));
    if (v.low[j] === 'by' || isVerb(v, j)) return false;
  }
  return false;
}
/** the words an aside's name may have ("— called hyperossification —") */
const MAX_NAMED_WORDS = 6;

/**
 * "the string of contests known as Super Tuesday", "a state seen as critical for …", "an electronic system designed to distribute
 * …", "an American contractor accused of spying", "Justice Antonin Scalia, regarded as …": a past participle right after its noun
 * (or the comma of an apposition), with no auxiliary, before "as", "for", "of" or an infinitive, is a reduced passive relative
 * whose agent goes unnamed: the noun is what is said of, no source ("known to fans as …" names its agent and is left alone); only for a participle that is no past tense (grammar.yaml
 * participlesOnly: "the FBI warned to …", "which Mayor de Blasio described as …" are active).
 */
function reducedParticiple(c: Ctx, cue: Cue, si: number, k: number): boolean {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  if (timedParticiple(c, cue, si, k)) return true;
  if (prepObjectParticiple(v, cue, s.tokenStart, k)) return true;
  if (cue.first !== cue.head || !PARTICIPLES_ONLY.has(v.low[cue.head]!)) return false;
  const inside = cue.last === cue.head + 1 && REDUCED_NEXT.has(v.low[cue.last]!);
  if (cue.last !== cue.head && !inside) return false;
  const next = inside ? cue.last : k;
  if (next >= s.tokenEnd || !(REDUCED_NEXT.has(v.low[next]!) || v.low[next] === 'to' && next + 1 < s.tokenEnd && isVerb(v, next + 1))) return false;
  let j = cue.first - 1;
  while (j > s.tokenStart && v.tokens[j]!.pos === 'ADV') j--;
  if (j <= s.tokenStart) return false;
  if (v.low[j] === ',') j--;
  const p = posAt(v, j);
  return p === 'NOUN' || p === 'PROPN' || p === 'NUM';
}

/**
 * "the latest in a series of hearings intended to consider …", "a direct appeal to voters inclined to support …": an "-ed"
 * participle before an infinitive, right after a common noun whose phrase is the object of a preposition after a noun (not of a
 * subordinator the tagger reads as one: "after the FBI decided to …"), is a reduced passive relative, no verb of a clause.
 */
function prepObjectParticiple(v: TokenView, cue: Cue, from: number, k: number): boolean {
  if (cue.first !== cue.head || v.tokens[cue.head]!.pos !== 'VERB' || !/ed$/.test(v.low[cue.head]!) || cue.head - 1 <= from || v.tokens[cue.head - 1]!.pos !== 'NOUN') return false;
  if (v.low[k] !== 'to' || k !== cue.last + 1 || k + 1 >= v.tokens.length || !isVerb(v, k + 1)) return false;
  const np = leftNP(v, cue.head, from);
  const p = np ? np[0] - 1 : -1;
  return p - 1 >= from && v.tokens[p]!.pos === 'ADP' && !ADVERBIAL_OPENERS.has(v.low[p]!) && !TIME_PREPS.has(v.low[p]!) && MODIFIER_POS.has(v.tokens[p - 1]!.pos) && v.tokens[p - 1]!.pos !== 'ADV';
}

/**
 * "A draft document approved Saturday would move …", "A $160 billion megamerger announced Monday would turn …": an "-ed"
 * participle right after a common noun, then a time and then the clause's own verb, is a reduced passive relative with no agent
 * ("The company announced Monday that …" has "that" after the time, "announced Monday its plan" an object).
 */
function timedParticiple(c: Ctx, cue: Cue, si: number, k: number): boolean {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  if (cue.first !== cue.head || !/ed$/.test(v.low[cue.head]!) || k !== cue.last + 1 || cue.first - 1 <= s.tokenStart || v.tokens[cue.first - 1]!.pos !== 'NOUN') return false;
  let j = k;
  while (j < s.tokenEnd && timeAt(v, j)) j++;
  if (j === k || j >= s.tokenEnd) return false;
  const verb = v.tokens[j]!;
  return (verb.pos === 'AUX' || verb.pos === 'VERB') && !/ing$/.test(v.low[j]!);
}

/**
 * "… rather than the off-the-cuff style he prefers.", "… the plan that they rejected.": a cue that
 * ends the sentence after a pronoun subject relativizes the noun phrase before them (with "that",
 * "which" or nothing between): the pronoun is the source and that phrase the content.
 */
function gapRelative(c: Ctx, cue: Cue, si: number): void {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  const subj = skipAdverbsLeft(v, cue.first, s.tokenStart) - 1;
  if (subj <= s.tokenStart || v.tokens[subj]!.pos !== 'PRON' || RELATIVE.has(v.low[subj]!) || v.low[subj] === 'that') return;
  let h = subj;
  if (v.low[h - 1] === 'that' || v.low[h - 1] === 'which') h--;
  const np = leftNP(v, h, s.tokenStart);
  if (!np || !NOMINAL_HEAD.has(posAt(v, np[1])) || v.tokens[np[1]]!.pos === 'PRON') return;
  push(c, { kind: 'indirect', cue, source: [subj, subj], content: [v.tokens[np[0]]!.start, v.tokens[np[1]]!.end], sentence: si, rule: 'gap-relative' });
}

/**
 * "After announcing his support for Trump, Rubio still believes …", "In describing the plan as a
 * buzz, the journalists …": a participle that opens the sentence (after "after", "in", "by", …
 * or alone) speaks for the subject of the main clause after its comma; its content runs to that comma.
 */
function participleLead(c: Ctx, cue: Cue, si: number, k: number): boolean {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  if (cue.first !== cue.head || !/ing$/.test(v.low[cue.head]!)) return false;
  let lead = skipLeadIns(v, s.tokenStart, cue.first);
  // "One month after announcing his support …, Marco Rubio …": a time before the preposition
  const p = cue.first - 1;
  if (lead < p && p - lead <= 4 && (PARTICIPLE_LEAD.has(v.low[p]!) || v.tokens[p]!.pos === 'SCONJ' || v.tokens[p]!.pos === 'ADP') && timeOnly(v, [lead, p - 1])) lead = p;
  if (lead < cue.first && (PARTICIPLE_LEAD.has(v.low[lead]!) || v.tokens[lead]!.pos === 'SCONJ' || v.tokens[lead]!.pos === 'ADP')) lead++;
  if (lead !== cue.first) return false;
  for (let j = k; j + 2 < s.tokenEnd; j++) {
    if (v.inQuote?.[j]) continue;
    if (v.low[j] === ';' || v.low[j] === ':') return false;
    if (v.low[j] !== ',') continue;
    const src = rightNP(v, j + 1, s.tokenEnd);
    if (!src || !clauseStarts(v, j + 1, s.tokenEnd) || j <= k) return false;
    return push(c, { kind: 'indirect', cue, source: src, content: [v.tokens[k]!.start, v.tokens[j]!.start], sentence: si, rule: 'participle-lead' }) >= 0;
  }
  return false;
}

const EXPERIENCER = GRAMMAR.experiencerVerbs;

/**
 * "Mrs. Clinton's position has angered some Democrats on the left", "That worries environmentalists", "fumbles by the Clinton
 * camp that rattled supporters": a verb of feeling (grammar.yaml experiencerVerbs) in the active voice with an object right after
 * it has the object, who feels, for source and its subject, what is felt, for content — not before a clause ("observers worry it
 * will set an example") nor where the verb opens the content ("worry that …", "worried about …").
 */
function experiencer(c: Ctx, cue: Cue, si: number, k: number): boolean {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  if (cue.last !== cue.head || k !== cue.last + 1 || v.tokens[cue.head]!.pos !== 'VERB' || !EXPERIENCER.has(v.low[cue.head]!) || beBefore(v, cue.head, s.tokenStart)) return false;
  if (CONTENT_OPENERS.has(v.low[k]!)) return false;
  const obj = rightNP(v, k, s.tokenEnd);
  // (an "-ing" participle after the object is its modifier, no clause: "has emboldened a trio of governors seeking to stem his rise")
  if (!obj || obj[1] + 1 < s.tokenEnd && isVerb(v, obj[1] + 1) && !/ing$/.test(v.low[obj[1] + 1]!)) return false;
  const subj = subjectBefore(c, cue, si);
  if (!subj || subj[1] >= cue.first) return false;
  return push(c, { kind: 'indirect', cue, source: obj, content: [v.tokens[subj[0]]!.start, v.tokens[subj[1]]!.end], sentence: si, rule: 'experiencer' }) >= 0;
}

const RECEIVING = GRAMMAR.receivingVerbs;
const REACTIONS = GRAMMAR.reactionNouns;
const REACTIONS_OF = GRAMMAR.reactionOfNouns;

/**
 * "The statement quickly drew sharp criticism from both sides of the abortion debate", "Clinton received support from roughly six
 * in 10 Democrats", "Cruz received the endorsement of Gov. Mike Pence": a verb of receiving (grammar.yaml receivingVerbs) whose
 * object is a reaction (reactionNouns) with a "from" phrase (or an "of" phrase after reactionOfNouns) has that phrase for source
 * and its subject, what is reacted to, for content.
 */
function reactionFrom(c: Ctx, cue: Cue, si: number): boolean {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  if (!RECEIVING.has(v.low[cue.head]!) || !isVerb(v, cue.head)) return false;
  let j = cue.head + 1;
  while (j < s.tokenEnd && j - cue.head <= 4 && !REACTIONS.has(v.low[j]!) && (MODIFIER_POS.has(v.tokens[j]!.pos) || v.tokens[j]!.pos === 'DET')) j++;
  if (j >= s.tokenEnd || !REACTIONS.has(v.low[j]!) || !(v.low[j + 1] === 'from' || v.low[j + 1] === 'of' && REACTIONS_OF.has(v.low[j]!))) return false;
  const src = rightNP(v, j + 2, s.tokenEnd);
  const subj = subjectBefore(c, cue, si);
  if (!src || !subj || subj[1] >= cue.first) return false;
  return push(c, { kind: 'indirect', cue, source: src, content: [v.tokens[subj[0]]!.start, v.tokens[subj[1]]!.end], sentence: si, rule: 'reaction-from' }) >= 0;
}

/** No source; the subject before the cue and the clause from token k on are the content. */
function subjectContent(c: Ctx, cue: Cue, si: number, k: number, rule: string): void {
  const v = c.v;
  const subj = subjectBefore(c, cue, si);
  if (!subj) return;
  const i = push(c, { kind: 'indirect', cue, source: null, content: [v.tokens[subj[0]]!.start, v.tokens[subj[1]]!.end], sentence: si, rule });
  const end = clauseEnd(c, si, k);
  // "proposals for this were already voiced a few months ago": a time of the times layer is no content
  const onlyTime = c.doc.times.some((t) => t.start <= v.tokens[k]!.start && trimContent(c.doc.text, v.tokens[k]!.start, end)[1] <= t.end);
  if (i >= 0 && !onlyTime) push(c, { kind: 'indirect', cue, source: null, content: [v.tokens[k]!.start, end], sentence: si, rule, continues: i });
}

/**
 * "his suggestion that …", "their repeated claims that …", "Mr. Comey's suggestion that …": a noun
 * cue after a possessive pronoun or a possessor with "'s" (adjectives between them or not) and
 * before a "that" clause has the possessor for its source and the clause for its content; so has
 * a phrase after "from" ("an admission from Elizabeth Warren that …"). (With "of", "to", "about" …
 * phrases as contents too, held-out attribution F1 fell: those are more often no attribution in
 * PolNeAR.)
 */
/** what opens the clause a noun cue's "be" takes for content ("The question is whether …") */
const BE_CONTENT = GRAMMAR.beContent;
/** Is token p (before a noun cue and its modifiers) a determiner or number that opens its clause, or a clause break itself? */
function opensSubject(v: TokenView, p: number, from: number): boolean {
  if (p < from || v.low[p] === ',' || v.low[p] === ';' || v.low[p] === ':') return true;
  const t = v.tokens[p]!.pos;
  return (t === 'DET' || t === 'NUM') && (p === skipLeadIns(v, from, p) || v.low[p - 1] === ',');
}

/** the most words between a possessor and its noun cue ("Trump's recent evidence-free assertion") */
const MAX_CUE_MODIFIERS = 4;
function possessed(c: Ctx, cue: Cue, si: number, k: number): void {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  if (v.tokens[cue.head]!.pos !== 'NOUN') return;
  // "an admission from Elizabeth Warren that …": the phrase after "from" is the source
  const from = v.low[k] === 'from' ? rightNP(v, k + 1, s.tokenEnd) : null;
  if (from && v.low[from[1] + 1] === 'that') {
    push(c, { kind: 'indirect', cue, source: from, content: [v.tokens[from[1] + 1]!.start, clauseEnd(c, si, from[1] + 1)], sentence: si, rule: 'possessed' });
    return;
  }
  // "The question is whether …", "A common refrain is that …", "His biggest fear was that …": the noun cue is the subject of
  // "be" before a clause, which is its content (the "be" in the cue or not)
  const be = BE.has(v.low[k]!) && BE_CONTENT.has(v.low[k + 1]!) ? k + 1 : BE.has(v.low[cue.last]!) && cue.last > cue.head && BE_CONTENT.has(v.low[k]!) ? k : -1;
  if (be > k) k = be;
  // "his criticism of a Gold Star family", "Mr. Trump's attacks on immigrants": the phrase after the preposition
  const about = NOUN_CUE_OBJECT.has(v.low[k]!) ? rightNP(v, k + 1, s.tokenEnd) : null;
  if (v.low[k] !== 'that' && be < 0 && !about) return;
  // (past its modifiers: adjectives, a degree adverb before one, a hyphenated compound — "Mr. Comey's most surprising
  // suggestion that …", "Trump's recent evidence-free assertion that …")
  let p = cue.first - 1;
  while (p > s.tokenStart && cue.first - p <= MAX_CUE_MODIFIERS) {
    if (v.tokens[p]!.pos === 'ADJ' || v.tokens[p]!.pos === 'ADV' && v.tokens[p + 1]!.pos === 'ADJ') p--;
    else if (p - 1 > s.tokenStart && gluedHyphen(v, p)) p -= 2;
    else break;
  }
  if (p < s.tokenStart) return;
  // "Mr. Comey's suggestion that …", "the Census' vow that …": the possessor's noun phrase
  const owner = v.low[p] === "'s" || v.low[p] === "'" ? leftNP(v, p, s.tokenStart) : POSSESSIVE.has(v.low[p]!) ? [p, p] as Range : null;
  // (with no possessor, where only a determiner and modifiers open the clause before the cue: "One lurking question is whether …")
  if (!owner && be >= 0 && opensSubject(v, p, s.tokenStart)) push(c, { kind: 'indirect', cue, source: null, content: [v.tokens[k]!.start, clauseEnd(c, si, k)], sentence: si, rule: 'possessed' });
  if (!owner) return;
  push(c, { kind: 'indirect', cue, source: owner, content: [v.tokens[k]!.start, about ? v.tokens[about[1]]!.end : clauseEnd(c, si, k)], sentence: si, rule: 'possessed' });
}

/**
 * "Asked whether he would run, Smith said …", "When asked about the memo, she …": the question is
 * the content, with no source of its own (the asker is not named); it runs to the comma. Inside a
 * sentence ("…, she said when asked whether …") it runs to the end of its clause.
 */
function askedLead(c: Ctx, cue: Cue, si: number, k: number): boolean {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  if (!QUESTIONED.has(v.low[cue.head]!) || cue.head !== cue.first) return false;
  // "…,” Christie said when asked whether he would …": a reduced passive after a subordinator, its question to the clause's end
  if (cue.first > s.tokenStart && WH_SUBORDINATORS.has(v.low[cue.first - 1]!) && k === cue.last + 1 && PASSIVE_CONTENT.has(v.low[k]!) && v.low[k] !== 'by') {
    return push(c, { kind: 'indirect', cue, source: null, content: [v.tokens[k]!.start, clauseEnd(c, si, k, false, true)], sentence: si, rule: 'asked-lead' }) >= 0;
  }
  let lead = skipLeadIns(v, s.tokenStart, cue.first);
  while (lead < cue.first && v.low[lead] === 'when') lead = skipLeadIns(v, lead + 1, cue.first);
  if (lead !== cue.first) return false;
  // "Asked by Stephanopoulos to respond, …": the asker is the source
  const by = v.low[k] === 'by' ? rightNP(v, k + 1, s.tokenEnd) : null;
  if (by) k = by[1] + 1;
  if (k >= s.tokenEnd || v.low[k] === ',') return false;
  for (let j = k + 1; j + 2 < s.tokenEnd; j++) {
    // (a comma inside the closing mark of a quoted question: "Asked if Sanders is “realistic enough …,” 72 percent said")
    const closed = v.low[j] === ',' && CLOSERS.has(v.low[j + 1]!) && v.inQuote?.[j] ? j + 1 : j;
    if (v.inQuote?.[j] && closed === j) continue;
    if (v.low[j] === ',') {
      // a comma with no clause after it sets off an apposition inside the question ("whether Donald Trump, the nominee, would …")
      if (!clauseStarts(v, closed + 1, s.tokenEnd)) continue;
      return push(c, { kind: 'indirect', cue, source: by, content: [v.tokens[k]!.start, closed > j ? v.tokens[closed]!.end : v.tokens[j]!.start], sentence: si, rule: 'asked-lead' }) >= 0;
    }
    if (v.low[j] === ';' || v.low[j] === ':') return false;
  }
  return false;
}

/** participles of questioning that open a sentence with the question for content ("Asked whether …, Smith said", "Pressed about …") */
const QUESTIONED = GRAMMAR.questionedLeads;

/** tags that open the subject of a clause with no "that" after a weak cue verb */
const CLAUSE_SUBJECT_START = new Set(['DET', 'PRON', 'PROPN']);
/** tags of a word that goes on a list after a comma ("Greece, Cyprus and Israel") */
const LIST_ITEM_START = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM']);

/** A subject and its verb from token k ("Smith said", "she shook her head"). */
function clauseStarts(v: TokenView, k: number, to: number): boolean {
  const subj = rightNP(v, k, to);
  let verb = subj ? subj[1] + 1 : -1;
  while (verb > 0 && verb < to && v.tokens[verb]!.pos === 'ADV') verb++;
  return verb > 0 && verb < to && isVerb(v, verb);
}

/** Is token k an infinitive's "to" before its verb (adverbs between or not)? */
function infinitiveAt(v: TokenView, k: number, to: number): boolean {
  return v.low[k] === 'to' && k + 1 < to && isVerb(v, skipAdverbsRight(v, k + 1, to));
}

/** The last token of an object noun phrase at k with its prepositional phrases ("fancy people in Manhattan"), or k - 1 where none opens there. */
function objectEnd(v: TokenView, k: number, to: number): number {
  const np = v.low[k] === 'to' ? null : rightNP(v, k, to);
  return np ? subjectEnd(v, np, to) : k - 1;
}

/** pronouns that are only subjects */
const SUBJECT_PRONOUNS = GRAMMAR.subjectPronouns;

/**
 * Where a content running on from token `from` stops: the end of the sentence, or a comma that
 * opens another clause (", while …", ", where …", ", according to …", ", calling …"), outside
 * quote marks; in a clause opened by a subordinator (`subordinate`: "Though she never mentioned
 * Sanders by name, …"), its first comma; after a noun cue (`nominal`), a comma before any clause
 * with a subject and a verb.
 */
function clauseEnd(c: Ctx, si: number, from: number, relative = false, subordinate = false, nominal = false, restrictive = false): number {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  // "said that when the talks resume, the ceasefire will hold", "argues that since the term is not defined, …": a subordinate
  // clause right after "that" goes on to the reported clause's main clause after its comma
  let fronted = v.low[from] === 'that' && from + 1 < s.tokenEnd && (v.tokens[from + 1]!.pos === 'SCONJ' || WH_SUBORDINATORS.has(v.low[from + 1]!)) && v.low[from + 1] !== 'that';
  for (let k = from + 1; k + 1 < s.tokenEnd; k++) {
    // a comma inside closing quote marks ("… as “fantastic,” telling reporters …") ends the quoted words as well
    const commaQuote = CLOSERS.has(v.low[k]!) && v.low[k - 1] === ',';
    if (v.inQuote?.[k] && !commaQuote) continue;
    const w = commaQuote ? ',' : v.low[k]!;
    const stop = commaQuote ? v.tokens[k]!.end : v.tokens[k]!.start; // the quoted words keep their closing mark
    if (w === ';') return v.tokens[k]!.start;
    if (subordinate && w === ',') return stop;
    // (a restrictive relative's object ends before a cue verb right after it: "who have praised his candidacy warned …")
    // (not after a subject pronoun, which opens the relative's own content clause: "who said they had misgivings about …")
    if (restrictive && k > from && isVerb(v, k) && NOMINAL_HEAD.has(posAt(v, k - 1)) && !SUBJECT_PRONOUNS.has(v.low[k - 1]!) && c.cues[si]!.byFirst.has(k) && !hasVerb(v, from, k)) return v.tokens[k]!.start;
    // a relative clause ends where the main clause's verb follows its comma ("Burr, who has embraced Mr. Trump, acknowledged …")
    if (relative && w === ',') {
      const verb = skipAdverbsRight(v, k + 1, s.tokenEnd); // "…, recently ordered up"
      if (verb < s.tokenEnd && isVerb(v, verb)) return stop;
    }
    // "… and has gone so far as to …", "… but has withheld …": a second verb phrase of the speaker's clause, opened by a cue
    // ("said it was opposed to the test and warned …", also one the tagger did not read as a verb: "considers Mrs. Clinton
    // untrustworthy, but views …") or, after a content with no verb of its own, by any verb; after a content with a verb of
    // its own, another verb goes on with that content ("said he rated contestants … and talked about …", "should be hanged and burned")
    if (VP_COORD.has(w) && v.low[k + 1] !== 'to' && (c.cues[si]!.byFirst.has(k + 1) || c.cues[si]!.byFirst.has(skipAdverbsRight(v, k + 1, s.tokenEnd)) || isVerb(v, k + 1) && !hasVerb(v, from, k))) return v.tokens[k]!.start;
    // "said they're convinced the department mishandled it and Democrats accused the GOP of …": a clause of another speaker
    // (not where the words before "and" are a subject still without its verb: "that both Sanders and Trump were referring to …")
    if (VP_COORD.has(w) && cueClause(c, si, k + 1) && hasVerb(v, lastOpener(v, from, k - (CLAUSE_END.has(v.low[k - 1]!) ? 1 : 0)), k)) return v.tokens[k]!.start;
    // "criticized the plan because voters reject it": a subordinate clause after a content with no verb is the sentence's own
    if (v.tokens[k]!.pos === 'SCONJ' && w !== 'that' && !(fronted && k === from + 1) && !hasVerb(v, from, k) && clauseStarts(v, k + 1, s.tokenEnd)) return v.tokens[k]!.start;
    // "Carson seems to recognize his credibility problem — he told the AP that …": a dash before a clause with its own subject and
    // a cue for its verb ends the content, as a comma does (a pronoun or a name for subject, after a content with a verb of its
    // own: not "that — at least for now — Republicans …", "… phishing - fake emails intended to …")
    if (DASHES.has(w) && k > from + 1 && hasVerb(v, from, k)) {
      const subj = rightNP(v, k + 1, s.tokenEnd);
      const after = subj ? skipAdverbsRight(v, subjectEnd(v, subj, s.tokenEnd) + 1, s.tokenEnd) : -1;
      const person = subj && (v.tokens[subj[1]]!.pos === 'PRON' || v.tokens[subj[1]]!.pos === 'PROPN');
      if (person && after < s.tokenEnd && isVerb(v, after) && c.cues[si]!.byFirst.has(after)) return v.tokens[k]!.start;
    }
    // (not before the content has a word: "reported that, according to …, 85 of …")
    if (w !== ',' || k === from + 1 && v.low[from] === 'that') continue;
    if (fronted && hasVerb(v, from + 2, k)) { fronted = false; continue; }
    const next = v.low[k + 1]!;
    // "said they believe gas, which leaks often in the mine, was the trigger": a relative clause set off by commas inside the
    // reported clause's subject, whose verb follows the second comma
    // (past the commas of a list inside it: "the project, which involves Greece, Cyprus and Israel, is open …")
    if (RELATIVE_AFTER_COMMA.has(next)) {
      let closed = -1;
      for (let e = k + 2; e < s.tokenEnd - 1 && e - k <= MAX_LEAD_PHRASE * 2; e++) {
        if (v.low[e] !== ',') { if (CLAUSE_END.has(v.low[e]!)) break; continue; }
        const verb = skipAdverbsRight(v, e + 1, s.tokenEnd);
        if (verb < s.tokenEnd && isVerb(v, verb) && !/ing$/.test(v.low[verb]!)) { closed = e; break; }
        if (!LIST_ITEM_START.has(v.tokens[e + 1]!.pos)) break;
      }
      if (closed > 0) { k = closed; continue; }
    }
    // ", falsely suggesting …": a participle, adverbs before it or not (not one that works as a preposition: ", including …")
    const verb = skipAdverbsRight(v, k + 1, s.tokenEnd);
    if (CLAUSE_AFTER_COMMA.has(next) || (verb < s.tokenEnd && v.tokens[verb]!.pos === 'VERB' && /ing$/.test(v.low[verb]!) && !PREPOSITIONAL_PARTICIPLES.has(v.low[verb]!))) return stop;
    // ", proposed that more forces be left in Iraq, and pushed to …": a cue verb that goes on the speaker's series of verb phrases
    const series = c.cues[si]!.byFirst.get(verb);
    if (series && !series.weak && seriesVerb(c, series, s.tokenEnd)) return stop;
    // ", but he slammed …", ", and they say …", ", his campaign has argued …": a new clause with its own subject (after "but", "yet"
    // or "and" even where the content so far has no verb: "has not endorsed anyone, and his spokesman declined …"; so too before
    // a cue: "thought of his speeches as “little talks,” he told friends" — not after "that" or a preposition: "emphasizes that
    // on November 23, Barrot called on …")
    let j = k + 1;
    if (next === 'and' || CONTRAST.has(next)) j++;
    const subj = rightNP(v, j, s.tokenEnd);
    // "said the economy, officials reported, would recover": a source and its cue set off by commas (an aside of the writer's,
    // inverted-parenthetical) before the verb the reported clause goes on with leave the content running on past them
    const aside = j === k + 1 && subj ? c.cues[si]!.byFirst.get(skipAdverbsRight(v, subj[1] + 1, s.tokenEnd)) : undefined;
    if (aside && !hasVerb(v, from, k) && v.low[aside.last + 1] === ',') {
      const verb = skipAdverbsRight(v, aside.last + 2, s.tokenEnd);
      if (verb < s.tokenEnd && isVerb(v, verb) && !/ing$/.test(v.low[verb]!)) { k = aside.last + 1; continue; }
    }
    const after = subj ? skipAdverbsRight(v, subjectEnd(v, subj, s.tokenEnd) + 1, s.tokenEnd) : -1;
    // (after a noun cue's content a new clause always ends it: "Trump's criticism of the plan notwithstanding, he voted …")
    if (subj && after < s.tokenEnd && isVerb(v, after) && (CONTRAST.has(next) || next === 'and' || hasVerb(v, from, k) || nominal || c.cues[si]!.byFirst.has(after) && v.low[from] !== 'that' && v.tokens[from]!.pos !== 'ADP')) return stop;
  }
  return s.end;
}

/** Does a clause open at token k with a subject of its own and a cue for its verb ("Democrats accused …", "he noted …")? */
function cueClause(c: Ctx, si: number, k: number): boolean {
  const v = c.v;
  const to = c.doc.sentences[si]!.tokenEnd;
  const subj = rightNP(v, k, to);
  return !!subj && c.cues[si]!.byFirst.has(skipAdverbsRight(v, subj[1] + 1, to));
}

/** The token after the last clause opener ("that", a subordinator, "when", a comma or a dash) in [from, to), or `from`. */
function lastOpener(v: TokenView, from: number, to: number): number {
  for (let m = to - 1; m > from; m--) if (v.low[m] === 'that' || v.tokens[m]!.pos === 'SCONJ' || WH_SUBORDINATORS.has(v.low[m]!) || CLAUSE_END.has(v.low[m]!)) return m + 1;
  return from;
}

/** The last token of a subject with the prepositional phrases after its noun phrase ("students at Intermediate School 285 in Brooklyn"). */
function subjectEnd(v: TokenView, np: Range, to: number): number {
  let e = np[1];
  for (let n = 0; n < MAX_PPS && e + 2 < to && v.tokens[e + 1]!.pos === 'ADP' && !TIME_PREPS.has(v.low[e + 1]!); n++) {
    const pp = rightNP(v, e + 2, to);
    if (!pp) break;
    e = pp[1];
  }
  return e;
}

/**
 * A short quote in title case after a possessive or a preposition names a show, a book or a slogan
 * ("on ABC’s “This Week,”", "host of MSNBC’s “Morning Joe,”"): it is no one's words.
 */
function isTitle(c: Ctx, q: QuoteSpan): boolean {
  if (q.words > MAX_TITLE) return false;
  const v = c.v;
  const k = tokenAtOrAfter(v, q.start);
  if (k < 1 || k >= v.tokens.length) return false;
  const prev = v.tokens[k - 1]!;
  if (!(v.low[k - 1] === "'s" || prev.pos === 'ADP' || prev.pos === 'PROPN')) return false;
  const words = c.doc.text.slice(q.start, q.end).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORDS.has(w));
}

/**
 * "In a CNN/ORC poll released Monday, 31% of Republicans …", "Mr. Trump is ahead in national polls",
 * "In Trump's mind, …": "in" is the cue and its phrase the source when a noun of in-sources.tsv heads
 * the phrase; the content is the clause after the comma (at the start of the sentence) or the clause
 * before "in".
 */
function inSource(c: Ctx, si: number): void {
  const v = c.v;
  const s = c.doc.sentences[si]!;
  const nouns = c.lex.inSources;
  const lead = skipLeadIns(v, s.tokenStart, s.tokenEnd);
  for (let k = s.tokenStart; k < s.tokenEnd - 2; k++) {
    if (v.low[k] !== 'in' || v.inQuote?.[k]) continue;
    const np = rightNP(v, k + 1, s.tokenEnd);
    const possessor = nouns.get(np ? v.low[np[1]]! : '');
    if (!np || possessor === undefined) continue;
    if (possessor && !v.low.slice(np[0], np[1]).some((w) => w === "'s" || w === "'" || POSSESSIVE.has(w))) continue;
    if (k === lead) {
      // the source runs to the comma ("In the new Morning Consult poll, conducted March 11-13, …")
      let comma = -1;
      for (let j = np[1] + 1; j < Math.min(s.tokenEnd - 1, np[1] + MAX_SOURCE); j++) {
        if (v.low[j] === ',' && !(j + 1 < s.tokenEnd && v.tokens[j + 1]!.pos === 'VERB' && /ed$/.test(v.low[j + 1]!))) { comma = j; break; }
        if (/^[“”"«»;:]$/.test(v.low[j]!)) break;
      }
      if (comma > 0 && s.tokenEnd - comma > 3) push(c, { kind: 'indirect', cue: punctCue(v, k), source: [np[0], comma - 1], content: [v.tokens[comma + 1]!.start, s.end], sentence: si, rule: 'in-source' });
    } else if (k > lead) {
      // the phrase ends the clause ("… ahead in national polls."), not a subject ("20 percent of people in a poll said")
      let after = np[1] + 1;
      if (after < s.tokenEnd && v.tokens[after]!.pos === 'VERB' && /ed$/.test(v.low[after]!)) while (after < s.tokenEnd && v.tokens[after]!.pos !== 'PUNCT') after++;
      if (after < s.tokenEnd && isVerb(v, after)) return;
      let from = lead;
      for (let j = lead; j < k; j++) if (v.low[j] === ':' || v.low[j] === ';') from = j + 1;
      if (from < k && hasVerb(v, from, k)) push(c, { kind: 'indirect', cue: punctCue(v, k), source: np, content: [v.tokens[from]!.start, v.tokens[k]!.start], sentence: si, rule: 'in-source' });
    }
    return;
  }
}

/** All attributions of the document, in text order of their discovery. */
export function findAttributions(doc: Readonly<Document>, v: TokenView, cues: SentenceCues[], quotesByPara: QuoteSpan[][]): RawAttribution[] {
  // transcripts first: their turns are the outermost attributions (transcript.ts)
  const c: Ctx = { doc, v, lex: quoteLexicon('en'), cues, used: new Set(), out: [], quotesByPara, taken: new Set(), bySentence: new Map(), continuations: new Map() };
  for (const t of transcriptAttributions(doc, v)) {
    push(c, t);
    if (!t.source) continue;
    c.labelEnd ??= new Map();
    // (with the brackets and colon around it: "((WN))", "Q:")
    let [a, b] = t.source;
    while (a > 0 && /^[(\[]$/.test(v.low[a - 1]!)) a--;
    while (b + 1 < v.tokens.length && /^[)\]:]$/.test(v.low[b + 1]!)) b++;
    for (let k = a; k <= b; k++) c.labelEnd.set(k, b);
  }
  // the first sentence of each paragraph (sentences come in paragraph order)
  const firstSentence = new Array<number>(doc.paragraphs.length).fill(doc.sentences.length);
  for (let si = doc.sentences.length - 1; si >= 0; si--) firstSentence[doc.sentences[si]!.paragraph] = si;
  let lastDirect = -1;
  let lastDirectPara = -2;
  doc.paragraphs.forEach((p, pi) => {
    const quotes = quotesByPara[pi]!;
    for (const q of quotes) {
      if (c.taken.has(q.start) || isTitle(c, q)) continue;
      const before = c.out.length;
      if (directAfter(c, q, p.end) || directBefore(c, q)) {
        lastDirect = before; lastDirectPara = pi;
        continue;
      }
      // a further quote, cue-less, right after the speaker's last one — a sentence of its own: a quote inside a clause
      // ("He adds that Bush is “like a spoiled child”") or with words after it ("“…,” Bozell notes.") is another attribution's
      // (a shorter one too where it closes the sentence its speaker split: "“Not on my watch,” the governor quips, “not ever.”")
      const split = lastDirect >= 0 && splitBy(c, c.out[lastDirect]!, q);
      if ((q.words >= 4 || split && endsSentence(c, q)) && lastDirect >= 0 && pi - lastDirectPara <= 1 && c.out.length === lastDirect + 1 + (c.continuations.get(lastDirect) ?? 0) && (standsAlone(c, q) || split)) {
        const prev = c.out[lastDirect]!;
        const k = tokenAtOrAfter(v, q.start);
        if (k < v.tokens.length) {
          push(c, { kind: 'direct', cue: prev.cue, source: prev.source, content: [q.start, q.end], sentence: v.tokens[k]!.sentence, rule: 'continuation', continues: lastDirect });
          lastDirectPara = pi;
        }
      } else if (q.words >= 4 && lastDirect >= 0 && !standsAlone(c, q) && !splitBy(c, c.out[lastDirect]!, q)) lastDirect = -1;
    }
    for (let si = firstSentence[pi]!; si < doc.sentences.length && doc.sentences[si]!.paragraph === pi; si++) {
      labelLine(c, si);
      for (const cue of cues[si]!.cues) {
        if (c.used.has(cue) || insideQuote(v, cue, quotes)) continue;
        const before = c.out.length;
        if (cue.entry.adverb) adverbCue(c, cue, si);
        else if (ACCORDING_LIKE.has(cue.entry.lemma)) accordingTo(c, cue, si);
        else if (!asClause(c, cue, si) && !inverted(c, cue, si)) forward(c, cue, si);
        if (c.out.length > before) lastDirect = -1;
        // "He declared:" and a quote in the next paragraph: further quotes after it continue it
        const last = c.out[c.out.length - 1];
        if (c.out.length === before + 1 && last!.rule === 'announced' && last!.kind === 'direct') { lastDirect = before; lastDirectPara = doc.sentences[last!.sentence]!.paragraph; }
      }
      inSource(c, si);
    }
  });
  return dropNested(c);
}

/** cue meanings that report speech or a call to act, and so may stand as attributions inside another one's content */
const NESTABLE = new Set(['neutral', 'proposal', 'report']);

/**
 * A cue inside the content of an indirect attribution ("He said Obama hopes that …", "…, she said,
 * adding that voters want …", "X said that Clinton once described …") is the reported speaker's
 * wording, not an attribution of the article's own (PolNeAR leaves these unannotated) — unless it is
 * a verb of saying or a call from the cue lexicon and the attribution around it retells others' words
 * (a publication, a document or a verb of reporting: "the article emphasizes that … Paris called on its
 * partners to …") or has a cue the model alone proposed, or it is the cue of a relative clause that tells of a
 * phrase of that content ("moves that he said improved …", rule relative-gap), or of a relative clause set off by a
 * comma (", who notes that …"), or of a clause of the writer's own whose subject follows "as" ("… as he urges …") or, for a
 * participle, "with" ("…, with the candidate seeking …"; ownClause: the contents around it end before that clause). The others are dropped, with
 * their continuations. The lemmas of grammar.yaml's nestedCues ("say") stand inside any content but that
 * of "according to": PolNeAR marks "X says Y said …" twice (on train about 58 % of the nested "say" cues
 * dropped otherwise are gold cues), and "X said …, according to Y" once. A "say" whose subject opens the content of
 * "according to" ("According to Interfax, the mayor said …", "The mayor said …, according to Interfax.") is kept all the
 * same, the speaker reported through the account (a chain; PolNeAR marks the account alone: dev cue −0.0004).
 */
function dropNested(c: Ctx): RawAttribution[] {
  const { v, lex } = c;
  const out = c.out;
  const drop = new Uint8Array(out.length);
  const lexical = (cue: Cue) => lexiconCue(v, lex, cue);
  const turns = out.filter((o) => o.rule === 'transcript');
  out.forEach((r, i) => {
    if (!r.cue || r.continues !== null || !wordCue(v, r.cue) || r.rule === 'relative-gap') return; // punctuation cues ("Name: …") stand
    if (turns.length && ownAccount(c, r, turns)) { drop[i] = 1; return; }
    // "…, said Howard Rubel, a senior analyst, who notes that …": a relative clause set off by a comma is the writer's aside about a
    // participant, its cue an attribution of its own wherever it stands
    if (r.source && r.source[0] === r.source[1] && RELATIVE.has(v.low[r.source[0]]!) && v.low[r.source[0] - 1] === ',') return;
    const nestable = lexical(r.cue) && NESTABLE.has(r.cue.entry.meaning);
    const at = v.tokens[r.cue.head]!.start;
    const around = (c.bySentence.get(r.sentence) ?? []).map((j) => out[j]!).filter((o) => o !== r && o.content[0] <= at && at < o.content[1]);
    if (r.rule === 'opening-source' && around.length) { drop[i] = 1; return; }
    // "He said Obama said …": PolNeAR marks both; but "X said …, according to Y" is Y's account of what X said
    // (nor "In a CNN poll, 31% of Republicans said …": the poll's account of its answers, an in-source that opens the sentence)
    const poll = (o: RawAttribution) => o.rule === 'in-source' && !!o.cue && o.content[0] > v.tokens[o.cue.head]!.start;
    if (nestable && GRAMMAR.nestedCues.has(r.cue.entry.lemma) && !around.some((o) => ACCORDING_LIKE.has(o.cue?.entry.lemma ?? '') || poll(o))) { endBefore(c, r); return; }
    // "“…,” Walker said, according to an Associated Press account.": the account's words are Walker's, a chain (the speaker is
    // kept, reported through the account; PolNeAR marks the account alone)
    if (nestable && r.source && around.length === 1 && !!around[0]!.cue && ACCORDING_LIKE.has(around[0]!.cue.entry.lemma) && around[0]!.cue.first > r.cue.last
      && r.content[1] <= at) return;
    // so too "According to news agency ISNA, the prosecutor general, Ali Mehr, said the 36 must face charges." and "The mayor said
    // the dam burst, according to Interfax.": the speaker whose clause the account's content is (a chain through the account)
    const account = around.length === 1 && ACCORDING_LIKE.has(around[0]!.cue?.entry.lemma ?? '') ? around[0]! : null;
    if (nestable && GRAMMAR.nestedCues.has(r.cue.entry.lemma) && r.source && account && v.tokens[r.source[0]]!.start === account.content[0]
      && (account.cue!.last < r.source[0] || v.tokens[account.cue!.first]!.start >= r.content[1])) return;
    // "… is highlighting his Iowa win as he urges conservatives to …", "… speak frequently, with the candidate seeking his advice": a
    // clause of the writer's own opened by a subordinator before the cue's subject stands outside the contents around it, which end before it
    if (around.length && around.every((o) => o.rule === 'forward') && ownClause(v, r)) {
      let sep = r.source![0] - 1;
      while (sep > 1 && v.low[sep - 1] === ',') sep--;
      const at = v.tokens[sep]!.start, end = v.tokens[sep - 1]!.end;
      for (const o of around) if (o.content[0] < end && at < o.content[1]) o.content = [o.content[0], end];
      return;
    }
    // "His death, they reported, was officially described as viral pneumonia.": a cue and its source set off by commas inside the
    // subject of a later cue's clause is an attribution of its own (inverted-parenthetical); the words before it are the later one's
    // (not a relative clause, which tells of a phrase of that content: "the new tax, which critics oppose, would pass")
    if (r.rule === 'inverted-parenthetical' && r.source && !RELATIVE.has(v.low[r.source[0]]!) && around.length && around.every((o) => o.cue && o.cue.first > r.cue!.last && o.content[0] < r.content[1])) {
      for (const o of around) o.content = [o.content[0], r.content[1]];
      return;
    }
    // "Smith said the economy, officials reported, would recover.": so too inside the content of an earlier cue, which runs on past
    // it (clauseEnd); its own content is the rest of the sentence, that cue with it
    // (not a relative clause, which tells of a phrase of that content: "the new tax, which critics oppose, would pass")
    if (r.rule === 'inverted-parenthetical' && r.source && !RELATIVE.has(v.low[r.source[0]]!) && around.length && around.every((o) => o.cue && o.cue.last < r.cue!.first && r.content[0] <= v.tokens[o.cue.first]!.start)) return;
    for (const o of around) {
      if (poll(o) && GRAMMAR.nestedCues.has(r.cue.entry.lemma)) { drop[i] = 1; break; }
      if (o.kind === 'direct' || o.cue === null || o.cue === r.cue || o.rule === 'opening-source') continue;
      // a verb of saying stands inside what a publication or a report retells ("the article emphasizes that … Barrot called on …")
      // and inside the content of a cue the model alone proposed, not inside a person's lexicon cue ("X said that Clinton once described …")
      if (!nestable || lexical(o.cue) && wordCue(v, o.cue) && !retells(c, o)) { drop[i] = 1; break; }
    }
  });
  out.forEach((r, i) => { if (!drop[i] && documentThenSaying(c, r)) drop[i] = 1; });
  out.forEach((r, i) => { if (r.continues !== null && drop[r.continues]) drop[i] = 1; });
  return withoutDropped(out, new Set(out.filter((_, i) => drop[i])));
}

const TURN_SPEAKERS = GRAMMAR.turnSpeakers!;

/**
 * Inside a transcript's turn (transcript.ts: an interview's answer, a briefing's reply) the speaker tells in their own words what
 * they did, saw, thought or felt ("we identified psychopathic criminals in high-security institutions", "I was already very
 * interested in astronomy", "I think it was really again the establishing the behaviour", "Which what we call emotional contagion"),
 * or what anyone would ("you still feel that you've cut yourself"): the turn attributes it all, and no cue there attributes it again.
 * A cue there reports a claim only when it is a verb of saying or a call of the cue lexicon (NESTABLE) whose source is another
 * than the speaker: a name or a noun ("Because when Valeria says that we increase the reward", "the study showed that …"), a third
 * person ("back then they claimed it is only a binary"), or the one spoken to ("So, you mentioned the study took four years.");
 * not "I"/"we" (grammar.yaml turnSpeakers: "as I said", "I would say, four years?"), not a cue with no source ("this
 * particular paper was written completely new") nor a participle's or an infinitive's. (PolNeAR, whose few transcripts are in train, marks everything in the turns of
 * one Q&A, "I think", "we proposed", and nothing in those of two others.)
 */
function ownAccount(c: Ctx, r: RawAttribution, turns: RawAttribution[]): boolean {
  const v = c.v, cue = r.cue!;
  const at = v.tokens[cue.head]!.start;
  if (!turns.some((t) => t !== r && t.content[0] <= at && at < t.content[1])) return false;
  if (cue.entry.adverb) return false;
  if (!r.source || cue.weak || !lexiconCue(v, c.lex, cue) || !NESTABLE.has(cue.entry.meaning)) return true;
  // a participle or an infinitive with no auxiliary of its own tells no one's claim ("It had been a great pleasure discussing this
  // with you", "What was your first reaction when confirming …?", "if it fair to say there was no change …"), unlike "So you are saying …"
  if (nonFinite(v, cue) && (cue.first === cue.head || v.low[cue.first] === 'to')) return true;
  return r.source[0] === r.source[1] && TURN_SPEAKERS.has(v.low[r.source[0]]!);
}

/**
 * The list without `drop`, each `continues` index moved to its attribution's new place (or cleared where that one went). The
 * attributions kept are the same objects (chains.ts maps them), their `continues` updated in place.
 */
export function withoutDropped(raw: RawAttribution[], drop: ReadonlySet<RawAttribution>): RawAttribution[] {
  const at = new Map<number, number>();
  const out: RawAttribution[] = [];
  raw.forEach((r, i) => { if (!drop.has(r)) { at.set(i, out.length); out.push(r); } });
  for (const r of out) if (r.continues !== null) r.continues = at.get(r.continues) ?? null;
  return out;
}

/** subordinators that open a clause of the writer's own before a cue's subject ("as he urges …"), and those that open one before a participle's ("with the candidate seeking …") */
const OWN_CLAUSE = GRAMMAR.ownClauseOpeners;
const ABSOLUTE = GRAMMAR.absoluteOpeners;

/**
 * Is an attribution's cue in a clause of its own inside another's content: its subject right after "as" (a subordinator:
 * "… as he urges conservatives to unite", "… as polls show Sanders surging", "…, as The New York Times reported") or, for a
 * participle, after "with" ("…, with the candidate seeking his advice")?
 */
function ownClause(v: TokenView, r: RawAttribution): boolean {
  if (!r.source || !r.cue || r.source[0] < 2) return false;
  const k = r.source[0] - 1;
  return OWN_CLAUSE.has(v.low[k]!) && v.tokens[k]!.pos === 'SCONJ' || ABSOLUTE.has(v.low[k]!) && /ing$/.test(v.low[r.cue.head]!);
}

/**
 * "Trump issued a statement Tuesday, saying …", "shot back in a statement, saying …": a cue whose object is a document (a
 * noun of kind document in sources.tsv, after a preposition or not, with a time after it or none), then a comma and a
 * participle cue (its subject the verb's) reports one statement: the participle's attribution, with what is said, stands for it
 * (PolNeAR marks one cue there, "issued a statement Thursday, saying"); the verb's own, whose content is the document, is dropped.
 */
function documentThenSaying(c: Ctx, r: RawAttribution): boolean {
  const v = c.v;
  if (!r.cue || r.kind !== 'indirect') return false;
  const s = c.doc.sentences[r.sentence]!;
  let k = tokenAtOrAfter(v, r.content[0]);
  // (the preposition before it in the content or not: "shot back in a statement")
  if (k === r.cue.last + 1 && v.tokens[k]!.pos === 'ADP' && !timeAt(v, k)) k++;
  else if (!(k === r.cue.last + 1 || k === r.cue.last + 2 && v.tokens[r.cue.last + 1]!.pos === 'ADP')) return false;
  // the document's noun phrase: determiners and modifiers, then the document noun
  let noun = -1;
  for (; k < s.tokenEnd && v.tokens[k]!.end <= r.content[1]; k++) {
    if (c.lex.sourceNouns.get(v.low[k]!)?.kind === 'document' && NOUN_TAGS.has(v.tokens[k]!.pos)) noun = k;
    else if (noun >= 0 || !DOCUMENT_MODIFIERS.has(v.tokens[k]!.pos)) break;
  }
  if (noun < 0) return false;
  // a time after it ("Thursday", "Wednesday evening", "on Tuesday"), and the comma that closes the content
  while (k < s.tokenEnd && v.tokens[k]!.end <= r.content[1] && timeAt(v, k)) k++;
  if (k < s.tokenEnd && v.tokens[k]!.end <= r.content[1]) return false;
  if (v.low[k] !== ',' || k + 1 >= s.tokenEnd || !/ing$/.test(v.low[k + 1]!)) return false;
  const next = k + 1;
  return (c.bySentence.get(r.sentence) ?? []).some((j) => { const o = c.out[j]!; return o !== r && o.cue?.first === next && o.cue.head === next && o.content[0] > v.tokens[next]!.start; });
}
/** tags of the words before a document noun in its phrase ("a brief statement", "his Twitter message") */
const DOCUMENT_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PROPN', 'NOUN', 'PUNCT']);

/**
 * A nested attribution whose source opens a clause of its own after a separator ("…, and more than 4
 * in 10 said …", "… — he told the AP …"): the contents around it end before that separator.
 */
function endBefore(c: Ctx, r: RawAttribution): void {
  const v = c.v;
  if (!r.source) return;
  const f = r.source[0];
  const sep = DASHES.has(v.low[f - 1] ?? '') || v.low[f - 1] === ';' ? f - 1 : VP_COORD.has(v.low[f - 1] ?? '') && v.low[f - 2] === ',' ? f - 2 : -1;
  if (sep < 0) return;
  const at = v.tokens[sep]!.start, end = v.tokens[sep - 1]!.end;
  for (const j of c.bySentence.get(r.sentence) ?? []) {
    const o = c.out[j]!;
    if (o !== r && o.kind !== 'direct' && o.content[0] < end && at < o.content[1]) o.content = [o.content[0], end];
  }
}

/** Does an attribution retell what others said: a cue of reporting, or a publication or document for source ("the article", "a report")? */
function retells(c: Ctx, r: RawAttribution): boolean {
  if (r.cue?.entry.meaning === 'report') return true;
  const kind = r.source ? c.lex.sourceNouns.get(c.v.low[r.source[1]]!)?.kind : undefined;
  return kind === 'publication' || kind === 'document' || kind === 'media-reports';
}

/** “…,” Brafman said, “…”: does quote q follow the cue word (and source) that split it from attribution r's quote, with only a trailer and a comma or colon between? */
function splitBy(c: Ctx, r: RawAttribution, q: QuoteSpan): boolean {
  const v = c.v;
  if (!r.cue || !wordCue(v, r.cue) || v.tokens[r.cue.first]!.start < r.content[1]) return false;
  const first = tokenAtOrAfter(v, q.start);
  if (!/^[,:]$/.test(v.low[first - 1] ?? '')) return false;
  const last = Math.max(r.cue.last, r.source ? r.source[1] : -1);
  // (past the addressee of a verb of telling: "“However,” he told Science News, “this study …”")
  let after = last + 1;
  const addressee = ADDRESSEE.has(r.cue.entry.lemma) && after < first ? rightNP(v, after, first) : null;
  if (addressee && addressee[0] === after) after = addressee[1] + 1;
  return first > last && v.tokens[first]!.sentence === v.tokens[r.cue.first]!.sentence && trailer(v, after, first);
}

/**
 * Where the clause after an addressee starts, or null: "told The Huffington Post he's not planning
 * an appeal" (a subject and its verb right after the addressee's noun phrase). The noun phrase
 * found from `from` to `last` may run on into that subject, cut where a new one starts: at a
 * determiner after a noun ("told reporters the ship had sunk", "told Agence France-Presse the male
 * victim is …"), or at a common noun after a capitalized name ("told The Jakarta Post radio
 * broadcasts were …"); the cut is taken only if the rest is a subject before its verb, and only
 * (`cuts`) after a verb whose object is always the addressee: "called climate change a hoax
 * perpetrated by China" names what is called.
 */
function addresseeEnd(v: TokenView, from: number, last: number, to: number, cuts: boolean): number | null {
  const clauseAfter = (end: number): boolean => {
    // (adverbs before the subject: "told the BBC even one percent was too many")
    const subj = end + 1 < to ? rightNP(v, skipAdverbsRight(v, end + 1, to), to) : null;
    return !!subj && subj[1] + 1 < to && isVerb(v, subj[1] + 1);
  };
  if (clauseAfter(last)) return last + 1;
  if (!cuts) return null;
  // the longest addressee first: "told Fox News host Sean Hannity the deal was …"; a cut at a determiner before one after a name
  for (let end = last - 1; end >= from; end--) if (v.tokens[end + 1]!.pos === 'DET' && NOUN_TAGS.has(posAt(v, end)) && clauseAfter(end)) return end + 1;
  for (let end = last - 1; end >= from; end--) {
    if (posAt(v, end) === 'PROPN' && /^\p{Lu}/u.test(v.tokens[end]!.text) && posAt(v, end + 1) === 'NOUN' && /^\p{Ll}/u.test(v.tokens[end + 1]!.text) && clauseAfter(end)) return end + 1;
  }
  return null;
}

/** Does a quote open at token k? */
function quoteAt(c: Ctx, k: number): boolean {
  const t = c.v.tokens[k];
  return !!t && c.quotesByPara[sentOf(c, k).paragraph]!.some((q) => q.start === t.start);
}

/** Does a quote make up its sentences, with no words before it (but lead-ins: "And “…”") or after it? */
function standsAlone(c: Ctx, q: QuoteSpan): boolean {
  const v = c.v;
  const first = tokenAtOrAfter(v, q.start);
  const after = tokenAtOrAfter(v, q.end);
  if (first >= after) return false;
  const s = sentOf(c, first);
  if (skipLeadIns(v, s.tokenStart, first) !== first) return false;
  const end = sentOf(c, after - 1).tokenEnd;
  for (let k = after; k < end; k++) if (/\p{L}/u.test(v.low[k]!)) return false;
  return true;
}

/** Only punctuation follows quote q to the end of its sentence. */
function endsSentence(c: Ctx, q: QuoteSpan): boolean {
  const v = c.v;
  const after = tokenAtOrAfter(v, q.end);
  if (after <= tokenAtOrAfter(v, q.start)) return false;
  const end = sentOf(c, after - 1).tokenEnd;
  for (let k = after; k < end; k++) if (/\p{L}/u.test(v.low[k]!)) return false;
  return true;
}

function insideQuote(v: TokenView, cue: Cue, quotes: QuoteSpan[]): boolean {
  const at = v.tokens[cue.head]!.start;
  for (const q of quotes) if (at > q.start && at < q.end) return true;
  return false;
}
