/**
 * Countries: ISO 3166-1 codes, names, capitals, demonyms and aliases, from
 * resources/en/kb/countries.tsv (one country a line; `|` separates list items).
 *
 *   countryByName('Great Britain')  → { iso2: 'GB', iso3: 'GBR', name: 'United Kingdom', ... }
 *   countryByName('French')         → France (demonyms count as names here; see `matched`)
 *   countryByCode('UKR')            → Ukraine
 *   countryByCapital('Kyiv')        → Ukraine
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../util/datasets.js';
import { nameKey } from './normalize.js';

export interface Country {
  iso2: string;
  iso3: string;
  name: string;
  capital: string | null;
  demonyms: string[];
  aliases: string[];
}

export interface CountryMatch extends Country {
  /** which list the text was found in */
  matched: 'name' | 'alias' | 'demonym' | 'code';
}

interface CountryIndex {
  all: Country[];
  byCode: Map<string, Country>;
  byName: Map<string, CountryMatch>;
  byCapital: Map<string, Country>;
}

let index: CountryIndex | null = null;

/** Capitals spelled in other ways that news still uses. */
export const CAPITAL_VARIANTS: Record<string, string[]> = { UA: ['Kiev'], IN: ['Delhi'], KZ: ['Nur-Sultan'], MM: ['Naypyidaw', 'Naypyitaw'], US: ['Washington DC', 'Washington D.C.'] };

function load(): CountryIndex {
  if (index) return index;
  const file = join(resourcesDir('en'), 'kb', 'countries.tsv');
  const all: Country[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [iso2, iso3, name, capital, demonyms, aliases] = line.split('\t');
    if (!iso2 || !iso3 || !name) continue;
    const list = (s: string | undefined) => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);
    all.push({ iso2, iso3, name, capital: capital?.trim() || null, demonyms: list(demonyms), aliases: list(aliases) });
  }
  const byCode = new Map<string, Country>();
  const byName = new Map<string, CountryMatch>();
  const byCapital = new Map<string, Country>();
  // first writer wins: names beat aliases beat demonyms, and earlier lines beat later ones
  const put = (key: string, c: Country, matched: CountryMatch['matched']) => {
    const k = nameKey(key);
    if (k && !byName.has(k)) byName.set(k, { ...c, matched });
  };
  for (const c of all) { byCode.set(c.iso2, c); byCode.set(c.iso3, c); put(c.name, c, 'name'); }
  for (const c of all) for (const a of c.aliases) put(a, c, 'alias');
  for (const c of all) for (const d of c.demonyms) put(d, c, 'demonym');
  for (const c of all) {
    for (const cap of [c.capital, ...(CAPITAL_VARIANTS[c.iso2] ?? [])]) {
      if (cap && !byCapital.has(nameKey(cap))) byCapital.set(nameKey(cap), c);
    }
  }
  index = { all, byCode, byName, byCapital };
  return index;
}

/** Every country in the table. */
export function allCountries(): readonly Country[] {
  return load().all;
}

/** A country by ISO 3166-1 alpha-2 or alpha-3 code (any case), or null. */
export function countryByCode(code: string): Country | null {
  return load().byCode.get(code.trim().toUpperCase()) ?? null;
}

/**
 * A country by its name, an alias ("Great Britain", "America", "UK") or a demonym ("French",
 * "Ukrainian"), case- and accent-insensitive; null when the text names no country.
 */
export function countryByName(text: string): CountryMatch | null {
  if (text.length > 100) return null;
  return load().byName.get(nameKey(text)) ?? null;
}

/** The country whose capital this is ("Kyiv", "Kiev", "Moscow"), or null. */
export function countryByCapital(text: string): Country | null {
  if (text.length > 100) return null;
  return load().byCapital.get(nameKey(text)) ?? null;
}
