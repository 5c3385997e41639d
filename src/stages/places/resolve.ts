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
import { Match, type Candidate, type Gazetteer } from './gazetteer.js';
import * as P from './priors.js';
import type { Toponym } from './recognize.js';

interface Scored { c: Candidate; score: number; p: number; why: string[] }

export interface Resolved { toponym: Toponym; ranked: Scored[] }

function candidatesOf(t: Toponym, gaz: Gazetteer): Candidate[] {
  let list = gaz.lookupKey(t.key);
  if (t.demonym) list = list.filter((c) => c.match === Match.Demonym);
  // abbreviations ("Pa.", "Calif.") name a place only as a container or when the NER says so
  else list = list.filter((c) => c.match !== Match.Demonym && (c.match !== Match.Abbrev || t.isContainer || t.mention !== null));
  if (t.isContainer) {
    const big = list.filter((c) => c.featureCode === 'ADM1' || c.featureCode === 'PCLI');
    if (big.length) list = big;
  }
  return list;
}

function prior(c: Candidate, all: Candidate[]): number {
  let s = (P.FEATURE_PRIOR[c.featureCode] ?? P.FEATURE_DEFAULT) + Math.log10(c.pop + 1) + P.MATCH_PRIOR[c.match];
  if (c.featureCode === 'ADM1' && c.match !== Match.Alias && all.some((o) => o.featureClass === 'P' && o.cc === c.cc && o.a1 === c.a1 && o.match <= c.match)) {
    s -= P.ADM1_NAMESAKE_PENALTY;
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

function within(c: Candidate, box: Candidate): boolean {
  if (box.featureCode === 'PCLI') return c.cc === box.cc;
  if (box.featureCode === 'ADM1') return c.cc === box.cc && c.a1 === box.a1;
  return false;
}

export function resolveToponyms(tops: Toponym[], gaz: Gazetteer): Resolved[] {
  // group by name (one sense per document); a container is grouped apart from a bare use
  const groups = new Map<string, number[]>();
  for (let i = 0; i < tops.length; i++) {
    const t = tops[i]!;
    const g = `${t.demonym ? 'd' : t.isContainer ? 'c' : 'n'}:${t.key}`;
    const list = groups.get(g);
    if (list) list.push(i); else groups.set(g, [i]);
  }
  const base = new Map<string, Scored[]>();
  for (const [g, members] of groups) {
    const all = candidatesOf(tops[members[0]!]!, gaz);
    const scored = all.map((c) => ({ c, score: prior(c, all), p: 0, why: [] as string[] }));
    scored.sort((a, b) => b.score - a.score);
    base.set(g, softmax(scored.slice(0, P.MAX_CANDIDATES)));
  }

  // document context from pass 1
  const countryW = new Map<string, number>();
  const admin1W = new Map<string, number>();
  let total = 0;
  for (const [g, scored] of base) {
    const top = scored[0];
    if (!top || top.p < P.CONTEXT_MIN_P || !top.c.cc) continue;
    const n = groups.get(g)!.length;
    total += n;
    countryW.set(top.c.cc, (countryW.get(top.c.cc) ?? 0) + n);
    if (top.c.a1) admin1W.set(`${top.c.cc}.${top.c.a1}`, (admin1W.get(`${top.c.cc}.${top.c.a1}`) ?? 0) + n);
  }

  const scoreWithContext = (scored: Scored[]): Scored[] => softmax(scored.map((s) => {
    const cs = total ? (countryW.get(s.c.cc) ?? 0) / total : 0;
    const as = total && s.c.featureCode !== 'PCLI' ? (admin1W.get(`${s.c.cc}.${s.c.a1}`) ?? 0) / total : 0;
    const why = [...s.why];
    if (cs > 0) why.push(`document-country:${s.c.cc}`);
    if (as > 0) why.push(`document-region:${s.c.cc}.${s.c.a1}`);
    return { c: s.c, score: s.score + P.COUNTRY_WEIGHT * cs + P.ADMIN1_WEIGHT * as, p: 0, why };
  }));

  // containers first, then everything else (with containment bonuses)
  const final = new Map<string, Scored[]>();
  for (const [g, scored] of base) if (g.startsWith('c:')) final.set(g, scoreWithContext(scored));
  for (const [g, scored] of base) {
    if (g.startsWith('c:')) continue;
    const boxes: Candidate[] = [];
    for (const i of groups.get(g)!) {
      const ci = tops[i]!.container;
      if (ci === null) continue;
      const t = tops[ci]!;
      const box = final.get(`c:${t.key}`)?.[0]?.c;
      if (box) boxes.push(box);
    }
    const withBoxes = boxes.length ? scored.map((s) => {
      const inside = boxes.find((b) => within(s.c, b));
      return inside
        ? { ...s, score: s.score + P.CONTAIN_BONUS, why: [...s.why, `contained-in:${inside.name}`] }
        : { ...s, score: s.score - P.CONTAIN_MISS };
    }) : scored;
    final.set(g, scoreWithContext(withBoxes));
  }

  return tops.map((t) => ({ toponym: t, ranked: final.get(`${t.demonym ? 'd' : t.isContainer ? 'c' : 'n'}:${t.key}`) ?? [] }));
}

/** The places layer item for a resolved toponym. */
export function placeOf(r: Resolved, id: string, gaz: Gazetteer): Place {
  const t = r.toponym;
  const base = { start: t.start, end: t.end, text: t.text, id, mention: t.mention };
  const alternatives = (from: number) => r.ranked.slice(from, from + P.MAX_ALTERNATIVES).filter((s) => s.p >= 0.01)
    .map((s) => ({ geonameId: s.c.id, name: s.c.name, country: s.c.cc || null, lat: s.c.lat, lon: s.c.lon, score: round(s.p) }));
  const top = r.ranked[0];
  if (!top) {
    return { ...base, resolved: false, geonameId: null, name: null, lat: null, lon: null, country: null, admin1: null, featureClass: null, featureCode: null, confidence: 0, reason: 'not-in-gazetteer', alternatives: [] };
  }
  const c = top.c;
  const confidence = round(Math.min(0.99, top.p));
  if (top.p < P.MIN_CONFIDENCE) {
    return { ...base, resolved: false, geonameId: null, name: null, lat: null, lon: null, country: null, admin1: null, featureClass: null, featureCode: null, confidence, reason: `ambiguous: ${r.ranked.length} candidates, best ${c.name} (${c.cc || c.featureCode}) at ${confidence}`, alternatives: alternatives(0) };
  }
  const how = r.ranked.length === 1 ? 'only-candidate' : 'prior(feature,population)';
  const match = c.match === Match.Alias ? 'alias' : c.match === Match.Demonym ? 'demonym' : c.match === Match.Alt ? 'alternate-name' : c.match === Match.Abbrev ? 'abbreviation' : c.match === Match.Stem ? 'region-stem' : 'name';
  const admin1 = c.featureCode === 'ADM1' ? c.name : c.a1 ? gaz.admin1Of(c.cc, c.a1)?.name ?? null : null;
  return {
    ...base, resolved: true, geonameId: c.id, name: c.name, lat: c.lat, lon: c.lon, country: c.cc || null, admin1,
    featureClass: c.featureClass, featureCode: c.featureCode, confidence,
    reason: [`${match}`, how, ...top.why].join('; '),
    alternatives: top.p < P.ALTERNATIVES_BELOW ? alternatives(1) : [],
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
