import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyDocument, spanProblems, QuoteSchema, type Document } from '../src/document.js';
import { applyStage } from '../src/pipeline.js';
import { structureStage } from '../src/stages/structure/index.js';
import { quotesStage } from '../src/stages/quotes/index.js';

const META = {
  id: '0000000000000000', textHash: '0000000000000000', source: null, path: null, record: null, url: null, title: null,
  published: '2024-11-25', publishedFrom: 'dateline' as const, language: 'en', languageDetected: null, format: 'text' as const, encoding: null, warnings: [],
};

function docOf(text: string): Document {
  const doc = applyStage(applyStage(emptyDocument(META, text), structureStage), quotesStage);
  assert.deepEqual(spanProblems(doc), []);
  for (const q of doc.quotes) QuoteSchema.parse(q);
  return doc;
}

/** Each quote as [cue, speaker, content, the cue of the quote it is reported through]. */
function chains(doc: Document): (string | null | undefined)[][] {
  const byId = new Map(doc.quotes.map((q) => [q.id, q] as const));
  return doc.quotes.map((q) => [q.cue?.text, q.speaker.span?.text, q.content.text, q.via ? byId.get(q.via)!.cue?.text : null]);
}

test('"Reuters reported, citing a senior defense official, that …": the reporter keeps the claim, the cited official says it through the report', () => {
  const doc = docOf('Reuters reported, citing a senior defense official, that the troops had left.');
  assert.deepEqual(chains(doc), [
    ['reported', 'Reuters', 'that the troops had left', null],
    ['citing', 'a senior defense official', 'that the troops had left', 'reported'],
  ]);
  const cited = doc.quotes[1]!.speaker;
  assert.equal(cited.kind, 'anonymous');
  assert.equal(cited.anonymousKind, 'official');
});

test('a citing phrase inside the subject ("The Journal, citing internal documents, reported that …") is no part of the source', () => {
  assert.deepEqual(chains(docOf('The Journal, citing internal documents, reported that the campaign is spending more than it takes in.')), [
    ['reported', 'The Journal', 'that the campaign is spending more than it takes in', null],
    ['citing', 'internal documents', 'that the campaign is spending more than it takes in', 'reported'],
  ]);
});

test('a citing phrase after the claim ("…, the Post reported, citing another anonymous source.") is no second content of the cue', () => {
  assert.deepEqual(chains(docOf('The family long ago soured on him, the Post reported, citing another anonymous source.')), [
    ['reported', 'the Post', 'The family long ago soured on him', null],
    ['citing', 'another anonymous source', 'The family long ago soured on him', 'reported'],
  ]);
  assert.deepEqual(chains(docOf('The company said the deal is close, citing sources familiar with the talks.')), [
    ['said', 'The company', 'the deal is close', null],
    ['citing', 'sources familiar with the talks', 'the deal is close', 'said'],
  ]);
});

test('"According to Bloomberg, citing people familiar with the matter, …" gives the cited people their own attribution', () => {
  const doc = docOf('According to Bloomberg, citing people familiar with the matter, the deal is close.');
  assert.deepEqual(chains(doc), [
    ['According to', 'Bloomberg', 'the deal is close', null],
    ['citing', 'people familiar with the matter', 'the deal is close', 'According to'],
  ]);
  assert.equal(doc.quotes[1]!.speaker.anonymousKind, 'sources-familiar');
});

test('"CNN quoted an American witness as saying …": the witness says the claim through CNN', () => {
  const doc = docOf('CNN quoted an American witness as saying he saw one person in the large white truck.');
  assert.deepEqual(chains(doc), [
    ['quoted', 'CNN', 'he saw one person in the large white truck', null],
    ['as saying', 'an American witness', 'he saw one person in the large white truck', 'quoted'],
  ]);
  assert.equal(doc.quotes[1]!.speaker.anonymousKind, 'witness');
});

test('a citing phrase that names no source ("citing his Iowa results") stays a cue of its own, with no chain', () => {
  assert.deepEqual(chains(docOf('He dropped out of the race, citing his Iowa results.')).filter((c) => c[0] === 'citing'), [['citing', 'He', 'his Iowa results', null]]);
});

test('"…, the mayor said on Sunday, according to Interfax.": the mayor keeps the words, reported through the agency\'s account', () => {
  for (const text of ['The dam burst overnight, the mayor said, according to Interfax.', 'The dam burst overnight, the mayor said on Sunday, according to Interfax.', 'The dam burst overnight, the mayor told reporters, according to Interfax.']) {
    const got = chains(docOf(text));
    assert.deepEqual(got.find((c) => c[0] === 'said' || c[0] === 'told')?.slice(1), ['the mayor', 'The dam burst overnight', 'according to'], JSON.stringify(got));
    assert.deepEqual(got.find((c) => c[0] === 'according to')?.[1], 'Interfax', JSON.stringify(got));
    assert.equal(got.length, 2, JSON.stringify(got));
  }
  const got = chains(docOf('“Delegates should be able to vote the way they see fit,” Walker said, according to an Associated Press account.'));
  assert.deepEqual(got.find((c) => c[0] === 'said'), ['said', 'Walker', '“Delegates should be able to vote the way they see fit,”', 'according to'], JSON.stringify(got));
});

test('"According to the mayor of Yartsevo via news agency Interfax, …": the mayor\'s words through the agency', () => {
  const doc = docOf('According to the mayor of Yartsevo via news agency Interfax, the dam burst overnight.');
  assert.deepEqual(chains(doc), [
    ['According to', 'the mayor of Yartsevo', 'the dam burst overnight', 'via'],
    ['via', 'news agency Interfax', 'the dam burst overnight', null],
  ]);
});

test('"The mayor said via news agency Interfax that …": a "via" after the cue names the agency the words came through', () => {
  assert.deepEqual(chains(docOf('The mayor said via news agency Interfax that the dam burst overnight.')), [
    ['said', 'The mayor', 'that the dam burst overnight', 'via'],
    ['via', 'news agency Interfax', 'that the dam burst overnight', null],
  ]);
  // (a determiner after the name opens the content)
  assert.deepEqual(chains(docOf('The mayor said via news agency Interfax the dam burst overnight.')), [
    ['said', 'The mayor', 'the dam burst overnight', 'via'],
    ['via', 'news agency Interfax', 'the dam burst overnight', null],
  ]);
});

test('"According to news agency ISNA, the prosecutor general … said …" and "The mayor said the dam burst, according to Interfax.": the speaker whose clause the account holds says it through the account', () => {
  assert.deepEqual(chains(docOf('According to news agency ISNA, the prosecutor general of Tehran, Ali Mehr, said the 36 must face charges.')), [
    ['According to', 'news agency ISNA', 'the prosecutor general of Tehran, Ali Mehr, said the 36 must face charges', null],
    ['said', 'the prosecutor general of Tehran, Ali Mehr,', 'the 36 must face charges', 'According to'],
  ]);
  assert.deepEqual(chains(docOf('The mayor said the dam burst, according to Interfax.')), [
    ['said', 'The mayor', 'the dam burst', 'according to'],
    ['according to', 'Interfax', 'The mayor said the dam burst', null],
  ]);
});

test('"expressed its support via the signing of the bill": a "via" inside a content that runs before it tells how, no source it came through', () => {
  assert.deepEqual(chains(docOf('The United States expressed its support via the December 20 signing of the Eastern Mediterranean Bill.')).map((c) => c[0]), ['expressed']);
  assert.deepEqual(chains(docOf('The mayor said via news agency Interfax that the dam burst.')), [
    ['said', 'The mayor', 'that the dam burst', 'via'],
    ['via', 'news agency Interfax', 'that the dam burst', null],
  ]);
});
