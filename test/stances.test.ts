import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyDocument, spanProblems, type Document, type Meta } from '../src/document.js';
import { annotate } from '../src/pipeline.js';
import { structure } from '../src/stages/structure/index.js';
import { stances } from '../src/stages/stances/index.js';
import { projectRoot } from '../src/util/datasets.js';

function meta(published: string): Meta {
  return { id: '0123456789abcdef', textHash: '0123456789abcdef', source: null, path: null, record: null, url: null, title: null, published, publishedFrom: 'dateline', language: 'en', languageDetected: null, format: 'text', encoding: null, warnings: [] } as Meta;
}
const only = (text: string) => stances({ ...emptyDocument(meta('2024-01-01'), text), ...structure(text) });

test('the same proposition in different wordings gets one key', () => {
  const a = only('Germany ruled out sending troops to Ukraine.');
  const b = only('Poland opposes the deployment of troops to Ukraine.');
  assert.equal(a[0]?.proposition.key, 'send-troops:UKR');
  assert.equal(b[0]?.proposition.key, 'send-troops:UKR');
  assert.equal(a[0]?.position, 'rules-out');
  assert.equal(a[0]?.actor.country, 'DEU');
  assert.equal(b[0]?.position, 'opposes');
  assert.equal(b[0]?.actor.country, 'POL');
});

test('positions: open, supports, passive by-agent', () => {
  let s = only('Italy did not rule out sending troops to Ukraine.');
  assert.equal(s[0]?.position, 'open');
  s = only('The option of sending troops to Ukraine was not finally rejected by the EU countries.');
  assert.equal(s[0]?.position, 'open');
  assert.equal(s[0]?.actor.text, 'EU countries');
  s = only('Lithuania supports sending troops to Ukraine.');
  assert.equal(s[0]?.position, 'supports');
  s = only('Sending troops to Ukraine was discussed.');
  assert.equal(s.length, 0, 'no cue, no stance');
});

const seedFile = join(projectRoot(), '..', 'shared', 'seed', '000_554aa86091631b34.txt');

test('seed article: stances on sending troops to Ukraine', { skip: !existsSync(seedFile) && 'seed article not found' }, () => {
  const raw = readFileSync(seedFile, 'utf8');
  const m = /^\s*date (\S+)\s*/.exec(raw)!;
  const doc: Document = annotate(emptyDocument(meta(m[1]!), raw.slice(m[0].length)));
  assert.deepEqual(spanProblems(doc), []);
  const troops = doc.stances.filter((s) => s.proposition.key === 'send-troops:UKR');
  assert.ok(troops.some((s) => s.actor.text === 'EU countries' && s.position === 'open'), 'EU countries open (not finally rejected)');
  assert.ok(troops.some((s) => s.actor.country === 'FRA' && s.position === 'open'), 'France open (not ruled out)');
  assert.ok(troops.some((s) => s.position === 'undecided' && /no official permits/.test(s.modality.cues[0]!.text)), 'no official permits: undecided');
});

test('stance modality: "not only" negates nothing; a "would" reported after a past cue is a future, one with no report a hypothetical', () => {
  const full = (text: string) => annotate(emptyDocument(meta('2024-01-01'), text)).stances.map((s) => `${s.position} ${s.modality.polarity} ${s.modality.certainty}`);
  assert.deepEqual(full('Germany not only supports sending troops to Ukraine but also pays for it.'), ['supports positive asserted']);
  assert.deepEqual(full('Macron said France would support sending troops to Ukraine.'), ['supports positive future']);
  assert.deepEqual(full('France would support sending troops to Ukraine.'), ['supports positive hypothetical']);
});
