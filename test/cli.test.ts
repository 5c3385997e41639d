import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { spanProblems, type Document } from '../src/document.js';
import { CLI, SEED, schemaErrors } from './helpers.js';

const run = promisify(execFile);
async function sitrep(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const p = run(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, SITREP_DB: '' } });
    if (input !== undefined) { p.child.stdin!.end(input); }
    const { stdout, stderr } = await p;
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('sitrep extract --format json: the seed as a valid Document', async () => {
  const r = await sitrep(['extract', SEED, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as Document;
  assert.deepEqual(schemaErrors(doc), []);
  assert.equal(doc.meta.published, '2024-11-25');
  assert.equal(doc.meta.path, SEED);
  assert.equal(doc.sentences.length, 14);
  assert.deepEqual(spanProblems(doc), []);
});

test('sitrep extract: Markdown summary, JSONL, standard input with --date', async () => {
  const md = await sitrep(['extract', SEED]);
  assert.equal(md.code, 0);
  assert.match(md.stdout, /published: 2024-11-25 \(dateline\)/);
  assert.match(md.stdout, /14 sentences/);
  // who said it on whose word, and where an event happened: the chain and the place are columns
  assert.match(md.stdout, /\| id \| speaker \| source kind \| reported via \|/);
  assert.match(md.stdout, /\| q\d+ \| an unnamed representative of the British Ministry of Defense \| anonymous representative of British Ministry of Defense \| q\d+: the authors of the publication \| direct \|/);
  assert.match(md.stdout, /\| AID \| done \| Défense Conseil International \(FRABUS\) \| Ukrainian \(UKRMIL\) \| [^|]+ \| Poland \|/);
  const jl = await sitrep(['extract', '-', '--format', 'jsonl', '--date', '2024-03-01'], 'The talks ended on Friday without a deal.');
  assert.equal(jl.code, 0, jl.stderr);
  const doc = JSON.parse(jl.stdout.trim()) as Document;
  assert.equal(doc.meta.published, '2024-03-01');
  assert.equal(doc.meta.publishedFrom, 'option');
  assert.equal(doc.meta.path, '-');
});

test('bad inputs in a batch: one line each on stderr, exit 0 while anything went through, 1 when nothing did', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 0, 5, 6]));
  const mixed = await sitrep(['extract', join(dir, 'empty.txt'), SEED, join(dir, 'bin.txt'), '--format', 'jsonl']);
  assert.equal(mixed.code, 0);
  assert.equal(mixed.stdout.trim().split('\n').length, 1);
  const lines = mixed.stderr.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0]!, /^sitrep: error: .*empty\.txt: empty file$/);
  assert.match(lines[1]!, /^sitrep: error: .*bin\.txt: binary data, not text$/);
  const none = await sitrep(['extract', join(dir, 'empty.txt'), join(dir, 'nope.txt')]);
  assert.equal(none.code, 1);
});

test('sitrep ingest, search and show against the embedded store', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'sitrep-cli-')), 'cli.db');
  const first = await sitrep(['ingest', SEED, '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /1 new, 0 already stored/);
  assert.match(first.stdout, /\nstories: 1 touched\n/);
  const again = await sitrep(['ingest', SEED, '--db', db]);
  assert.match(again.stdout, /0 new, 1 already stored/);
  assert.match(again.stdout, /\nstories: 0 touched\n/);
  const found = await sitrep(['search', 'troops', 'Ukraine', '--db', db, '--format', 'json']);
  const res = JSON.parse(found.stdout) as { total: number; items: { id: string }[] };
  assert.equal(res.total, 1);
  assert.equal((await sitrep(['search', 'troops', '--db', db, '--to', '2024-01-01', '--format', 'json'])).stdout.includes('"total": 0'), true);
  const bad = await sitrep(['search', 'troops', '--db', db, '--from', 'yesterday']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--from must be a date/);
  const show = await sitrep(['show', res.items[0]!.id.slice(0, 6), '--db', db, '--format', 'json']);
  assert.equal(show.code, 0, show.stderr);
  assert.equal((JSON.parse(show.stdout) as Document).meta.id, res.items[0]!.id);
  const missing = await sitrep(['show', 'ffff', '--db', db]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no stored document/);
});

test('sitrep extract: a person\'s title said twice is listed once in the Markdown summary', async () => {
  const md = await sitrep(['extract', '-', '--date', '2024-03-01'], 'President Biden spoke on Monday. Later President Biden left for Ohio.');
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /\| Joe Biden \| PER \| US \| President \| 2 \|/);
});

test('sitrep extract: a speaker named by a nationality and a noun is shown by its words, not as the nationality', async () => {
  const md = await sitrep(['extract', '-', '--date', '2025-11-23'], 'The Ukrainian delegation reaffirmed its gratitude for the commitment of the United States.');
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /\| q1 \| The Ukrainian delegation \| organization \|/);
});
