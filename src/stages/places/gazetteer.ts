/**
 * The places gazetteer at run time: look up a name, get its candidate places.
 *
 * The index is built from npm data packages (see build.ts) by `node dist/scripts/build-places-gazetteer.js`
 * (run by `npm run build`) into node_modules/.cache/sitrep/; when that file is missing, the first
 * load builds it in memory (a few seconds) and tries to write it for next time.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from '../../util/datasets.js';
import { buildGazetteer, GAZETTEER_VERSION, resourceHash, Match, type GazetteerData } from './build.js';
import { placeKey } from './normalize.js';

export { Match };

export interface GazEntry {
  /** index into the gazetteer */
  index: number;
  id: number | null;
  name: string;
  lat: number;
  lon: number;
  cc: string;
  a1: string;
  featureClass: string;
  featureCode: string;
  pop: number;
}

export interface Candidate extends GazEntry {
  match: Match;
}

/** "FAO", "EU", "US": a name of at most four letters written in capitals. */
export function isShortCapsName(span: string): boolean {
  return span.replace(/[^A-Za-z]/g, '').length <= 4 && span === span.toUpperCase();
}

/**
 * What a short capitalized name can mean as a place: a known abbreviation or alias ("NYC"), a
 * country, first-level region, continent, zone or region ("EU") — not a town that happens to be
 * spelled with the same letters ("Eu", "Us").
 */
export function shortCapsReading(c: Candidate): boolean {
  return c.match === Match.Alias || /^(PCLI|ADM1|CONT|ZN|RGN)$/.test(c.featureCode);
}

export class Gazetteer {
  private readonly keyList: string[];
  private readonly postStart: Int32Array;
  private readonly post: Int32Array;
  /** `cc.a1` -> entry of that first-level region */
  private readonly admin1 = new Map<string, number>();
  private readonly country = new Map<string, number>();
  /** most words in any key */
  readonly maxWords: number;

  constructor(private readonly d: GazetteerData) {
    this.keyList = d.keyList;
    this.postStart = Int32Array.from(d.postStart);
    this.post = Int32Array.from(d.post);
    d.postStart = [];
    d.post = [];
    for (let i = 0; i < d.fc.length; i++) {
      const fc = d.fc[i]!;
      if (fc === 'A.ADM1') this.admin1.set(`${d.cc[i]}.${d.a1[i]}`, i);
      else if (fc === 'A.PCLI' && !this.country.has(d.cc[i]!)) this.country.set(d.cc[i]!, i);
    }
    this.maxWords = 6;
  }

  get size(): number { return this.d.id.length; }
  get keyCount(): number { return this.keyList.length; }

  /** Index of the key in the sorted key list, or -1. */
  private find(key: string): number {
    const list = this.keyList;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = list[mid]!;
      if (k === key) return mid;
      if (k < key) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }

  /** entries built on first use and kept: a name's candidates are looked up again and again */
  private readonly entries: (GazEntry | undefined)[] = [];

  entry(i: number): GazEntry {
    return this.entries[i] ??= Object.freeze(this.makeEntry(i));
  }

  private makeEntry(i: number): GazEntry {
    const d = this.d;
    const [featureClass, featureCode] = d.fc[i]!.split('.') as [string, string];
    return { index: i, id: d.id[i]!, name: d.name[i]!, lat: d.lat[i]!, lon: d.lon[i]!, cc: d.cc[i]!, a1: d.a1[i]!, featureClass, featureCode, pop: d.pop[i]! };
  }

  /** Does any place carry this name key? */
  hasKey(key: string): boolean {
    return key !== '' && this.find(key) >= 0;
  }

  /** Candidate places for a name as written. */
  lookup(text: string): Candidate[] {
    return this.lookupKey(placeKey(text));
  }

  lookupKey(key: string): Candidate[] {
    const k = key ? this.find(key) : -1;
    if (k < 0) return [];
    const out: Candidate[] = [];
    for (let j = this.postStart[k]!; j < this.postStart[k + 1]!; j++) {
      const v = this.post[j]!;
      out.push({ ...this.entry(v >> 3), match: (v & 7) as Match });
    }
    return out;
  }

  /** The first-level region `a1` of country `cc`. */
  admin1Of(cc: string, a1: string): GazEntry | null {
    const i = this.admin1.get(`${cc}.${a1}`);
    return i === undefined ? null : this.entry(i);
  }

  countryOf(cc: string): GazEntry | null {
    const i = this.country.get(cc);
    return i === undefined ? null : this.entry(i);
  }
}

export function gazetteerCachePath(): string {
  return join(projectRoot(), 'node_modules', '.cache', 'sitrep', `places-gazetteer-v${GAZETTEER_VERSION}.json`);
}

/** Build the index from the npm data packages and write it to the cache. Returns the path. */
export function writeGazetteerCache(): string {
  return saveCache(buildGazetteer());
}

/** Write the index to the cache and remove the files of older versions. */
function saveCache(data: GazetteerData): string {
  const path = gazetteerCachePath();
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, JSON.stringify(data));
  for (const f of readdirSync(dir)) {
    if (/^places-gazetteer-v\d+\.json$/.test(f) && join(dir, f) !== path) rmSync(join(dir, f), { force: true });
  }
  return path;
}

let loaded: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const path = gazetteerCachePath();
  let data: GazetteerData | null = null;
  if (existsSync(path)) {
    try {
      const d = JSON.parse(readFileSync(path, 'utf8')) as GazetteerData;
      if (d.version === GAZETTEER_VERSION && d.resources === resourceHash()) data = d;
    } catch { data = null; }
  }
  if (!data) {
    data = buildGazetteer();
    try {
      saveCache(data);
    } catch { /* read-only install: keep the in-memory index */ }
  }
  loaded = new Gazetteer(data);
  return loaded;
}
