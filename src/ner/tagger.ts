/**
 * Tagging words with the trained model: `tagWords(words, sentStarts)` → a BIO label id per
 * word (see labels.ts), and `spansOf(labels)` → typed token ranges.
 */
import { DocFeatures, WordCache } from './features.js';
import { Scratch, decodeDoc } from './decode.js';
import { LABELS, O, bOf, iOf, isInside, typeOf, TYPES, type NerType } from './labels.js';
import { loadModel, type NerModel } from './model.js';
import { gazBit, GIVEN_NAME_BITS, type Gazetteer } from './gazetteer.js';
import { initialsOf } from '../stages/entities/initials.js';
import { grammarWords } from '../util/grammar.js';
import { commonWords as ordinaryWords, stopWords, wordList } from '../util/wordlist.js';
import { titleHeads, titleTable } from '../kb/titles.js';

const GRAMMAR = grammarWords('entities');

/** The sentence starts as a set, built once per array (the output rules below each ask for it; none changes it). */
/** Which token indices open a sentence: a flag array (the rules ask it for nearly every token). */
class SentenceStarts {
  private readonly flags: Uint8Array;
  constructor(sentStarts: readonly number[]) {
    let last = -1;
    for (const a of sentStarts) if (a > last) last = a;
    this.flags = new Uint8Array(last + 1);
    for (const a of sentStarts) if (a >= 0) this.flags[a] = 1;
  }
  has(i: number): boolean {
    return this.flags[i] === 1;
  }
}
const startSets = new WeakMap<readonly number[], SentenceStarts>();
function startSet(sentStarts: readonly number[]): SentenceStarts {
  let set = startSets.get(sentStarts);
  if (!set) startSets.set(sentStarts, (set = new SentenceStarts(sentStarts)));
  return set;
}

const scratch = new Scratch();
/** One word cache per loaded model (its weights). */
const wordCaches = new WeakMap<NerModel, WordCache>();
function wordCache(model: NerModel): WordCache {
  let c = wordCaches.get(model);
  if (!c) { c = new WordCache(model.weights, model.mask, model.clusters); wordCaches.set(model, c); }
  return c;
}

/**
 * Tag one document's words (sentences start at `sentStarts`); returns label ids. Words are first
 * brought to CoNLL's writing: curly quotes and apostrophes read as straight ones ("Trump ’s"), and,
 * for words tokenized by a corpus (`corpusTokens`, the default: CoNLL, Universal NER, GUM, `sitrep
 * conll` input), words split at hyphens ("al", "-", "Qaeda": Universal Dependencies tokenization)
 * are tagged joined (joinSplitHyphens). The entities stage passes false: it joins hyphenated words
 * from the text's spacing itself.
 */
export function tagWords(words: readonly string[], sentStarts: readonly number[], model: NerModel = loadModel(), corpusTokens = true): Uint8Array {
  const starts = sentStarts.length && sentStarts[0] === 0 ? sentStarts : [0, ...sentStarts];
  const straight = words.some((w) => CURLY.test(w)) ? words.map(straightQuotes) : words;
  if (!corpusTokens) return tagJoined(straight, starts, model);
  const joined = joinSplitHyphens(straight, starts);
  if (!joined) return tagJoined(straight, starts, model);
  const inner = tagJoined(joined.words, joined.sentStarts, model);
  // each piece of a joined word: the first keeps its label, the others continue its span
  const out = new Uint8Array(words.length);
  for (let k = 0; k < inner.length; k++) {
    const l = inner[k]!;
    out[joined.from[k]!] = l;
    for (let i = joined.from[k]! + 1; i < joined.from[k + 1]!; i++) out[i] = l === O ? O : iOf(typeOf(l));
  }
  return out;
}

const HYPHEN_TOKEN = /^[-‐‑]$/, WORD_END = /[\p{L}\p{N}]$/u, WORD_START = /^[\p{L}\p{N}]/u;
/** a token of words or numbers joined by hyphens ("long-term", "1996-08-30", "e-mail") */
const HYPHENATED = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u, DIGIT = /\p{N}/u;

/**
 * Universal Dependencies corpora (UNER, GUM) split most hyphenated words into three tokens
 * ("Udvar", "-", "Hazy"); CoNLL-2003, which the tagger mostly learned from, keeps them whole and
 * uses a lone "-" token as a dash ("SOCCER - JAPANESE RESULT", "Australia - Ian Healy"). A
 * document is read as split when it has more lone hyphens between two word tokens of one sentence
 * than tokens with a hyphen inside (UD keeps some prefixes: "e-mail", "re-entry") and no numbers
 * joined by a hyphen (kept whole by CoNLL-style tokenizers: "1996-08-30", "2-1"; UD keeps phone
 * numbers); then the words around each lone hyphen are joined ("Udvar-Hazy Center"). `from[k]` is
 * the first original word of joined word k (`from` ends with words.length); null when nothing is joined.
 */
export function joinSplitHyphens(words: readonly string[], sentStarts: readonly number[]): { words: string[]; sentStarts: number[]; from: number[] } | null {
  const starts = startSet(sentStarts);
  const splitAt = (j: number) => HYPHEN_TOKEN.test(words[j]!) && j > 0 && j + 1 < words.length && !starts.has(j) && !starts.has(j + 1)
    && WORD_END.test(words[j - 1]!) && WORD_START.test(words[j + 1]!);
  let split = 0, whole = 0;
  for (let i = 0; i < words.length; i++) {
    if (splitAt(i)) split++;
    else if (HYPHENATED.test(words[i]!)) { if (DIGIT.test(words[i]!)) return null; whole++; }
  }
  if (split <= whole) return null;
  const out: string[] = [], outStarts: number[] = [], from: number[] = [];
  for (let i = 0; i < words.length;) {
    if (starts.has(i)) outStarts.push(out.length);
    let word = words[i]!, j = i + 1;
    while (j + 1 < words.length && splitAt(j)) { word += '-' + words[j + 1]!; j += 2; }
    out.push(word); from.push(i);
    i = j;
  }
  from.push(words.length);
  return { words: out, sentStarts: outStarts, from };
}

const CURLY = /[‘’“”]/;
/** Curly quotes and apostrophes as CoNLL writes them ("world ’s" → "world 's", “ → "): the tagger never saw them. */
const straightQuotes = (w: string): string => (CURLY.test(w) ? w.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : w);

function tagJoined(words: readonly string[], starts: readonly number[], model: NerModel): Uint8Array {
  const out = new Uint8Array(words.length);
  if (!words.length) return out;
  const df = new DocFeatures(words, starts, model.gazetteer, model.mask, true, model.clusters, wordCache(model));
  decodeDoc(df, model.weights, model.mask, out, scratch);
  trimSpans(words, out, starts);
  splitAtInnerWords(words, out, starts);
  splitPossessives(words, out, starts);
  retypeFacilities(words, out, starts);
  retypeLandforms(words, out, starts);
  retypeMisc(words, out, starts);
  retypeMiscEnds(words, out, starts, model.gazetteer);
  tagTitled(words, out, starts, model.gazetteer);
  splitTitles(words, out, starts, model.gazetteer);
  untagPlaceTitles(words, out, starts, model.gazetteer);
  joinInitials(words, out, starts);
  joinParticles(words, out, starts);
  untagLoneParticles(words, out, starts);
  joinNicknames(words, out, starts);
  joinRegnalNumbers(words, out, starts);
  splitJobTitles(words, out, starts, model.gazetteer);
  splitSignatures(words, out, starts, model.gazetteer);
  tagAcronyms(words, out, starts);
  joinOrgSuffixes(words, out, starts);
  joinAmpersands(words, out, starts);
  retypeOrgHeads(words, out, starts);
  retypeMiscOrgHeads(words, out, starts);
  joinOrgComplements(words, out, starts, model.gazetteer);
  tagNationalCompanies(words, out, starts, model.gazetteer);
  retypeKnown(words, out, starts, model.gazetteer);
  tagKnownAcronyms(words, out, starts, model.gazetteer);
  retypeGroups(words, out, starts, model.gazetteer);
  retypeGivenNamed(words, out, starts, model.gazetteer);
  tagGivenNamed(words, out, starts, model.gazetteer);
  tagSayers(words, out, starts, model.gazetteer);
  tagLowerCasePlaces(words, out, starts, model.gazetteer);
  tagPartyNames(words, out, starts);
  untagPostNominals(words, out, starts);
  untagAdverbs(words, out, starts, model.gazetteer);
  tagRegionAbbreviations(words, out, starts);
  tagGreeted(words, out, starts, model.gazetteer);
  untagTitles(words, out, starts);
  retypeQuotedSpeakers(words, out, starts, model.gazetteer);
  retypeCelestial(words, out, starts, model.gazetteer);
  untagShouted(words, out, starts, model.gazetteer);
  retypeLists(words, out, starts, model.gazetteer);
  retypePronouned(words, out, starts, model.gazetteer);
  retypeMediaNamed(words, out, starts, model.gazetteer);
  joinPossessiveNames(words, out, starts, model.gazetteer);
  harmonizeTypes(words, out, starts);
  tagRepeats(words, out, starts);
  untagLowerCased(words, out, starts, model.gazetteer);
  untagContactLabels(words, out, starts);
  tagDatelines(words, out, starts, model.gazetteer);
  tagQuotedTitles(words, out, starts);
  return out;
}

/** Words that link the parts of a name or the items of a list: no name ends with one. */
const TRAILING_LINKS = GRAMMAR.trailingLinks;
const LOWER_WORD = /^\p{Ll}+$/u;
const POSSESSIVES = GRAMMAR.possessives;

/**
 * A name ends with a word of its own: a span's last tokens that are punctuation marks (a closing
 * bracket apart: "Mladost ( BJ )") or link words ("of", "for", "and", "&") are left out of it, in
 * place ("[National Museum of] the U.S. Air Force", "[KDP of] collaborating", "[Ram Tackett ,]"),
 * and so are the words in lower case ending a PER/ORG/LOC name ("Gallego-Lazo said" →
 * "Gallego-Lazo"; "de", "van" come inside names, not at their end) — but not a name's head written
 * in lower case ("Republican party", "St Pancras station"), the "s" of a possessive written without
 * its apostrophe ("McDonald s"), nor the words of a name written all in lower case ("new york" in
 * web text). A possessive "'s" ending a name of two words or more before a name or an ordinary word
 * is left out too ("Agriculture Department 's Drazek"; not "going to Del Frisco 's in November"). The greedy decoder sometimes carries a span a token or two too far.
 */
export function trimSpans(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const facilityHeads = wordList('facilities.txt');
  const orgHeads = wordList('org-heads.txt');
  const commonWords = ordinaryWords();
  const lowerTail = (w: string) => LOWER_WORD.test(w) && w !== 's' && !facilityHeads.has(w) && !orgHeads.has(w[0]!.toUpperCase() + w.slice(1));
  for (const s of spansOf(labels, sentStarts)) {
    const lower = s.type !== 'MISC' && !words.slice(s.start, s.end).every((w) => LOWER_WORD.test(w));
    let e = s.end;
    while (e > s.start + 1 && (TRAILING_LINKS.has(words[e - 1]!) || !WORDLIKE.test(words[e - 1]!) && words[e - 1] !== ')' || lower && lowerTail(words[e - 1]!))) e--;
    // a possessive after a name of two words or more, before what it owns: a name or an ordinary
    // word ("[Agriculture Department 's] Drazek", "[Wall Street 's] expectations"); one word and its
    // "'s" may be a name ("Lord 's", "Boatmen 's"), and so may a longer one before a function word
    // or a punctuation mark ("going to Del Frisco 's in November", "St. Matthew 's ,")
    const owned = s.end < words.length && (CAPITALIZED.test(words[s.end]!) || commonWords.has(words[s.end]!.toLowerCase()));
    if (e - s.start > 2 && e === s.end && POSSESSIVES.has(words[e - 1]!) && owned) e--;
    labels.fill(O, e, s.end);
  }
}

/**
 * Two names run together through an ordinary word are two names: a PER/ORG/LOC span with a word in
 * lower case inside it, an ordinary English word (common-words.txt) between two capitalized words,
 * is split there into two spans of its type, the word untagged ("[Atalanta] reunites [Lentini]",
 * "[Ali Ahmed] from Qalandia", "[Kyle] with Bullwark"): the greedy decoder carried a name across a
 * verb or a preposition. Words that link the parts of one name are kept: grammar.yaml nameJoiners
 * ("of", "the", "and"), nameParticles ("bin", "van") and nameInnerWords ("on", "upon", "to",
 * "without": "Council on Foreign Relations", "Newcastle upon Tyne", "Committee to Protect
 * Journalists"), and so are heads written in lower case ("Reserve bank of India"). A span of any
 * type is split the same way at a bare number between two capitalized words: a results table's score
 * ("[Puchon] 2 [Chonbuk] 1", "Zemun 1 Rad"; the decoder ran the two teams into one name).
 */
export function splitAtInnerWords(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const orgHeads = wordList('org-heads.txt');
  const facilityHeads = wordList('facilities.txt');
  const kept = (w: string) => INNER_WORDS.has(w) || orgHeads.has(w[0]!.toUpperCase() + w.slice(1)) || facilityHeads.has(w);
  for (const s of spansOf(labels, sentStarts)) {
    const type = TYPES.indexOf(s.type);
    for (let i = s.start + 1; i < s.end - 1; i++) {
      const w = words[i]!;
      if (!CAPITALIZED.test(words[i - 1]!) || !CAPITALIZED.test(words[i + 1]!)) continue;
      // a score between two names (results tables: "Puchon 2 Chonbuk 1"), any type: no name has a
      // bare number inside (eng.train has none; "Euro 96", "Windows 95" end with theirs)
      if (!BARE_NUMBER.test(w) && (s.type === 'MISC' || !LOWER_WORD.test(w) || kept(w))) continue;
      labels[i] = O;
      labels[i + 1] = bOf(type);
    }
  }
}
const BARE_NUMBER = /^\p{N}+$/u;
/** Lower-case words that may stand inside one name (splitAtInnerWords). */
const INNER_WORDS = new Set([...GRAMMAR.nameJoiners, ...GRAMMAR.nameParticles, ...GRAMMAR.nameInnerWords]);

const PER = TYPES.indexOf('PER'), ORG = TYPES.indexOf('ORG'), LOC = TYPES.indexOf('LOC'), MISC = TYPES.indexOf('MISC');

/**
 * An owner's name and the organization or facility it owns are two names: a span with a possessive
 * "'s" inside, after a word that is no ordinary English word (common-words.txt), and two or more
 * capitalized words after it ending in an organization's or a facility's head word (org-heads.txt,
 * facilities.txt) is split there: the owner keeps the span's type, the rest is ORG (the facility rule,
 * next, makes a museum LOC): "[Smithsonian] 's [National Air and Space Museum]", "Texas A&M 's
 * [Aerospace Engineering Department]". Names with a possessive of their own keep it: "Children 's
 * Hospital", "Sudan People 's Liberation Army" (ordinary words before it), "Queen 's Park" (one word after).
 */
export function splitPossessives(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const commonWords = ordinaryWords();
  const facilityHeads = wordList('facilities.txt');
  const orgHeads = wordList('org-heads.txt');
  for (const s of spansOf(labels, sentStarts)) {
    for (let p = s.start + 1; p < s.end - 2; p++) {
      if (!POSSESSIVES.has(words[p]!) || commonWords.has(words[p - 1]!.toLowerCase())) continue;
      const last = words[s.end - 1]!;
      if (!orgHeads.has(last) && !(CAPITALIZED.test(last) && facilityHeads.has(last.toLowerCase()))) break;
      let names = true;
      for (let k = p + 1; k < s.end && names; k++) names = CAPITALIZED.test(words[k]!) || NAME_LINKS.has(words[k]!) || LIST_LINKS.has(words[k]!);
      if (!names) break;
      labels[p] = O;
      setType(labels, { start: p + 1, end: s.end, type: 'ORG' }, ORG);
      break;
    }
  }
}


/** Relabel span s as one `type` (B then I), in place. */
function setType(labels: Uint8Array, s: TokenSpan, type: number): void {
  for (let i = s.start; i < s.end; i++) labels[i] = i === s.start ? bOf(type) : iOf(type);
}

/**
 * Facilities are places: an ORG span headed by a facility word (resources/en/entities/
 * facilities.txt: museum, airport, stadium, street, ...) becomes LOC, in place. The head is the
 * span's last word ("National Air and Space Museum") or, in a name with an "of" complement, the
 * word before its first "of" ("Museum of Flight", "Tower of London"). CoNLL-2003 training types
 * some facilities ORG ("Kansai International Airport") and the model follows the words around
 * the head ("Space", "Aviation", "Flight"); Universal NER, the out-of-domain convention, tags them LOC.
 * A capitalized facility word right after a PER/ORG/LOC span and left untagged joins it, and the whole
 * is LOC ("[Castlefrank] Road": the model tagged the name and stopped before the head).
 */
export function retypeFacilities(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const facilityHeads = wordList('facilities.txt');
  const starts = startSet(sentStarts);
  for (const s of spansOf(labels, sentStarts)) {
    // a facility word the model left out after the name ("[Castlefrank] Road")
    if (s.type !== 'MISC' && CAPITALIZED.test(words[s.end - 1]!) && s.end < words.length && !starts.has(s.end) && labels[s.end] === O && NAME_WORD.test(words[s.end]!) && facilityHeads.has(words[s.end]!.toLowerCase())) {
      setType(labels, { start: s.start, end: s.end + 1, type: 'LOC' }, LOC);
      continue;
    }
    if (s.type !== 'ORG') continue;
    let heads = facilityHeads.has(words[s.end - 1]!.toLowerCase());
    for (let i = s.start + 1; i < s.end - 1 && !heads; i++) if (words[i]!.toLowerCase() === 'of') { heads = facilityHeads.has(words[i - 1]!.toLowerCase()); break; }
    if (heads) setType(labels, s, LOC);
  }
}

/**
 * Natural features are places: a PER or ORG span whose last word, or the word before its first "of",
 * is a word of resources/en/entities/landforms.txt ("Mekong Delta", "Bering Strait", "Strait of
 * Hormuz") or whose first word is one of landform-prefixes.txt ("Cape Canaveral", "Mount Hood") becomes
 * LOC, unless it ends with an organization's word ("Cape Cod Times"). In a sentence with no context
 * the model reads the unknown word before "Delta" or "Peninsula" as a person or a firm.
 */
export function retypeLandforms(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const landforms = wordList('landforms.txt'), prefixes = wordList('landform-prefixes.txt');
  const orgEnds = [wordList('org-heads.txt'), wordList('office-heads.txt'), wordList('org-suffixes.txt'), wordList('media-heads.txt')];
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type !== 'PER' && s.type !== 'ORG' || s.end - s.start < 2) continue;
    const last = words[s.end - 1]!;
    if (orgEnds.some((list) => list.has(last))) continue;
    let head = last;
    for (let i = s.start + 1; i < s.end - 1; i++) if (words[i] === 'of') { head = words[i - 1]!; break; }
    if (landforms.has(head) || prefixes.has(words[s.start]!)) setType(labels, s, LOC);
  }
}

const MAX_MISC_NAME = 3;


/**
 * Named storms and spacecraft are not persons, organizations or places: a PER/ORG/LOC span with a
 * word of resources/en/entities/misc-heads.txt (as written: "Hurricane", "Cyclone", "Shuttle") right
 * before it or inside it becomes MISC, in place ("Cyclone Phailin", "Space Shuttle Atlantis", and the
 * word alone: "the Cyclone is", "the last Space Shuttle mission"), as CoNLL-2003 tags "Hurricane
 * Edouard" MISC; Universal NER leaves them untagged.
 * So does a span that is exactly a name the document gives after such a word elsewhere ("Hurricane
 * Katrina ... Katrina killed"). A name ending in an organization's word (org-heads.txt,
 * office-heads.txt: "National Hurricane Center") keeps its type.
 */
export function retypeMisc(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const miscHeads = wordList('misc-heads.txt');
  const officeHeads = wordList('office-heads.txt');
  const orgHeads = wordList('org-heads.txt');
  const office = (w: string) => officeHeads.has(w) || orgHeads.has(w);
  const starts = startSet(sentStarts);
  // the names the document gives: up to three capitalized words right after a head word
  const named = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    if (!miscHeads.has(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && j - i <= MAX_MISC_NAME && !starts.has(j) && NAME_WORD.test(words[j]!) && !miscHeads.has(words[j]!)) j++;
    if (j > i + 1 && !office(words[j - 1]!)) named.add(words.slice(i + 1, j).join(' '));
  }
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type === 'MISC' || office(words[s.end - 1]!)) continue;
    let hit = s.start > 0 && miscHeads.has(words[s.start - 1]!);
    for (let i = s.start; i < s.end && !hit; i++) hit = miscHeads.has(words[i]!);
    if (!hit && named.size) hit = named.has(words.slice(s.start, s.end).join(' '));
    if (hit) setType(labels, s, MISC);
  }
}


/**
 * Laws, treaties, plans, programmes, studies, prizes, sports events and wars are not persons,
 * organizations or places: a PER/ORG/LOC span of two words or more whose last word is a word of
 * resources/en/entities/misc-ends.txt (as written: "Act", "Agreement", "Study", "Cup", "War")
 * becomes MISC, in place ("National Iodine Nutrition Study", "Purchase Agreement"), as CoNLL-2003
 * tags them; Universal NER leaves them untagged. An organization the gazetteer knows keeps its type
 * ("U.S. Department of War").
 */
export function retypeMiscEnds(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const miscEnds = wordList('misc-ends.txt');
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type === 'MISC' || s.end - s.start < 2 || !miscEnds.has(words[s.end - 1]!)) continue;
    if (!(gaz.categoriesOf(words, s.start, s.end) & KNOWN_ORG)) setType(labels, s, MISC);
  }
}

const NAME_WORD = /^\p{Lu}\p{Ll}/u;
const UPPER_FIRST = /^\p{Lu}/u;
/** A word opening with an upper-case letter (ASCII by its code; other letters by the regex). */
const CAPITALIZED = {
  test(w: string): boolean {
    const c = w.charCodeAt(0);
    return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(w);
  },
};
const MAX_TITLED = 3;

/**
 * A name after a title is a person: one to three capitalized words right after a capitalized title
 * of resources/en/entities/person-titles.txt ("Professor Eastman says", "Administrator Bolden",
 * "Sen. Cornyn"), in the same sentence and followed by no further capitalized word, are tagged PER
 * when untagged, or retyped PER when they form one span of another type. The tagger misses such
 * names most in a lone sentence, with no earlier full name to go by. A title that opens a PER span
 * is left out of it ("Ms Bauchtman" → "Bauchtman"), as CoNLL-2003 and Universal NER tag names, and
 * so is one that ends a span of a place the gazetteer knows ("United States Senator" → "United States";
 * "Burger King" stays).
 */
export function tagTitled(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer | null = null): void {
  const personTitles = wordList('person-titles.txt');
  const starts = startSet(sentStarts);
  const isTitle = (w: string) => NAME_WORD.test(w) && personTitles.has(w.toLowerCase().replace(/\.$/, ''));
  // a title is no part of the name ("Ms [Bauchtman]", "King [Baudouin]"), nor of a
  // place it follows ("[United States] Senator from Vermont")
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type === 'PER' && s.end - s.start > 1 && isTitle(words[s.start]!) && NAME_WORD.test(words[s.start + 1]!)) {
      labels[s.start] = O;
      labels[s.start + 1] = bOf(PER);
    } else if (s.type === 'LOC' && s.end - s.start > 1 && isTitle(words[s.end - 1]!) && gaz && gaz.categoriesOf(words, s.start, s.end - 1) & KNOWN_PLACE) labels[s.end - 1] = O;
  }
  for (let i = 1; i < words.length; i++) {
    if (starts.has(i) || labels[i - 1] !== O || !isTitle(words[i - 1]!) || !NAME_WORD.test(words[i]!) || isTitle(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && j - i < MAX_TITLED && !starts.has(j) && NAME_WORD.test(words[j]!) && !isTitle(words[j]!)) j++;
    if (j < words.length && !starts.has(j) && /^\p{Lu}/u.test(words[j]!)) continue;
    // untagged, or exactly one span of one type (checked in place: no span list per title)
    const type = typeOf(labels[i]!);
    let whole = true;
    for (let k = i + 1; k < j && whole; k++) whole = type < 0 ? labels[k] === O : isInside(labels[k]!) && typeOf(labels[k]!) === type;
    if (whole && type >= 0 && j < words.length && !starts.has(j) && isInside(labels[j]!) && typeOf(labels[j]!) === type) whole = false;
    if (whole) setType(labels, { start: i, end: j, type: 'PER' }, PER);
  }
}


/**
 * An organization, a title and a person are three things: an ORG span with a capitalized title's head
 * word inside (src/kb/titles.ts titleHeads: President, Director, Minister, ...) and one to three
 * capitalized words after it ending the span (no organization's head word: "Commission and Justice
 * Department") is split there: the organization before it keeps ORG, the
 * title is untagged, the name after it is PER ("[Panamanian Boxing Association] President [Ramon
 * Manzanares]", "[Federal Air Traffic Control Administration] Director [Branko Bilbija]"). A LOC span
 * is split the same way when the words before the title are a known place (the gazetteer's country,
 * region, city or place) and the title's head ends no place's name (grammar.yaml placeNameTitleHeads:
 * "Prince Edward Island" stays): "[Seoul] Mayor [Oh Se-hoon]", "[New York City] Mayor [Rudy Giuliani]".
 */
export function splitTitles(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer | null = null): void {
  const headsOfTitles = titleHeads();
  const orgHeads = wordList('org-heads.txt');
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type !== 'ORG' && s.type !== 'LOC') continue;
    for (let t = s.start + 1; t < s.end - 1; t++) {
      const head = words[t]!.toLowerCase().replace(/\.$/, '');
      if (!NAME_WORD.test(words[t]!) || !headsOfTitles.has(head)) continue;
      // a LOC span only after a known place, at a title that ends no place's name ("[Seoul] Mayor [Oh Se-hoon]"; not "Prince Edward Island")
      if (s.type === 'LOC' && (!gaz || PLACE_NAME_HEADS.has(head) || !(gaz.categoriesOf(words, s.start, t) & KNOWN_PLACE & ~KNOWN_NORP))) continue;
      let names = s.end - t - 1 <= MAX_TITLED;
      for (let k = t + 1; k < s.end && names; k++) names = NAME_WORD.test(words[k]!) && !headsOfTitles.has(words[k]!.toLowerCase()) && !orgHeads.has(words[k]!);
      if (!names) break;
      setType(labels, { start: s.start, end: t, type: s.type }, s.type === 'LOC' ? LOC : ORG);
      labels[t] = O;
      setType(labels, { start: t + 1, end: s.end, type: 'PER' }, PER);
      break;
    }
  }
}


/** Title heads that also end the names of places and bodies ("Beachy Head", "Court of Justice", "Attorney General"): not cut off a place. */
const PLACE_NAME_HEADS = GRAMMAR.placeNameTitleHeads;

/**
 * A place's name ends before the title of the person it describes ("[Virginia] Governor(s)",
 * "[Ottawa] MP", "[Texas] Senator"): a LOC span of two words or more ending in a person's title head
 * (src/kb/titles.ts titleHeads, singular or with "(s)"), after a capitalized word, loses that word.
 * A span of another type (or a longer LOC span) ending in such a title is the same pattern when it
 * opens with a known place (the gazetteer's country, region, city or place; the capitalized word
 * untagged before it may begin the place: "South [Carolina Gov]") and only a party's name
 * (grammar.yaml partyNames) stands between the place and the title ("an [Ottawa New Democrat MP]",
 * "[Texas Republican Senator]"): the place alone is kept, as LOC.
 */
export function untagPlaceTitles(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer | null = null): void {
  const headsOfTitles = titleHeads();
  const starts = startSet(sentStarts);
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type === 'MISC' || s.end - s.start < 2) continue;
    const last = words[s.end - 1]!;
    const head = last.toLowerCase().replace(/\(s\)$|\.$/, '');
    if (!CAPITALIZED.test(last) || !headsOfTitles.has(head) || PLACE_NAME_HEADS.has(head)) continue;
    if (s.type === 'LOC' && CAPITALIZED.test(words[s.end - 2]!)) { labels[s.end - 1] = O; continue; }
    if (!gaz) continue;
    const before = s.start - 1;
    // the word before: untagged or a one-word span ("[South] [Carolina Gov]")
    const joinable = before >= 0 && !starts.has(s.start) && CAPITALIZED.test(words[before]!) && !isInside(labels[before]!);
    const froms = joinable ? [before, s.start] : [s.start];
    const place = (from: number) => {
      for (let k = s.end - 1; k > s.start; k--) {
        const cats = gaz.categoriesOf(words, from, k);
        // not a place that is also a person's name ("[Hun Sen]": Hun, a city and a given name)
        if (cats & KNOWN_PLACE & ~KNOWN_NORP) return cats & (NAME_BITS | KNOWN_PER) ? -1 : k;
      }
      return -1;
    };
    for (const from of froms) {
      const k = place(from);
      if (k < 0 || k < s.end - 1 && !GRAMMAR.partyNames.has(words.slice(k, s.end - 1).join(' '))) continue;
      labels.fill(O, from, s.end);
      setType(labels, { start: from, end: k, type: 'LOC' }, LOC);
      break;
    }
  }
}

/**
 * A person's name ends before a job title written after it (e-mail signatures, bylines, where the line
 * break is lost: "Janette Elbertson Administrative Coordinator EWS Legal", "Mary Hain Senior Regulatory
 * Counsel", "Chris Abel Manager"): in a PER span, the name is its first two words (initials and
 * particles, grammar.yaml nameParticles, not counted) and any known names after them (the gazetteer's given names and surnames, initials: "Magali
 * Van Belle"); when the capitalized words after it reach a title head (resources/en/entities/
 * job-titles.txt, or an office title's head: President, Director), the span keeps the name, the title
 * is untagged, and the capitalized words after the head, if any, are the employer, ORG ("EWS Legal").
 */
export function splitJobTitles(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const jobTitles = wordList('job-titles.txt');
  const headsOfTitles = titleHeads();
  const isHead = (w: string) => jobTitles.has(w) || NAME_WORD.test(w) && headsOfTitles.has(w.toLowerCase());
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type !== 'PER') continue;
    let t = s.start, names = 0;
    for (; t < s.end && names < 2; t++) if (!INITIAL.test(words[t]!) && !GRAMMAR.nameParticles.has(words[t]!.toLowerCase())) names++;
    while (t < s.end && !isHead(words[t]!) && (INITIAL.test(words[t]!) || gaz.categoriesOf(words, t, t + 1) & NAME_BITS)) t++;
    let h = t;
    while (h < s.end && !isHead(words[h]!) && CAPITALIZED.test(words[h]!)) h++;
    if (names < 2 || h >= s.end || !isHead(words[h]!)) continue;
    labels.fill(O, t, s.end);
    if (h + 1 < s.end) setType(labels, { start: h + 1, end: s.end, type: 'ORG' }, ORG);
  }
}

/**
 * A person's name ends before the words of a signature's next line run into it (e-mail signatures
 * whose line breaks are lost: "Sara Shackleton Enron Wholesale Services", "Hilary E. Ackermann
 * Goldman Sachs Credit Risk Management", "John Staikos Direct Dial"): in a PER span that opens with a
 * given name of the gazetteer, the name is counted as in splitJobTitles (two words, initials and
 * particles not counted, known names after them); when two capitalized words or more follow it and
 * the last two are words running text writes in lower case (lower-words.txt) and no known names nor
 * days or months, the span keeps the name; the words after it are the employer, ORG, when the first
 * of them is no such ordinary word ("Enron", "Goldman"), and untagged otherwise ("Direct Dial").
 * Long names of persons end in names, not in ordinary words ("Jose Antonio Ortega Lara", "Curtis Lee
 * White II").
 */
export function splitSignatures(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const lower = wordList('lower-words.txt'), common = ordinaryWords(), calendar = wordList('calendar-words.txt');
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type !== 'PER' || s.end - s.start < 4 || !(gaz.categoriesOf(words, s.start, s.start + 1) & NAME_BITS)) continue;
    let t = s.start, names = 0;
    for (; t < s.end && names < 2; t++) if (!INITIAL.test(words[t]!) && !GRAMMAR.nameParticles.has(words[t]!.toLowerCase())) names++;
    while (t < s.end && (INITIAL.test(words[t]!) || gaz.categoriesOf(words, t, t + 1) & NAME_BITS)) t++;
    if (names < 2 || s.end - t < 2) continue;
    const ordinary = (i: number) => NAME_WORD.test(words[i]!) && lower.has(words[i]!.toLowerCase()) && !calendar.has(words[i]!.toLowerCase()) && !(gaz.categoriesOf(words, i, i + 1) & NAME_BITS);
    let caps = true;
    for (let i = t; i < s.end && caps; i++) caps = CAPITALIZED.test(words[i]!);
    if (!caps || !ordinary(s.end - 1) || !ordinary(s.end - 2)) continue;
    labels.fill(O, t, s.end);
    const first = words[t]!.toLowerCase();
    if (!lower.has(first) && !common.has(first)) setType(labels, { start: t, end: s.end, type: 'ORG' }, ORG);
  }
}

const INITIAL = /^\p{Lu}\.$/u;

/**
 * Initials inside a person's name belong to it: a PER span followed by one or more initials ("W.",
 * "H.") and a capitalized word, or ending with an initial before a capitalized word, is one PER span
 * with them ("George W. Bush", "George H. W. Bush"),
 * whatever the model made of the rest (it often reads "W. Bush" as a place, an initial after a
 * completed name as the start of another name); the capitalized word's own span, if it continues,
 * goes with it.
 */
export function joinInitials(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const starts = startSet(sentStarts);
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type !== 'PER') continue;
    let k = s.end;
    while (k < words.length && !starts.has(k) && INITIAL.test(words[k]!)) k++;
    const initials = k > s.end || s.end - s.start > 1 && INITIAL.test(words[s.end - 1]!);
    if (!initials || k >= words.length || starts.has(k) || !NAME_WORD.test(words[k]!)) continue;
    let e = k + 1;
    while (e < words.length && !starts.has(e) && isInside(labels[e]!)) e++;
    setType(labels, { start: s.start, end: e, type: 'PER' }, PER);
  }
}

/** A Roman numeral of two letters or more (II ... XXXIX): not "I", "V", "X" alone. */
const REGNAL = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * A regnal number or a generational suffix belongs to the name before it: a Roman numeral (II, III, IV,
 * ...) or a word of grammar.yaml nameSuffixes ("Jr.", "Sr.") right after a PER span, untagged or a
 * one-word span of its own, joins it ("Leopold III", CoNLL-2003's "Napoleon III", "Ken Griffey Jr";
 * "King Charles III" had "III" as an ORG span, "Martin Luther King Jr." had "King Jr." ORG).
 */
export function joinRegnalNumbers(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const starts = startSet(sentStarts);
  for (const s of spansOf(labels, sentStarts)) {
    const k = s.end;
    if (s.type !== 'PER' || k >= words.length || starts.has(k) || !REGNAL.test(words[k]!) && !GRAMMAR.nameSuffixes.has(words[k]!)) continue;
    if (k + 1 < words.length && !starts.has(k + 1) && isInside(labels[k + 1]!)) continue; // the numeral opens a longer span
    setType(labels, { start: s.start, end: k + 1, type: 'PER' }, PER);
  }
}

const NAME_PARTICLES = GRAMMAR.nameParticles;

/**
 * A person's name runs on through its particles: a PER span followed by one or two lower-case particles
 * (grammar.yaml nameParticles: bin, van, von, der, da, ten, ...) and a capitalized word is one PER span
 * with them and with the rest of the span that word opens, or the untagged capitalized word after it
 * ("Mohammed bin Salman": "Salman" was MISC; "Ursula von der Leyen", "Arjen ten Hag", "Osama bin
 * Laden"): the model ends the name at a particle it does not know inside one.
 */
export function joinParticles(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const starts = startSet(sentStarts);
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type !== 'PER') continue;
    let k = s.end;
    while (k < words.length && k - s.end < 2 && !starts.has(k) && NAME_PARTICLES.has(words[k]!)) k++;
    if (k === s.end || k >= words.length || starts.has(k) || !NAME_WORD.test(words[k]!)) continue;
    let e = k + 1;
    while (e < words.length && !starts.has(e) && (labels[k] === O ? labels[e] === O && NAME_WORD.test(words[e]!) && e - k < 2 : isInside(labels[e]!))) e++;
    setType(labels, { start: s.start, end: e, type: 'PER' }, PER);
  }
}

/**
 * A name particle alone is no name: a span made only of lower-case particles (grammar.yaml
 * nameParticles: "van", "de la", "al") is untagged ("A search of McArthur 's [van] found": the model
 * reads "van" as the start of "van der Merwe"). joinParticles has joined the particles that belong to a name.
 */
export function untagLoneParticles(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  for (const s of spansOf(labels, sentStarts)) {
    let k = s.start;
    while (k < s.end && NAME_PARTICLES.has(words[k]!)) k++;
    if (k === s.end) labels.fill(O, s.start, s.end);
  }
}

const ACRONYM = /^\p{Lu}[\p{Lu}&.]+$/u;

/**
 * Acronyms defined in the text: "World Health Organisation ( WHO )" — an all-capitals word in
 * brackets right after a PER/ORG/LOC span, equal to the initials of the span's significant words,
 * takes the span's type, and so do its occurrences elsewhere in the document, untagged ("WHO say ...")
 * (a MISC span whose acronym the model typed ORG becomes ORG first: "Asia - Pacific Economic
 * Cooperation ( APEC )")
 * or a one-word span of another type ("many KSC employees" ORG after "Kennedy Space Center ( KSC )"
 * LOC), except in sentences written in capitals.
 */
export function tagAcronyms(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const defined = new Map<string, number>();
  for (const s of spansOf(labels, sentStarts)) {
    const a = s.end + 1;
    let type = TYPES.indexOf(s.type);
    if (words[s.end] !== '(' || words[a + 1] !== ')' || !ACRONYM.test(words[a]!)) continue;
    if (initialsOf(words.slice(s.start, s.end).join(' ')) !== words[a]!.replace(/\./g, '')) continue;
    // a MISC name whose acronym the model typed ORG is the organization ("Asia - Pacific Economic
    // Cooperation ( APEC )"); other MISC names keep theirs
    if (type === MISC) {
      if (labels[a] !== bOf(ORG)) continue;
      setType(labels, s, ORG);
      type = ORG;
    }
    labels[a] = bOf(type);
    defined.set(words[a]!, type);
  }
  if (!defined.size) return;
  // not in a sentence written in capitals (a headline: "WHO WILL PAY?")
  sentStarts.forEach((a, k) => {
    const b = k + 1 < sentStarts.length ? sentStarts[k + 1]! : words.length;
    if (!inCapitals(words, a, b)) for (let i = a; i < b; i++) {
      const type = defined.get(words[i]!);
      // untagged, or a one-word span of another type (the acronym alone: not "KSC Director")
      if (type !== undefined && (labels[i] === O || !isInside(labels[i]!) && !(i + 1 < b && isInside(labels[i + 1]!)))) labels[i] = bOf(type);
    }
  });
}

/** Is the sentence words[a, b) written in capitals (a headline: no word with a lower-case letter)? */
function inCapitals(words: readonly string[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (words[i] !== words[i]!.toUpperCase()) return false;
  return true;
}

const SHOUTED = /^\p{Lu}{3,}$/u;

/**
 * Ordinary words in capitals for emphasis are no names: a PER/ORG/LOC span whose capitalized words
 * are all words of three letters or more written in capitals that are ordinary English words
 * (resources/en/places/common-words.txt: "I will serve ALL of the people", "MAD", "OILY"; or, four
 * letters or more, words running text writes in lower case, lower-words.txt: "OPTICAL [LENS]",
 * "[AVID] amateur"; not three, where acronyms are: "NBA", "ING" stand in it from web addresses), and that
 * is no phrase of the gazetteer ("US", "WHO"), is untagged, in a sentence not written in capitals
 * (a headline's words are read by the model in its headline mode). So is, in any sentence, a
 * PER/ORG/LOC span that is one acronym of an ordinary thing (resources/en/entities/common-acronyms.txt:
 * "GDP", "USD", "USB", "CEO").
 */
export function untagShouted(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const commonWords = ordinaryWords(), lowerWords = wordList('lower-words.txt');
  const commonAcronyms = wordList('common-acronyms.txt');
  const headline = new Uint8Array(words.length);
  sentStarts.forEach((a, k) => {
    const b = k + 1 < sentStarts.length ? sentStarts[k + 1]! : words.length;
    if (inCapitals(words, a, b)) headline.fill(1, a, b);
  });
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type === 'MISC') continue;
    if (s.end - s.start === 1 && commonAcronyms.has(words[s.start]!)) { labels[s.start] = O; continue; }
    if (headline[s.start]) continue;
    let shouted = 0, names = 0;
    for (let i = s.start; i < s.end; i++) {
      if (!CAPITALIZED.test(words[i]!)) continue;
      names++;
      if (SHOUTED.test(words[i]!) && (commonWords.has(words[i]!.toLowerCase()) || words[i]!.length > 3 && lowerWords.has(words[i]!.toLowerCase()))) shouted++;
    }
    if (!shouted || shouted < names || gaz.categoriesOf(words, s.start, s.end) & ~NAME_BITS) continue;
    labels.fill(O, s.start, s.end);
  }
}

const MAX_SUFFIXED = 5;

/**
 * Company names end with their legal form: a word of resources/en/entities/org-suffixes.txt (as
 * written: Inc, Corp., LLC, AG, ...) right after a name, or after a name and a comma ("First Union
 * Securities , Inc.", "Holland & Hart , LLP"), joins it, and the whole is ORG, in place. The name is
 * the span that ends there (of any type, or several spans and "&" between them) or, untagged, the run
 * of up to five capitalized words and "&" before it, in the same sentence. The model often ends the
 * name at the comma, tags the suffix alone or types the name after a person ("Michael L. Beatty &
 * Associates , PC").
 */
export function joinOrgSuffixes(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const orgSuffixes = wordList('org-suffixes.txt');
  const starts = startSet(sentStarts);
  for (let k = 1; k < words.length; k++) {
    if (!orgSuffixes.has(words[k]!) || starts.has(k)) continue;
    if (labels[k] !== O && isInside(labels[k]!)) {
      // already inside the name's span: a span of another type ending with the suffix is a firm's
      // ("[Hindustan Copper Ltd]" PER, "[Warner Bros]" PER)
      const t = typeOf(labels[k]!);
      if (t !== ORG && (k + 1 >= words.length || !isInside(labels[k + 1]!) || starts.has(k + 1))) {
        let b = k;
        while (b > 0 && isInside(labels[b]!) && !starts.has(b)) b--;
        // the words before an "of" right before it begin the name ("Gold Fields of [South Africa Ltd]",
        // "First of [Michigan Corp.]"): an ORG span, or up to three untagged capitalized words
        if (b > 1 && words[b - 1] === 'of' && !starts.has(b - 1) && !starts.has(b) && CAPITALIZED.test(words[b - 2]!)) {
          let a = b - 2;
          if (typeOf(labels[a]!) === ORG) while (a > 0 && isInside(labels[a]!) && !starts.has(a)) a--;
          else if (labels[a] === O) while (a > 0 && b - 1 - a < 3 && !starts.has(a) && labels[a - 1] === O && CAPITALIZED.test(words[a - 1]!)) a--;
          else a = b;
          b = a;
        }
        setType(labels, { start: b, end: k + 1, type: 'ORG' }, ORG);
      }
      continue;
    }
    let e = k; // the name ends before e
    if (words[e - 1] === ',' && !starts.has(e - 1)) e--;
    if (starts.has(e)) continue;
    let b = e;
    while (b > 0 && !starts.has(b)) {
      const i = b - 1;
      if (labels[i] !== O) {
        // a tagged name: its whole span, and another one before it joined by "&"
        b = i;
        while (b > 0 && isInside(labels[b]!) && !starts.has(b)) b--;
        if (b > 1 && !starts.has(b) && words[b - 1] === '&' && labels[b - 2] !== O) { b--; continue; }
        break;
      }
      if (e - i > MAX_SUFFIXED || !(CAPITALIZED.test(words[i]!) || words[i] === '&')) break;
      b = i;
    }
    if (words[b]?.toLowerCase() === 'the') b++;
    if (b >= e || words[b] === '&') continue;
    setType(labels, { start: b, end: k + 1, type: 'ORG' }, ORG);
  }
}

const NAME_LINKS = GRAMMAR.nameLinks;
/** Capitalized determiners that open a sentence before a name, not part of it ('A Federal Court judge'). */
const LEADING_DETERMINERS = GRAMMAR.leadingDeterminers;
const TITLE_ARTICLES = GRAMMAR.titleArticles;

const ORG_COMPLEMENT_LINKS = GRAMMAR.orgComplementLinks;

/**
 * A body's name runs on through its complement: an ORG span ending in an organization's head
 * (org-heads.txt: Council, Committee, Commission, ...) before a word of grammar.yaml
 * orgComplementLinks ("on") and capitalized words (joined by of/for/&/and), untagged or tagged as
 * spans of their own that end with them, is one ORG span with them ("the [Council] on American-Islamic
 * Relations" → "Council on American-Islamic Relations", "Commission on Human Rights"); not a day or
 * a month (calendar-words.txt: "the Security Council on Friday"), nor a run with a person's span
 * in it that holds a given name of the gazetteer (a name run on after it: "... Relations Alia Salem
 * said"; a person's span of other words is the model misreading the complement: "Commission on
 * International [Religious Freedom]").
 */
export function joinOrgComplements(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const orgHeads = wordList('org-heads.txt');
  const starts = startSet(sentStarts), calendar = wordList('calendar-words.txt');
  for (const s of spansOf(labels, sentStarts)) {
    const l = s.end;
    if (s.type !== 'ORG' || !orgHeads.has(words[l - 1]!) || l + 1 >= words.length || !ORG_COMPLEMENT_LINKS.has(words[l]!) || labels[l] !== O || starts.has(l + 1)) continue;
    let e = l + 1;
    while (e < words.length && !starts.has(e) && (CAPITALIZED.test(words[e]!) || (NAME_LINKS.has(words[e]!) || words[e] === 'and') && e + 1 < words.length && !starts.has(e + 1) && CAPITALIZED.test(words[e + 1]!))) e++;
    if (e === l + 1 || e < words.length && !starts.has(e) && isInside(labels[e]!)) continue;
    let dated = false;
    // (a person's span blocks it where it holds a known given name: "… Relations [Alia Salem] said", not the model's misreading of
    // the complement itself: "Commission on International [Religious Freedom]")
    for (let k = l + 1; k < e && !dated; k++) dated = calendar.has(words[k]!.toLowerCase()) || typeOf(labels[k]!) === PER && (gaz.categoriesOf(words, k, k + 1) & NAME_BITS) !== 0;
    if (!dated) setType(labels, { start: s.start, end: e, type: 'ORG' }, ORG);
  }
}

const MISC_ORG_HEADS_LEFT = GRAMMAR.miscOrgHeadsLeft;

/**
 * A MISC span of two words or more headed by an organization's word is an organization: its last
 * word, or the word before its first "of" or "for", is a word of org-heads.txt or office-heads.txt
 * ("Australian Centre for Control of Iodine Deficiency Disorders" MISC → ORG: the model reads the
 * nationality first). Left: grammar.yaml miscOrgHeadsLeft (Division: "American League East
 * Division", a sports division, MISC in CoNLL-2003).
 */
export function retypeMiscOrgHeads(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const orgHeads = wordList('org-heads.txt'), officeHeads = wordList('office-heads.txt');
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type !== 'MISC' || s.end - s.start < 2) continue;
    let head = s.end - 1;
    for (let k = s.start + 1; k < s.end - 1; k++) if (words[k] === 'of' || words[k] === 'for') { head = k - 1; break; }
    const w = words[head]!;
    if ((orgHeads.has(w) || officeHeads.has(w)) && !MISC_ORG_HEADS_LEFT.has(w)) setType(labels, s, ORG);
  }
}

/**
 * Organizations named by their kind: a run of capitalized words (joined by "of", "for", "&") in one
 * sentence whose last word, or the word before its first "of", is a word of resources/en/entities/
 * org-heads.txt or media-heads.txt (as written: Party, Ministry, Committee, Force, Press, Journal, Herald, ...) is one ORG
 * span, in place ("United States Air Force", "Canadian Press", "Medical Journal of Australia"), when
 * the model tagged only parts of it or typed it otherwise ("United States" LOC, "Canadian" MISC). A
 * leading determiner ("The", "A", "Its") is left out, and so is a place or nationality span before
 * a head the model already typed ORG ("German Foreign Ministry"); a run that a span crosses, or with
 * a person's name (PER span) before the head, is left as it is, except when the person span runs
 * through the head: the model took an organization named after someone for a person ("Collins
 * College").
 */
export function retypeOrgHeads(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const orgHeads = wordList('org-heads.txt');
  const mediaHeads = wordList('media-heads.txt');
  const starts = startSet(sentStarts);
  for (let i = 0; i < words.length;) {
    if (!CAPITALIZED.test(words[i]!)) { i++; continue; }
    let b = i, e = i + 1;
    while (e < words.length && !starts.has(e) && (CAPITALIZED.test(words[e]!) || NAME_LINKS.has(words[e]!) && e + 1 < words.length && !starts.has(e + 1) && CAPITALIZED.test(words[e + 1]!))) e++;
    i = e;
    let head = e - 1;
    for (let k = b + 1; k < e - 1; k++) if (words[k] === 'of') { head = k - 1; break; }
    const media = mediaHeads.has(words[head]!);
    if (LEADING_DETERMINERS.has(words[b]!) && e - b > 1 && !(media && TITLE_ARTICLES.has(words[b]!))) b++;
    if (!orgHeads.has(words[head]!) && !media || head === b && e - b === 1) continue;
    // crossed by a span, already one ORG span, or a person before the head
    if (isInside(labels[b]!) && b > 0 && !starts.has(b) || e < words.length && !starts.has(e) && isInside(labels[e]!)) continue;
    // a name the model already typed ORG keeps a place or nationality tagged before it apart
    // ("German Foreign Ministry", "U.S. Republican Party")
    if (typeOf(labels[head]!) === ORG) {
      let o = head;
      while (o > b && isInside(labels[o]!)) o--;
      let tagged = o > b;
      for (let k = b; k < o && tagged; k++) tagged = labels[k] !== O;
      if (tagged) b = o;
    }
    // a person's name before the head, unless the head is inside that span: an organization
    // named after someone, read as a person ("Collins College")
    const named = labels[head] === iOf(PER);
    let one = labels[b] === bOf(ORG), person = false;
    for (let k = b; k < e; k++) {
      if (k > b) one &&= labels[k] === iOf(ORG);
      if (k < head && typeOf(labels[k]!) === PER && !named) person = true;
    }
    if (!one && !person) setType(labels, { start: b, end: e, type: 'ORG' }, ORG);
  }
}

const KNOWN_ORG = gazBit('ORG') | gazBit('IGO') | gazBit('MEDIA');
const KNOWN_PER = gazBit('PER');
const KNOWN_PLACE = gazBit('LOC') | gazBit('COUNTRY') | gazBit('CITY') | gazBit('REGION') | gazBit('NORP');
const LOWER = /\p{Ll}/u;
function hasLower(words: readonly string[], s: TokenSpan): boolean {
  for (let i = s.start; i < s.end; i++) if (LOWER.test(words[i]!)) return true;
  return false;
}

/**
 * Known names keep their kind: a PER/ORG/LOC span whose words are exactly a name of the gazetteer
 * (the knowledge base's organizations, international bodies and media, or its people), and of no
 * other kind (no place, no person for an organization), takes that type ("African Union" ORG). A
 * MISC span that is such an organization becomes ORG too ("al-Qaeda", "Taliban": armed groups the
 * model reads as MISC, CoNLL-2003's "Taleban"); group nouns that the gazetteer also holds as party
 * aliases ("Republicans") are turned back to MISC by retypeGroups, which runs after this.
 */
export function retypeKnown(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  for (const s of spansOf(labels, sentStarts)) {
    if (!hasLower(words, s)) continue; // the gazetteer ignores case: "XI" is not "Xi"
    const cats = gaz.categoriesOf(words, s.start, s.end);
    if (!cats || cats & KNOWN_PLACE) continue;
    const org = (cats & KNOWN_ORG) !== 0, per = (cats & KNOWN_PER) !== 0;
    if (org && !per && s.type !== 'ORG') setType(labels, s, ORG);
    else if (s.type === 'MISC') continue;
    else if (per && !org && s.type !== 'PER') setType(labels, s, PER);
  }
}

/**
 * A country's or a nationality's name and a company word are a company: two capitalized words, the
 * first a country or nationality of the gazetteer (COUNTRY, NORP) and the second a word of
 * resources/en/entities/company-sectors.txt (Air, Railways, Tobacco, Mobile, Express, ...), with no
 * capitalized word next to them, become one ORG span whatever the model gave them ("Korean Air" left
 * untagged, "Russian Railways" MISC, "Japan Tobacco" and "China Mobile" LOC, "American Express" MISC +
 * O); a span that runs on past them is left as it is.
 */
export function tagNationalCompanies(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const sectors = wordList('company-sectors.txt');
  const starts = startSet(sentStarts);
  const capitalized = (i: number) => i >= 0 && i < words.length && CAPITALIZED.test(words[i]!);
  for (let i = 0; i + 1 < words.length; i++) {
    if (!sectors.has(words[i + 1]!) || starts.has(i + 1) || !NAME_WORD.test(words[i]!)) continue;
    if (!starts.has(i) && capitalized(i - 1) || !starts.has(i + 2) && capitalized(i + 2)) continue;
    if (!(gaz.categoriesOf(words, i, i + 1) & (gazBit('COUNTRY') | KNOWN_NORP))) continue;
    if (isInside(labels[i]!) || i + 2 < words.length && isInside(labels[i + 2]!)) continue; // a longer span
    setType(labels, { start: i, end: i + 2, type: 'ORG' }, ORG);
  }
}

/**
 * Acronyms of international bodies are names: an untagged word in capitals (two letters or more) that
 * the gazetteer knows as an international organization (IGO: "WHO say iodine deficiency ...", "NATO",
 * "IMF") and as no place or person becomes ORG, in a sentence not written in capitals (where "WHO" is
 * a headline's pronoun). Other organizations' acronyms are left to the model: they are more often
 * something else ("HRW", hard red winter wheat, in CoNLL-2003; "AP Photo").
 */
export function tagKnownAcronyms(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  sentStarts.forEach((a, k) => {
    const b = k + 1 < sentStarts.length ? sentStarts[k + 1]! : words.length;
    if (inCapitals(words, a, b)) return;
    for (let i = a; i < b; i++) {
      if (labels[i] !== O || !ACRONYM.test(words[i]!)) continue;
      const cats = gaz.categoriesOf(words, i, i + 1);
      if (cats & gazBit('IGO') && !(cats & (KNOWN_PLACE | KNOWN_PER))) labels[i] = bOf(ORG);
    }
  });
}

const NAME_BITS = GIVEN_NAME_BITS;
const KNOWN_NORP = gazBit('NORP'), NOT_NORP = KNOWN_ORG | KNOWN_PER | (KNOWN_PLACE & ~KNOWN_NORP);
/** places that are never also a person's name in the gazetteer's sense: countries, regions, peoples */
const NOT_PERSON_PLACE = gazBit('COUNTRY') | gazBit('REGION') | KNOWN_NORP;

/**
 * Peoples, nationalities and religions are not names of one person, organization or place: a
 * PER/ORG/LOC span that is exactly a nationality phrase of the gazetteer (NORP, and of no other
 * kind: not "U.S.") or one word of resources/en/entities/groups.txt ("Muslim", "Shiites",
 * "Islam") becomes MISC, as CoNLL-2003 tags them; Universal NER leaves them untagged.
 */
export function retypeGroups(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const groupWords = wordList('groups.txt');
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type === 'MISC') continue;
    const cats = gaz.categoriesOf(words, s.start, s.end);
    const group = s.end - s.start === 1 && groupWords.has(words[s.start]!.toLowerCase());
    if (group || cats & KNOWN_NORP && !(cats & NOT_NORP)) setType(labels, s, MISC);
  }
}

const GIVEN_NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * A given name before a holiday's last word is a person's name, not a holiday: a MISC span of two
 * words, a capitalized known given name of the gazetteer (FIRST, NAME: "Doris") and a word of
 * resources/en/entities/holiday-ends.txt ("Day", also a surname), becomes PER ("Doris Day": the model
 * reads "X Day" as a holiday). A given name that is also a place, an organization or a nationality
 * ("Victoria Day", "Columbus Day") leaves the holiday as it is, and so does a span the gazetteer
 * knows as another kind of name. And a one-word MISC span right after an untagged given name of the
 * gazetteer (no place or organization), not opening a sentence, becomes PER over both when the two words
 * are exactly a known person of the gazetteer and nothing else ("the United States Joe [Biden]", "Hong
 * Kong Carrie [Lam]": in lone sentences the model leaves the given name out and types the surname MISC).
 */
export function retypeGivenNamed(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const holidayEnds = wordList('holiday-ends.txt');
  const starts = startSet(sentStarts);
  for (const s of spansOf(labels, sentStarts)) {
    // a known person's surname typed MISC after the untagged given name ("United States Joe [Biden]")
    const prev = s.start - 1;
    if (s.type === 'MISC' && s.end - s.start === 1 && prev >= 0 && labels[prev] === O && !starts.has(s.start) && GIVEN_NAME.test(words[prev]!)) {
      const first = gaz.categoriesOf(words, prev, prev + 1);
      if (first & NAME_BITS && !(first & (KNOWN_PLACE | KNOWN_ORG)) && gaz.categoriesOf(words, prev, s.end) === KNOWN_PER) setType(labels, { start: prev, end: s.end, type: 'PER' }, PER);
      continue;
    }
    if (s.type !== 'MISC' || s.end - s.start !== 2 || !GIVEN_NAME.test(words[s.start]!) || !holidayEnds.has(words[s.start + 1]!)) continue;
    const first = gaz.categoriesOf(words, s.start, s.start + 1);
    if (!(first & NAME_BITS) || first & (KNOWN_PLACE | KNOWN_ORG)) continue;
    if (!(gaz.categoriesOf(words, s.start, s.end) & ~KNOWN_PER)) setType(labels, s, PER);
  }
}

/**
 * A known given name and a capitalized word after it are a person: an untagged run of exactly two
 * capitalized words ("Those included Drew Cass , Devin Thurlow", "Image : NASA Bill Ingalls"), the first
 * a given name of the gazetteer (FIRST, NAME) and no place, organization or nationality, the second no
 * phrase of the gazetteer but a known name and no ordinary English word (common-words.txt), becomes PER;
 * so does a run opening a sentence, when its given name is no ordinary word there ("Will"). No
 * capitalized word may stand right before the run untagged, nor right after it. The model reads the
 * NAME list only when every word of the run is in it.
 */
export function tagGivenNamed(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const commonWords = ordinaryWords();
  const starts = startSet(sentStarts);
  for (let i = 0; i + 1 < words.length; i++) {
    if (labels[i] !== O || labels[i + 1] !== O || starts.has(i + 1) || !GIVEN_NAME.test(words[i]!) || !GIVEN_NAME.test(words[i + 1]!)) continue;
    if (!(i === 0 || starts.has(i) || !CAPITALIZED.test(words[i - 1]!) || labels[i - 1] !== O)) continue;
    if (i + 2 < words.length && !starts.has(i + 2) && CAPITALIZED.test(words[i + 2]!)) continue;
    const first = gaz.categoriesOf(words, i, i + 1), second = gaz.categoriesOf(words, i + 1, i + 2);
    if (!(first & NAME_BITS) || first & (KNOWN_PLACE | KNOWN_ORG) || second & ~NAME_BITS) continue;
    if (starts.has(i) && commonWords.has(words[i]!.toLowerCase()) || commonWords.has(words[i + 1]!.toLowerCase())) continue;
    setType(labels, { start: i, end: i + 2, type: 'PER' }, PER);
  }
}

/**
 * A lone capitalized word before a verb of saying is a person: an untagged word in title case
 * (three letters or more) right before one of grammar.yaml sayingVerbs ("Dewar says that ...",
 * '" ... access to information , " Baird said .', "Sarvis notes he favors ..."), with no
 * capitalized word right before it in its sentence, becomes PER unless it is a word running text
 * writes in lower case (resources/en/entities/lower-words.txt: "Newspapers said", "Paper says",
 * "Commerce said"; or its singular: "Eyewitnesses told"; common-words.txt), a function word ("He",
 * "They", "It": src/story stop words), a day or month (calendar-words.txt: "on Friday said"), or a
 * place or organization of the gazetteer. In a lone sentence the model leaves such surnames
 * untagged: it learned them from CoNLL documents that give the full name first. Firms that say
 * ("Valero said") become PER too, as rarely as that.
 */
export function tagSayers(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const starts = startSet(sentStarts);
  const lower = wordList('lower-words.txt'), common = ordinaryWords(), stop = stopWords(), calendar = wordList('calendar-words.txt');
  for (let i = 0; i + 1 < words.length; i++) {
    if (!SAYING_VERBS.has(words[i + 1]!) || starts.has(i + 1) || labels[i] !== O) continue;
    const w = words[i]!;
    if (w.length < 3 || !GIVEN_NAME.test(w) || !starts.has(i) && i > 0 && CAPITALIZED.test(words[i - 1]!)) continue;
    const k = w.toLowerCase();
    if (lower.has(k) || common.has(k) || stop.has(k) || calendar.has(k)) continue;
    if (k.endsWith('s') && (lower.has(k.slice(0, -1)) || k.endsWith('es') && lower.has(k.slice(0, -2)))) continue; // "Eyewitnesses told"
    if (gaz.categoriesOf(words, i, i + 1) & (KNOWN_PLACE | KNOWN_ORG)) continue;
    labels[i] = bOf(PER);
  }
}
const SAYING_VERBS = GRAMMAR.sayingVerbs;


/**
 * Places written in lower case: an untagged word in lower case (three letters or more) that the
 * gazetteer knows as a city, region or country, and no person, right after one of grammar.yaml
 * placePrepositions (in, from, to, at, near, around) and before a punctuation mark, a capitalized word
 * or the end of the sentence, or right before "area" (grammar.yaml placeAreaNouns), is LOC ("i am in
 * portland .", "the bast cab in minneapolis", "in the chicago area": web text that does not
 * capitalize; Universal NER tags them). Not a word running text writes in lower case
 * (lower-words.txt, common-words.txt: "in bush hunt", "a march", "the plum of"), nor a stop word. The
 * model never saw a lower-case place name in CoNLL-2003; news text capitalizes them.
 */
export function tagLowerCasePlaces(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const starts = startSet(sentStarts);
  const lower = wordList('lower-words.txt'), common = ordinaryWords(), stop = stopWords();
  for (let i = 1; i < words.length; i++) {
    const next = i + 1 < words.length ? words[i + 1]! : '';
    const area = PLACE_AREA_NOUNS.has(next);
    // after a preposition (capitalized when it opens the sentence: "In portland"), or before "area"
    const prev = words[i - 1]!;
    if (!area && !PLACE_PREPOSITIONS.has(prev) && !(prev.charCodeAt(0) < 97 && starts.has(i - 1) && PLACE_PREPOSITIONS.has(prev.toLowerCase()))) continue;
    const w = words[i]!;
    if (labels[i] !== O || starts.has(i) || w.length < 3 || !LOWER_WORD.test(w)) continue;
    if (area ? starts.has(i + 1) : next && !starts.has(i + 1) && LOWER_START.test(next)) continue;
    if (lower.has(w) || common.has(w) || stop.has(w)) continue;
    const cats = gaz.categoriesOf(words, i, i + 1);
    if (cats & LOWER_PLACE && !(cats & KNOWN_PER)) labels[i] = bOf(LOC);
  }
}
const PLACE_PREPOSITIONS = GRAMMAR.placePrepositions, PLACE_AREA_NOUNS = GRAMMAR.placeAreaNouns;
const LOWER_PLACE = gazBit('CITY') | gazBit('REGION') | gazBit('COUNTRY'), LOWER_START = /^\p{Ll}/u;

/**
 * A party's name before "party" in lower case is the party: a one-word name of grammar.yaml
 * partyNames (Republican, Democratic, Labour, Conservative, ...), untagged or a span of its own, right
 * before the word "party" (grammar.yaml partyNouns, in lower case), is one ORG span with it ("the
 * [Republican party]", typed MISC before, as an adjective of belief), as Universal NER tags a party
 * (GUM; EWT's "ruling Fatah party"). A longer name is left as it is ("Liberal Democratic party"),
 * and so is a sentence in capitals. CoNLL-2003 tags "Democratic party" MISC + O (eng.train, four
 * times): the two conventions differ there, and the entities stage wants the organization.
 */
export function tagPartyNames(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const starts = startSet(sentStarts);
  for (let i = 0; i + 1 < words.length; i++) {
    if (!PARTY_NOUNS.has(words[i + 1]!) || starts.has(i + 1) || labels[i + 1] !== O || !GRAMMAR.partyNames.has(words[i]!)) continue;
    if (isInside(labels[i]!)) continue; // "Liberal [Democratic] party"
    setType(labels, { start: i, end: i + 2, type: 'ORG' }, ORG);
  }
}
const PARTY_NOUNS = GRAMMAR.partyNouns;

/**
 * Letters after a name are no name: a one-word PER/ORG/LOC span that is a word of
 * resources/en/entities/post-nominals.txt (QC, SC, MP, OBE, PhD, ...) right after a PER span and a
 * comma is untagged ("prosecutor , Mark Tedeschi , [QC] ," LOC, "Tom Molomby , [SC] ," ORG: the
 * model reads them as Quebec and South Carolina).
 */
export function untagPostNominals(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const postNominals = wordList('post-nominals.txt');
  const starts = startSet(sentStarts);
  for (let i = 2; i < words.length; i++) {
    if (labels[i] === O || isInside(labels[i]!) || i + 1 < words.length && isInside(labels[i + 1]!) || !postNominals.has(words[i]!)) continue;
    if (words[i - 1] !== ',' || starts.has(i) || starts.has(i - 1) || labels[i - 2] === O || typeOf(labels[i - 2]!) !== PER) continue;
    labels[i] = O;
  }
}

/**
 * A sentence adverb is no name: a one-word span opening a sentence, a word in "-ly" that running
 * text writes in lower case (lower-words.txt: "Allegedly", "Initially", "Finally") and that the
 * gazetteer knows as no name ("Ally", "Kelly"), is untagged ("[Allegedly] , Thomas ' sister ..."
 * PER, "[Initially] Poland offered" ORG): a capitalized word alone at a sentence start.
 */
export function untagAdverbs(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const lower = wordList('lower-words.txt');
  for (const i of sentStarts) {
    if (i >= words.length || labels[i] === O || i + 1 < words.length && isInside(labels[i + 1]!)) continue;
    const w = words[i]!;
    if (!w.endsWith('ly') || !GIVEN_NAME.test(w)) continue;
    if (lower.has(w.toLowerCase()) && !gaz.categoriesOf(words, i, i + 1)) labels[i] = O;
  }
}

/**
 * A state after a town is a place: a word that abbreviates a US state (resources/en/places/
 * us-states.tsv: "TX", "Pa.") or a Canadian province or Australian state (region-abbreviations.txt:
 * "Ont.", "QC", "NSW"), right after a LOC span and a comma, untagged or a one-word span of another type,
 * is LOC ("Houston , [TX] 77002", "Kingston , [Ont.] ;", "Raleigh , [NC] ( RDU Airport )": e-mail
 * signatures and lists of victims' home towns), outside a sentence written in capitals.
 */
export function tagRegionAbbreviations(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const abbreviations = regionAbbreviations();
  const starts = startSet(sentStarts);
  for (let i = 2; i < words.length; i++) {
    if (!abbreviations.has(words[i]!) || words[i - 1] !== ',' || starts.has(i) || starts.has(i - 1)) continue;
    if (labels[i - 2] === O || typeOf(labels[i - 2]!) !== LOC || isInside(labels[i]!) || i + 1 < words.length && isInside(labels[i + 1]!)) continue;
    if (typeOf(labels[i]!) === LOC) continue;
    let a = i, b = i + 1;
    while (a > 0 && !starts.has(a)) a--;
    while (b < words.length && !starts.has(b)) b++;
    if (!inCapitals(words, a, b)) labels[i] = bOf(LOC);
  }
}
let regionAbbrevs: Set<string> | null = null;
function regionAbbreviations(): Set<string> {
  if (regionAbbrevs) return regionAbbrevs;
  regionAbbrevs = new Set(wordList('region-abbreviations.txt'));
  for (const line of wordList('us-states.tsv', 'places')) for (const a of line.split('\t')[1]?.split('|') ?? []) if (a) regionAbbrevs.add(a);
  return regionAbbrevs;
}

/**
 * A given name after a greeting is a person: a capitalized word right after a word of grammar.yaml
 * greetings (Hello, Hi, Dear, Thanks, Hey; "Thanks again ," too: a comma or "again" may stand
 * between) and before a punctuation mark or the end of its sentence, untagged or a one-word span of
 * another type, is PER when the gazetteer knows it as a given name (FIRST, NAME) and no place or
 * organization ("Hello [Louise] ,", "Thanks [Don] .", "thanks [Rich]" LOC): salutations of e-mails
 * and reviews, which CoNLL-2003 news never has.
 */
const GREETINGS = GRAMMAR.greetings;
export function tagGreeted(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const starts = startSet(sentStarts);
  for (let k = 0; k + 1 < words.length; k++) {
    if (!GREETINGS.has(words[k]!)) continue;
    let i = k + 1;
    for (let n = 0; n < 2 && i + 1 < words.length && !starts.has(i) && (words[i] === ',' || words[i] === 'again'); n++) i++;
    if (starts.has(i) || !GIVEN_NAME.test(words[i]!) || isInside(labels[i]!) || labels[i] !== O && typeOf(labels[i]!) === PER) continue;
    if (i + 1 < words.length && !starts.has(i + 1) && (WORDLIKE.test(words[i + 1]!) || isInside(labels[i + 1]!))) continue;
    const cats = gaz.categoriesOf(words, i, i + 1);
    if (cats & NAME_BITS && !(cats & (KNOWN_PLACE | KNOWN_ORG))) labels[i] = bOf(PER);
  }
}

/**
 * An office is no name: a PER/ORG/LOC span of two words or more, capitalized, that is exactly a title
 * of resources/en/entities/titles.tsv ("Virginia 's [Attorney General] ,", "the [Prime Minister]") is
 * untagged, as CoNLL-2003 and Universal NER leave titles out. One-word titles are left: they are
 * surnames too ("King said", "Head said").
 */
export function untagTitles(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const titles = titleTable();
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type === 'MISC' || s.end - s.start < 2 || s.end - s.start > titles.maxWords || !CAPITALIZED.test(words[s.start]!)) continue;
    if (titles.byKey.has(words.slice(s.start, s.end).join(' ').toLowerCase())) labels.fill(O, s.start, s.end);
  }
}

/**
 * A speaker in a quotation is a person: a one-word ORG/LOC span that the gazetteer knows as a given
 * name and as no place or organization, right before or right after one of grammar.yaml sayingVerbs,
 * with a quotation mark among the three words before it, is PER ('" No , " [Winston] says', '"
 * What ? " asks [Winston] ,': the model typed a lone given name ORG four times in one EWT story);
 * without the quotation mark, "told [Lloyd] 's" (the insurer) and "agency [Petra] said" stay.
 */
export function retypeQuotedSpeakers(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  for (let i = 1; i < words.length; i++) {
    const t = typeOf(labels[i]!);
    if (t !== ORG && t !== LOC || isInside(labels[i]!) || i + 1 < words.length && isInside(labels[i + 1]!)) continue;
    if (!SAYING_VERBS.has(words[i - 1]!) && !(i + 1 < words.length && SAYING_VERBS.has(words[i + 1]!))) continue;
    let quoted = false;
    for (let k = Math.max(0, i - 3); k < i; k++) if (QUOTE_MARKS.has(words[k]!)) quoted = true;
    if (!quoted) continue;
    const cats = gaz.categoriesOf(words, i, i + 1);
    if (cats & NAME_BITS && !(cats & (KNOWN_PLACE | KNOWN_ORG))) labels[i] = bOf(PER);
  }
}
const QUOTE_MARKS = new Set([...GRAMMAR.openingQuotes, ...GRAMMAR.closingQuotes]);

/**
 * Planets are places: a one-word span of another type that is a word of resources/en/entities/
 * celestial.txt (as written: "Mars", "Jupiter") becomes LOC ("landed on Mars" MISC or ORG), as Universal
 * NER tags "Earth" and "Moon" LOC (EWT) and GUM types Earth a place; a word the gazetteer knows as a
 * given name or an organization is left as the model typed it.
 */
export function retypeCelestial(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const celestial = wordList('celestial.txt');
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type === 'LOC' || s.end - s.start !== 1 || !celestial.has(words[s.start]!)) continue;
    if (!(gaz.categoriesOf(words, s.start, s.end) & (NAME_BITS | KNOWN_ORG | KNOWN_PER))) setType(labels, s, LOC);
  }
}

const LIST_LINKS = GRAMMAR.listLinks;
const KIND_OF: Partial<Record<NerType, number>> = { PER: KNOWN_PER | NAME_BITS, ORG: KNOWN_ORG, LOC: KNOWN_PLACE & ~KNOWN_NORP };

/**
 * Names in one list are of one kind: in a list of three or more spans of a sentence joined by ",",
 * "and", "or" (", and"), where all but one have the same type (PER, ORG or LOC), the other one
 * (not MISC) takes that type when the gazetteer knows it as a name of that kind ("New South Wales,
 * Victoria, South Australia, Western Australia and Queensland": "Western Australia" ORG, a CoNLL
 * cricket team, → LOC). Sports results list teams as ORG throughout and are left as they are.
 */
export function retypeLists(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const spans = spansOf(labels, sentStarts), starts = startSet(sentStarts);
  const joined = (x: TokenSpan, y: TokenSpan) => !starts.has(y.start) && (y.start - x.end === 1 && LIST_LINKS.has(words[x.end]!)
    || y.start - x.end === 2 && words[x.end] === ',' && LIST_LINKS.has(words[x.end + 1]!));
  for (let a = 0; a < spans.length;) {
    let b = a + 1;
    while (b < spans.length && joined(spans[b - 1]!, spans[b]!)) b++;
    const list = spans.slice(a, b);
    a = b;
    if (list.length < 3) continue;
    for (const type of ['PER', 'ORG', 'LOC'] as const) {
      const odd = list.filter((s) => s.type !== type);
      if (odd.length !== 1 || odd[0]!.type === 'MISC') continue;
      if (gaz.categoriesOf(words, odd[0]!.start, odd[0]!.end) & KIND_OF[type]!) setType(labels, odd[0]!, TYPES.indexOf(type));
    }
  }
}

let pronounKinds: Map<string, boolean> | null = null;
/** a token with a letter or digit: no punctuation mark ("'s" is one) */
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Names called "he" or "she" are persons. A mention of a one-word capitalized name that opens a
 * clause (first in its sentence or right after a punctuation mark: not "to Nitro with his family")
 * votes on the name's kind with the first third-person singular pronoun of resources/en/entities/
 * pronouns.tsv after it in the same clause (no punctuation mark, capitalized word or other span
 * between them: not "in Enron , he may"): person for "he", "his", "she", "her"; thing for "it",
 * "its". A name the model typed ORG or LOC that gets more person votes than thing votes, and
 * person votes from at least half of its mentions in the document (two at least when it recurs:
 * "Wikinews caught up with her" is one), becomes PER at every mention
 * ("Gloria 's eczema was so severe that her skin broke", "McDonnell did well early in his term"),
 * unless the gazetteer knows it as an organization, a country, region or nationality, or as a place
 * and not as a person's name. The model types an unknown one-word name after its neighbours, and in
 * a document after its first mention.
 */
export function retypePronouned(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  pronounKinds ??= new Map([...wordList('pronouns.tsv')].map((l) => l.split('\t') as [string, string]).map(([w, k]) => [w, k === 'person']));
  const starts = startSet(sentStarts);
  const names = spansOf(labels, sentStarts).filter((s) => s.type !== 'MISC' && s.end - s.start === 1 && NAME_WORD.test(words[s.start]!));
  const votes = new Map<string, { person: number; thing: number; mentions: number }>();
  for (const s of names) {
    const v = votes.get(words[s.start]!) ?? { person: 0, thing: 0, mentions: 0 };
    votes.set(words[s.start]!, v);
    v.mentions++;
    if (s.start > 0 && !starts.has(s.start) && WORDLIKE.test(words[s.start - 1]!)) continue; // not opening a clause
    for (let i = s.end; i < words.length && !starts.has(i) && labels[i] === O && !CAPITALIZED.test(words[i]!) && WORDLIKE.test(words[i]!); i++) {
      const person = pronounKinds.get(words[i]!.toLowerCase());
      if (person === undefined) continue;
      if (person) v.person++; else v.thing++;
      break;
    }
  }
  for (const s of names) {
    const v = votes.get(words[s.start]!)!;
    if (s.type !== 'ORG' && s.type !== 'LOC' || v.person <= v.thing || 2 * v.person < v.mentions || v.person < 2 && v.mentions > 1) continue;
    const cats = gaz.categoriesOf(words, s.start, s.end);
    if (cats & (KNOWN_ORG | NOT_PERSON_PLACE) || cats & KNOWN_PLACE && !(cats & (KNOWN_PER | NAME_BITS))) continue;
    setType(labels, s, PER);
  }
}

const POSSESSIVE_FOLLOWERS = GRAMMAR.possessiveNameFollowers, POSSESSIVE_MARKS = GRAMMAR.possessiveNameMarks;

/**
 * A possessive that owns nothing belongs to the name: an ORG or LOC span right before "'s" (any case:
 * "'S"; or a lone "s", the apostrophe dropped in web text: "Hancock s is"), that is followed by the end
 * of its sentence, a closing punctuation mark (grammar.yaml possessiveNameMarks) or a function word of
 * possessiveNameFollowers (is, was, has, and, or, in, at, ...) takes the "'s" into the span: a shop,
 * firm or ground named after its owner ("a large bid for [Boatmen 's] .", "[Hackney 's] has a great
 * burger", "[PORTILLO 'S] OR WHITE CASTLE", "at [Lord 's] , London"). Persons are left ("Crohn 's is",
 * "Maakinen 's and Mitsubishi"), and so are places the gazetteer knows ("the Czech Republic 's" ending
 * a cut headline) and a possessive before a bracket, a quotation mark or a noun ("( Britain 's )",
 * "Microsoft 's \" The", "Enron 's working gas").
 */
export function joinPossessiveNames(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const starts = startSet(sentStarts);
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type !== 'ORG' && s.type !== 'LOC') continue;
    const p = s.end;
    if (p >= words.length || starts.has(p) || labels[p] !== O) continue;
    const w = words[p]!;
    if (!POSSESSIVES.has(w.toLowerCase()) && w !== 's') continue;
    const next = p + 1;
    if (next < words.length && !starts.has(next) && !POSSESSIVE_MARKS.has(words[next]!) && !POSSESSIVE_FOLLOWERS.has(words[next]!.toLowerCase())) continue;
    if (gaz.categoriesOf(words, s.start, s.end) & KNOWN_PLACE) continue;
    labels[p] = iOf(TYPES.indexOf(s.type));
  }
}

/**
 * One name, one type per document: spans with the same words but different types all take the
 * type most of them got (no change on a tie). The decoder's document history reads only earlier
 * mentions; this settles a name typed before its context made the type clear.
 */
export function harmonizeTypes(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const byText = new Map<string, TokenSpan[]>();
  for (const s of spansOf(labels, sentStarts)) {
    const key = words.slice(s.start, s.end).join(' ');
    const list = byText.get(key);
    if (list) list.push(s); else byText.set(key, [s]);
  }
  for (const list of byText.values()) {
    if (list.length < 2) continue;
    const counts = new Map<NerType, number>();
    for (const s of list) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
    if (first![1] === second![1]) continue;
    for (const s of list) if (s.type !== first![0]) setType(labels, s, TYPES.indexOf(first![0]));
  }
}

/**
 * A capitalized one-word PER/ORG/LOC name that the document always types the same way is tagged
 * where it recurs untagged on its own (its neighbours in the sentence not capitalized): the left-
 * to-right decoder may miss a mention before the one whose context made it a name.
 */
export function tagRepeats(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const typeOfWord = new Map<string, number>();
  for (const s of spansOf(labels, sentStarts)) {
    const type = TYPES.indexOf(s.type);
    if (s.end - s.start !== 1 || type === MISC || !CAPITALIZED.test(words[s.start]!)) continue;
    const seen = typeOfWord.get(words[s.start]!);
    typeOfWord.set(words[s.start]!, seen === undefined || seen === type ? type : -1);
  }
  if (!typeOfWord.size) return;
  const starts = startSet(sentStarts);
  for (let i = 0; i < words.length; i++) {
    const type = typeOfWord.get(words[i]!);
    if (type === undefined || type < 0 || labels[i] !== O) continue;
    if (!starts.has(i) && i > 0 && CAPITALIZED.test(words[i - 1]!)) continue;
    if (i + 1 < words.length && !starts.has(i + 1) && CAPITALIZED.test(words[i + 1]!)) continue;
    labels[i] = bOf(type);
  }
}

/**
 * Titles in quotation marks are MISC, as CoNLL-2003 tags works, campaigns and slogans (Universal
 * NER leaves them untagged): a quoted run of one to eight words in one sentence, in title case
 * (capitalized words, numbers and grammar.yaml titleInnerWords: '" Anne of a Thousand Days "', '"
 * Schindler 's List "', '" The Crying Game "', '" Strike Hard " campaign'), that the model left
 * untagged or tagged in part as MISC or ORG ("Schindler" ORG, '" The [Decaying Mansion] "') is one
 * MISC span. Left as they are: a run with a PER or LOC span inside ('" Scarne on Card Tricks "',
 * '" Iran Cartoon "': Universal NER tags a person or place named in a title; CoNLL-2003's "Lawrence
 * of Arabia" is lost), a run that is one ORG span already ('" Dream Team "', '" Janakantha "
 * newspaper'), one a span runs into or out of, a nickname between two capitalized words ('Rohan "
 * Alabama " Davey'), and words in capitals (headlines, shouting).
 */
export function tagQuotedTitles(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const starts = startSet(sentStarts);
  const inner = (w: string) => CAPITALIZED.test(w) || BARE_NUMBER.test(w) || TITLE_INNER.has(w);
  for (let i = 0; i < words.length; i++) {
    if (!OPENING_QUOTES.has(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && j - i <= 9 && !starts.has(j) && !CLOSING_QUOTES.has(words[j]!) && inner(words[j]!)) j++;
    if (j >= words.length || j - i > 9 || starts.has(j) || !CLOSING_QUOTES.has(words[j]!) || j === i + 1) continue;
    const a = i + 1, b = j;
    i = j; // the closing mark opens no title
    if (!CAPITALIZED.test(words[a]!) || words.slice(a, b).every((w) => w === w.toUpperCase())) continue;
    if (a >= 2 && CAPITALIZED.test(words[a - 2]!) && !starts.has(a - 1) && b + 1 < words.length && CAPITALIZED.test(words[b + 1]!) && !starts.has(b + 1)) continue;
    if (isInside(labels[a]!) || b < words.length && isInside(labels[b]!) && labels[b - 1] !== O) continue;
    const spans = spansOf(labels.subarray(a, b));
    if (spans.some((x) => x.type === 'PER' || x.type === 'LOC')) continue;
    if (spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === b - a && spans[0]!.type === 'ORG') continue;
    labels[a] = bOf(MISC);
    labels.fill(iOf(MISC), a + 1, b);
  }
}
const TITLE_INNER = GRAMMAR.titleInnerWords, OPENING_QUOTES = GRAMMAR.openingQuotes, CLOSING_QUOTES = GRAMMAR.closingQuotes;

/**
 * A name right before a publication noun (resources/en/entities/media-nouns.txt: newspaper, daily,
 * weekly, magazine, ...) is a newspaper's or magazine's: a PER span, or a LOC span the gazetteer does
 * not know as a place, is retyped ORG ("[Le Matin] newspaper", "[Zycie Warszawy] daily", "Britain 's
 * [Sun] newspaper"), and so is the same name elsewhere in the document ("Zycie Warszawy said");
 * "the Sarajevo daily" and an abbreviation in capitals ("HK newspaper") stay places.
 */
export function retypeMediaNamed(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  const nouns = wordList('media-nouns.txt');
  const starts = startSet(sentStarts);
  const spans = spansOf(labels, sentStarts);
  const key = (s: TokenSpan) => words.slice(s.start, s.end).join(' ');
  const media = new Set<string>();
  for (const s of spans) {
    if (s.end >= words.length || starts.has(s.end) || !nouns.has(words[s.end]!)) continue;
    if (s.type === 'LOC' && (gaz.categoriesOf(words, s.start, s.end) & KNOWN_PLACE || !hasLower(words, s)) || s.type === 'MISC') continue;
    media.add(key(s));
  }
  if (!media.size) return;
  for (const s of spans) if (s.type !== 'ORG' && media.has(key(s))) setType(labels, s, ORG);
}

/**
 * Two names joined by "&" are a firm's ("Douglas & Lomason", "Procter & Gamble"; eng.train tags 22
 * of 23 such pairs ORG, the other "Trinidad & Tobago" LOC): where a capitalized word stands on each
 * side of an "&" in one sentence, and the names on its sides (the span around each word, or the word
 * alone when untagged) include a PER span and no LOC or MISC span ('the journal " Social [Science &
 * Medicine] "'), the whole, six words at most, is one ORG span ("Douglas & Lomason Co"). The model
 * reads such names as two persons ("[Douglas] & [Lomason]") or one. A longer run is left: an e-mail
 * signature's name and employer run together ("Hilary E. Ackermann Goldman Sachs ... & Advisory").
 */
export function joinAmpersands(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const starts = startSet(sentStarts);
  const spanAt = (i: number): TokenSpan | null => {
    if (labels[i] === O) return null;
    let a = i, b = i + 1;
    while (a > 0 && isInside(labels[a]!) && !starts.has(a) && typeOf(labels[a - 1]!) === typeOf(labels[i]!)) a--;
    while (b < words.length && isInside(labels[b]!) && !starts.has(b) && typeOf(labels[b]!) === typeOf(labels[i]!)) b++;
    return { start: a, end: b, type: TYPES[typeOf(labels[i]!)]! };
  };
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i] !== '&' || starts.has(i) || starts.has(i + 1) || !CAPITALIZED.test(words[i - 1]!) || !CAPITALIZED.test(words[i + 1]!)) continue;
    const sides = [spanAt(i - 1), spanAt(i), spanAt(i + 1)];
    if (sides.some((x) => x?.type === 'LOC' || x?.type === 'MISC') || !sides.some((x) => x?.type === 'PER')) continue;
    const start = Math.min(...sides.map((x, k) => x?.start ?? i - 1 + k)), end = Math.max(...sides.map((x, k) => x?.end ?? i + k));
    if (end - start > MAX_AMPERSANDED) continue;
    setType(labels, { start, end, type: 'ORG' }, ORG);
  }
}

const MAX_AMPERSANDED = 6;

/**
 * A contact line's label is no name: a one-word PER/ORG/LOC span that is a word of
 * resources/en/entities/contact-labels.txt (Telephone, Facsimile, Fax, Email, ...) right before a
 * colon is untagged ("[Facsimile] : ( 713 ) 646-2600" PER in e-mail signatures).
 */
export function untagContactLabels(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const contactLabels = wordList('contact-labels.txt');
  for (const s of spansOf(labels, sentStarts)) {
    if (s.end - s.start === 1 && s.type !== 'MISC' && words[s.end] === ':' && contactLabels.has(words[s.start]!)) labels[s.start] = O;
  }
}

/**
 * A nickname in quotation marks inside a person's name is part of it: a PER span, a quoted run of
 * one to four capitalized words or titleInnerWords, and a PER span, a one-word span of another type
 * or an untagged capitalized word right after the closing mark are one PER span ('Roberto " Hands of Stone " Duran', 'Hector "
 * Macho " Camacho', 'Rohan " Alabama " Davey'), as CoNLL-2003 and Universal NER tag such names.
 */
export function joinNicknames(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  const starts = startSet(sentStarts);
  for (let i = 1; i < words.length; i++) {
    if (!OPENING_QUOTES.has(words[i]!) || typeOf(labels[i - 1]!) !== PER || starts.has(i)) continue;
    let j = i + 1;
    while (j < words.length && j - i <= 5 && !starts.has(j) && !CLOSING_QUOTES.has(words[j]!) && (CAPITALIZED.test(words[j]!) || TITLE_INNER.has(words[j]!))) j++;
    if (j >= words.length || j - i > 5 || j === i + 1 || starts.has(j) || !CLOSING_QUOTES.has(words[j]!) || !CAPITALIZED.test(words[i + 1]!)) continue;
    const k = j + 1; // the surname
    if (k >= words.length || starts.has(k) || !CAPITALIZED.test(words[k]!) || labels[k] !== O && isInside(labels[k]!)) continue;
    let e = k + 1;
    if (labels[k] !== O) while (e < words.length && isInside(labels[e]!) && typeOf(labels[e]!) === typeOf(labels[k]!) && !starts.has(e)) e++;
    if (labels[k] !== O && typeOf(labels[k]!) !== PER && e - k > 1) continue;
    labels.fill(iOf(PER), i, e);
    i = e - 1;
  }
}

/**
 * A word the document writes in lower case is an ordinary word where it is capitalized too: a one-word
 * PER/ORG/LOC span (capitalized, the rest in lower case) whose lower-case form stands in the document
 * three times or more, and more often than the word capitalized inside a sentence, is untagged,
 * unless the gazetteer knows the word (any category: "Santorum", a person and a neologism) or it is a
 * function word (src/story stop words: "Said", "An" as names). Sentence starts and emphasis capitalize
 * ordinary words ('" If Iodine deficiency is serious ..."' in an article on iodine; "Gold closed down").
 */
export function untagLowerCased(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer): void {
  // the candidates first (one-word spans, few), then one pass counting only their forms
  const stop = stopWords();
  const spans = spansOf(labels, sentStarts).filter((s) => s.end - s.start === 1 && s.type !== 'MISC' && GIVEN_NAME.test(words[s.start]!) && !stop.has(words[s.start]!.toLowerCase()));
  if (!spans.length) return;
  const lower = new Map<string, number>(), capitalized = new Map<string, number>();
  for (const s of spans) { capitalized.set(words[s.start]!, 0); lower.set(words[s.start]!.toLowerCase(), 0); }
  const starts = startSet(sentStarts);
  words.forEach((w, i) => {
    const l = lower.get(w);
    if (l !== undefined) lower.set(w, l + 1);
    else if (!starts.has(i)) { const c = capitalized.get(w); if (c !== undefined) capitalized.set(w, c + 1); }
  });
  for (const s of spans) {
    const w = words[s.start]!;
    const l = lower.get(w.toLowerCase())!;
    if (l < MIN_LOWER || l <= capitalized.get(w)! || gaz.categoriesOf(words, s.start, s.end)) continue;
    labels[s.start] = O;
  }
}
const MIN_LOWER = 3;

/** A calendar date written as one token, year first ("1996-08-30"): a news dateline's date. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A dateline is places: a sentence of capitalized words and commas only, ending with a date token
 * ("NEW YORK 1996-08-30", "LA CORUNA , Spain 1996-08-31"), names where the story was filed, each run
 * of up to five words between commas one LOC span ("THE HAGUE"). The model typed some all-capitals
 * city names ORG there (sports pages), or left them out. A run the gazetteer knows as an
 * organization and no place is left ("UNITED NATIONS 1996-08-29", ORG in CoNLL-2003).
 */
export function tagDatelines(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[], gaz: Gazetteer | null = null): void {
  sentStarts.forEach((a, k) => {
    const b = k + 1 < sentStarts.length ? sentStarts[k + 1]! : words.length;
    if (b - a < 2 || !ISO_DATE.test(words[b - 1]!)) return;
    const runs: [number, number][] = [];
    let start = a;
    for (let i = a; i <= b - 1; i++) {
      if (i < b - 1 && CAPITALIZED.test(words[i]!)) continue;
      if (i < b - 1 && words[i] !== ',') return;
      if (i === start || i - start > 5) return;
      runs.push([start, i]);
      start = i + 1;
    }
    for (const [s, e] of runs) {
      const cats = gaz?.categoriesOf(words, s, e) ?? 0;
      if (cats & KNOWN_ORG && !(cats & KNOWN_PLACE)) continue; // "UNITED NATIONS 1996-08-29"
      labels[s] = bOf(LOC);
      labels.fill(iOf(LOC), s + 1, e);
    }
  });
}

/** Label ids as BIO strings. */
export const labelNames = (labels: Uint8Array): string[] => Array.from(labels, (l) => LABELS[l]!);

export interface TokenSpan { start: number; end: number; type: NerType }

/** Entity spans (token index ranges, end exclusive) from BIO label ids. */
const NO_STARTS = new SentenceStarts([]);
export function spansOf(labels: ArrayLike<number>, sentStarts?: readonly number[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  const starts = sentStarts ? startSet(sentStarts) : NO_STARTS;
  let cur: TokenSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const continues = cur && isInside(l) && TYPES[typeOf(l)] === cur.type && !starts.has(i);
    if (continues) { cur!.end = i + 1; continue; }
    if (cur) out.push(cur);
    cur = l === O ? null : { start: i, end: i + 1, type: TYPES[typeOf(l)]! };
  }
  if (cur) out.push(cur);
  return out;
}
