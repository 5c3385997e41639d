/**
 * Diagnostic for the places stage (not part of the product or of `npm run eval`): lists the
 * country-level resolution errors and the recognition misses of each geoparsing dev set, with the
 * toponym, its context, the gold country and the pick, and prints the same headline numbers as
 * eval/places.ts.
 *
 * Usage: node dist/eval/places-errors.js [--cache DIR] [--kind country|fp|fn|km] [--dataset lgl|TR-News|GeoVirus] [--doc N]
 *   [--set NAME=VALUE,...]   (try other weights of priors.ts: W.NAME, F.CODE for a feature prior, M.n for a match prior)
 * The documents annotated up to the places stage are cached in DIR (default: $TMPDIR/sitrep-places-diag)
 * so that reruns only run the places stage.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document, Place } from '../src/document.js';
import { annotate } from '../src/pipeline.js';
import { places } from '../src/stages/places/index.js';
import { FEATURE_PRIOR, MATCH_PRIOR, W } from '../src/stages/places/priors.js';
import { datasetsDir } from '../src/util/datasets.js';
import { docOf, errorKm, GEOPARSING_SETS, matchSpans, readGeoparsingXml, Resolution } from './places.js';
import { prf } from './types.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const cacheDir = arg('cache') ?? join(tmpdir(), 'sitrep-places-diag');
const kinds = new Set((arg('kind') ?? 'country').split(','));
const only = arg('dataset');
const docIndex = arg('doc');
for (const kv of (arg('set') ?? '').split(',').filter(Boolean)) {
  const [k, v] = kv.split('=');
  if (k!.startsWith('F.')) FEATURE_PRIOR[k!.slice(2)] = Number(v);
  else if (k!.startsWith('M.')) (MATCH_PRIOR as Record<number, number>)[Number(k!.slice(2))] = Number(v);
  else if (k! in W) (W as Record<string, number>)[k!] = Number(v);
  else throw new Error(`no weight ${k}`);
}

/** The documents annotated up to (not including) the places stage, cached per dataset. */
function before(name: string, texts: string[]): Document[] {
  const file = join(cacheDir, `${name}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Document[];
  const docs = texts.map((t) => annotate(docOf(t), { until: 'times' }));
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, JSON.stringify(docs));
  return docs;
}

const context = (text: string, s: number, e: number): string =>
  `${text.slice(Math.max(0, s - 60), s)}[[${text.slice(s, e)}]]${text.slice(e, e + 60)}`.replace(/\s+/g, ' ');

const show = (p: Place): string => p.resolved ? `${p.name} (${p.country ?? '-'} ${p.featureCode}) ${p.confidence}` : `unresolved ${p.confidence}`;

const dir = join(datasetsDir(), 'geoparsing');
for (const [file, name] of GEOPARSING_SETS) {
  if (only && only !== name) continue;
  const articles = readGeoparsingXml(join(dir, file));
  const docs = before(name, articles.map((a) => a.text));
  let tp = 0, fp = 0, fn = 0;
  const res = new Resolution();
  const t0 = process.hrtime.bigint();
  const got = docs.map((d) => places(d).places);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  articles.forEach((art, k) => {
    const text = art.text;
    const ps = got[k]!;
    const m = matchSpans(art.toponyms, ps);
    if (docIndex !== undefined) {
      if (String(k) !== docIndex) return;
      console.log(text);
      const gold = new Map(m.matched.map(([g, p]) => [p, g]));
      for (const p of ps) console.log(`${gold.has(p) ? 'gold' : 'FP  '} ${gold.get(p)?.country ?? '--'} ${p.text}\t${show(p)}\t${p.reason}\t${p.alternatives.map((a) => `${a.name}/${a.country}:${a.score}`).join(' ')}`);
      for (const g of m.misses) console.log(`FN   ${g.country ?? '--'} ${g.phrase}`);
    }
    fp += m.falsePositives.length;
    fn += m.misses.length;
    tp += m.matched.length;
    if (kinds.has('fp')) for (const p of m.falsePositives) console.log(`${name}\t${k}\tFP\t${p.text}\t${show(p)}\t${context(text, p.start, p.end)}`);
    if (kinds.has('fn')) for (const g of m.misses) console.log(`${name}\t${k}\tFN\t${g.phrase}\t${g.country ?? ''}\t${context(text, g.start, g.end)}`);
    for (const [g, p] of m.matched) {
      res.add(g, p);
      const km = errorKm(g, p);
      if (kinds.has('km') && km !== null && km > 161) console.log(`${name}\t${k}\tKM\t${g.phrase}\t${Math.round(km)}\t${show(p)}\t${p.reason}\t${context(text, g.start, g.end)}`);
      if (!g.country || (p.resolved && p.country === g.country)) continue;
      if (kinds.has('country')) {
        const alts = p.alternatives.map((a) => `${a.name}/${a.country}:${a.score}`).join(' ');
        console.log(`${name}\t${k}\tCC\t${g.phrase}\tgold=${g.country}\t${show(p)}\t${p.reason}\t${alts}\t${context(text, g.start, g.end)}`);
      }
    }
  });
  const r = prf(tp, fp, fn);
  console.error(`${name}: P ${r.p.toFixed(3)} R ${r.r.toFixed(3)} F1 ${r.f.toFixed(3)} acc@161 ${(res.within / res.n).toFixed(3)} country ${(res.ccOk / res.ccN).toFixed(3)} (${res.ccN - res.ccOk} wrong of ${res.ccN}); places stage ${ms.toFixed(0)} ms`);
}
