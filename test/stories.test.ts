/** Story layer: copies, clustering, cross-document events, timeline order, link-events, persistence. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document } from '../src/document.js';
import { rawArticle } from '../src/ingest/article.js';
import { toDocument } from '../src/ingest/build.js';
import { annotate } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { buildTimeline, linkEvents, listStories, loadStories, StoryEngine, timelineCsv, timelineMarkdown, updateStories } from '../src/story/index.js';
import { clusterDocuments, localScale } from '../src/story/batch.js';
import { averageLink } from '../src/story/cluster.js';
import { clusterMentions, DEFAULT_COREF, eventSimilarity, mentionFeatures } from '../src/story/mentions.js';
import { eventRoot, stem } from '../src/story/text.js';
import { nameTerms } from '../src/story/tfidf.js';
import { CLI } from './helpers.js';

/** The event features of `phrase` (at its first occurrence, or at `at`) in a one-sentence document `doc`. */
function featuresOf(doc: string, text: string, phrase: string, at = text.indexOf(phrase)) {
  return mentionFeatures(doc, text, at, at + phrase.length, 0, text.length);
}

function doc(text: string, published: string, url: string, title: string | null = null): Document {
  return toDocument(rawArticle({ text, format: 'text', url, title, published, publishedFrom: 'option' }));
}

const QUAKE = 'A powerful earthquake struck the Indonesian island of Sulawesi on Friday, killing at least 384 people in the city of Palu. '
  + 'The 7.5 magnitude quake triggered a tsunami that swept through Palu beach, officials of the national disaster agency said. '
  + 'Rescue teams from Jakarta reached Palu on Saturday as aftershocks continued and hospitals treated hundreds of injured residents. '
  + 'President Joko Widodo ordered the military to help with the rescue operation in Central Sulawesi.';
const QUAKE2 = 'Rescuers in Palu searched collapsed hotels for survivors after the Sulawesi earthquake and tsunami killed hundreds of people. '
  + 'The disaster agency in Jakarta said the death toll from the 7.5 magnitude quake in Central Sulawesi rose on Sunday. '
  + 'President Joko Widodo visited Palu and promised aid for the tsunami victims while aftershocks shook the island.';
const CHESS = 'Magnus Carlsen retained his world chess championship title in London on Wednesday, beating Fabiano Caruana in rapid tiebreaks. '
  + 'The Norwegian grandmaster won three rapid games after twelve classical games ended in draws at the match in Holborn. '
  + 'Caruana, the American challenger, said Carlsen played better in the tiebreaks.';

test('exact copies and lightly edited syndicated copies are grouped; the earliest is the original', () => {
  const eng = new StoryEngine();
  const a = eng.add(doc(QUAKE, '2018-09-29', 'https://wire.example/a'));
  const exact = eng.add(doc(QUAKE, '2018-09-30', 'https://paper.example/a'));
  const edited = QUAKE.replace('at least 384 people', 'at least 384 residents').replace('officials of the national disaster agency said', 'the disaster agency said');
  const near = eng.add(doc(edited, '2018-09-30', 'https://other.example/a'));
  assert.equal(exact.copyOf, a.doc);
  assert.equal(near.copyOf, a.doc);
  assert.equal(near.story, a.story);
  const story = eng.stories.get(a.story)!;
  assert.equal(story.originals, 1, 'copies of one wire story count once');
  // an earlier-published copy arriving late becomes the original
  const early = eng.add(doc(`${QUAKE} Updated.`, '2018-09-28', 'https://early.example/a'));
  assert.equal(early.copyOf, null);
  assert.equal(eng.docs.get(a.doc)!.original, early.doc);
  assert.equal(eng.stories.get(a.story)!.originals, 1);
  // a different article is not a copy
  const other = eng.add(doc(QUAKE2, '2018-09-30', 'https://x.example/b'));
  assert.equal(other.copyOf, null);
});

test('articles cluster into stories without a fixed number; unrelated ones stay apart', () => {
  const eng = new StoryEngine();
  const q1 = eng.add(doc(QUAKE, '2018-09-29', 'https://a.example/1', 'Earthquake and tsunami hit Sulawesi'));
  const c1 = eng.add(doc(CHESS, '2018-11-28', 'https://b.example/2', 'Carlsen keeps chess crown'));
  const q2 = eng.add(doc(QUAKE2, '2018-09-30', 'https://c.example/3', 'Palu death toll rises after Sulawesi quake'));
  assert.equal(q2.story, q1.story);
  assert.notEqual(c1.story, q1.story);
  assert.equal(eng.stories.size, 2);
  const list = listStories(eng);
  assert.equal(list[0]!.documents.length, 2);
  assert.ok(list[0]!.title.length > 0);
  assert.ok(list[0]!.documents.every((d) => d.where?.startsWith('https://')));
  assert.ok(list[0]!.keyActors.some((n) => /Palu|Sulawesi|Joko Widodo/.test(n)), list[0]!.keyActors.join(', '));
});

test('key actors: particular to the story first; an actor every document names weighs less; no demonyms', () => {
  const eng = new StoryEngine();
  const tail = ' Officials in Geneva commented on Monday.';
  const q1 = eng.add(annotate(doc(QUAKE + tail, '2018-09-29', 'https://a.example/1')));
  eng.add(annotate(doc(QUAKE2 + tail, '2018-09-30', 'https://c.example/3')));
  eng.add(annotate(doc(CHESS + tail, '2018-11-28', 'https://b.example/2')));
  const story = eng.stories.get(q1.story)!;
  const names = eng.keyActors(story).map((e) => e.name);
  assert.ok(names.length > 0);
  const geneva = names.findIndex((n) => /Geneva/.test(n));
  const palu = names.findIndex((n) => /Palu|Sulawesi/.test(n));
  assert.ok(palu >= 0 && (geneva < 0 || palu < geneva), names.join(', '));
  assert.ok(!names.includes('Indonesian'), 'a demonym is not a key actor');
});

test('event mentions of one real-world event merge across documents, with sources and evidence', () => {
  const eng = new StoryEngine();
  const a = doc('Police arrested the former mayor John Smith in Springfield on March 3, 2021 on corruption charges. Reporters waited outside.', '2021-03-04', 'https://a.example/x');
  const b = doc('On March 3, 2021, John Smith, the former Springfield mayor, was arrested by police over corruption charges, officials said.', '2021-03-05', 'https://b.example/y');
  const r1 = eng.add(a); const r2 = eng.add(b);
  assert.equal(r1.story, r2.story);
  const t = buildTimeline(eng, r1.story)!;
  const arrest = t.events.find((e) => /arrest/.test(e.label));
  assert.ok(arrest, JSON.stringify(t.events.map((e) => e.label)));
  assert.equal(arrest.date, '2021-03-03');
  assert.equal(arrest.sources, 2);
  assert.equal(new Set(arrest.evidence.map((e) => e.doc)).size, 2);
  for (const ev of arrest.evidence) {
    const d = ev.doc === a.meta.id ? a : b;
    assert.equal(d.text.slice(ev.start, ev.end), ev.trigger);
  }
});

test('the timeline is ordered by event date, not publication date', () => {
  const eng = new StoryEngine();
  // published first, reports the later event
  const late = doc('Flood waters in Riverton receded on May 20, 2022 and residents of Riverton returned home after the Riverton flood.', '2022-05-21', 'https://a.example/1');
  // published later, reports the earlier event
  const early = doc('The Riverton flood began on May 12, 2022 when the river burst its banks near Riverton after heavy rain in Riverton.', '2022-05-25', 'https://a.example/2');
  eng.add(late); const r = eng.add(early);
  const t = buildTimeline(eng, r.story)!;
  const dates = t.events.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort());
  assert.equal(dates[0], '2022-05-12');
  assert.ok(dates.includes('2022-05-20'));
  assert.match(timelineCsv(t).split('\n')[1]!, /^2022-05-12,/);
  assert.match(timelineMarkdown(t), /2022-05-12[\s\S]*2022-05-20/);
});

test('link-events prints a cluster per mention across documents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-link-'));
  const texts = { 'a.txt': 'Police arrested John Smith in Springfield on Monday.', 'b.txt': 'John Smith was arrested in Springfield, police said. Smith later resigned.' };
  for (const [f, t] of Object.entries(texts)) writeFileSync(join(dir, 'texts-' + f), t);
  const tdir = join(dir, 't'); execFileSync('mkdir', ['-p', tdir]);
  for (const [f, t] of Object.entries(texts)) writeFileSync(join(tdir, f), t);
  const spans = [
    { doc: 'a', start: texts['a.txt'].indexOf('arrested'), end: texts['a.txt'].indexOf('arrested') + 8 },
    { doc: 'b.txt', start: texts['b.txt'].indexOf('arrested'), end: texts['b.txt'].indexOf('arrested') + 8 },
    { doc: 'b', start: texts['b.txt'].indexOf('resigned'), end: texts['b.txt'].indexOf('resigned') + 8 },
  ];
  writeFileSync(join(dir, 'm.jsonl'), spans.map((s) => JSON.stringify(s)).join('\n'));
  const out = execFileSync('node', [CLI, 'link-events', tdir, '--mentions', join(dir, 'm.jsonl')], { encoding: 'utf8' }).trim().split('\n').map((l) => JSON.parse(l) as { doc: string; start: number; end: number; cluster: string });
  assert.equal(out.length, 3);
  assert.deepEqual(out.map((o) => [o.doc, o.start, o.end]), spans.map((s) => [s.doc, s.start, s.end]));
  assert.equal(out[0]!.cluster, out[1]!.cluster);
  assert.notEqual(out[1]!.cluster, out[2]!.cluster);
  // bad spans are an error, not a crash
  assert.throws(() => linkEvents([{ id: 'a', title: null, text: 'x' }], [{ doc: 'a', start: 0, end: 5 }]), /outside/);
});

test('story state persists across store reopen and updates incrementally', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-stories-'));
  const file = join(dir, 's.db');
  let store = new SqliteStore(file);
  await store.putDocuments([doc(QUAKE, '2018-09-29', 'https://a.example/1'), doc(CHESS, '2018-11-28', 'https://b.example/2')]);
  const e1 = await updateStories(store);
  const stories1 = listStories(e1).map((s) => [s.id, s.documents.map((d) => d.id)]);
  await store.close();
  store = new SqliteStore(file);
  const e2 = await loadStories(store);
  assert.deepEqual(listStories(e2).map((s) => [s.id, s.documents.map((d) => d.id)]), stories1);
  // a copy and a follow-up added after reopening join the saved stories
  const copy = doc(QUAKE, '2018-09-30', 'https://c.example/3');
  const follow = doc(QUAKE2, '2018-09-30', 'https://d.example/4');
  await store.putDocuments([copy, follow]);
  const e3 = await updateStories(store, { engine: e2 });
  assert.equal(e3.docs.get(copy.meta.id)!.copy, 'exact');
  assert.equal(e3.storyOf(follow.meta.id)!.id, e3.storyOf(copy.meta.id)!.id);
  assert.equal(e3.stories.size, 2);
  await store.close();
  store = new SqliteStore(file);
  const e4 = await loadStories(store);
  assert.equal(e4.docs.size, 4);
  assert.equal(e4.storyOf(follow.meta.id)!.docs.length, 3);
  await store.close();
});

test('odd input does not crash the story layer', () => {
  const eng = new StoryEngine();
  const odd = ['', 'A'.repeat(50000), 'ВОЙНА В УКРАИНЕ ПРОДОЛЖАЕТСЯ 24 февраля 2022', '<div><script>x</script></div> &nbsp; on January 5, 2020 <p>', 'ALL CAPS HEADLINE ON MARCH 3 2020 TROOPS ATTACKED'];
  for (const [i, t] of odd.entries()) eng.add(doc(t || ' ', '2020-01-0' + (i + 1), `https://odd.example/${i}`));
  assert.equal(eng.docs.size, odd.length);
});

test('a verb and its nominalization share an event root, so their mentions can corefer', () => {
  assert.equal(eventRoot(stem('negotiations')), eventRoot(stem('negotiated')));
  assert.equal(stem('shots'), stem('shot')); // the plural of an irregular form folds like the form
  assert.equal(stem('shot'), stem('shooting'));
  assert.equal(eventRoot(stem('election')), eventRoot(stem('elected')));
  assert.equal(eventRoot(stem('stoppage')), eventRoot(stem('stopped')));
  assert.equal(eventRoot(stem('injury')), eventRoot(stem('injured')));
  assert.notEqual(eventRoot(stem('shooting')), eventRoot(stem('election')));
  const a = 'Union leaders and the airline negotiated a new contract in Chicago on Friday.';
  const b = 'The negotiations between the airline and union leaders in Chicago ended on Friday.';
  const fa = featuresOf('a', a, 'negotiated');
  const fb = featuresOf('b', b, 'negotiations');
  assert.equal(fa.head, fb.head);
  assert.ok(eventSimilarity(fa, fb) >= DEFAULT_COREF.threshold);
});

test('abbreviated words of names fold to their full form, so the same place or title meets across documents', () => {
  assert.deepEqual(nameTerms(null, 'Two climbers fell on Mt Cook while Gov Smith watched.'), ['@mount', '@cook', '@governor', '@smith']);
  assert.deepEqual(nameTerms(null, 'Two climbers fell on Mount Cook while Governor Smith watched.'), ['@mount', '@cook', '@governor', '@smith']);
  assert.deepEqual(nameTerms(null, 'Rescuers reached St Arnaud.'), ['@st', '@arnaud']); // ambiguous (Saint or Street): kept
  // in the batch clustering, a one-word country name, alias or demonym stands for the country
  assert.deepEqual(nameTerms(null, 'An Australian climber fell, as did a Briton.', true), ['@country:AU', '@country:GB']);
  assert.deepEqual(nameTerms(null, 'Police in Australia and the UK said so.', true), ['@country:AU', '@country:GB']);
});

test('local scaling: a link counts relative to each document\'s nearest neighbours, whatever the overall similarity level', () => {
  const base = [[1, 0.5, 0.1], [0.5, 1, 0.2], [0.1, 0.2, 1]];
  const s1 = localScale(3, (a, b) => base[a]![b]!, 1);
  const s2 = localScale(3, (a, b) => 0.3 * base[a]![b]!, 1);
  for (const [a, b] of [[0, 1], [0, 2], [1, 2]] as const) assert.ok(Math.abs(s1(a, b) - s2(a, b)) < 1e-12);
  assert.ok(Math.abs(s1(0, 1) - 1) < 1e-12); // each other's nearest neighbours
  assert.ok(s1(0, 2) < 0.5);
});

test('linkage: a member that strongly matches one mention of a cluster joins it with a share of the best pair; average link alone keeps it out', () => {
  // 0 and 1 are one cluster; 2 matches 1 strongly and 0 not at all
  const sim = [[0, 0.9, 0], [0.9, 0, 0.9], [0, 0.9, 0]];
  const f = (i: number, j: number) => sim[i]![j]!;
  assert.deepEqual(averageLink(3, f, 0.5).map((c) => c.sort()).sort(), [[0, 1], [2]]);
  assert.deepEqual(averageLink(3, f, 0.5, 0.6).map((c) => c.sort()), [[0, 1, 2]]);
  // the mix still needs the best pair: no link at all stays apart
  assert.deepEqual(averageLink(3, (i, j) => (i + j === 1 ? 0.9 : 0), 0.5, 0.6).map((c) => c.sort()).sort(), [[0, 1], [2]]);
});

/** Reports of one earthquake, varied by `i`: two quakes share every word but their names and numbers. */
function quake(place: string, region: string, mag: string, dead: number, day: string, official: string, i: number): string {
  return [
    `A magnitude ${mag} earthquake struck ${place} in ${region} on ${day}, killing at least ${dead + i} people and destroying homes.`,
    `${official}, the head of the disaster agency, said rescue teams were searching collapsed buildings in ${place}.`,
    i % 2 ? `Aftershocks rattled ${region} as survivors in ${place} slept outside.` : `Hospitals in ${place} treated hundreds of injured residents after the quake.`,
    `The quake was felt across ${region}, officials said${i % 3 ? ' on ' + day : ''}.`,
  ].join(' ');
}

test('documents about two occurrences of one kind of event split into two stories; one occurrence stays whole', () => {
  const a = [0, 1, 2, 3, 4, 5].map((i) => ({ id: `a${i}`, title: null, text: quake('Palu', 'Central Sulawesi', '7.5', 380, 'Friday', 'Willem Rampangilei', i) }));
  const b = [0, 1, 2, 3, 4, 5].map((i) => ({ id: `b${i}`, title: null, text: quake('Amatrice', 'Lazio', '6.2', 240, 'Wednesday', 'Fabrizio Curcio', i) }));
  const both = clusterDocuments([...a, ...b]);
  assert.equal(new Set(both.slice(0, 6)).size, 1, JSON.stringify(both));
  assert.equal(new Set(both.slice(6)).size, 1, JSON.stringify(both));
  assert.notEqual(both[0], both[6]);
  assert.equal(new Set(clusterDocuments(a)).size, 1);
});

test('the engine keeps two earthquakes apart as their reports arrive interleaved', () => {
  const eng = new StoryEngine();
  const stories = [0, 1, 2, 3].flatMap((i) => [
    eng.add(doc(quake('Palu', 'Central Sulawesi', '7.5', 380, 'Friday', 'Willem Rampangilei', i), '2018-09-29', `https://a.example/${i}`)).story,
    eng.add(doc(quake('Amatrice', 'Lazio', '6.2', 240, 'Wednesday', 'Fabrizio Curcio', i), '2016-08-24', `https://b.example/${i}`)).story,
  ]);
  assert.equal(new Set(stories.filter((_, k) => k % 2 === 0)).size, 1, stories.join(' '));
  assert.equal(new Set(stories.filter((_, k) => k % 2 === 1)).size, 1, stories.join(' '));
  assert.notEqual(stories[0], stories[1]);
});

test('two mentions in one sentence are two events, even with one head; in two documents they can be one', () => {
  const s = 'The gunman shot a guard at the bank in Denver and later shot a customer outside.';
  const first = featuresOf('a', s, 'shot');
  const second = featuresOf('a', s, 'shot', s.lastIndexOf('shot'));
  assert.equal(eventSimilarity(first, second), 0);
  assert.deepEqual(clusterMentions([first, second], () => 'g'), [0, 1]);
  const other = featuresOf('b', s, 'shot');
  assert.ok(eventSimilarity(first, other) >= DEFAULT_COREF.threshold);
});

test('a mention\'s context and participants are the words near its trigger, not the whole sentence', () => {
  const s = 'Rebels attacked the convoy near Goma on Monday, days after the army had arrested their commander Laurent Nkunda in Kigali last week.';
  const f = featuresOf('a', s, 'attacked');
  assert.ok(f.context.has('convoy') && f.args.has('goma') && f.args.has('rebels'), JSON.stringify([...f.args]));
  assert.ok(!f.args.has('nkunda') && !f.args.has('kigali') && !f.context.has('commander'), JSON.stringify([...f.args]));
});

test('WordNet synonym heads can corefer; one head with different particles ("checked into" / "checked out") scores lower than the same words', () => {
  const a = 'Coast guard officers foiled a pirate attack on the tanker off Somalia on Monday.';
  const b = 'Coast guard officers thwarted a pirate attack on the tanker off Somalia, officials said.';
  const fa = featuresOf('a', a, 'foiled');
  const fb = featuresOf('b', b, 'thwarted');
  assert.notEqual(fa.head, fb.head);
  assert.ok(eventSimilarity(fa, fb) >= DEFAULT_COREF.threshold);
  const s = 'The actress checked into a rehab clinic in Malibu on Friday.';
  const t = 'The actress checked out of a rehab clinic in Malibu on Friday.';
  const into = featuresOf('a', s, 'checked into');
  const into2 = featuresOf('b', s, 'checked into');
  const out = featuresOf('b', t, 'checked out');
  assert.equal(into.head, out.head);
  assert.ok(eventSimilarity(into, out) < eventSimilarity(into, into2) - DEFAULT_COREF.shape);
});

test('a phrase listed in the event families is its own head ("opened fire" meets "shooting"; "opened" alone does not)', () => {
  const a = 'A former employee opened fire at an office party in Vancouver on Friday.';
  const b = 'Police said the shooting at an office party in Vancouver on Friday left one man dead.';
  const c = 'The company opened a new office in Vancouver on Friday.';
  const fa = featuresOf('a', a, 'opened fire');
  assert.equal(fa.head, featuresOf('x', 'They were opening fire.', 'opening fire').head);
  assert.ok(eventSimilarity(fa, featuresOf('b', b, 'shooting')) >= DEFAULT_COREF.threshold);
  assert.equal(eventSimilarity(featuresOf('c', c, 'opened'), featuresOf('b', b, 'shooting')), 0);
});

test('a report dated years before the publication of undated reports of an event names another event ("invaded Crimea in 2014", read in 2022)', () => {
  const eng = new StoryEngine();
  const a = annotate(doc('If Russia invades Ukraine, the United States and its allies will impose severe sanctions on Russia, President Biden said in Washington. '
    + 'Biden said Russia has massed troops near the border of Ukraine.', '2022-02-12', 'https://a.example/inv1'));
  const b = annotate(doc('The United States and its allies are ready to impose sanctions on Russia that they did not impose when Russia invaded Crimea in 2014, President Biden said in Washington. '
    + 'Biden said Russia has massed troops near the border of Ukraine.', '2022-02-15', 'https://b.example/inv2'));
  const r1 = eng.add(a); const r2 = eng.add(b);
  assert.equal(r1.story, r2.story);
  const t = buildTimeline(eng, r1.story)!;
  const invasions = [...t.events, ...t.undated].filter((e) => e.evidence.some((v) => /^invade/.test(v.trigger)));
  const crimea = invasions.find((e) => e.evidence.some((v) => /Crimea/.test(v.sentence)));
  assert.ok(crimea, JSON.stringify(t.events.map((e) => [e.label, e.date])));
  assert.equal(crimea.date, '2014');
  // the 2014 invasion is not merged with the one threatened in 2022
  assert.ok(crimea.evidence.every((v) => /Crimea/.test(v.sentence)), JSON.stringify(crimea.evidence.map((v) => v.sentence)));
  assert.ok(invasions.some((e) => e !== crimea && e.date === null), JSON.stringify(invasions.map((e) => [e.label, e.date])));
});

test('event dates sort by time whatever the TimeML value: a week gives the month of its Thursday, a quarter or season its year', async () => {
  const { calendarDate } = await import('../src/story/dates.js');
  assert.equal(calendarDate('2022-02-24'), '2022-02-24');
  assert.equal(calendarDate('2022-02-24T10:30'), '2022-02-24');
  assert.equal(calendarDate('2022-W07'), '2022-02');
  assert.equal(calendarDate('2022-W07-WE'), '2022-02');
  assert.equal(calendarDate('2020-W53'), '2020-12'); // its Thursday is December 31
  assert.equal(calendarDate('2021-W01'), '2021-01');
  assert.equal(calendarDate('2022-Q1'), '2022');
  assert.equal(calendarDate('2022-SU'), '2022');
  for (const v of ['PRESENT_REF', 'XXXX-11-11', 'P3M', '199X']) assert.equal(calendarDate(v), null, v);
  // week values no longer sort after the months of their year ("2022-W07" > "2022-06" as strings)
  const sorted = ['2022-06', calendarDate('2022-W07')!, '2022-03-01'].sort();
  assert.deepEqual(sorted, ['2022-02', '2022-03-01', '2022-06']);
});
