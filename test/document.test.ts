import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { documentJsonSchema, spanProblems, DocumentSchema, type Document } from '../src/document.js';
import { extractInputs } from '../src/ingest/ingest.js';
import { datasetsDir } from '../src/util/datasets.js';
import { SCHEMA_FILE, SEED, schemaErrors } from './helpers.js';

async function extract(inputs: string[]): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const r of extractInputs(inputs)) if (r.ok) docs.push(r.doc);
  return docs;
}

test('the committed JSON Schema is the one the model generates (run `npm run schema` after a model change)', () => {
  assert.deepEqual(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')), documentJsonSchema());
});

test('the seed through the whole pipeline: valid, dated, 14 sentences, every span slices its text', async () => {
  const [doc] = await extract([SEED]);
  assert.ok(doc);
  assert.deepEqual(schemaErrors(doc), []);
  DocumentSchema.parse(doc);
  assert.equal(doc.meta.published, '2024-11-25');
  assert.equal(doc.sentences.length, 14);
  assert.deepEqual(spanProblems(doc), []);
  // sentences tile their paragraphs in order, tokens lie inside their sentences
  for (let i = 1; i < doc.sentences.length; i++) assert.ok(doc.sentences[i]!.start >= doc.sentences[i - 1]!.end);
  for (const t of doc.tokens) {
    const s = doc.sentences[t.sentence]!;
    assert.ok(t.start >= s.start && t.end <= s.end);
  }
});

test('real articles of every kind validate and their spans slice their text', async () => {
  const wh = join(datasetsDir(), 'whitehouse_briefings', 'briefings-statements');
  const months = readdirSync(wh).sort();
  const files = months.slice(0, 6).map((m) => join(wh, m, readdirSync(join(wh, m)).filter((f) => f.endsWith('.md')).sort()[0]!));
  const docs = await extract([...files, join(datasetsDir(), 'wikinews_sample', 'wikinews_2020.csv')]);
  assert.ok(docs.length > 50);
  for (const doc of docs) {
    assert.deepEqual(schemaErrors(doc), [], doc.meta.path ?? '');
    assert.deepEqual(spanProblems(doc), [], `${doc.meta.path} ${doc.meta.record}`);
  }
});

test('spanProblems catches a span that does not slice its text', () => {
  const doc = DocumentSchema.parse(JSON.parse(JSON.stringify({
    schema: '1.0.0', text: 'Hello world.',
    meta: { id: '0123456789abcdef', textHash: '0123456789abcdef', source: null, path: null, record: null, url: null, title: null, published: null, publishedFrom: 'unknown', language: 'en', languageDetected: null, format: 'text', encoding: null, warnings: [] },
    paragraphs: [{ start: 0, end: 12, text: 'Hello world.', headline: false }],
    sentences: [{ start: 0, end: 5, text: 'world', paragraph: 0, headline: false, tokenStart: 0, tokenEnd: 0 }],
    tokens: [], mentions: [], entities: [], times: [], places: [], focus: [], quotes: [], events: [], stances: [],
  })));
  assert.equal(spanProblems(doc).length, 1);
  assert.match(spanProblems(doc)[0]!, /sentences\[0\]/);
});
