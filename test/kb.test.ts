import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryByName, countryByCode, countryByCapital, allCountries } from '../src/kb/countries.js';
import { nameKey, similarity } from '../src/kb/normalize.js';

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
  assert.ok(similarity(nameKey('Jean-Noel Barro'), nameKey('Jean-Noël Barrot')) > 0.9);
  assert.ok(similarity('kyiv', 'moscow') < 0.5);
  assert.equal(similarity('a'.repeat(500), 'a'.repeat(499)), 0);
});
