/**
 * Toponym resolution: pick the GeoNames place each toponym names.
 *
 * One name, one place per document: toponyms with the same name key are resolved together.
 * Pass 1 picks by priors alone (feature class, population, how the name matched); its confident
 * picks give the document's countries and first-level regions. Pass 2 adds that context and
 * containment ("Krasnohorivka, Donetsk Oblast": candidates inside the container win). Weights
 * live in priors.ts.
 */
import type { Place } from '../../document.js';
import { isShortCapsName, Match, shortCapsReading, type Candidate, type Gazetteer } from './gazetteer.js';
import * as P from './priors.js';
import type { Toponym } from './recognize.js';
import { placeCues } from './cues.js';
import { placeKeyOf } from './normalize.js';

interface Scored { c: Candidate; score: number; p: number; why: string[] }

export interface Resolved { toponym: Toponym; ranked: Scored[] }

function candidatesOf(t: Toponym, gaz: Gazetteer): Candidate[] {
  let list = gaz.lookupKey(t.key);
  if (t.demonym) list = list.filter((c) => c.match === Match.Demonym);
  // abbreviations ("Pa.", "Calif.") name a place only as a container or when the NER says so
  else list = list.filter((c) => c.match !== Match.Demonym && (c.match !== Match.Abbrev || t.isContainer || t.mention !== null));
  // "EU" is the European Union, not the town of Eu: a short capitalized name keeps the readings that made it a place
  if (isShortCapsName(t.text)) {
    const read = list.filter(shortCapsReading);
    if (read.length) list = read;
  }
  if (t.isContainer) {
    const big = list.filter((c) => c.featureCode === 'ADM1' || c.featureCode === 'PCLI');
    if (big.length) list = big;
  }
  if (!list.length && placeCues().feature.has(t.key.slice(t.key.lastIndexOf(' ') + 1))) list = namesakesOf(t, gaz);
  if (!list.length && t.key.includes(' ') && placeCues().part.has(t.key.slice(0, t.key.indexOf(' ')))) list = partOf(t, gaz);
  return list;
}

/** "North London", "Upper Edmonton" when the gazetteer lacks them: the places named by the rest, as an approximate location. */
function partOf(t: Toponym, gaz: Gazetteer): Candidate[] {
  const rest = t.key.slice(t.key.indexOf(' ') + 1);
  return gaz.lookupKey(rest).filter((c) => (c.featureClass === 'P' || c.featureClass === 'A') && c.match <= Match.Name).map((c) => ({ ...c, match: Match.Approx }));
}


/**
 * "Hamilton Township", "Red River" when the gazetteer lacks them: the populated places named
 * like the stem, as an approximate location (a township's town, a river's riverside namesake) (match Approx; confidence capped at APPROX_MAX_CONFIDENCE).
 */
function namesakesOf(t: Toponym, gaz: Gazetteer): Candidate[] {
  const stem = t.key.replace(/ [a-z]+$/, '');
  if (!stem || stem === t.key) return [];
  return gaz.lookupKey(stem).filter((c) => c.featureClass === 'P' && c.match <= Match.Name).map((c) => ({ ...c, match: Match.Approx }));
}

/**
 * A city's alternate name is its name in other languages, English among them: "Geneva" (Genève),
 * "Cologne" (Köln), "Antwerp" (Antwerpen). For a city this populous it is read like its name, so the
 * few small namesakes that bear it as their own name (Geneva, Illinois; Cologne, Minnesota) do not win
 * by the alternate name's penalty.
 */
function exonym(c: Candidate, all: readonly Candidate[], key: string): boolean {
  if (c.match !== Match.Alt || c.featureClass !== 'P' || c.pop < P.W.EXONYM_MIN_POP) return false;
  // a spelling of the name (same first three letters), not another place's name among the city's
  // alternates (a district: "Manhattan" of New York City; an old name: "Berea" of Aleppo) nor its
  // name cut short ("San Pedro" of San Pedro Sula)
  const name = placeKeyOf(c.name);
  if (name.slice(0, 3) !== key.slice(0, 3) || name.startsWith(`${key} `)) return false;
  // not the name of a country or region in its own right ("Mexico" is the country, not Mexico City)
  return !all.some((o) => o.featureClass !== 'P' && o.match <= Match.Name);
}


/** `asName`: an exonym, scored as a name match. */
function prior(c: Candidate, all: Candidate[], asName: boolean): number {
  let s = (P.FEATURE_PRIOR[c.featureCode] ?? P.FEATURE_DEFAULT) + P.W.POP_WEIGHT * Math.log10(c.pop + 1) + P.MATCH_PRIOR[asName ? Match.Name : c.match];
  if (c.featureCode === 'ADM1' && c.pop < P.W.SMALL_ADM1_POP) s -= P.W.SMALL_ADM1_PENALTY;
  if (c.featureCode === 'ADM1' && c.match !== Match.Alias && all.some((o) => o.featureClass === 'P' && o.cc === c.cc && o.a1 === c.a1 && o.match <= c.match)) {
    s -= P.W.ADM1_NAMESAKE_PENALTY;
  }
  return s;
}

function softmax(scored: Scored[]): Scored[] {
  scored.sort((a, b) => b.score - a.score);
  const max = scored[0]?.score ?? 0;
  let z = 0;
  for (const s of scored) z += Math.exp(s.score - max);
  for (const s of scored) s.p = Math.exp(s.score - max) / z;
  return scored;
}

interface Votes {
  country: Map<string, number>;
  admin1: Map<string, number>;
  /** how many other names could lie in each first-level region (each name counts its likeliest candidate there) */
  near: Map<string, number>;
  total: number;
  byGroup: Map<string, { n: number; country: Map<string, number>; admin1: Map<string, number>; near: Map<string, number> }>;
}

/** Every name votes for the countries and regions of its candidates, by their probability, once per use. */
function softVotes(current: Map<string, Scored[]>, groups: Map<string, number[]>): Votes {
  const v: Votes = { country: new Map(), admin1: new Map(), near: new Map(), total: 0, byGroup: new Map() };
  const add = (m: Map<string, number>, k: string, x: number) => m.set(k, (m.get(k) ?? 0) + x);
  for (const [g, scored] of current) {
    const n = groups.get(g)!.length;
    const own = { n, country: new Map<string, number>(), admin1: new Map<string, number>(), near: new Map<string, number>() };
    for (const s of scored) {
      if (s.p < P.VOTE_MIN_P || !s.c.cc) continue;
      add(own.country, s.c.cc, n * s.p);
      if (s.c.a1) {
        const a1 = `${s.c.cc}.${s.c.a1}`;
        add(own.admin1, a1, n * s.p);
        if (s.p > (own.near.get(a1) ?? 0)) own.near.set(a1, s.p);
      }
    }
    for (const [k, x] of own.country) add(v.country, k, x);
    for (const [k, x] of own.admin1) add(v.admin1, k, x);
    for (const [k, x] of own.near) add(v.near, k, x);
    v.total += n;
    v.byGroup.set(g, own);
  }
  return v;
}

/** The countries the document names (by name or demonym, with some confidence): the groups naming each. */
function namedCountries(current: Map<string, Scored[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [g, scored] of current) {
    const top = scored[0];
    if (!top || top.c.featureCode !== 'PCLI' || top.p < P.W.NAMED_MIN_P) continue;
    const list = out.get(top.c.cc);
    if (list) list.push(g); else out.set(top.c.cc, [g]);
  }
  return out;
}

function within(c: Candidate, box: Candidate): boolean {
  if (box.featureCode === 'PCLI') return c.cc === box.cc;
  if (box.featureCode === 'ADM1') return c.cc === box.cc && c.a1 === box.a1;
  return false;
}

/** The countries whose readers' signs (currency signs, press conventions) the text uses. */
function readerCountries(text: string): Set<string> {
  const out = new Set<string>();
  for (const [sign, countries] of placeCues().reader) if (text.includes(sign)) for (const cc of countries) out.add(cc);
  return out;
}

export function resolveToponyms(tops: Toponym[], gaz: Gazetteer, text = ''): Resolved[] {
  const readers = readerCountries(text);
  // group by name (one sense per document); a container is grouped apart from a bare use
  const groups = new Map<string, number[]>();
  for (let i = 0; i < tops.length; i++) {
    const t = tops[i]!;
    const g = `${t.demonym ? 'd' : t.isContainer ? 'c' : 'n'}:${t.key}`;
    const list = groups.get(g);
    if (list) list.push(i); else groups.set(g, [i]);
  }
  const base = new Map<string, Scored[]>();
  /** each group's candidates named by an English exonym (exonym), scored as names */
  const exonymsOf = new Map<string, Set<Candidate>>();
  for (const [g, members] of groups) {
    const all = candidatesOf(tops[members[0]!]!, gaz);
    const key = tops[members[0]!]!.key;
    const exonyms = new Set(all.filter((c) => exonym(c, all, key)));
    exonymsOf.set(g, exonyms);
    const scored = all.map((c) => ({ c, score: prior(c, all, exonyms.has(c)), p: 0, why: [] as string[] }));
    scored.sort((a, b) => b.score - a.score);
    base.set(g, softmax(scored.slice(0, P.MAX_CANDIDATES)));
  }
  // the containers named after each group's members ("A, B": B's group key)
  const boxesOf = new Map<string, string[]>();
  for (const [g, members] of groups) {
    const boxes = members.map((i) => tops[i]!.container).filter((c): c is number => c !== null).map((c) => `c:${tops[c]!.key}`);
    if (boxes.length) boxesOf.set(g, boxes);
  }

  // Each round scores every name against the others' current beliefs (soft votes for countries and
  // first-level regions, its own votes left out) and against its containers' current picks.
  let current = base;
  for (let round = 0; round < P.CONTEXT_ROUNDS; round++) {
    const votes = softVotes(current, groups);
    const named = namedCountries(current);
    const next = new Map<string, Scored[]>();
    for (const [g, scored] of base) {
      const own = votes.byGroup.get(g)!;
      const exonyms = exonymsOf.get(g)!;
      const rest = votes.total - own.n;
      const boxes = (boxesOf.get(g) ?? []).map((b) => current.get(b)?.[0]?.c).filter((c): c is Candidate => !!c);
      next.set(g, softmax(scored.map((s) => {
        const why = [...s.why];
        let score = s.score;
        const a1 = `${s.c.cc}.${s.c.a1}`;
        const cs = rest > 0 && s.c.cc ? ((votes.country.get(s.c.cc) ?? 0) - (own.country.get(s.c.cc) ?? 0)) / rest : 0;
        const as = rest > 0 && s.c.a1 && s.c.featureCode !== 'PCLI' ? ((votes.admin1.get(a1) ?? 0) - (own.admin1.get(a1) ?? 0)) / rest : 0;
        const near = s.c.a1 && s.c.featureCode !== 'PCLI' ? Math.min(P.W.NEAR_CAP, (votes.near.get(a1) ?? 0) - (own.near.get(a1) ?? 0)) : 0;
        score += P.W.COUNTRY_WEIGHT * cs + P.W.ADMIN1_WEIGHT * as + P.W.NEAR_WEIGHT * near;
        const by = s.c.featureCode !== 'PCLI' ? named.get(s.c.cc) : undefined;
        if (by && (by.length > 1 || by[0] !== g)) { score += P.W.NAMED_COUNTRY; why.push(`country-named:${s.c.cc}`); }
        if (readers.has(s.c.cc) && s.c.featureCode !== 'PCLI') { score += P.W.READER_COUNTRY; why.push(`readers:${s.c.cc}`); }
        // a region's bare stem ("Delta" of Delta State) or an alternate name ("Berea", of old for Aleppo)
        // names that place where the document is about its country, seldom elsewhere
        if ((s.c.match === Match.Stem || s.c.match === Match.Alt && !exonyms.has(s.c)) && s.c.cc && !by && cs < P.W.VARIANT_MIN_SUPPORT) score -= P.W.UNSUPPORTED_VARIANT;
        if (cs >= 0.05) why.push(`document-country:${s.c.cc}`);
        if (as >= 0.05) why.push(`document-region:${a1}`);
        if (boxes.length) {
          const inside = boxes.find((b) => within(s.c, b));
          if (inside) { score += P.W.CONTAIN_BONUS; why.push(`contained-in:${inside.name}`); } else score -= P.W.CONTAIN_MISS;
        }
        return { c: s.c, score, p: 0, why };
      })));
    }
    current = next;
  }
  const final = current;

  // names the gazetteer lacks: inside their container, else inside the document's main region; so
  // too a namesake standing in for a river or a township ("Kish River": Kish, Iran) in a country no
  // other name of the document lies in
  let votes: Votes | undefined;
  let region: ReturnType<typeof mainRegion> | undefined;
  for (const [g, scored] of final) {
    if (!g.startsWith('n:')) continue;
    const approx = scored[0]?.c.match === Match.Approx ? scored[0].c : null;
    if (scored.length && !approx) continue;
    votes ??= softVotes(final, groups);
    if (approx && (votes.country.get(approx.cc) ?? 0) - (votes.byGroup.get(g)!.country.get(approx.cc) ?? 0) >= P.W.APPROX_MIN_SUPPORT) continue;
    if (region === undefined) region = mainRegion(votes, gaz);
    const box = (boxesOf.get(g) ?? []).map((b) => final.get(b)?.[0]).find((s) => !!s && s.p >= P.W.MIN_CONFIDENCE);
    if (box) final.set(g, [{ c: { ...box.c, match: Match.Within }, score: 0, p: Math.min(P.W.WITHIN_CONFIDENCE, box.p), why: [`contained-in:${box.c.name}`] }]);
    else if (region && region.c.cc !== approx?.cc) final.set(g, [{ c: region.c, score: 0, p: P.W.WITHIN_CONFIDENCE * region.share, why: [`document-region:${region.c.name}`] }]);
  }

  return tops.map((t) => ({ toponym: t, ranked: final.get(`${t.demonym ? 'd' : t.isContainer ? 'c' : 'n'}:${t.key}`) ?? [] }));
}

/** The document's main country, or its main first-level region when one dominates (see WITHIN_* in priors.ts). */
function mainRegion(v: Votes, gaz: Gazetteer): { c: Candidate; share: number } | null {
  let sum = 0;
  let best: [string, number] | null = null;
  for (const [cc, x] of v.country) {
    sum += x;
    if (!best || x > best[1]) best = [cc, x];
  }
  if (!best || best[1] < P.W.WITHIN_MIN_VOTES || best[1] < P.W.WITHIN_COUNTRY_SHARE * sum) return null;
  const [cc, votes] = best;
  let a1: [string, number] | null = null;
  for (const [k, x] of v.admin1) if (k.startsWith(`${cc}.`) && (!a1 || x > a1[1])) a1 = [k, x];
  const region = a1 && a1[1] >= P.W.WITHIN_ADMIN1_SHARE * votes ? gaz.admin1Of(cc, a1[0].slice(cc.length + 1)) : null;
  const e = region ?? gaz.countryOf(cc);
  if (!e) return null;
  return { c: { ...e, match: Match.Within }, share: Math.min(1, (region ? a1![1] : votes) / sum) };
}

/** The places layer item for a resolved toponym. */
export function placeOf(r: Resolved, id: string, gaz: Gazetteer): Place {
  const t = r.toponym;
  const base = { start: t.start, end: t.end, text: t.text, id, mention: t.mention };
  // every use of a name shares its resolution (one sense per document): work it out once
  let shared = sharedPlace.get(r.ranked);
  if (!shared) sharedPlace.set(r.ranked, (shared = resolutionOf(r, gaz)));
  return { ...base, ...shared, alternatives: shared.alternatives.map((a) => ({ ...a })) };
}

type Resolution = Omit<Place, 'start' | 'end' | 'text' | 'id' | 'mention'>;
const sharedPlace = new WeakMap<Scored[], Resolution>();

function resolutionOf(r: Resolved, gaz: Gazetteer): Resolution {
  const base = {};
  const alternatives = (from: number) => r.ranked.slice(from, from + P.MAX_ALTERNATIVES).filter((s) => s.p >= 0.01)
    .map((s) => ({ geonameId: s.c.id, name: s.c.name, country: s.c.cc || null, lat: s.c.lat, lon: s.c.lon, score: round(s.p) }));
  const top = r.ranked[0];
  if (!top) {
    return { ...base, resolved: false, geonameId: null, name: null, lat: null, lon: null, country: null, admin1: null, featureClass: null, featureCode: null, confidence: 0, reason: 'not-in-gazetteer', alternatives: [] };
  }
  const c = top.c;
  const confidence = round(Math.min(c.match === Match.Approx ? P.APPROX_MAX_CONFIDENCE : c.match === Match.Within ? P.W.WITHIN_CONFIDENCE : 0.99, top.p));
  // too many namesakes to pick one, but (nearly) all in one country: stand at the likeliest, unsure
  if (top.p < P.W.MIN_CONFIDENCE && c.match !== Match.Within && !(c.cc && countryShare(r.ranked, c.cc) >= P.W.ONE_COUNTRY_SHARE)) {
    return { ...base, resolved: false, geonameId: null, name: null, lat: null, lon: null, country: null, admin1: null, featureClass: null, featureCode: null, confidence, reason: `ambiguous: ${r.ranked.length} candidates, best ${c.name} (${c.cc || c.featureCode}) at ${confidence}`, alternatives: alternatives(0) };
  }
  const how = r.ranked.length === 1 ? 'only-candidate' : top.p < P.W.MIN_CONFIDENCE ? `ambiguous within ${c.cc}: ${r.ranked.length} candidates` : 'prior(feature,population)';
  const match = c.match === Match.Alias ? 'alias' : c.match === Match.Demonym ? 'demonym' : c.match === Match.Alt ? 'alternate-name' : c.match === Match.Abbrev ? 'abbreviation' : c.match === Match.Stem ? 'region-stem' : c.match === Match.Approx ? `approximate: near a place named ${c.name}` : c.match === Match.Within ? `approximate: not in the gazetteer, somewhere in ${c.name}` : 'name';
  const admin1 = c.featureCode === 'ADM1' ? c.name : c.a1 ? gaz.admin1Of(c.cc, c.a1)?.name ?? null : null;
  return {
    ...base, resolved: true, geonameId: c.id, name: c.name, lat: c.lat, lon: c.lon, country: c.cc || null, admin1,
    featureClass: c.featureClass, featureCode: c.featureCode, confidence,
    reason: [`${match}`, how, ...top.why].join('; '),
    alternatives: top.p < P.ALTERNATIVES_BELOW ? alternatives(1) : [],
  };
}

/** The probability that the place lies in country cc. */
function countryShare(ranked: Scored[], cc: string): number {
  let p = 0;
  for (const s of ranked) if (s.c.cc === cc) p += s.p;
  return p;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
