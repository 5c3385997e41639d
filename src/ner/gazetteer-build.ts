/**
 * Builds the tagger's gazetteer (models/ner/gazetteer.tsv) at training time from the knowledge
 * base (countries, capitals, demonyms, regions, organizations, people) and GeoNames
 * (cities15000 names, admin1 regions) under the datasets folder, and the given names and surnames
 * of resources/en/places/given-names.txt (NAME; those that also name a country, nationality or
 * region are left out: "Jordan", "Georgia", "Virginia"). The result is frozen beside the model so
 * that tagging needs no dataset.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allCountries } from '../kb/countries.js';
import { allKbEntries } from '../kb/entities.js';
import { resourcesDir } from '../util/datasets.js';
import type { GazCategory } from './gazetteer.js';

export function buildGazetteerTsv(datasets: string): string {
  const lines = new Set<string>();
  const add = (cat: GazCategory, phrase: string | null | undefined) => {
    const p = (phrase ?? '').replace(/\s+/g, ' ').trim();
    if (p.length >= 2 && p.length <= 60 && /\p{Lu}/u.test(p[0]!)) lines.add(`${cat}\t${p}`);
  };
  for (const c of allCountries()) {
    add('COUNTRY', c.name);
    for (const a of c.aliases) add('COUNTRY', a);
    for (const d of c.demonyms) add('NORP', d);
    add('CITY', c.capital);
  }
  for (const line of readFileSync(join(resourcesDir('en'), 'kb', 'regions.tsv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [name, , , aliases] = line.split('\t');
    add('REGION', name);
    for (const a of (aliases ?? '').split('|')) add('REGION', a);
  }
  for (const e of allKbEntries()) {
    const cat: GazCategory | null = e.type === 'PER' ? 'PER' : e.type === 'ORG' ? (e.sector === 'igo' ? 'IGO' : e.sector === 'media' ? 'MEDIA' : 'ORG') : e.type === 'LOC' || e.type === 'GPE' ? 'LOC' : null;
    if (!cat) continue;
    for (const n of [e.name, ...e.aliases]) add(cat, n);
    if (e.type === 'PER') add('FIRST', e.name.split(' ')[0]);
  }
  const cities = join(datasets, 'geonames', 'cities15000.txt');
  if (existsSync(cities)) {
    for (const line of readFileSync(cities, 'utf8').split('\n')) {
      const c = line.split('\t');
      if (c.length < 15) continue;
      add('CITY', c[1]);
      if (c[2] !== c[1]) add('CITY', c[2]);
    }
  }
  const admin1 = join(datasets, 'geonames', 'admin1_regionInfo.tsv');
  if (existsSync(admin1)) {
    for (const line of readFileSync(admin1, 'utf8').split('\n')) {
      const c = line.split('\t');
      if (c.length < 3 || line.startsWith('#')) continue;
      add('LOC', c[1]);
      if (c[2] !== c[1]) add('LOC', c[2]);
    }
  }
  // given names and surnames (lower case, one a line), except those that name a country, a
  // nationality or a region, whose own categories speak for them
  const places = new Set([...lines].filter((l) => /^(COUNTRY|NORP|REGION|LOC)\t/.test(l)).map((l) => l.slice(l.indexOf('\t') + 1).toLowerCase()));
  for (const line of readFileSync(join(resourcesDir('en'), 'places', 'given-names.txt'), 'utf8').split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#') && !places.has(w)) add('NAME', w[0]!.toUpperCase() + w.slice(1));
  }
  return [...lines].sort().join('\n') + '\n';
}
