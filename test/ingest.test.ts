import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync, readFileSync, truncateSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { readInputs, type ReadResult } from '../src/ingest/index.js';
import { detectLanguage, toDocument } from '../src/ingest/build.js';
import { normalizeText } from '../src/ingest/normalize.js';
import { normalizePublished } from '../src/ingest/dates.js';
import { fetchLimited } from '../src/ingest/fetch.js';
import { structure } from '../src/stages/structure/index.js';
import { markdownToText } from '../src/ingest/markdown.js';
import { datasetsDir, projectRoot } from '../src/util/datasets.js';

const fixtures = resolve(projectRoot(), 'test', 'fixtures');
const seed = resolve(datasetsDir(), '..', 'seed', '000_554aa86091631b34.txt');
const tmp = () => mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));

async function readAll(inputs: string[]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(inputs)) out.push(r);
  return out;
}
function articles(rs: ReadResult[]) {
  return rs.flatMap((r) => (r.ok ? [r.article] : []));
}
function errors(rs: ReadResult[]) {
  return rs.flatMap((r) => (r.ok ? [] : [r.error.message]));
}

test('dateline text: the seed opens with its date and the body follows on the same line', async () => {
  const [a] = articles(await readAll([seed]));
  assert.ok(a);
  assert.equal(a.format, 'dateline');
  assert.equal(a.published, '2024-11-25');
  assert.equal(a.publishedFrom, 'dateline');
  assert.match(a.text, /^Against the background/);
  const doc = toDocument(a);
  assert.equal(doc.meta.language, 'en');
  assert.equal(doc.meta.path, seed);
  const s = structure(doc.text);
  assert.equal(s.sentences.length, 14, 'headlines without a final stop stay separate sentences');
  assert.equal(s.paragraphs.filter((p) => p.headline).length, 3);
});

test('malformed and missing datelines: date unknown and said so', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'bad.txt'), 'date 2024-13-45 Troops were moved to the border on Monday.');
  writeFileSync(join(dir, 'none.txt'), 'Troops were moved to the border on Monday.');
  const got = articles(await readAll([join(dir, 'bad.txt'), join(dir, 'none.txt')]));
  assert.equal(got.length, 2);
  assert.equal(got[0]!.published, null);
  assert.match(got[0]!.warnings.join(' '), /malformed dateline/);
  assert.equal(got[0]!.text, 'Troops were moved to the border on Monday.');
  assert.equal(got[1]!.published, null);
  assert.match(got[1]!.warnings.join(' '), /publication date unknown/);
  // --date fills in an unknown date
  const doc = toDocument(got[1]!, { date: '2024-06-01' });
  assert.equal(doc.meta.published, '2024-06-01');
  assert.equal(doc.meta.publishedFrom, 'option');
  assert.ok(!doc.meta.warnings.some((w) => /publication date unknown/.test(w)));
});

test('plain text whose head gives its date alone on a line (title, then the date): that is its publication date', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'iso.txt'), 'Texas federal judge says drafting only men is unconstitutional\n\n2019-02-25\n\nOn Friday, a federal judge ruled.');
  writeFileSync(join(dir, 'words.txt'), 'Talks resume\nMonday, February 25, 2019\nThe talks resumed on Friday.');
  writeFileSync(join(dir, 'prose.txt'), 'Talks resume\nThe talks resumed on February 25, 2019 in Geneva.');
  writeFileSync(join(dir, 'late.txt'), 'One\n\nTwo\n\nThree\n\n2019-02-25\n\nThe talks resumed.');
  const got = articles(await readAll(['iso.txt', 'words.txt', 'prose.txt', 'late.txt'].map((f) => join(dir, f))));
  assert.deepEqual(got.map((a) => [a.published, a.publishedFrom]), [['2019-02-25', 'dateline'], ['2019-02-25', 'dateline'], [null, 'unknown'], [null, 'unknown']]);
  assert.ok(!got[0]!.warnings.some((w) => /date unknown/.test(w)));
  assert.match(got[0]!.text, /^Texas federal judge/, 'the text is kept whole');
});

test('Markdown with YAML front matter (White House corpus)', async () => {
  const dir = join(datasetsDir(), 'whitehouse_briefings');
  const first = readdirSync(join(dir, 'articles')).sort()[0]!;
  const files = readdirSync(join(dir, 'articles', first)).filter((f) => f.endsWith('.md')).sort();
  const [a] = articles(await readAll([join(dir, 'articles', first, files[0]!)]));
  assert.ok(a);
  assert.equal(a.format, 'markdown');
  assert.equal(a.publishedFrom, 'front-matter');
  assert.match(a.published!, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(a.title && a.title.length > 5);
  assert.match(a.url!, /^https?:\/\//);
  assert.ok(!a.text.startsWith('---'));
});

test('a folder walk skips repository boilerplate (README, LICENSE, SOURCE.txt)', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'README.md'), '# About this folder\n\nNot an article.');
  writeFileSync(join(dir, 'SOURCE.txt'), 'Where the files came from.');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'story.txt'), 'date 2024-01-02 The mayor resigned on Tuesday.');
  const got = articles(await readAll([dir]));
  assert.deepEqual(got.map((a) => a.path), [join(dir, 'sub', 'story.txt')]);
  // but a boilerplate file named explicitly is read
  assert.equal(articles(await readAll([join(dir, 'README.md')])).length, 1);
});

test('HTML page: main text, title, canonical URL, site and published date from meta tags', async () => {
  const [a] = articles(await readAll([join(fixtures, 'article.html')]));
  assert.ok(a);
  assert.equal(a.format, 'html');
  assert.equal(a.title, 'Ministers meet in Brussels to discuss Ukraine aid');
  assert.equal(a.url, 'https://news.example.org/2024/03/14/ministers-meet');
  assert.equal(a.source, 'Example News');
  assert.equal(a.published, '2024-03-14T09:30:00+01:00');
  assert.equal(toDocument(a).meta.published?.slice(0, 10), '2024-03-14');
  assert.match(a.text, /Foreign ministers of the European Union met in Brussels/);
  assert.match(a.text, /\n\n/, 'paragraphs kept');
  assert.doesNotMatch(a.text, /tracker|font-family|All rights reserved|Politics/);
});

test('HTML without text is a clear error', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'empty.html'), '<html><head><title>x</title><script>var a=1;</script></head><body>  </body></html>');
  const rs = await readAll([join(dir, 'empty.html')]);
  assert.match(errors(rs)[0]!, /empty\.html: HTML page without article text/);
});

test('JSONL dump: good records read, bad lines reported by line number, absurd dates rejected', async () => {
  const rs = await readAll([join(fixtures, 'dump.jsonl')]);
  const got = articles(rs);
  assert.deepEqual(got.map((a) => a.title), ['First', 'Third']);
  assert.deepEqual(got.map((a) => a.record), [1, 4]);
  assert.equal(got[0]!.published, '2024-05-02');
  assert.equal(got[1]!.published, null, 'February 30 is not a date');
  const errs = errors(rs);
  assert.equal(errs.length, 2);
  assert.match(errs[0]!, /dump\.jsonl \(line 2\): not valid JSON/);
  assert.match(errs[1]!, /dump\.jsonl \(line 3\): record has no text/);
});

test('CSV (Wikinews sample): url, date, title, text', async () => {
  const got = articles(await readAll([join(datasetsDir(), 'wikinews_sample', 'wikinews_2019.csv')]));
  assert.ok(got.length > 100);
  assert.ok(got.every((a) => a.format === 'csv' && a.url?.startsWith('https://') && a.title));
  assert.ok(got.filter((a) => /^2019-\d{2}-\d{2}$/.test(a.published ?? '')).length > got.length * 0.9);
});

test('RSS 2.0 and Atom feeds', async () => {
  const rs = await readAll([join(fixtures, 'feed.rss'), join(fixtures, 'feed.atom')]);
  const got = articles(rs);
  assert.deepEqual(got.map((a) => a.format), ['rss', 'rss', 'atom']);
  assert.equal(got[0]!.source, 'Example Wire');
  assert.equal(got[0]!.published, '2024-11-12T08:15:00+02:00');
  assert.equal(got[0]!.url, 'https://wire.example.org/grain-talks');
  assert.match(got[0]!.text, /^Negotiators from Turkey and Ukraine/);
  assert.match(got[1]!.text, /air defence & ammunition/);
  assert.equal(got[2]!.url, 'https://atom.example.org/summit');
  assert.equal(got[2]!.published, '2024-11-19T21:00:00Z');
  assert.match(errors(rs)[0]!, /feed\.rss \(item 3\): feed item without text/);
});

test('a feed that declares entities is refused (no entity expansion)', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'lol.xml'), '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel><title>&b;</title><item><description>&b;</description></item></channel></rss>');
  assert.match(errors(await readAll([join(dir, 'lol.xml')]))[0]!, /entity expansion is off/);
});

test('Windows-1251 and KOI8-R are detected and decoded; language flagged', async () => {
  const dir = tmp();
  const uk = 'Президент України заявив, що переговори з партнерами щодо постачання зброї тривають. Уряд готує нові пропозиції для союзників у Європі.';
  const ru = 'Министр иностранных дел заявил журналистам, что переговоры продолжатся на следующей неделе в Москве. Делегации обсудят вопросы безопасности.';
  writeFileSync(join(dir, 'uk.txt'), iconv.encode(uk, 'windows-1251'));
  writeFileSync(join(dir, 'ru.txt'), iconv.encode(ru, 'koi8-r'));
  const got = articles(await readAll([join(dir, 'uk.txt'), join(dir, 'ru.txt')]));
  assert.equal(got.length, 2);
  assert.equal(got[0]!.text, uk);
  assert.equal(got[0]!.encoding, 'windows-1251');
  assert.equal(got[1]!.text, ru);
  assert.equal(got[1]!.encoding, 'koi8-r');
  const d = toDocument(got[0]!);
  assert.equal(d.meta.language, 'uk');
  assert.equal(d.text, uk, 'non-English text is stored, not mangled');
  assert.match(d.meta.warnings.join(' '), /not annotated/);
});

test('bad inputs: empty, binary, huge, missing; each a one-line error naming the file, the batch goes on', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '   \n\n  ');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0, 0]));
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), 200 * 1024 * 1024);
  writeFileSync(join(dir, 'good.txt'), 'date 2024-02-02 The minister resigned on Friday.');
  const inputs = ['empty.txt', 'blank.txt', 'binary.txt', 'huge.txt', 'missing.txt', 'good.txt'].map((f) => join(dir, f));
  const rs = await readAll(inputs);
  assert.equal(articles(rs).length, 1);
  const errs = errors(rs);
  assert.equal(errs.length, 5);
  assert.match(errs[0]!, /empty\.txt: empty file/);
  assert.match(errs[1]!, /blank\.txt: no text/);
  assert.match(errs[2]!, /binary\.txt: binary data/);
  assert.match(errs[3]!, /huge\.txt: file is 200\.0 MB, over the \d+ MB limit/);
  assert.match(errs[4]!, /missing\.txt: no such file/);
  for (const e of errs) assert.ok(!e.includes('\n'));
});

test('URLs: pages and feeds are fetched; a response that never ends is cut at the size or time limit', async () => {
  const server = createServer((req, res) => {
    if (req.url === '/feed') { res.setHeader('content-type', 'application/rss+xml'); res.end(readFileSync(join(fixtures, 'feed.rss'))); return; }
    if (req.url === '/page') { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end(readFileSync(join(fixtures, 'article.html'))); return; }
    if (req.url === '/endless') {
      res.setHeader('content-type', 'application/rss+xml');
      res.write('<?xml version="1.0"?><rss><channel><title>x</title>');
      const timer = setInterval(() => res.write('<item><description>more and more</description></item>'.repeat(50)), 1);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (req.url === '/slow') { res.write('<rss>'); return; /* never ends, never writes more */ }
    res.statusCode = 404; res.end('no');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const rs = await readAll([`${base}/feed`, `${base}/page`, `${base}/missing`]);
    const got = articles(rs);
    assert.deepEqual(got.map((a) => a.format), ['rss', 'rss', 'html']);
    assert.equal(got[2]!.url, 'https://news.example.org/2024/03/14/ministers-meet');
    assert.match(errors(rs).join('\n'), /\/missing: HTTP 404/);
    await assert.rejects(fetchLimited(`${base}/endless`, 10_000, 256 * 1024), /exceeds the 262144-byte limit/);
    await assert.rejects(fetchLimited(`${base}/slow`, 300, 1024 * 1024), /no complete answer within 300 ms/);
    await assert.rejects(fetchLimited('file:///etc/passwd'), /unsupported URL scheme/);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('normalization and dates', () => {
  assert.equal(normalizeText('\ufeffA\u00a0b\r\nc  \r\n\r\n\r\n\r\nd\u200b\u0007'), 'A b\nc\n\nd');
  assert.equal(normalizePublished('2024-02-29'), '2024-02-29');
  assert.equal(normalizePublished('2023-02-29'), null);
  assert.equal(normalizePublished('3912-01-01'), null);
  assert.equal(normalizePublished('2024-10-08 20:00:00-04:00'), '2024-10-08T20:00:00-04:00');
  assert.equal(normalizePublished('Tue, 12 Nov 2024 23:15:00 -0500'), '2024-11-12T23:15:00-05:00');
  assert.equal(normalizePublished('not a date'), null);
});

test('identity: the same text from the same place is one document; at two URLs, two with one textHash', async () => {
  const dir = tmp();
  const a = { url: 'https://a.example/x', title: 'A', date: '2024-01-01', text: 'The summit ended without a deal on Friday.' };
  writeFileSync(join(dir, 'one.jsonl'), [a, a, { ...a, url: 'https://b.example/y' }].map((o) => JSON.stringify(o)).join('\n'));
  const docs = articles(await readAll([join(dir, 'one.jsonl')])).map((x) => toDocument(x));
  assert.equal(docs[0]!.meta.id, docs[1]!.meta.id);
  assert.notEqual(docs[0]!.meta.id, docs[2]!.meta.id);
  assert.equal(docs[0]!.meta.textHash, docs[2]!.meta.textHash);
});

test('Markdown: a hard break after a venue line ends it like a paragraph; one inside a sentence stays a space', () => {
  const text = markdownToText('National Security Council  \nKyiv, Ukraine\n\nWe stand with  \nour Allies, and with Secretary  \nBlinken.\n\nAboard Air Force One  \nEn Route Milwaukee, Wisconsin');
  assert.deepEqual(text.split(/\n\n/), ['National Security Council', 'Kyiv, Ukraine', 'We stand with  \nour Allies, and with Secretary  \nBlinken.', 'Aboard Air Force One', 'En Route Milwaukee, Wisconsin']);
});

test('language: a short English text whose trigrams run close to another language\'s is English; short French stays French', () => {
  assert.equal(detectLanguage('President Biden spoke on Monday. Later President Biden left for Ohio.').language, 'en');
  assert.equal(detectLanguage('Le gouvernement a annoncé mardi de nouvelles mesures.').language, 'fr');
  assert.equal(detectLanguage('El presidente habló el lunes con los periodistas.').language, 'es');
});
