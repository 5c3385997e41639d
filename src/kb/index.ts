/**
 * The knowledge base, one import for everyone:
 *
 *   countryByName('Great Britain') / countryByName('French') → { iso2, iso3, name, ... } | null
 *   countryByCode('UA' | 'UKR'), countryByCapital('Kyiv')
 *   lookupEntity('Jean-Noel Barro', 'PER', '2024-11-25') → { kbId, name, type, country, sector, roles, confidence, via } | null
 *   lookupBody('Italian Defence Ministry') → a government body of a country, by pattern
 *   bodyOfCountry('CA', 'House of Commons') → that body of that country (isGenericBodyName: many countries have one)
 *   officeHolder('FR', 'foreign-minister', '2024-11-25') → the person in that office then
 *   addKbFile(path) or $SITREP_KB_EXTRA=path(:path...) → user entries (YAML/JSON), no code needed
 *
 * Data: resources/en/kb/ (countries.tsv, regions.tsv, bodies.tsv, orgs.json, people.json; README.md).
 */
export { countryByName, countryByCode, countryByCapital, allCountries, type Country, type CountryMatch } from './countries.js';
export { lookupEntity, lookupBody, bodyOfCountry, isGenericBodyName, officeHolder, FUZZY_MIN, type KbMatch } from './lookup.js';
export { allKbEntries, addKbFile, resetKbFiles, roleActive, KbEntrySchema, KbRoleSchema, type KbEntry, type KbRole } from './entities.js';
export { nameKey, similarity } from './normalize.js';
