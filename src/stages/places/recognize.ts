/**
 * Toponym recognition: which spans of the article name places.
 *
 * 1. Entity mentions of type LOC and GPE are toponyms; NORP mentions are toponyms when they are a
 *    country's demonym ("Ukrainian" → Ukraine).
 * 2. The gazetteer recognizer adds capitalized names the NER missed, where it can be precise:
 *    - the longest run of capitalized tokens whose name is in the gazetteer;
 *    - skipped when it is part of a longer proper name ("George Washington"), follows a person's
 *      title ("Mr. Jackson"), names a street ("Orchard St."), or is a common word (not-places.txt);
 *    - a weak name (a small town) needs a cue: a locative preposition before it ("in Pandi") or a
 *      container after it ("Bryn Mawr, Pa.").
 * 3. "Name County", "Name Parish", "Name River" ... are toponyms even when the gazetteer lacks them.
 * 4. A container after a comma ("Krasnohorivka, Donetsk Oblast", "Bryn Mawr, Pa.") is a toponym too,
 *    linked to the place it contains.
 */
import type { Document, Mention, Token } from '../../document.js';
import { placeCues } from './cues.js';
import { isShortCapsName, Match, shortCapsReading, type Candidate, type Gazetteer } from './gazetteer.js';
import { placeKey, placeKeyOf } from './normalize.js';
import { grammarWords } from '../../util/grammar.js';

const GRAMMAR = grammarWords('places');

export interface Toponym {
  start: number;
  end: number;
  text: string;
  key: string;
  mention: string | null;
  /** 'ner', 'gazetteer', 'feature-word', 'container' */
  via: string;
  /** a demonym standing for its country's territory */
  demonym: boolean;
  /** index (into the returned list) of the toponym that contains this one, from "A, B" */
  container: number | null;
  /** this toponym is the container in "A, B" (abbreviations count as names only here) */
  isContainer: boolean;
}

/** Lower-case region words that may end a region's name ("Bryansk region"). */
const LOWER_REGION_WORDS = GRAMMAR.lowerRegionWords;
/** Most tokens a gazetteer name may span. */
const MAX_NAME_TOKENS = 6;
/** Lowercase words allowed inside a multi-word name ("Isle of Man", "Rio de Janeiro"). */
const CONNECTORS = GRAMMAR.connectors;
/** Places this populous (or countries, regions, continents, aliases) need no cue. */
const STRONG_POP = 100_000;
/** Cities this populous are meant even when their name is also a person's or a word ("Houston"). */
const WORLD_CITY_POP = 1_000_000;
/** A town this populous (or a county) may head an organization's name ("Mansfield Mayor"). */
const ORG_HEAD_POP = 1000;
/** A name of a town this populous may stand without a cue when tagged as a proper noun. */
const PROPN_POP = 15_000;

const ARTICLES = GRAMMAR.articles;

const isCapWord = (t: Token): boolean => t.kind === 'word' && /^\p{Lu}/u.test(t.text) && t.text.length < 40;

export function recognize(doc: Readonly<Document>, gaz: Gazetteer, onlyMentions = false): Toponym[] {
  const cues = placeCues();
  const { text, tokens } = doc;
  const out: Toponym[] = [];
  // tokens inside entity mentions: 1 = place mention, 2 = person, 3 = other (org, misc)
  const inMention = new Uint8Array(tokens.length);
  const tokenAt = tokenIndexer(tokens);

  const surnames = onlyMentions ? new Set<string>() : surnamesOf(tokens, cues.givenNames);
  for (const m of doc.mentions) {
    let place = m.type === 'LOC' || m.type === 'GPE';
    const cands = place || m.type === 'NORP' || m.type === 'MISC' ? gaz.lookup(m.text) : [];
    // "Canadian" names Canada, not Canadian, Texas: a demonym reading wins whenever there is one
    const demonym = (m.type === 'NORP' || m.type === 'MISC' || place) && isDemonym(cands);
    const [a, b] = tokenAt(m.start, m.end);
    // the NER's place mentions are checked like the gazetteer's finds (given mentions are taken as they are)
    if (place && !demonym && !onlyMentions && !vetMention(doc, tokens, a, b, cands, surnames)) place = false;
    const to = place && !demonym && !onlyMentions ? extendMention(text, tokens, a, b, gaz, cues) : b;
    for (let i = a; i < to; i++) inMention[i] = place || demonym ? 1 : m.type === 'PER' ? 2 : 3;
    if (to > b) {
      const end = tokens[to - 1]!.end;
      out.push({ ...fromMention(m, false), end, text: text.slice(m.start, end), key: placeKey(text.slice(m.start, end)) });
    } else if (place || demonym) out.push(fromMention(m, demonym));
  }

  for (let i = 0; i < tokens.length && !onlyMentions; i++) {
    if (inMention[i] === 1 || !isCapWord(tokens[i]!)) continue;
    const found = longestName(text, tokens, i, gaz);
    const feature = featureName(tokens, i, found?.n ?? 0, cues);
    if (!found && !feature) continue;
    // inside a person's name only a country, region or county counts ("Darfur", "Hall County" mistagged)
    if (inMention[i] === 2 && !feature && !strongName(found!.cands) && !found!.cands.some((c) => c.featureCode === 'ADM2')) continue;
    // inside an organization's name (past its first word), a word that is also a common English word is the word ("National Coalition for Men" names no village "Men")
    if (inMention[i] === 3 && inMention[i - 1] === 3 && !feature && found!.n === 1 && cues.commonWords.has(tokens[i]!.text.toLowerCase()) && !strongName(found!.cands)) continue;
    const n = feature ?? found!.n;
    if (!accept(doc, tokens, i, n, found && !feature ? found.cands : [], inMention, gaz, !!feature, surnames)) continue;
    const start = tokens[i]!.start;
    const end = tokens[i + n - 1]!.end;
    const span = text.slice(start, end);
    const dem = !feature && isDemonym(found!.cands);
    out.push({ start, end, text: span, key: placeKey(span), mention: null, via: feature ? 'feature-word' : 'gazetteer', demonym: dem, container: null, isContainer: false });
    i += n - 1;
  }

  out.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept = dropOverlaps(out);
  if (!onlyMentions) listedFeatures(doc, kept, gaz, cues);
  addContainers(doc, kept, gaz, tokenAt);
  return kept;
}

/**
 * The NER's place mention [a, b) cut short: the longer gazetteer name it starts ("Mount" of "Mount
 * Pleasant", "Prince" of "Prince Edward Island"), or its feature word ("Guernsey" of "Guernsey County").
 * Returns the token end of the toponym (b when it stands as it is).
 */
function extendMention(text: string, tokens: readonly Token[], a: number, b: number, gaz: Gazetteer, cues: ReturnType<typeof placeCues>): number {
  const next = tokens[b];
  if (!next || next.sentence !== tokens[a]!.sentence || next.start - tokens[b - 1]!.end > 1 || !isCapWord(next)) return b;
  let found = longestName(text, tokens, a, gaz);
  // "Dublin City Council": a longer name known only as another's alternate name ("Dublin City"), whose
  // last word is an organization's word followed by more of its name, is the organization's
  if (found && found.n > b - a && !found.cands.some((c) => c.match <= Match.Name)) {
    const last = tokens[a + found.n - 1]!;
    const after = tokens[a + found.n];
    if (cues.org.has(last.text.toLowerCase()) && after && after.sentence === last.sentence && isCapWord(after)) found = null;
  }
  const n = found && found.n > b - a ? found.n : b - a;
  const withFeature = featureName(tokens, a, n, cues);
  // "Woodstock District Court", "U.S. District Judge": the feature word starts an organization's or a title's name
  const after = withFeature ? tokens[a + withFeature] : undefined;
  if (!withFeature || (after && after.sentence === next.sentence && isCapWord(after))) return a + n;
  return a + withFeature;
}

function fromMention(m: Mention, demonym: boolean): Toponym {
  return { start: m.start, end: m.end, text: m.text, key: placeKey(m.text), mention: m.id, via: 'ner', demonym, container: null, isContainer: false };
}

export function isDemonym(cands: Candidate[]): boolean {
  return cands.some((c) => c.match === Match.Demonym);
}

/** Longest gazetteer name starting at token i (within its sentence). */
function longestName(text: string, tokens: readonly Token[], i: number, gaz: Gazetteer): { n: number; cands: Candidate[] } | null {
  const matched: [number, string][] = [];
  let lastKey = '';
  const sentence = tokens[i]!.sentence;
  for (let n = 1; n <= MAX_NAME_TOKENS && i + n <= tokens.length; n++) {
    const t = tokens[i + n - 1]!;
    if (t.sentence !== sentence) break;
    if (n > 1) {
      const gap = t.start - tokens[i + n - 2]!.end;
      if (gap > 1 || (gap === 1 && !/\s/.test(text[t.start - 1]!))) break;
      const glue = gap === 0 && /^[-.'’]$/.test(t.text);
      const regionWord = LOWER_REGION_WORDS.has(t.text);
      if (!isCapWord(t) && !CONNECTORS.has(t.text) && !glue && !(gap === 0 && t.text === '.') && !regionWord) break;
      if (regionWord && !isCapWord(t)) {
        // "Bryansk region", "Donetsk oblast": the region, when the gazetteer has it
        const key = placeKeyOf(text.slice(tokens[i]!.start, t.end));
        const cands = gaz.lookupKey(key).filter((c) => c.featureCode === 'ADM1' || c.featureCode === 'ADM2' || c.featureClass === 'L');
        if (cands.length) return { n, cands };
        break;
      }
    }
    if (!isCapWord(t) && t.text !== '.') continue;
    const key = n === 1 ? placeKeyOf(t.text) : placeKeyOf(text.slice(tokens[i]!.start, t.end));
    if (key === lastKey || !gaz.hasKey(key)) continue;
    lastKey = key;
    matched.push([n, key]);
  }
  for (let k = matched.length - 1; k >= 0; k--) {
    const cands = gaz.lookupKey(matched[k]![1]).filter((c) => c.match !== Match.Abbrev);
    if (cands.length) return { n: matched[k]![0], cands };
  }
  return null;
}


/** "Name County", "Name River": the number of tokens including the feature word, or null. */
function featureName(tokens: readonly Token[], i: number, known: number, cues: ReturnType<typeof placeCues>): number | null {
  const sentence = tokens[i]!.sentence;
  const isFeature = (t: Token | undefined) => !!t && t.sentence === sentence && isCapWord(t) && cues.feature.has(t.text.toLowerCase());
  if (known) return isFeature(tokens[i + known]) ? known + 1 : null;
  const lower = tokens[i]!.text.toLowerCase();
  if (tokens[i]!.pos !== 'PROPN' || ARTICLES.has(lower) || cues.calendar.has(lower) || cues.locative.has(lower)) return null;
  for (let n = 1; n <= 3; n++) {
    const next = tokens[i + n];
    if (isFeature(next)) return n + 1;
    if (!next || next.sentence !== sentence || !isCapWord(next)) return null;
  }
  return null;
}

function accept(doc: Readonly<Document>, tokens: readonly Token[], i: number, n: number, cands: Candidate[], inMention: Uint8Array, gaz: Gazetteer, feature: boolean, surnames: Set<string>): boolean {
  const cues = placeCues();
  const first = tokens[i]!;
  const prev = i > 0 && tokens[i - 1]!.sentence === first.sentence ? tokens[i - 1]! : null;
  const prev2 = i > 1 && tokens[i - 2]!.sentence === first.sentence ? tokens[i - 2]! : null;
  const next = tokens[i + n]?.sentence === first.sentence ? tokens[i + n]! : null;
  const key = placeKey(doc.text.slice(first.start, tokens[i + n - 1]!.end));
  if (cues.notPlaces.has(key)) return false;
  const prevWord = prev ? prev.text.toLowerCase() : '';
  if (titledAfter(prev, prev2, cues)) return false;
  // part of a longer proper name ("George Washington"); "In Paris", "The Hague" are fine
  if (prev && isCapWord(prev) && prev.pos === 'PROPN' && !cues.locative.has(prevWord) && !ARTICLES.has(prevWord) && !cues.calendar.has(prevWord)) return false;
  const sentenceStart = !prev;
  // "the Leaders’ Summit", "Ohio’s Mahoning Valley": a word after a possessive is part of a name
  if (prev && /^['’]s?$/.test(prev.text) && prev2 && isCapWord(prev2) && !strongName(cands)) return false;
  if (next && cues.street.has(next.text.toLowerCase().replace(/\.$/, ''))) return false;
  if (feature) return true;
  // "FAO", "ERV": a short all-caps token is a place only as a country, region or known abbreviation ("US", "UAE", "NYC")
  const span = doc.text.slice(first.start, tokens[i + n - 1]!.end);
  if (isShortCapsName(span) && !cands.some(shortCapsReading)) return false;
  const strong = cands.some((c) => c.match === Match.Alias || c.match === Match.Demonym
    || /^(PCLI|CONT|RGN|SEA|OCN|ISL|ZN)$/.test(c.featureCode) && c.match !== Match.Stem
    || c.featureCode === 'ADM1' && c.match !== Match.Stem && c.pop >= STRONG_POP
    || (c.pop >= STRONG_POP && c.match === Match.Name));
  const nextWord = next ? next.text.toLowerCase() : '';
  const named = cands.some((c) => c.match <= Match.Name && (c.featureCode === 'ADM2' || c.pop >= ORG_HEAD_POP));
  // "Charlotte received", "Orange juice", "the Belk Foundation": a town named like a person or a word needs a cue
  const lower = first.text.toLowerCase();
  const wordLike = n === 1 && (cues.givenNames.has(lower) || cues.commonWords.has(lower) || surnames.has(first.text))
    && !cands.some((c) => c.featureClass !== 'P' && c.match <= Match.Name && strong) && maxPopOf(cands) < WORLD_CITY_POP;
  if (next && isCapWord(next) && inMention[i + n] !== 1) {
    // a demonym inside a name ("American Diabetes Association") is no territory; "Egyptian President" is
    if (cands.some((c) => c.match === Match.Demonym)) return cues.title.has(nextWord);
    // "Alexandria Police Department", "Dublin Arts Council": a place starting an organization's name; "George Bush" is a person
    if (orgAhead(tokens, i + n, cues.org)) return strong || (named && !wordLike);
    if (n === 1 && cues.givenNames.has(first.text.toLowerCase())) return false;
    if (!(strong && cands.some((c) => c.featureClass !== 'P'))) return false;
  }
  // "Campbell said", "Henry's arrest", "Huntington's disease": a person
  if (next && cues.speech.has(nextWord) || eponymAt(tokens, i + n, cues)) return false;
  const possessive = next && /^['’]s?$/.test(next.text);
  // a preposition written capitalized inside a sentence belongs to a title ("May he Rest In Peace"), it locates nothing
  const titleCase = !!prev && !!prev2 && isCapWord(prev) && prev2.kind === 'word';
  const cue = (prev && cues.locative.has(prevWord) && !titleCase) || (next?.text === ',' && containerAt(doc.text, tokens, i + n + 1, gaz) > 0);
  if (wordLike) return !possessive && !!cue;
  if (possessive) return cands.some((c) => c.featureClass !== 'P' && strong) || cands.some((c) => c.match <= Match.Name && c.pop >= STRONG_POP);
  if (strong) return true;
  // "Coral Gables man charged", "Roselle police said"; "Henry County stands to receive"
  if (next && cues.people.has(next.text) && named) return true;
  if (n > 1 && cues.feature.has(tokens[i + n - 1]!.text.toLowerCase()) && named) return true;
  // a dateline: "HUDSON -- Officials said"
  if (sentenceStart && first.text.length > 2 && first.text === first.text.toUpperCase() && next && /^(--|—|–)$/.test(next.text)) return named || maxPopOf(cands) >= 1000;
  if (cue) return true;
  return !sentenceStart && first.pos === 'PROPN' && maxPopOf(cands) >= PROPN_POP;
}

/** tokens[k] is the 's of an eponym ("Parkinson['s disease]"). */
function eponymAt(tokens: readonly Token[], k: number, cues: ReturnType<typeof placeCues>): boolean {
  const pos = tokens[k], noun = tokens[k + 1];
  return !!pos && !!noun && pos.sentence === noun.sentence && /^['’]s$/.test(pos.text) && cues.eponym.has(noun.text.toLowerCase());
}

/** Words that follow a given name somewhere in the document ("Travis Bell" makes a later "Bell" a person). */
function surnamesOf(tokens: readonly Token[], givenNames: Set<string>): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (next.sentence === t.sentence && isCapWord(t) && isCapWord(next) && givenNames.has(t.text.toLowerCase()) && next.start - t.end === 1) out.add(next.text);
  }
  return out;
}

/** An organization head word among the next few capitalized words ("Gainesville Riding Club"). */
function orgAhead(tokens: readonly Token[], from: number, org: Set<string>): boolean {
  const sentence = tokens[from]?.sentence;
  for (let k = from; k < from + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || !isCapWord(t)) return false;
    if (org.has(t.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * Is the NER's LOC/GPE mention tokens [a, b) a place? Known to the gazetteer: yes, unless a person
 * cue says otherwise ("Mr. Bell", "Bell said", the surname of a person named in the article). Unknown: only a
 * "Name County"-like name, or capitalized words without organization or street words right after
 * a locative preposition ("near Zxqvillepol", "along the Danube").
 */
function vetMention(doc: Readonly<Document>, tokens: readonly Token[], a: number, b: number, cands: Candidate[], surnames: Set<string>): boolean {
  const cues = placeCues();
  const text = doc.text.slice(tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0);
  if (a >= b) return true;
  if (cues.notPlaces.has(placeKey(text))) return false;
  const first = tokens[a]!;
  const last = tokens[b - 1]!;
  const prev = a > 0 && tokens[a - 1]!.sentence === first.sentence ? tokens[a - 1]! : null;
  const prev2 = a > 1 && tokens[a - 2]!.sentence === first.sentence ? tokens[a - 2]! : null;
  const next = tokens[b]?.sentence === last.sentence ? tokens[b]! : null;
  const prevWord = prev ? prev.text.toLowerCase() : '';
  const nextWord = next ? next.text.toLowerCase().replace(/\.$/, '') : '';
  if (titledAfter(prev, prev2, cues)) return false;
  if (cues.street.has(nextWord) || cues.speech.has(nextWord) || eponymAt(tokens, b, cues)) return false;
  const single = b - a === 1;
  const lower = first.text.toLowerCase();
  const cue = !!prev && (cues.locative.has(prevWord) || (ARTICLES.has(prevWord) && !!prev2 && cues.locative.has(prev2.text.toLowerCase())));
  if (single && surnames.has(first.text) && !strongName(cands) && maxPopOf(cands) < WORLD_CITY_POP) return cue;
  if (cands.length) return true;
  const words = tokens.slice(a, b).filter((t) => t.kind === 'word');
  if (cues.feature.has(last.text.toLowerCase())) return true;
  if (words.some((w) => cues.org.has(w.text.toLowerCase()) || cues.street.has(w.text.toLowerCase().replace(/\.$/, '')))) return false;
  if (single) return cue && !cues.commonWords.has(lower);
  return cue && words.every((w) => isCapWord(w) || CONNECTORS.has(w.text));
}

/** The name follows a person's title: "Mr. Jackson", "MR. SULLIVAN", "Sen Warner" (prev is the title or its stop). */
function titledAfter(prev: Token | null, prev2: Token | null, cues: ReturnType<typeof placeCues>): boolean {
  if (!prev) return false;
  if (prev.text === '.') return !!prev2 && cues.person.has(prev2.text.toLowerCase());
  return cues.person.has(prev.text.toLowerCase().replace(/\.$/, ''));
}

/** A country, region, continent or an alias: a name strong enough to stand anywhere. */
function strongName(cands: Candidate[]): boolean {
  return cands.some((c) => c.match === Match.Alias || /^(PCLI|CONT|RGN|ADM1)$/.test(c.featureCode));
}

function maxPopOf(cands: Candidate[]): number {
  let max = 0;
  for (const c of cands) if (c.match <= Match.Name && c.pop > max) max = c.pop;
  return max;
}

/** The container name (admin1, country or state abbreviation) starting at token i: its token count. */
function containerAt(text: string, tokens: readonly Token[], i: number, gaz: Gazetteer): number {
  const t = tokens[i];
  // "Well, I'll take …": the pronoun and its clitic make no "Ill."
  if (!t || !/^\p{Lu}/u.test(t.text) || t.pos === 'PRON') return 0;
  let best = 0;
  let lastKey = '';
  for (let n = 1; n <= 4 && i + n <= tokens.length; n++) {
    const last = tokens[i + n - 1]!;
    if (last.sentence !== t.sentence) break;
    if (n > 1 && (/^[,;:]$/.test(last.text) || /^['’]\p{L}/u.test(last.text))) break;
    const key = placeKey(text.slice(t.start, last.end));
    if (!gaz.hasKey(key) || key === lastKey) continue;
    lastKey = key;
    if (gaz.lookupKey(key).some((c) => c.featureCode === 'ADM1' || c.featureCode === 'PCLI')) best = n;
  }
  return best;
}

/**
 * Can "A, B" read as A inside B? Not when A is a country and B only a country ("in Russia, U.S.
 * officials said"), nor when no place named A lies in B and A is a country or region itself
 * ("Indiana, Ill., border") or B only a country ("Crockett, Palestine and Houston": a list). A town
 * the gazetteer lacks in B may still lie there ("Holliday, Mo.").
 */
function canContain(gaz: Gazetteer, inner: string, outerCands: readonly Candidate[]): boolean {
  const inside = gaz.lookupKey(inner).filter((c) => c.match !== Match.Demonym && c.match !== Match.Abbrev);
  if (!inside.length) return true;
  const boxes = outerCands.filter((c) => c.featureCode === 'ADM1' || c.featureCode === 'PCLI');
  const onlyCountries = !boxes.some((b) => b.featureCode === 'ADM1');
  const big = inside.some((c) => (c.featureCode === 'PCLI' || c.featureCode === 'ADM1') && c.match <= Match.Name);
  if (onlyCountries && inside.some((c) => c.featureCode === 'PCLI' && c.match <= Match.Name)) return false;
  if (!big && !onlyCountries) return true;
  return inside.some((c) => boxes.some((b) => c.cc === b.cc && (b.featureCode === 'PCLI' || c.a1 === b.a1) && c.index !== b.index));
}

/** "A, B" where B is a first-level region or country: B becomes a toponym (if it is not one) and A's container. */
function addContainers(doc: Readonly<Document>, tops: Toponym[], gaz: Gazetteer, tokenAt: (s: number, e: number) => [number, number]): void {
  const { text, tokens } = doc;
  const n = tops.length;
  for (let k = 0; k < n; k++) {
    const a = tops[k]!;
    if (a.demonym) continue;
    const [, after] = tokenAt(a.start, a.end);
    if (tokens[after]?.text !== ',') continue;
    const len = containerAt(text, tokens, after + 1, gaz);
    if (!len) continue;
    const start = tokens[after + 1]!.start;
    const end = tokens[after + len]!.end;
    const key = placeKey(text.slice(start, end));
    const outer = gaz.lookupKey(key);
    const contains = canContain(gaz, a.key, outer);
    // not a container, but a country or region all the same ("Zaïre, Bundibugyo, Côte d'Ivoire and Sudan")
    if (!contains && !outer.some((c) => c.match <= Match.Name)) continue;
    // toponyms are sorted and do not overlap: only the next one can sit where the container is
    const following = k + 1 < n ? tops[k + 1]! : null;
    let j = following && following.start === start ? k + 1 : -1;
    if (j < 0) {
      if (following && following.start < end) continue;
      const span = text.slice(start, end);
      tops.push({ start, end, text: span, key, mention: null, via: contains ? 'container' : 'gazetteer', demonym: false, container: null, isContainer: contains });
      j = tops.length - 1;
    }
    if (!contains) continue;
    tops[j]!.isContainer = true;
    a.container = j;
  }
  // keep document order; container links are indices, so remap after sorting
  const order = tops.map((_, i) => i).sort((x, y) => tops[x]!.start - tops[y]!.start);
  const where = new Map(order.map((old, neu) => [old, neu]));
  const sorted = order.map((i) => tops[i]!);
  for (const t of sorted) if (t.container !== null) t.container = where.get(t.container)!;
  tops.splice(0, tops.length, ...sorted);
}

/**
 * "Walton and Oconee counties", "Butler, Clark, Preble or Warren counties": each name listed before a
 * plural feature word names that feature ("Walton County"), when the gazetteer has it. Listed names
 * already found take the feature's key; the others become toponyms. Keeps `tops` sorted.
 */
function listedFeatures(doc: Readonly<Document>, tops: Toponym[], gaz: Gazetteer, cues: ReturnType<typeof placeCues>): void {
  const { text, tokens } = doc;
  let added = false;
  for (let j = 2; j < tokens.length; j++) {
    const plural = tokens[j]!;
    const feature = cues.featurePlural.get(plural.text);
    if (!feature) continue;
    // walk back over "A, B and C": capitalized runs, commas, one "and"/"or" before the last name
    const runs: [number, number][] = [];
    let k = j - 1;
    let coordinated = false;
    for (;;) {
      let a = k;
      while (a >= 0 && a > j - 20 && tokens[a]!.sentence === plural.sentence && isCapWord(tokens[a]!)) a--;
      if (a === k) break;
      runs.push([a + 1, k + 1]);
      const sep = a >= 0 && tokens[a]!.sentence === plural.sentence ? tokens[a]!.text : '';
      if (sep === ',') k = a - 1;
      else if ((sep === 'and' || sep === 'or') && runs.length === 1) {
        coordinated = true;
        k = tokens[a - 1]?.text === ',' ? a - 2 : a - 1;
      } else break;
      if (k < 0) break;
    }
    if (!coordinated || runs.length < 2) continue;
    for (const [a, b] of runs) {
      // the longest tail of the run that names the feature ("Small Hitchcock": Hitchcock County)
      for (let s = a; s < b; s++) {
        const start = tokens[s]!.start;
        const end = tokens[b - 1]!.end;
        const key = placeKey(`${text.slice(start, end)} ${feature}`);
        if (!gaz.hasKey(key)) continue;
        const same = tops.find((t) => t.start === start && t.end === end);
        if (same) { if (!same.demonym) same.key = key; } else if (!tops.some((t) => t.start < end && start < t.end)) {
          tops.push({ start, end, text: text.slice(start, end), key, mention: null, via: 'feature-word', demonym: false, container: null, isContainer: false });
          added = true;
        }
        break;
      }
    }
  }
  if (added) tops.sort((x, y) => x.start - y.start);
}

function dropOverlaps(sorted: Toponym[]): Toponym[] {
  const out: Toponym[] = [];
  let end = -1;
  for (const t of sorted) {
    if (t.start < end) continue;
    out.push(t);
    end = t.end;
  }
  return out;
}

/** Token index range [a, b) covering the characters [start, end). */
function tokenIndexer(tokens: readonly Token[]): (start: number, end: number) => [number, number] {
  const lowerBound = (pos: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= pos) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
  return (start, end) => {
    const a = lowerBound(start);
    let b = a;
    while (b < tokens.length && tokens[b]!.start < end) b++;
    return [a, b];
  };
}
