/**
 * Actor noun phrases: chunking a clause into noun phrases, and coding a phrase as an actor —
 * entity, ISO alpha-3 country, sector, and a CAMEO-style code (country or organization code plus
 * sector: FRAGOV, UKRMIL, IGOUNO).
 *
 * Where the country comes from, first hit wins: an organization or region in
 * resources/en/events/collectives.tsv; an entity of the entities layer; a country name, alias or
 * demonym (src/kb countryByName); a capital (countryByCapital, sector GOV when the phrase is only
 * the capital, as in "Washington said"); a place of the places layer. The sector is the strongest
 * actor noun of resources/en/events/sectors.tsv in the phrase (rebels, opposition, police and
 * military outrank government: "rebel leaders" are REB).
 */
import type { Document, Entity } from '../../document.js';
import { countryByCapital, countryByCode, countryByName } from '../../kb/countries.js';
import { lookupEntity } from '../../kb/lookup.js';
import { baseForms, loadLexicon } from './lexicon.js';
import type { CTok } from './clauses.js';
import { grammarWords } from '../../util/grammar.js';
import { commonWords } from '../../util/wordlist.js';

const GRAMMAR = grammarWords('events');

/** A noun phrase: inclusive positions [from, to] into a clause's token sequence. */
export interface NP { from: number; to: number }

export interface ActorInfo {
  /** positions into the clause sequence the actor spans */
  from: number;
  to: number;
  entity: string | null;
  country: string | null;
  sector: string | null;
  code: string | null;
  /** a bare pronoun waiting to be resolved */
  pronoun: string | null;
  /** a named person or organization (holds a proper noun) */
  named: boolean;
}

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const PERSONAL = GRAMMAR.personalPronouns;
const POSSESSIVE = GRAMMAR.actorPossessives;
/** prepositions that join a postmodifier to an actor noun ("forces in Guinea", "Minister of Great Britain") */
export const POSTMOD = GRAMMAR.postmodifiers;
const SECTOR_RANK = ['REB', 'OPP', 'COP', 'MIL', 'LEG', 'JUD', 'REF', 'EDU', 'LAB', 'AGR', 'HLH', 'MED', 'BUS', 'NGO', 'CVL', 'GOV'];
/** entity types that modify a phrase's head rather than head it (a place, a nationality) */
const MODIFIER_TYPES = new Set<string>(['GPE', 'LOC', 'NORP']);
/** capitalized words that are never actors on their own */
const NOT_ACTOR = GRAMMAR.notActors;

const joins = (seq: CTok[], j: number): boolean => {
  const u = seq[j + 1];
  if (!u) return false;
  if (NP_POS.has(u.pos) || u.lower === "'s" || u.lower === '’s') return true;
  // a participle between a determiner and a noun: "the divided island", "the occupied territories"
  if (u.pos === 'VERB' && /(ed|ing)$/.test(u.lower) && seq[j]!.pos === 'DET' && (seq[j + 2]?.pos === 'NOUN' || seq[j + 2]?.pos === 'PROPN' || seq[j + 2]?.pos === 'ADJ')) return true;
  // a hyphen with no spaces around it ("Jean-Noel" tokenized in three)
  return isHyphen(seq, j + 1);
};

function extendRun(seq: CTok[], i: number): number {
  let j = i;
  while (joins(seq, j)) {
    j++;
    // a hyphenated word is one word whatever its last part: "Vietnamese-led forces"
    if (isHyphen(seq, j)) j++;
  }
  return j;
}

/** seq[j] is a hyphen with no spaces around it, inside a word. */
function isHyphen(seq: CTok[], j: number): boolean {
  const u = seq[j], v = seq[j + 1], w = seq[j - 1];
  return !!u && !!v && !!w && (u.lower === '-' || u.lower === '‐') && w.end === u.start && v.start === u.end;
}

/** "Syrian-backed militia": the country before these names a backer, not the actor's own */
const BACKER = GRAMMAR.backers;

function isActorNoun(t: CTok): boolean {
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  const lex = loadLexicon();
  return baseForms(t.lower).some((b) => lex.sectors.has(b));
}

/** Noun phrases of a token sequence: runs of determiners, adjectives, nouns, numbers, possessive 's;
 * a personal pronoun is a phrase of its own; a possessive pronoun opens one; an appositive
 * proper name between commas joins the phrase before it ("the Prime Minister ..., Keir Starmer,"). */
export function chunkNPs(seq: CTok[], nameEnd: (start: number, end: number) => number = () => -1): NP[] {
  const out: NP[] = [];
  let i = 0;
  while (i < seq.length) {
    const t = seq[i]!;
    if (t.pos === 'PRON' && PERSONAL.has(t.lower)) { out.push({ from: i, to: i }); i++; continue; }
    if (NP_POS.has(t.pos) || (t.pos === 'PRON' && POSSESSIVE.has(t.lower))) {
      let j = extendRun(seq, i);
      // a name runs on through its link words: "National Coalition for Men", "Bank of England"
      const end = nameEnd(seq[j]!.start, seq[j]!.end);
      while (seq[j + 1] && seq[j + 1]!.end <= end) j++;
      // postmodifier of an actor noun: "the Prime Minister of Great Britain", "forces in Guinea"
      // ("in"/"from" only when the phrase names no country itself: "Ukrainian soldiers in Ukraine" stays apart)
      const prep = seq[j + 1]?.lower ?? '';
      if (POSTMOD.has(prep) && NP_POS.has(seq[j + 2]?.pos ?? '') && isActorNoun(seq[j]!)
        && (prep === 'of' || !seq.slice(i, j + 1).some((u) => u.pos !== 'PRON' && countryOf(u.lower) !== null))) j = extendRun(seq, j + 2);
      // appositive: ", Name Name ," after a phrase
      if (seq[j + 1]?.lower === ',' && seq[j + 2]?.pos === 'PROPN') {
        let k = j + 2;
        while (k + 1 < seq.length && seq[k + 1]!.pos === 'PROPN') k++;
        if (seq[k + 1]?.lower === ',') j = k + 1;
      }
      out.push({ from: i, to: j });
      i = j + 1;
      continue;
    }
    i++;
  }
  return out;
}

export interface ActorContext {
  doc: Readonly<Document>;
  entityAt: (start: number, end: number) => Entity | null;
  placeCountryAt: (start: number, end: number) => string | null;
  /** the items of a layer that overlap [start, end), found by binary search (no scan of the layer) */
  placesIn: (start: number, end: number) => Document['places'];
  timesIn: (start: number, end: number) => Document['times'];
  quotesIn: (start: number, end: number) => Document['quotes'];
  /** character offsets where sentences start */
  sentenceStarts: Set<number>;
  /** the furthest end of the entity mentions overlapping [start, end), or -1 */
  nameEnd: (start: number, end: number) => number;
}

/** Overlap queries over spans sorted by start, by binary search; `maxLen` bounds a span's length. */
function overlapIndex<T>(items: readonly T[], span: (t: T) => { start: number; end: number }): (start: number, end: number) => T[] {
  const sorted = [...items].sort((a, b) => span(a).start - span(b).start);
  let maxLen = 0;
  for (const it of sorted) maxLen = Math.max(maxLen, span(it).end - span(it).start);
  const none: T[] = [];
  return (start, end) => {
    if (!sorted.length) return none;
    let lo = 0, hi = sorted.length;
    const from = start - maxLen;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (span(sorted[mid]!).start < from) lo = mid + 1; else hi = mid; }
    const out: T[] = [];
    for (let i = lo; i < sorted.length && span(sorted[i]!).start < end; i++) if (span(sorted[i]!).end > start) out.push(sorted[i]!);
    return out;
  };
}

export function makeActorContext(doc: Readonly<Document>): ActorContext {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const mentions = overlapIndex(doc.mentions, (m) => m);
  const places = overlapIndex(doc.places, (p) => p);
  const times = overlapIndex(doc.times, (t) => t);
  const quotes = overlapIndex(doc.quotes, (q) => q.content);
  return {
    doc,
    entityAt(start, end) {
      const m = mentions(start, end)[0];
      return m ? byId.get(m.entity) ?? null : null;
    },
    placeCountryAt(start, end) {
      return places(start, end).find((p) => p.country)?.country ?? null;
    },
    placesIn: places,
    timesIn: times,
    quotesIn: quotes,
    sentenceStarts: new Set(doc.sentences.map((x) => x.start)),
    nameEnd(start, end) {
      let e = -1;
      for (const m of mentions(start, end)) e = Math.max(e, m.end);
      return e;
    },
  };
}

function iso3(alpha2OrAny: string | null): string | null {
  if (!alpha2OrAny) return null;
  return countryByCode(alpha2OrAny)?.iso3 ?? null;
}

/** Sectors that a modifier may give the whole phrase ("rebel leaders", "opposition parties"). */
const MODIFIER_SECTORS = new Set(['REB', 'OPP', 'COP']);

/**
 * The sector of seq[a..b]: the sector of its head noun (the last noun before a postmodifier),
 * or of a rebel/opposition/police modifier before it. A sector word that only modifies another
 * noun ("military offensive", "aid program") gives none.
 */
function sectorOf(seq: CTok[], a: number, b: number): string | null {
  const lex = loadLexicon();
  let head = b;
  for (let i = a + 1; i <= b; i++) if (POSTMOD.has(seq[i]!.lower)) { head = i - 1; break; }
  while (head > a && (seq[head]!.pos === 'PUNCT' || seq[head]!.lower === "'s")) head--;
  const sectorAt = (i: number): string | null => {
    const t = seq[i]!;
    if (i > a) { const two = lex.sectorPhrases.get(`${seq[i - 1]!.lower} ${t.lower}`); if (two) return two; }
    for (const base of baseForms(t.lower)) { const s = lex.sectors.get(base); if (s) return s; }
    return null;
  };
  let headSector = sectorAt(head);
  // a name after its title: "French Foreign Minister Jean-Noel Barro", "President Bill Clinton"
  if (!headSector && seq[head]!.pos === 'PROPN') {
    for (let i = head - 1; i >= a && !headSector; i--) headSector = sectorAt(i);
  }
  const found: string[] = headSector ? [headSector] : [];
  for (let i = a; i < head; i++) { const s = sectorAt(i); if (s && MODIFIER_SECTORS.has(s)) found.push(s); }
  if (!found.length) return null;
  return SECTOR_RANK.find((s) => found.includes(s)) ?? found[0]!;
}

const countryCache = new Map<string, string | null>();
const capitalCache = new Map<string, string | null>();
const CAPITALIZED = /^\p{Lu}/u;

/** countryOfText, cached (the knowledge-base lookups normalize their key each time). */
function countryOf(text: string): string | null {
  let v = countryCache.get(text);
  if (v === undefined) {
    v = countryOfText(text);
    if (countryCache.size > 100000) countryCache.clear();
    countryCache.set(text, v);
  }
  return v;
}

function capitalOf(text: string): string | null {
  let v = capitalCache.get(text);
  if (v === undefined) {
    v = countryByCapital(text)?.iso3 ?? null;
    if (capitalCache.size > 100000) capitalCache.clear();
    capitalCache.set(text, v);
  }
  return v;
}

/** A country named by a name, alias, demonym or plural demonym ("Palestinians"). */
function countryOfText(text: string): string | null {
  const m = countryByName(text);
  if (m && !(m.matched === 'code' && text.length < 3)) return m.iso3;
  if (text.length > 4 && text.endsWith('s')) {
    const p = countryByName(text.slice(0, -1));
    if (p && p.matched === 'demonym') return p.iso3;
  }
  return null;
}

/** the entities layer's and the knowledge base's sector words, as CAMEO sector codes */
export const ENTITY_SECTORS: Record<string, string> = {
  government: 'GOV', military: 'MIL', police: 'COP', business: 'BUS', media: 'MED', igo: 'IGO', ngo: 'NGO', 'civil society': 'CVL',
  rebel: 'REB', rebels: 'REB', militant: 'REB', militia: 'REB', separatist: 'SEP', opposition: 'OPP', party: 'PTY', criminal: 'CRM',
  religious: 'REL', legislature: 'LEG', judiciary: 'JUD',
};

/** last words of an organization's name that the knowledge base may leave out ("the Fatah Party") */
const GENERIC_ORG = GRAMMAR.genericOrganizations;

const TIME_NOUNS = GRAMMAR.timeNouns;

/** The longest collective (organization/region) starting at position i, as [code, sector, last]. */
function collectiveAt(seq: CTok[], i: number, b: number): [string, string | null, number] | null {
  const list = loadLexicon().collectives.get(seq[i]!.lower);
  if (!list) return null;
  for (const c of list) {
    if (i + c.words.length - 1 > b) continue;
    let ok = true;
    for (let w = 0; w < c.words.length; w++) {
      const t = seq[i + w]!;
      if (!(t.lower === c.words[w] || baseForms(t.lower).includes(c.words[w]!))) { ok = false; break; }
    }
    if (ok) return [c.code, c.sector, i + c.words.length - 1];
  }
  return null;
}

/**
 * The person whose title, as written in the text before `before`, is or ends with `title` ("the
 * President" after "President Biden also made clear …"): the one titled last; null when none.
 */
function titleHolder(ctx: ActorContext, title: string, before: number): Entity | null {
  let best: Entity | null = null;
  let at = -1;
  for (const e of ctx.doc.entities) {
    if (e.type !== 'PER') continue;
    for (const r of e.roles) {
      if (!r.evidence || r.evidence.end > before || r.evidence.start <= at) continue;
      const t = r.title.toLowerCase();
      if (t === title || t.endsWith(` ${title}`)) { best = e; at = r.evidence.start; }
    }
  }
  return best;
}

/** Code the tokens seq[a..b] as an actor, or null when they name none. */
export function codeActor(seq: CTok[], a: number, b: number, ctx: ActorContext): ActorInfo | null {
  while (a <= b && (seq[a]!.pos === 'DET' || seq[a]!.pos === 'NUM' || seq[a]!.lower === ',')) a++;
  while (b >= a && (seq[b]!.lower === ',' || seq[b]!.lower === "'s" || seq[b]!.lower === '’s' || TIME_NOUNS.has(seq[b]!.lower))) b--;
  if (a > b) return null;
  // a phrase inside a time expression is no actor ("released at 11:00 p.m. EDT")
  if (ctx.timesIn(seq[a]!.start, seq[b]!.end).some((t) => t.start <= seq[a]!.start && t.end >= seq[b]!.end)) return null;
  const first = seq[a]!;
  if (a === b && first.pos === 'PRON' && (PERSONAL.has(first.lower) || POSSESSIVE.has(first.lower))) {
    return { from: a, to: b, entity: null, country: null, sector: null, code: null, pronoun: first.lower, named: false };
  }
  const lex = loadLexicon();
  // an event noun heads the phrase ("its Gulf war"): an event, not an actor, unless a country or
  // organization owns it ("an Australian ultimatum" stands for Australia)
  const head = seq[b]!;
  const eventHead = (head.pos === 'NOUN' || head.pos === 'PROPN') && !CAPITALIZED.test(ctx.doc.text[head.start] ?? '') && !isActorNoun(head)
    && baseForms(head.lower).some((f) => lex.nouns.get(f)?.some((e) => e.words.length === 1));
  let entity: Entity | null = null;
  let country: string | null = null;
  let code: string | null = null;
  let collectiveSector: string | null = null;
  let capitalOnly = false;
  let named = false;
  /** where the actor's own words start (after a backer: "Syrian-backed") */
  let ownFrom = a;
  for (let i = a; i <= b; i++) {
    const t = seq[i]!;
    if (i + 2 <= b && isHyphen(seq, i + 1) && BACKER.has(seq[i + 2]!.lower)) { i += 2; ownFrom = i + 1; continue; }
    if (t.pos === 'PROPN' && !NOT_ACTOR.has(t.lower) && !baseForms(t.lower).some((b) => lex.nouns.has(b) || lex.verbs.has(b))
      && !(ctx.sentenceStarts.has(t.start) && commonWords().has(t.lower) && !ctx.entityAt(t.start, t.end))) named = true; // an ordinary word capitalized only to open the sentence names nothing ("Mandatory sentencing called for …")
    if (!code) {
      const c = collectiveAt(seq, i, b);
      if (c) { code = c[0]; collectiveSector = c[1]; i = c[2]; continue; }
    }
    if (!entity || entity.type !== 'PER') {
      // a person after a place, nationality or organization heads the phrase ("French Foreign
      // Minister Jean-Noël Barrot", "NATO Secretary General Jens Stoltenberg"), and so does an
      // organization after a place ("Russia's Gazprom"); the first one's country stays
      const e = ctx.entityAt(t.start, t.end);
      if (e && e.type !== 'MISC' && (!entity || e !== entity && (e.type === 'PER' || MODIFIER_TYPES.has(entity.type) && !MODIFIER_TYPES.has(e.type)))) { entity = e; if (!country && e.country) country = iso3(e.country); }
    }
    if (!country && !code && t.pos !== 'PRON' && CAPITALIZED.test(ctx.doc.text[t.start] ?? '')) {
      // longest country name of up to four words starting here (names start with a capital)
      for (let k = Math.min(b, i + 3); k >= i; k--) {
        if (seq[k]!.pos === 'PUNCT' && k > i) continue;
        const text = ctx.doc.text.slice(t.start, seq[k]!.end);
        const m = countryOf(text);
        if (m) { country = m; i = k; break; }
        const cap = t.pos === 'PROPN' ? capitalOf(text) : null;
        if (cap) { country = cap; capitalOnly = a === i && k === b; i = k; break; }
      }
    }
  }
  if (eventHead && !country && !code) return null;
  // "The President voiced …": a title alone, after "the", stands for the person the text last gave that title
  if (!entity && !code && !named && a > 0 && seq[a - 1]!.lower === 'the') {
    entity = titleHolder(ctx, ctx.doc.text.slice(seq[a]!.start, seq[b]!.end).toLowerCase(), seq[a]!.start);
    if (entity?.country) country = iso3(entity.country);
  }
  if (!country && !code && ownFrom <= b) {
    const pc = ctx.placeCountryAt(seq[ownFrom]!.start, seq[b]!.end);
    if (pc) country = iso3(pc);
  }
  // a named person or organization the entities layer did not link: the knowledge base
  // (src/kb lookupEntity), by the last run of proper nouns ("Putin", "President Vladimir Putin")
  // (also when the entities layer found it but knows no country: "the Fatah Party", "Hizbollah
  // (Party of God)"), by the whole run from the first proper noun ("Party of God") too, and
  // without a generic last word ("Fatah Party" → Fatah)
  let kbSector: string | null = null;
  if (!country && !code && (!entity || !entity.country) && named) {
    let e = b;
    while (e >= a && seq[e]!.pos !== 'PROPN') e--;
    let s0 = e;
    while (s0 > a && (seq[s0 - 1]!.pos === 'PROPN' || seq[s0 - 1]!.lower === '-')) s0--;
    let f0 = a;
    while (f0 < e && seq[f0]!.pos !== 'PROPN') f0++;
    const names: string[] = [];
    if (e >= a) {
      for (const from of f0 < s0 ? [s0, f0] : [s0]) {
        names.push(ctx.doc.text.slice(seq[from]!.start, seq[e]!.end));
        if (e > from && GENERIC_ORG.has(seq[e]!.lower)) names.push(ctx.doc.text.slice(seq[from]!.start, seq[e - 1]!.end));
      }
    }
    for (const name of names) {
      const hit = lookupEntity(name, undefined, ctx.doc.meta.published);
      if (hit && hit.country && hit.confidence >= 0.9) { country = iso3(hit.country); kbSector = hit.sector ? ENTITY_SECTORS[hit.sector] ?? null : null; break; }
    }
  }
  let sector = sectorOf(seq, a, b) ?? collectiveSector ?? kbSector ?? (capitalOnly ? 'GOV' : null);
  if (!sector && entity?.sector) sector = ENTITY_SECTORS[entity.sector.toLowerCase()] ?? null;
  if (!country && !code && !sector && !entity && !named) return null;
  const prefix = code ?? country;
  return { from: a, to: b, entity: entity?.id ?? null, country, sector, code: prefix ? (code && code.startsWith('IGO') ? code : prefix + (sector ?? '')) : null, pronoun: null, named };
}
