import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryByName, countryByCode, countryByCapital, allCountries } from '../src/kb/countries.js';
import { editDistance, nameKey, similarity } from '../src/kb/normalize.js';

test('countries by name, alias and demonym', () => {
  assert.equal(countryByName('Great Britain')?.iso2, 'GB');
  assert.equal(countryByName('Britain')?.iso2, 'GB');
  assert.equal(countryByName('UK')?.iso3, 'GBR');
  assert.equal(countryByName('America')?.iso2, 'US');
  assert.equal(countryByName("America's")?.iso2, 'US');
  assert.equal(countryByName('French')?.iso2, 'FR');
  assert.equal(countryByName('French')?.matched, 'demonym');
  assert.equal(countryByName('Ukrainian')?.iso2, 'UA');
  assert.equal(countryByName('British')?.iso2, 'GB');
  assert.equal(countryByName('POLAND')?.iso2, 'PL');
  assert.equal(countryByName('Türkiye')?.iso2, 'TR');
  assert.equal(countryByName('Cote d’Ivoire')?.iso2, 'CI');
  assert.equal(countryByName('Narnia'), null);
  assert.equal(countryByName('x'.repeat(10000)), null);
});

test('countries by code and capital', () => {
  assert.equal(countryByCode('fr')?.name, 'France');
  assert.equal(countryByCode('UKR')?.iso2, 'UA');
  assert.equal(countryByCode('ZZ'), null);
  assert.equal(countryByCapital('Kyiv')?.iso2, 'UA');
  assert.equal(countryByCapital('Kiev')?.iso2, 'UA');
  assert.equal(countryByCapital('Moscow')?.iso2, 'RU');
  assert.ok(allCountries().length > 240);
});

test('name keys and similarity', () => {
  assert.equal(nameKey('Jean-Noël Barrot'), 'jean noel barrot');
  assert.equal(nameKey('U.S.'), 'us');
  // plain ASCII names take the short way, with the same result
  assert.equal(nameKey('The White House'), 'white house');
  assert.equal(nameKey('THE  Hague '), 'hague');
  assert.equal(nameKey('Theodore Roosevelt'), 'theodore roosevelt');
  assert.equal(nameKey('G7 Summit'), 'g7 summit');
  assert.ok(similarity(nameKey('Jean-Noel Barro'), nameKey('Jean-Noël Barrot')) > 0.9);
  assert.ok(similarity('kyiv', 'moscow') < 0.5);
  assert.equal(similarity('a'.repeat(500), 'a'.repeat(499)), 0);
});

test('similarity with a floor is exact at or above it, and below it otherwise', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('kitten', 'sitting', 1), 2);
  // the banded distance against a full-table reference: exact up to max, max + 1 above it
  const reference = (a: string, b: string) => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
      row = next;
    }
    return row[b.length]!;
  };
  for (const [a, b] of [['barrot', 'barro'], ['jean noel barrot', 'jean noel barro'], ['ab', 'ba'], ['kyiv', 'kiev'], ['abcdef', 'azcdefgh'], ['x', 'yyyy'], ['', 'abc'], ['stoltenberg', 'stoltenburg']] as const) {
    const d = reference(a, b);
    for (const max of [0, 1, 2, 3, 5, Infinity]) assert.equal(editDistance(a, b, max), d <= max ? d : max + 1, `${a} / ${b} within ${max}`);
  }
  // a fixed pseudo-random sample of near and far name pairs
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const word = () => Array.from({ length: 3 + rnd(12) }, () => 'abcde '[rnd(6)]).join('');
  for (let k = 0; k < 2000; k++) {
    const a = word();
    const b = rnd(2) ? word() : a.slice(0, rnd(a.length + 1)) + word().slice(0, rnd(3)) + a.slice(rnd(a.length + 1));
    const exact = similarity(a, b);
    for (const floor of [0.5, 0.84, exact]) {
      const s = similarity(a, b, floor);
      if (exact >= floor) assert.equal(s, exact, `${a} / ${b} at ${floor}`);
      else assert.ok(s < floor, `${a} / ${b} at ${floor}`);
    }
  }
});

import { lookupEntity, lookupBody, bodyOfCountry, isGenericBodyName, officeHolder, addKbFile, resetKbFiles } from '../src/kb/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('lookupEntity: exact, alias, surname, fuzzy, with roles on a date', () => {
  const barrot = lookupEntity('Jean-Noel Barro', 'PER', '2024-11-25');
  assert.equal(barrot?.kbId, 'sitrep:person/jean-noel-barrot');
  assert.equal(barrot?.via, 'fuzzy');
  assert.ok(barrot!.confidence > 0.84 && barrot!.confidence < 1);
  assert.deepEqual(barrot?.roles.map((r) => r.office), ['foreign-minister']);
  assert.equal(lookupEntity('Keir Starmer', 'PER')?.country, 'GB');
  assert.equal(lookupEntity('Starmer', 'PER', '2024-11-25')?.roles[0]?.office, 'head-of-government');
  // before his term, the date keeps no role
  assert.deepEqual(lookupEntity('Keir Starmer', 'PER', '2020-01-01')?.roles, []);
  assert.equal(lookupEntity('EU', 'ORG')?.kbId, 'sitrep:org/eu');
  assert.equal(lookupEntity('EU', 'ORG')?.sector, 'igo');
  assert.equal(lookupEntity('DCI', 'ORG')?.name, 'Défense Conseil International');
  assert.equal(lookupEntity('America', 'LOC')?.kbId, 'sitrep:country/US');
  assert.equal(lookupEntity('Kyiv', 'LOC')?.country, 'UA');
  assert.equal(lookupEntity('Europe', 'LOC')?.type, 'LOC');
  assert.equal(lookupEntity('Ukrainian', 'MISC')?.type, 'NORP');
  assert.equal(lookupEntity('Zbigniew Qwertyson', 'PER'), null);
  assert.equal(lookupEntity('', 'PER'), null);
  assert.equal(lookupEntity('Barrot '.repeat(5000), 'PER'), null);
});

test('government bodies by pattern and office holders', () => {
  assert.equal(lookupEntity('British Ministry of Defense', 'ORG')?.kbId, 'sitrep:org/gb-mod');
  assert.equal(lookupEntity('French Ministry of Defense', 'ORG')?.country, 'FR');
  const it = lookupBody('Italian Defence Ministry');
  assert.equal(it?.kbId, 'sitrep:org/it-defence-ministry');
  assert.equal(it?.sector, 'government');
  assert.equal(lookupBody('Ministry of Foreign Affairs of Hungary')?.country, 'HU');
  assert.equal(lookupBody('Ministry of Silly Walks'), null);
  // the built-in entry's name whole ("Foreign, Commonwealth and Development Office" was broken at its comma)
  assert.equal(lookupEntity('Foreign Office', 'ORG')?.name, 'Foreign, Commonwealth and Development Office');
  // a chamber of a country's parliament: that country's entry, else its parliament; one name per id
  assert.equal(lookupBody('British House of Commons')?.kbId, 'sitrep:org/gb-parliament');
  assert.equal(lookupBody('Canadian House of Commons')?.kbId, 'sitrep:org/ca-parliament');
  assert.equal(lookupBody('Canadian Senate')?.name, lookupBody('Parliament of Canada')?.name);
  assert.equal(lookupBody('United States Senate')?.kbId, 'sitrep:org/us-senate');
  assert.equal(bodyOfCountry('CA', 'House of Commons')?.kbId, 'sitrep:org/ca-parliament');
  assert.equal(bodyOfCountry('DE', 'Foreign Office')?.kbId, 'sitrep:org/de-foreign-office');
  assert.equal(bodyOfCountry('CA', 'Bundestag'), null);
  assert.ok(isGenericBodyName('House of Commons') && isGenericBodyName('Senate') && !isGenericBodyName('Bundestag'));
  assert.equal(officeHolder('FR', 'foreign-minister', '2024-11-25')?.name, 'Jean-Noël Barrot');
  assert.equal(officeHolder('GB', 'head-of-government', '2023-01-01')?.name, 'Rishi Sunak');
  assert.equal(officeHolder('US', 'head-of-state', '2025-06-01')?.name, 'Donald Trump');
});

test('a user file adds entries without code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-kb-'));
  const file = join(dir, 'extra.yaml');
  writeFileSync(file, '- { id: jane-roe, type: PER, name: Jane Roe, aliases: [J. Roe], country: NZ, sector: civil-society }\n');
  try {
    assert.equal(lookupEntity('Jane Roe', 'PER'), null);
    addKbFile(file);
    assert.equal(lookupEntity('Jane Roe', 'PER')?.kbId, 'sitrep:person/jane-roe');
    assert.equal(lookupEntity('J. Roe', 'PER')?.country, 'NZ');
    writeFileSync(join(dir, 'bad.json'), '[{"id": "Bad Id", "type": "PER", "name": "x"}]');
    resetKbFiles();
    addKbFile(join(dir, 'bad.json'));
    assert.throws(() => lookupEntity('x', 'PER'), /entry 1/);
    // an unknown key is an error naming it, not data lost unseen (a misspelt "alias")
    writeFileSync(join(dir, 'typo.json'), '[{"id": "jane-roe", "type": "PER", "name": "Jane Roe", "alias": ["J. Roe"]}]');
    resetKbFiles();
    addKbFile(join(dir, 'typo.json'));
    assert.throws(() => lookupEntity('x', 'PER'), /typo\.json: entry 1: .*alias/);
  } finally {
    resetKbFiles();
  }
});

test('first-level regions news names alone carry their country: US states, Canadian provinces; "Georgia" stays the country', () => {
  assert.equal(lookupEntity('Texas', 'LOC')?.country, 'US');
  assert.equal(lookupEntity('N.J.', 'LOC')?.name, 'New Jersey');
  assert.equal(lookupEntity('British Columbia', 'LOC')?.country, 'CA');
  assert.equal(lookupEntity('Georgia', 'GPE')?.kbId, 'sitrep:country/GE');
  assert.equal(lookupEntity('Miss.', 'LOC'), null);
});

test('a name the KB has for an entry\'s name wins over another\'s alias ("Gaza" is the region, not Palestine); the Palestinian Authority is an organization', () => {
  assert.equal(lookupEntity('Gaza', 'LOC')?.kbId, 'sitrep:place/gaza');
  assert.equal(lookupEntity('Gaza', 'LOC')?.country, 'PS');
  assert.equal(lookupEntity('West Bank', 'LOC')?.kbId, 'sitrep:place/west-bank');
  assert.equal(lookupEntity('Palestine', 'GPE')?.kbId, 'sitrep:country/PS');
  assert.equal(lookupEntity('Palestinian Authority', 'ORG')?.kbId, 'sitrep:org/ps-palestinian-authority');
  assert.equal(lookupEntity('Defense Department', 'ORG')?.kbId, 'sitrep:org/us-pentagon');
});

test('a one-word name is matched fuzzily only as a person; a people in the plural takes its demonym', () => {
  // one letter apart is another place as often as a misspelling
  assert.equal(lookupEntity('Columbia', 'LOC', '2024-11-25'), null);
  assert.equal(lookupEntity('Columbia', 'MISC', '2024-11-25'), null);
  assert.equal(lookupEntity('Kamala', 'LOC', '2024-11-25'), null);
  // "Americans", "Ukrainians", "Saudis": the demonym, not a fuzzy country ("Hondurans" is no Honduras)
  for (const [name, country] of [['Americans', 'US'], ['Ukrainians', 'UA'], ['Saudis', 'SA'], ['Hondurans', 'HN']] as const) {
    const m = lookupEntity(name, 'MISC', '2024-11-25');
    assert.equal(m?.type, 'NORP', name);
    assert.equal(m?.country, country, name);
    assert.equal(m?.via, 'demonym', name);
  }
  assert.equal(lookupEntity('Americans', 'LOC', '2024-11-25'), null);
  // a person's name still matches fuzzily
  assert.equal(lookupEntity('Jean-Noel Barro', 'PER', '2024-11-25')?.name, 'Jean-Noël Barrot');
});
