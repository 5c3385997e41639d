/**
 * Entity look-up in the knowledge base: `lookupEntity(name, type?, date?)`.
 *
 * Tries, in order: an exact (normalized) name or alias of a KB entry or a country; a government
 * body written as "<country|demonym> <body>" / "<body> of <country>" (bodies.tsv); a person's
 * surname alone; then fuzzy matching of the whole name (normalized edit-distance similarity over
 * candidates sharing a token prefix), so "Jean-Noel Barro" finds Jean-Noël Barrot. The
 * confidence says how the match was made; a date (YYYY-MM-DD) prefers, and keeps the roles of,
 * people in office then.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../document.js';
import { resourcesDir } from '../util/datasets.js';
import { CAPITAL_VARIANTS, allCountries, countryByCode, countryByName, type Country } from './countries.js';
import { allKbEntries, onKbChange, roleActive, type KbEntry, type KbRole } from './entities.js';
import { MAX_FUZZY_LEN, nameKey, similarity } from './normalize.js';

export interface KbMatch {
  kbId: string;
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-2 */
  country: string | null;
  sector: string | null;
  /** the entry's roles (only those held on `date` when a date was given) */
  roles: KbRole[];
  confidence: number;
  /** how it matched: 'name', 'alias', 'demonym', 'body', 'surname', 'fuzzy' */
  via: string;
  /** for a government body: its generic kind (bodies.tsv key) */
  body: string | null;
}

/** Fuzzy matches below this similarity are not links. */
export const FUZZY_MIN = 0.84;
const MAX_CANDIDATES = 300;

interface Indexed { entry: KbEntry; country?: Country }
interface Index {
  exact: Map<string, Indexed[]>;
  surname: Map<string, Indexed[]>;
  prefix: Map<string, Set<Indexed>>;
  keys: Map<Indexed, string[]>;
  /** government bodies; each name with the forms it is matched in: ' <name>' at the end, '<name> of ' at the start */
  bodies: { key: string; sector: string; names: { name: string; asEnd: string; asStart: string }[] }[];
  byBody: Map<string, KbEntry>;
  /** entries by country and each of their names and aliases: 'GB:house of commons' */
  byCountryName: Map<string, KbEntry>;
  /** every body name of bodies.tsv ("senate", "house of commons", "foreign office") */
  bodyNames: Set<string>;
}
let index: Index | null = null;
/** Memo of recent look-ups (names repeat within and across articles); bounded. */
const memo = new Map<string, KbMatch | null>();
const MEMO_MAX = 20000;
/** Memo of fuzzyCandidates by type and key (unknown names recur across documents of other dates); bounded. */
const fuzzyMemo = new Map<string, { it: Indexed; sim: number }[]>();
onKbChange(() => { index = null; memo.clear(); fuzzyMemo.clear(); });

function countryEntry(c: Country): KbEntry {
  return { kbId: `sitrep:country/${c.iso2}`, id: c.iso2.toLowerCase(), type: 'GPE', name: c.name, aliases: [...c.aliases], country: c.iso2, sector: null, roles: [], body: null };
}

function placeEntry(name: string, country: string | null, type: 'GPE' | 'LOC', aliases: string[]): KbEntry {
  const id = nameKey(name).replace(/[^a-z0-9]+/g, '-');
  return { kbId: `sitrep:place/${id}`, id, type, name, aliases, country, sector: null, roles: [], body: null };
}

function build(): Index {
  const exact = new Map<string, Indexed[]>(), surname = new Map<string, Indexed[]>(), prefix = new Map<string, Set<Indexed>>(), keys = new Map<Indexed, string[]>();
  const push = <K>(m: Map<K, Indexed[]>, k: K, v: Indexed) => { const l = m.get(k); if (l) { if (!l.includes(v)) l.push(v); } else m.set(k, [v]); };
  const byBody = new Map<string, KbEntry>(), byCountryName = new Map<string, KbEntry>();
  const add = (it: Indexed) => {
    const ks = [...new Set([it.entry.name, ...it.entry.aliases].map(nameKey).filter(Boolean))];
    keys.set(it, ks);
    for (const k of ks) {
      push(exact, k, it);
      for (const tok of k.split(' ')) if (tok.length >= 3) {
        const p = tok.slice(0, 3);
        let s = prefix.get(p); if (!s) prefix.set(p, (s = new Set())); s.add(it);
      }
    }
    if (it.entry.type === 'PER') {
      const last = nameKey(it.entry.name).split(' ').pop()!;
      if (last.length >= 3) push(surname, last, it);
    }
    if (it.entry.body && it.entry.country) byBody.set(`${it.entry.country}:${it.entry.body}`, it.entry);
    if (it.entry.country && !it.country) for (const k of ks) if (!byCountryName.has(`${it.entry.country}:${k}`)) byCountryName.set(`${it.entry.country}:${k}`, it.entry);
  };
  for (const c of allCountries()) add({ entry: countryEntry(c), country: c });
  for (const c of allCountries()) {
    // demonyms ("French") point at the country as a group (NORP); capitals are places of their own
    if (c.demonyms.length) add({ entry: { ...countryEntry(c), type: 'NORP', name: c.demonyms[0]!, aliases: c.demonyms.slice(1) }, country: c });
    if (c.capital) add({ entry: placeEntry(c.capital, c.iso2, 'GPE', CAPITAL_VARIANTS[c.iso2] ?? []) });
  }
  for (const line of readFileSync(join(resourcesDir('en'), 'kb', 'regions.tsv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [name, , countries, aliases] = line.split('\t');
    const cs = (countries ?? '').split('|').filter(Boolean);
    add({ entry: placeEntry(name!, cs.length === 1 ? cs[0]! : null, 'LOC', (aliases ?? '').split('|').filter(Boolean)) });
  }
  for (const e of allKbEntries()) add({ entry: e });
  const bodies = readFileSync(join(resourcesDir('en'), 'kb', 'bodies.tsv'), 'utf8').split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [key, sector, names] = l.split('\t');
      return { key: key!, sector: sector!, names: names!.split('|').map((name) => ({ name, asEnd: ' ' + name, asStart: name + ' of ' })) };
    });
  const bodyNames = new Set(bodies.flatMap((b) => b.names.map((n) => n.name)));
  return { exact, surname, prefix, keys, bodies, byBody, byCountryName, bodyNames };
}

const getIndex = (): Index => (index ??= build());

const COMPATIBLE: Record<string, EntityType[]> = {
  PER: ['PER'], ORG: ['ORG'], LOC: ['LOC', 'GPE'], GPE: ['GPE', 'LOC'], NORP: ['NORP', 'GPE'], MISC: ['MISC', 'NORP', 'GPE'],
};

function toMatch(e: KbEntry, confidence: number, via: string, date?: string | null): KbMatch {
  const roles = date ? e.roles.filter((r) => roleActive(r, date)) : e.roles;
  return { kbId: e.kbId, name: e.name, type: e.type, country: e.country, sector: e.sector, roles, confidence, via, body: e.body };
}

/**
 * Choose among same-key candidates: the right type, then in office on `date`, then one named so
 * over one that has it for an alias (`key`: "Gaza" is the region Gaza, not Palestine, whose
 * alias it is too).
 */
function pick(cands: Indexed[], type: EntityType | undefined, date: string | null | undefined, key?: string): { it: Indexed; ambiguous: boolean; typeOk: boolean } | null {
  if (!cands.length) return null;
  const okType = type ? cands.filter((c) => COMPATIBLE[type]!.includes(c.entry.type)) : cands;
  const pool = okType.length ? okType : cands;
  const active = pool.filter((c) => c.entry.type !== 'PER' || c.entry.roles.some((r) => roleActive(r, date)));
  const best = active.length ? active : pool;
  const named = key && best.length > 1 ? best.find((c) => nameKey(c.entry.name) === key) : undefined;
  return { it: named ?? best[0]!, ambiguous: best.length > 1, typeOk: okType.length > 0 };
}

/** A government body of a country named by pattern ("British Ministry of Defense"), or null. */
export function lookupBody(text: string): KbMatch | null {
  const key = nameKey(text);
  if (!key || key.length > MAX_FUZZY_LEN) return null;
  const idx = getIndex();
  for (const b of idx.bodies) {
    for (const { name: n, asEnd, asStart } of b.names) {
      let countryPart: string | null = null;
      if (key.endsWith(asEnd)) countryPart = key.slice(0, key.length - n.length - 1);
      else if (key.startsWith(asStart)) countryPart = key.slice(n.length + 4);
      if (!countryPart) continue;
      const c = countryByName(countryPart.replace(/'s$/, ''));
      if (!c) continue;
      return countryBody(idx, c, b, n);
    }
  }
  return null;
}

/** Body `b` of country `c`, called `n` in the text (a bodies.tsv name): the KB entry of that country with that name or body kind, else a generic entry. */
function countryBody(idx: Index, c: Country, b: Index['bodies'][number], n: string): KbMatch {
  const known = idx.byCountryName.get(`${c.iso2}:${n}`) ?? idx.byBody.get(`${c.iso2}:${b.key}`);
  if (known) return toMatch(known, 0.95, 'body');
  // one name per id, whichever name the text used: the kind's first name ("Canadian Senate", "House of Commons" → Parliament of Canada)
  const title = b.names[0]!.name.replace(/\b\w/g, (ch) => ch.toUpperCase()).replace(/\bOf\b/g, 'of').replace(/\bThe\b/g, 'the');
  return { kbId: `sitrep:org/${c.iso2.toLowerCase()}-${b.key}`, name: `${title} of ${c.name}`, type: 'ORG', country: c.iso2, sector: b.sector, roles: [], confidence: 0.9, via: 'body', body: b.key };
}

/**
 * Whether `name` is a kind of government body that many countries have, named without its country
 * ("Senate", "House of Commons", "Foreign Office": a bodies.tsv name); the KB links it to one
 * country's body, which the document's context may overrule (bodyOfCountry).
 */
export function isGenericBodyName(name: string): boolean {
  return getIndex().bodyNames.has(nameKey(name));
}

/** The body that generic name `name` ("House of Commons") is in country `iso2` (CA → Parliament of Canada), or null. */
export function bodyOfCountry(iso2: string, name: string): KbMatch | null {
  const idx = getIndex(), key = nameKey(name);
  const c = countryByCode(iso2);
  const b = idx.bodies.find((x) => x.names.some((n) => n.name === key));
  return c && b ? countryBody(idx, c, b, key) : null;
}

/**
 * Find the KB entry a name refers to. `type` (the recognizer's type) steers the choice and lowers
 * the confidence of a mismatch; `date` (YYYY-MM-DD) picks people in office then. Null when
 * nothing matches well enough.
 */
export function lookupEntity(name: string, type?: EntityType, date?: string | null): KbMatch | null {
  if (name.length > 4 * MAX_FUZZY_LEN) return null;
  const mk = `${type ?? ''}|${date ?? ''}|${name}`;
  const hit = memo.get(mk);
  if (hit !== undefined) return hit === null ? null : copyMatch(hit);
  const found = lookupUncached(name, type, date);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(mk, found);
  return found === null ? null : copyMatch(found);
}

/** A copy the caller may change (the memo keeps its own); fields written out: faster than a spread. */
function copyMatch(m: KbMatch): KbMatch {
  return { kbId: m.kbId, name: m.name, type: m.type, country: m.country, sector: m.sector, roles: [...m.roles], confidence: m.confidence, via: m.via, body: m.body };
}

/** A middle initial ("R.") and the generational suffixes that end a person's name. */
export const INITIAL = /^\p{Lu}\.$/u;
export const NAME_SUFFIX: ReadonlySet<string> = new Set(['Jr.', 'Jr', 'JR.', 'JR', 'Sr.', 'Sr', 'SR.', 'SR', 'II', 'III', 'IV']);

/** A person's name without middle initials and generational suffixes (the name itself when it has none). */
export function plainPersonName(name: string): string {
  // the comma before a final suffix is not part of the name ("Biden, Jr.")
  const comma = /,\s*(\S+)$/u.exec(name);
  const words = (comma && NAME_SUFFIX.has(comma[1]!) ? `${name.slice(0, comma.index)} ${comma[1]}` : name).split(/\s+/).filter(Boolean);
  const kept = words.filter((x, i) => i === 0 || !(INITIAL.test(x) || (i === words.length - 1 && NAME_SUFFIX.has(x))));
  return kept.length >= 2 && kept.length < words.length ? kept.join(' ') : name;
}

const typePenalty = (ok: boolean) => (ok ? 0 : 0.25);

/** Step 1 of lookupEntity alone: the KB entry whose (normalized) name or alias this is, with no surname or fuzzy matching. */
export function lookupExact(name: string, type?: EntityType, date?: string | null): KbMatch | null {
  const key = nameKey(name);
  if (!key || key.length > MAX_FUZZY_LEN) return null;
  const ex = pick(getIndex().exact.get(key) ?? [], type, date, key);
  if (!ex) return null;
  const e = ex.it.entry;
  const isName = nameKey(e.name) === key;
  const demonym = e.type === 'NORP';
  const conf = (isName ? 1 : 0.97) - (ex.ambiguous ? 0.2 : 0) - typePenalty(ex.typeOk);
  return toMatch(e, conf, demonym ? 'demonym' : isName ? 'name' : 'alias', date);
}

function lookupUncached(name: string, type?: EntityType, date?: string | null): KbMatch | null {
  const key = nameKey(name);
  if (!key || key.length > MAX_FUZZY_LEN) return null;
  const idx = getIndex();
  // 1. exact name or alias
  const exact = lookupExact(name, type, date);
  if (exact) return exact;
  // a person's name with a middle initial or a generational suffix: the name without them
  // ("Joseph R. Biden, Jr." → "Joseph Biden", "Antony J. Blinken" → "Antony Blinken")
  if (type === 'PER' || type === undefined) {
    const plain = plainPersonName(name);
    if (plain !== name) {
      const p = pick(idx.exact.get(nameKey(plain)) ?? [], 'PER', date);
      if (p && p.it.entry.type === 'PER') return toMatch(p.it.entry, 0.95 - (p.ambiguous ? 0.2 : 0), 'alias', date);
    }
  }
  if (type !== 'PER') {
    const body = lookupBody(name);
    if (body) return body;
  }
  // a people in the plural ("Americans", "Ukrainians", "Israelis"): the demonym in the singular
  if (!key.includes(' ') && key.length > 4 && key.endsWith('s') && type !== 'PER') {
    const people = (idx.exact.get(key.slice(0, -1)) ?? []).filter((c) => c.entry.type === 'NORP' && (!type || COMPATIBLE[type]!.includes('NORP')));
    const d = pick(people, type, date);
    if (d) return toMatch(d.it.entry, 0.95 - (d.ambiguous ? 0.2 : 0), 'demonym', date);
  }
  // 2. a person's surname alone
  if (!key.includes(' ') && type !== 'ORG' && type !== 'LOC' && type !== 'GPE') {
    const sn = pick(idx.surname.get(key) ?? [], 'PER', date);
    if (sn) return toMatch(sn.it.entry, sn.ambiguous ? 0.5 : 0.8, 'surname', date);
  }
  // 3. fuzzy: the closest KB name (the date only breaks ties between equally close names); a
  // one-word name only for a person: one letter apart, a place or an organization is as often
  // another one ("Columbia, New Hampshire" is not Colombia, nor "Kamala" Kampala)
  if (!key.includes(' ') && type !== 'PER') return null;
  let best: Indexed | null = null, bestSim = 0;
  for (const { it, sim } of fuzzyCandidates(key, type)) {
    const better = sim > bestSim || (sim === bestSim && best && it.entry.type === 'PER' && it.entry.roles.some((r) => roleActive(r, date)));
    if (better) { bestSim = sim; best = it; }
  }
  if (best) return toMatch(best.entry, Math.round(bestSim * 0.95 * 1000) / 1000, 'fuzzy', date);
  return null;
}

/**
 * The KB entries whose names are close enough to `key` (similarity at least FUZZY_MIN) to be its
 * fuzzy match, in look-up order, each with the best similarity that could still change the choice:
 * candidates share a 3-letter token prefix with the key (bounded: only tokens of 4+ letters
 * propose candidates, and at most MAX_CANDIDATES are compared). A name less similar than an
 * earlier one is left out: it can never be chosen.
 */
function fuzzyCandidates(key: string, type: EntityType | undefined): { it: Indexed; sim: number }[] {
  if (key.length < 5) return [];
  const mk = `${type ?? ''}|${key}`;
  const hit = fuzzyMemo.get(mk);
  if (hit) return hit;
  const idx = getIndex();
  const cands = new Set<Indexed>();
  for (const tok of key.split(' ')) {
    if (tok.length < 4) continue;
    for (const c of idx.prefix.get(tok.slice(0, 3)) ?? []) { if (cands.size >= MAX_CANDIDATES) break; cands.add(c); }
  }
  const found: { it: Indexed; sim: number }[] = [];
  let bestSim = 0;
  for (const c of cands) {
    if (type && !COMPATIBLE[type]!.includes(c.entry.type)) continue;
    for (const k of idx.keys.get(c)!) {
      // lengths too far apart cannot reach FUZZY_MIN: skip the edit distance
      if (Math.abs(k.length - key.length) > (1 - FUZZY_MIN) * Math.max(k.length, key.length)) continue;
      // the edit distance may stop once it cannot reach FUZZY_MIN and the best so far (below: 0)
      const s = similarity(key, k, Math.max(FUZZY_MIN, bestSim));
      if (s < FUZZY_MIN || s < bestSim) continue;
      bestSim = s;
      found.push({ it: c, sim: s });
    }
  }
  if (fuzzyMemo.size >= MEMO_MAX) fuzzyMemo.clear();
  fuzzyMemo.set(mk, found);
  return found;
}

/** Who held `office` of `country` (ISO alpha-2) on `date`, per the KB, or null. */
export function officeHolder(country: string, office: string, date?: string | null): KbMatch | null {
  for (const e of allKbEntries()) {
    if (e.type !== 'PER') continue;
    if (e.roles.some((r) => r.office === office && r.country === country && roleActive(r, date))) return toMatch(e, 1, 'office', date);
  }
  return null;
}
