import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { emptyDocument, spanProblems, EntitySchema, MentionSchema, type Document, type Entity } from '../src/document.js';
import { applyStage } from '../src/pipeline.js';
import { structureStage } from '../src/stages/structure/index.js';
import { entitiesStage, initialsOf } from '../src/stages/entities/index.js';
import { tagConllLines } from '../src/ner/conll.js';
import { labelNames, spansOf, tagWords, untagLoneParticles } from '../src/ner/tagger.js';
import { Gazetteer } from '../src/ner/gazetteer.js';
import { DocFeatures, WordCache } from '../src/ner/features.js';
import { Scratch, decodeDoc } from '../src/ner/decode.js';
import { loadModel } from '../src/ner/model.js';
import { LABELS, allowed, labelId, toBio2 } from '../src/ner/labels.js';
import { SEED } from './helpers.js';

function structured(text: string, published: string | null = null): Document {
  const meta = { id: '0123456789abcdef', textHash: '0123456789abcdef', source: null, path: null, record: null, url: null, title: null, published, publishedFrom: 'dateline' as const, language: 'en', languageDetected: null, format: 'text' as const, encoding: null, warnings: [] };
  return applyStage(emptyDocument(meta, text), structureStage);
}

function annotate(text: string, published: string | null = null): Document {
  return applyStage(structured(text, published), entitiesStage);
}

function entityNamed(doc: Document, text: string): Entity | undefined {
  const m = doc.mentions.find((x) => x.text === text);
  return m ? doc.entities.find((e) => e.id === m.entity) : undefined;
}

function seedDoc(): Document {
  const raw = readFileSync(SEED, 'utf8');
  const m = /^\s*date (\S+)\s+/.exec(raw)!;
  return annotate(raw.slice(m[0].length), m[1]!);
}

test('seed: every named entity found with full span, right type, linked', () => {
  const doc = seedDoc();
  const expect: [string, string, string][] = [
    ['Donald Trump', 'PER', 'sitrep:person/donald-trump'],
    ['Keir Starmer', 'PER', 'sitrep:person/keir-starmer'],
    ['Jean-Noel Barro', 'PER', 'sitrep:person/jean-noel-barrot'],
    ['EU', 'ORG', 'sitrep:org/eu'],
    ['British Ministry of Defense', 'ORG', 'sitrep:org/gb-mod'],
    ['French Ministry of Defense', 'ORG', 'sitrep:org/fr-armed-forces-ministry'],
    ['Défense Conseil International', 'ORG', 'sitrep:org/dci'],
    ['DCI', 'ORG', 'sitrep:org/dci'],
    ['Russia', 'GPE', 'sitrep:country/RU'],
    ['Ukraine', 'GPE', 'sitrep:country/UA'],
    ['Kyiv', 'GPE', 'sitrep:place/kyiv'],
    ['America', 'GPE', 'sitrep:country/US'],
    ['Europe', 'LOC', 'sitrep:place/europe'],
    ['Great Britain', 'GPE', 'sitrep:country/GB'],
    ['France', 'GPE', 'sitrep:country/FR'],
    ['Poland', 'GPE', 'sitrep:country/PL'],
  ];
  for (const [text, type, kbId] of expect) {
    const m = doc.mentions.find((x) => x.text === text);
    assert.ok(m, `no mention "${text}"`);
    assert.equal(m.type, type, `type of "${text}"`);
    assert.equal(entityNamed(doc, text)?.kbId, kbId, `link of "${text}"`);
  }
  // DCI and its full name are one entity (acronym)
  assert.equal(entityNamed(doc, 'DCI')?.id, entityNamed(doc, 'Défense Conseil International')?.id);
  // titles are roles of the person, not part of the name
  const starmer = entityNamed(doc, 'Keir Starmer')!;
  const textRole = starmer.roles.find((r) => r.from === 'text')!;
  assert.equal(textRole.title, 'Prime Minister of Great Britain');
  assert.equal(textRole.office, 'head-of-government');
  assert.equal(textRole.country, 'GB');
  const barrot = entityNamed(doc, 'Jean-Noel Barro')!;
  assert.equal(barrot.name, 'Jean-Noël Barrot');
  assert.ok(barrot.linkConfidence! > 0.8 && barrot.linkConfidence! < 1);
  assert.deepEqual(barrot.roles.filter((r) => r.from === 'text').map((r) => [r.title, r.office, r.country]), [['French Foreign Minister', 'foreign-minister', 'FR']]);
  assert.equal(barrot.country, 'FR');
  assert.equal(entityNamed(doc, 'EU')?.sector, 'igo');
  assert.equal(entityNamed(doc, 'British Ministry of Defense')?.sector, 'government');
  // "support Kyiv": the capital stands for the government
  const kyiv = entityNamed(doc, 'Kyiv')!;
  assert.equal(kyiv.country, 'UA');
  assert.ok(kyiv.inferred.some((i) => i.rule === 'capital-for-government'));
  // demonyms are NORP entities of their own, with the country
  const french = doc.mentions.find((x) => x.text === 'French' && x.type === 'NORP');
  assert.ok(french);
  assert.equal(doc.entities.find((e) => e.id === french.entity)?.country, 'FR');
});

test('seed: layers validate and every offset slices its text', () => {
  const doc = seedDoc();
  assert.deepEqual(spanProblems(doc), []);
  for (const m of doc.mentions) MentionSchema.parse(m);
  for (const e of doc.entities) {
    EntitySchema.parse(e);
    for (const id of e.mentions) assert.equal(doc.mentions.find((m) => m.id === id)?.entity, e.id);
  }
});

test('unknown names are recognized but not linked; surnames group with full names', () => {
  const doc = annotate('Ambassador Zbigniew Qwertyson met Olaf Brandtmeier of Vexcorp Industries in Oslo on Monday. Qwertyson said talks went well.');
  const q = entityNamed(doc, 'Zbigniew Qwertyson');
  assert.ok(q, 'full name found');
  assert.equal(q.type, 'PER');
  assert.equal(q.kbId, null);
  assert.equal(entityNamed(doc, 'Qwertyson')?.id, q.id);
  assert.ok(q.roles.some((r) => r.office === 'ambassador'));
  assert.equal(entityNamed(doc, 'Olaf Brandtmeier')?.kbId ?? null, null);
  assert.equal(entityNamed(doc, 'Oslo')?.country, 'NO');
});

test('names with a middle initial or a generational suffix are one person, linked through the name without them', () => {
  let doc = annotate('President Joseph R. Biden, Jr. signed the order. Secretary Antony J. Blinken met Hal Q. Pennywhistle in Rome.', '2022-03-01');
  assert.equal(doc.mentions.find((m) => m.text.startsWith('Joseph'))?.text, 'Joseph R. Biden, Jr.');
  assert.equal(entityNamed(doc, 'Joseph R. Biden, Jr.')?.kbId, 'sitrep:person/joe-biden');
  assert.equal(entityNamed(doc, 'Antony J. Blinken')?.kbId, 'sitrep:person/antony-blinken');
  const unknown = entityNamed(doc, 'Hal Q. Pennywhistle');
  assert.equal(unknown?.type, 'PER', 'an unknown name with an initial is still one person');
  assert.equal(unknown?.kbId, null);
  doc = annotate('George W. Bush spoke before George H. W. Bush arrived.', '2004-05-01');
  assert.equal(entityNamed(doc, 'George W. Bush')?.kbId, 'sitrep:person/george-w-bush');
  // an initial after a place is not a middle name
  doc = annotate('Officials in Washington, D.C. said nothing.', '2022-03-01');
  assert.ok(!doc.mentions.some((m) => m.text.includes('Washington, D')));
});

test('one-word mentions that cannot be names are dropped: pronouns, interjections, "I’m" (transcribed speech)', () => {
  const doc = annotate('Q    Yeah, I’m asking about Ukraine.\n\nMS. JEAN-PIERRE:  Hi. You know, President Biden spoke with President Zelenskyy.', '2022-06-23');
  const names = doc.mentions.map((m) => m.text);
  for (const bad of ['Yeah', 'I’m', 'Hi', 'You']) assert.ok(!names.includes(bad), `${bad} is no name (${names.join(', ')})`);
  assert.ok(names.includes('Ukraine') && names.some((n) => n.includes('Zelenskyy')));
});

test('a time-zone abbreviation is no organization, the clock\'s "P.M." no place ("1:32 P.M. EDT")', () => {
  const doc = annotate('James S. Brady Press Briefing Room\n\n3:46 P.M. EDT\n\nThe briefing began in Washington.\n\n4:50 P.M. EDT', '2022-06-23');
  assert.ok(!doc.mentions.some((m) => m.text === 'EDT'), doc.mentions.map((m) => m.text).join(', '));
  const call = annotate('Via Teleconference\n\n6:38 P.M. EST\n\nThe call began at 6:38 P.M. and ended at 7:02 p.m.', '2022-12-21');
  assert.ok(!call.mentions.some((m) => /^[AP]\.M\.$/i.test(m.text)), call.mentions.map((m) => m.text).join(', '));
});

test('a mention completed by the capitalized words after it to a name the knowledge base knows is that entity ("USA Today" is no country)', () => {
  const doc = annotate('USA Today noted that the commission can advise on the draft. Kyodo News reported the talks ended.', '2019-02-25');
  const usaToday = entityNamed(doc, 'USA Today');
  assert.equal(usaToday?.type, 'ORG', doc.mentions.map((m) => `${m.text}/${m.type}`).join(', '));
  assert.equal(usaToday?.kbId, 'sitrep:org/usa-today');
  assert.ok(!doc.mentions.some((m) => m.text === 'USA'), 'no country mention inside the newspaper\'s name');
  assert.equal(entityNamed(doc, 'Kyodo News')?.kbId, 'sitrep:org/kyodo');
});

test('a person\'s name runs on through a lower-case particle ("Ali bin Tamim"), so its first word is not linked alone by surname', () => {
  const doc = annotate('The general manager of Abu Dhabi Media, Dr Ali bin Tamim, blamed rebels. Tamim said more attacks were likely.', '2019-01-30');
  const ali = entityNamed(doc, 'Ali bin Tamim');
  assert.equal(ali?.type, 'PER', doc.mentions.map((m) => `${m.text}/${m.type}`).join(', '));
  assert.equal(ali?.kbId ?? null, null, 'no link to another person named Ali');
  assert.equal(entityNamed(doc, 'Tamim')?.id, ali!.id, 'the surname alone is the same person');
});

test('a function word or an ordinary verb that opens a clause is not (part of) a name: "As I said", "From the very beginning", "Tell us"', () => {
  const doc = annotate('((Thomas Rivinius)) As I said, it is a Be star. ((Thomas Rivinius)) From the very beginning. ((WN)) Tell us about the orbits. Namely, one is fast.', '2020-05-22');
  const texts = doc.mentions.map((m) => m.text);
  for (const w of ['As', 'As I', 'From', 'Tell', 'Namely', 'Be']) assert.ok(!texts.includes(w), `${w} in ${texts.join(', ')}`);
});

test('transcript speaker labels: the name after an honorific is a person, nothing else in a label is a mention ("MS." is no Mississippi, "Q" no organization)', () => {
  const doc = annotate('John Kirby briefed reporters.\n\nMS. JEAN-PIERRE:  Good afternoon, everybody.\n\nQ    Thank you.  On the gas tax holiday.\n\nMR. KIRBY:  Thanks.  Good afternoon.', '2022-06-23');
  const byText = new Map(doc.mentions.map((m) => [m.text, m]));
  assert.equal(byText.get('JEAN-PIERRE')?.type, 'PER');
  assert.equal(byText.get('KIRBY')?.type, 'PER');
  assert.equal(byText.get('KIRBY')?.entity, byText.get('John Kirby')?.entity);
  assert.ok(!doc.mentions.some((m) => m.text === 'MS.' || m.text === 'MR.' || m.text === 'Q'));
});

test('acronyms group with their full names without the knowledge base', () => {
  const doc = annotate('The Baltic Fisheries Authority said on Tuesday that quotas would be cut. A BFA spokesman declined to comment.');
  const full = entityNamed(doc, 'Baltic Fisheries Authority');
  assert.ok(full);
  assert.equal(entityNamed(doc, 'BFA')?.id, full.id);
  assert.equal(initialsOf('Défense Conseil International'), 'DCI');
  assert.equal(initialsOf('Organization for Security and Co-operation in Europe'), 'OSCE');
});

test('titles after the name, and government bodies by pattern', () => {
  const doc = annotate('Boris Pistorius, the German defence minister, met officials of the Italian Ministry of Defence in Rome.', '2024-03-01');
  const p = entityNamed(doc, 'Boris Pistorius')!;
  assert.ok(p.roles.some((r) => r.from === 'text' && r.office === 'defence-minister' && r.country === 'DE'));
  const it = doc.entities.find((e) => e.kbId === 'sitrep:org/it-defence-ministry');
  assert.ok(it, 'Italian Ministry of Defence linked by pattern');
  assert.equal(it.country, 'IT');
});

test('bad input: all caps, Cyrillic, very long tokens, HTML remnants, empty', () => {
  const inputs = [
    'PUTIN AND ZELENSKY MEET IN ISTANBUL AS NATO WATCHES',
    'Владимир Путин встретился с Эммануэлем Макроном в Москве. Putin met Macron.',
    'x'.repeat(100000) + ' Keir Starmer ' + 'Y'.repeat(50000),
    '<div class="x"><b>Emmanuel Macron</b> &amp; <i>Olaf Scholz</i></div><script>var a = 1;</script>',
    '',
    '   \n\n  ',
    'A-'.repeat(5000) + 'B',
  ];
  for (const text of inputs) {
    const doc = annotate(text);
    assert.deepEqual(spanProblems(doc), []);
  }
  const caps = annotate('PUTIN AND ZELENSKY MEET IN ISTANBUL AS NATO WATCHES');
  assert.ok(caps.mentions.length >= 2, 'names found in an all-caps headline');
  const html = annotate('<div class="x"><b>Emmanuel Macron</b> &amp; <i>Olaf Scholz</i></div>');
  assert.ok(html.mentions.some((m) => m.text === 'Emmanuel Macron' && m.type === 'PER'));
  assert.ok(html.mentions.every((m) => /\p{L}/u.test(m.text)));
  const long = annotate('x'.repeat(100000) + ' Keir Starmer spoke.');
  assert.equal(entityNamed(long, 'Keir Starmer')?.kbId, 'sitrep:person/keir-starmer');
});

test('NER labels: IOB1 and IOB2 to BIO2, constraints, spans', () => {
  assert.deepEqual(toBio2(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']).map((l) => LABELS[l]), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC']);
  assert.deepEqual(toBio2(['B-ORG', 'I-ORG', 'B-GPE']).map((l) => LABELS[l]), ['B-ORG', 'I-ORG', 'O']);
  assert.equal(allowed(labelId('O'), labelId('I-PER')), false);
  assert.equal(allowed(labelId('B-ORG'), labelId('I-PER')), false);
  assert.equal(allowed(labelId('B-PER'), labelId('I-PER')), true);
  assert.deepEqual(spansOf([1, 2, 0, 3, 4, 4], [0]), [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 6, type: 'ORG' }]);
  // a sentence boundary ends a span
  assert.deepEqual(spansOf([1, 2, 2], [0, 2]).map((s) => [s.start, s.end]), [[0, 2], [2, 3]]);
  const words = ['German', 'Chancellor', 'Olaf', 'Scholz', 'visited', 'Paris', 'and', 'met', 'officials', 'of', 'the', 'European', 'Commission', '.'];
  assert.deepEqual(labelNames(tagWords(words, [0])), ['B-MISC', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O']);
});

test('NER word cache: tagging with it gives the labels of tagging without it, across cache resets', () => {
  const model = loadModel();
  const docs = [readFileSync(SEED, 'utf8'), 'PARIS (Reuters) - French Foreign Minister Jean-Noel Barrot met Keir Starmer in London on Monday.', 'THE WHITE HOUSE said Kyiv and Warsaw disagree; ERDOGAN Visits Ankara. ' + 'x'.repeat(60) + ' Kyiv.'];
  const decode = (words: string[], starts: number[], cache: WordCache | null) => {
    const df = new DocFeatures(words, starts, model.gazetteer, model.mask, false, model.clusters, cache);
    const out = new Uint8Array(words.length);
    decodeDoc(df, model.weights, model.mask, out, new Scratch());
    return { out, df };
  };
  // a cache built for another model is refused
  assert.throws(() => new DocFeatures(['Kyiv'], [0], model.gazetteer, model.mask, false, model.clusters, new WordCache(model.weights, model.mask >> 1, model.clusters)), /another model/);
  // a cache of 8 rows: each document empties it and grows it
  const small = new WordCache(model.weights, model.mask, model.clusters, 8);
  const big = new WordCache(model.weights, model.mask, model.clusters);
  for (const pass of [1, 2]) {
    for (const text of docs) {
      const doc = structured(text);
      const words = doc.tokens.map((t) => t.text), starts = doc.sentences.map((s) => s.tokenStart);
      const plain = decode(words, starts, null);
      assert.ok(plain.out.some((l) => l !== 0), 'names found');
      for (const cache of [small, big]) {
        const cached = decode(words, starts, cache);
        assert.deepEqual([...cached.out], [...plain.out], `pass ${pass}: ${text.slice(0, 30)}`);
        // the word's own features are left out of the per-token features
        assert.ok(cached.df.statN[0]! < plain.df.statN[0]!);
      }
    }
  }
});

test('a name particle alone is no name ("McArthur \'s [van] found"), one inside a name stays ("Ursula von der Leyen")', () => {
  const labels = new Uint8Array([labelId('B-PER'), labelId('O'), labelId('B-PER'), labelId('O'), labelId('B-ORG'), labelId('I-ORG')]);
  untagLoneParticles(['McArthur', "'s", 'van', 'found', 'de', 'la'], labels, [0]);
  assert.deepEqual(labelNames(labels), ['B-PER', 'O', 'O', 'O', 'O', 'O']);
  const words = ['Ursula', 'von', 'der', 'Leyen', 'spoke', '.'];
  const kept = new Uint8Array([labelId('B-PER'), labelId('I-PER'), labelId('I-PER'), labelId('I-PER'), labelId('O'), labelId('O')]);
  untagLoneParticles(words, kept, [0]);
  assert.deepEqual(labelNames(kept), ['B-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'O']);
  const w = ['A', 'search', 'of', 'McArthur', "'s", 'van', 'found', 'a', 'weapon', '.'];
  assert.equal(labelNames(tagWords(w, [0]))[5], 'O');
});

test('CoNLL tagging keeps one output line per input line', () => {
  const input = '-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\ncall NN I-NP O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n';
  const out = tagConllLines(input, (w, s) => labelNames(tagWords(w, s)));
  assert.equal(out.length, input.split('\n').length - 1);
  assert.equal(out[0], '-DOCSTART- -X- O O');
  assert.equal(out[1], '');
  assert.equal(out[2], 'EU NNP I-NP I-ORG B-ORG');
  assert.equal(out[4], 'German JJ I-NP I-MISC B-MISC');
  assert.deepEqual(out.slice(7).map((l) => l.split(' ').pop()), ['B-PER', 'I-PER']);
  // tokens only, tab-separated, no trailing newline
  assert.deepEqual(tagConllLines('Paris\nis\n\nnice', (w) => w.map(() => 'O')), ['Paris\tO'.replace('\t', ' '), 'is O', '', 'nice O']);
});

test('CoNLL tagging reads Universal NER\'s layout: token in the second column, # comments kept, # newdoc starts a document', () => {
  const input = '# newdoc id = a\n# sent_id = 1\n1\tParis\tB-LOC\t-\t-\n2\tis\tO\t-\t-\n\n# sent_id = 2\n1\tnice\tO\t-\t-\n\n# newdoc id = b\n1\tRome\tB-LOC\t-\t-\n';
  const docs: string[][][] = [];
  const out = tagConllLines(input, (w, s) => { docs.push([w, s.map(String)]); return w.map((x) => (x === 'nice' ? 'O' : 'B-LOC')); });
  assert.deepEqual(docs, [[['Paris', 'is', 'nice'], ['0', '2']], [['Rome'], ['0']]]);
  assert.deepEqual(out, ['# newdoc id = a', '# sent_id = 1', '1\tParis\tB-LOC\t-\t-\tB-LOC', '2\tis\tO\t-\t-\tB-LOC', '', '# sent_id = 2', '1\tnice\tO\t-\t-\tO', '', '# newdoc id = b', '1\tRome\tB-LOC\t-\t-\tB-LOC']);
});

test('NER word clusters: words of the same contexts share a cluster; the tagger finds a word by the hash its features use', async () => {
  const { buildClusters, parseClusters, clusterTokens } = await import('../src/ner/clusters.js');
  const { hashSlice } = await import('../src/ner/hash.js');
  const docs: string[][] = [];
  for (let i = 0; i < 40; i++) {
    docs.push(clusterTokens(`Officials arrived in Paris today . Officials arrived in London today . Officials arrived in Berlin today .`));
    docs.push(clusterTokens(`Then John said that it was over . Then Mary said that it was over . Then Peter said that it was over .`));
  }
  const built = buildClusters(docs, { minCount: 3, maxWords: 1000, contexts: 50, dims: 32, coarse: 6, fine: 1, iterations: 10, seed: 3 });
  const c = parseClusters(built.tsv);
  const id = (w: string) => c.byHash.get(hashSlice(w, 0, w.length, true) | 0);
  assert.equal(id('Paris'), id('london'));
  assert.equal(id('Berlin'), id('paris'));
  assert.equal(id('John'), id('mary'));
  assert.equal(id('Narnia'), undefined);
  assert.equal(buildClusters(docs, { minCount: 3, maxWords: 1000, contexts: 50, dims: 32, coarse: 6, fine: 1, iterations: 10, seed: 3 }).tsv, built.tsv, 'deterministic');
  const { loadModel } = await import('../src/ner/model.js');
  assert.ok((loadModel().clusters?.size ?? 0) > 10000, 'the shipped model has its clusters');
});

test('GUM entity mentions to UNER-style names: titles, groups, capitalized name words, nesting, countries as governments', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { readGum } = await import('../src/ner/gum.js');
  const { sentenceDocs } = await import('../src/ner/conll.js');
  // one CoNLL-U sentence: its "# text" line, a row per token (id: its position; lemma: its form), a blank line
  type Tok = [form: string, upos: string, feats: string, head: number, rel: string, misc?: string];
  const sentence = (...toks: Tok[]) => [
    `# text = ${toks.map((t) => t[0]).join(' ')}`,
    ...toks.map(([form, upos, feats, head, rel, misc = '_'], k) => [k + 1, form, form, upos, '_', feats, head, rel, '_', misc].join('\t')),
    '',
  ];
  const text = [
    ...sentence(
      ['Professor', 'PROPN', '_', 2, 'nmod:desc', 'Entity=(1-person-new-sssss-cf1-1,2-coref'],
      ['Chomsky', 'PROPN', '_', 3, 'nsubj', 'Entity=1)'],
      ['met', 'VERB', '_', 0, 'root'],
      ['the', 'DET', '_', 5, 'det', 'Entity=(2-person-new-nnnnn-cf2-2-sgl'],
      ['Muslims', 'PROPN', 'Number=Plur', 3, 'obj'],
      ['of', 'ADP', '_', 9, 'case'],
      ['the', 'DET', '_', 9, 'det', 'Entity=(3-place-new-nnnnn-cf3-2-sgl-United_States'],
      ['United', 'VERB', '_', 9, 'amod'],
      ['States', 'PROPN', '_', 5, 'nmod', 'Entity=3)2)'],
      ['.', 'PUNCT', '_', 3, 'punct'],
    ),
    ...sentence(
      ['South', 'PROPN', '_', 2, 'compound', 'Entity=(4-organization-new-nnnnn-cf1-1,2-sgl-South_Korea'],
      ['Korea', 'PROPN', '_', 3, 'nsubj', 'Entity=4)'],
      ['said', 'VERB', '_', 0, 'root'],
      ['the', 'DET', '_', 5, 'det', 'Entity=(5-organization-new-nnnnn-cf2-2,4-sgl-University_of_Sydney'],
      ['University', 'PROPN', '_', 8, 'nsubj'],
      ['of', 'ADP', '_', 7, 'case'],
      ['Sydney', 'PROPN', '_', 5, 'nmod', 'Entity=(6-place-new-nnnnn-cf3-1-sgl-Sydney)5)'],
      ['agreed', 'VERB', '_', 3, 'ccomp'],
      ['.', 'PUNCT', '_', 3, 'punct'],
    ),
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'gum-'));
  writeFileSync(join(dir, 'GUM_news_x.conllu'), text);
  const [doc] = readGum(dir); // South_Korea: a country in the knowledge base
  assert.deepEqual(doc!.tags, ['O', 'B-PER', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC', 'I-LOC', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O']);
  assert.deepEqual(sentenceDocs([doc!]).map((d) => d.words.length), [10, 9]);
});

test('NER output: an organization headed by a facility word is a place; other organizations keep their type', async () => {
  const { retypeFacilities } = await import('../src/ner/tagger.js');
  const words = ['the', 'National', 'Air', 'and', 'Space', 'Museum', 'and', 'the', 'Pew', 'Research', 'Center'];
  const labels = Uint8Array.from(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG'].map(labelId));
  retypeFacilities(words, labels, [0]);
  assert.deepEqual(labelNames(labels), ['O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG']);
});

test('NER output: named storms and spacecraft are MISC ("Cyclone Phailin", "Space Shuttle Atlantis"); a verb "storm" does not count', async () => {
  const { retypeMisc } = await import('../src/ner/tagger.js');
  const words = ['Cyclone', 'Phailin', 'hit', ',', 'Space', 'Shuttle', 'Atlantis', 'flew', ',', 'rebels', 'storm', 'Grozny', ',', 'the', 'Cyclone', 'is'];
  const labels = Uint8Array.from(['B-PER', 'I-PER', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'O'].map(labelId));
  retypeMisc(words, labels, [0]);
  assert.deepEqual(labelNames(labels), ['B-MISC', 'I-MISC', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'B-MISC', 'O']);
});

test('NER output: a name given after a storm word is MISC elsewhere in the document; "National Hurricane Center" stays an organization', async () => {
  const { retypeMisc } = await import('../src/ner/tagger.js');
  const words = ['The', 'National', 'Hurricane', 'Center', 'tracked', 'Hurricane', 'Katrina', '.', 'Katrina', 'hit', 'Louisiana', '.'];
  const labels = Uint8Array.from(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-MISC', 'O', 'B-PER', 'O', 'B-LOC', 'O'].map(labelId));
  retypeMisc(words, labels, [0, 8]);
  assert.deepEqual(labelNames(labels), ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-MISC', 'O', 'B-MISC', 'O', 'B-LOC', 'O']);
});

test('NER output: a name ending in a law, study, prize or war word is MISC ("Purchase Agreement", "Nutrition Study"); one word alone stays', async () => {
  const { retypeMiscEnds } = await import('../src/ner/tagger.js');
  const words = ['the', 'Energy', 'Purchase', 'Agreement', 'and', 'the', 'Iodine', 'Nutrition', 'Study', 'by', 'Study', 'Group', ',', 'Cup'];
  const labels = Uint8Array.from(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG', 'O', 'B-ORG'].map(labelId));
  retypeMiscEnds(words, labels, [0], new Gazetteer());
  assert.deepEqual(labelNames(labels), ['O', 'B-MISC', 'I-MISC', 'I-MISC', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O', 'B-ORG', 'I-ORG', 'O', 'B-ORG']);
});

test('NER output: ordinary words in capitals for emphasis are untagged ("serve ALL of the people"); known acronyms and headlines are left', async () => {
  const { untagShouted } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('IGO\tWHO\n');
  const words = ['I', 'will', 'serve', 'ALL', 'of', 'us', ',', 'said', 'WHO', '.', 'ALL', 'FANS', 'WIN'];
  const labels = Uint8Array.from(['O', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'B-ORG', 'O', 'B-ORG', 'I-ORG', 'O'].map(labelId));
  untagShouted(words, labels, [0, 10], gaz);
  assert.deepEqual(labelNames(labels), ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-ORG', 'O', 'B-ORG', 'I-ORG', 'O']);
});

test('NER output: an acronym of an ordinary thing alone is no name ("GDP grew", "a USB port"); inside a longer name it is left', async () => {
  const { untagShouted } = await import('../src/ner/tagger.js');
  const words = ['GDP', 'grew', '.', 'A', 'USB', 'port', 'from', 'USB', 'Corp', '.'];
  const labels = Uint8Array.from(['B-ORG', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'O'].map(labelId));
  untagShouted(words, labels, [0, 3], new Gazetteer());
  assert.deepEqual(labelNames(labels), ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O']);
});

test('NER output: a person\'s span ends before a job title after the name; the words after the title are the employer ("Janette Elbertson Administrative Coordinator EWS Legal")', async () => {
  const { splitJobTitles } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('NAME\tBelle\n');
  const words = ['Janette', 'Elbertson', 'Administrative', 'Coordinator', 'EWS', 'Legal', '.', 'Magali', 'Van', 'Belle', 'Consultant', '.', 'Tom', 'Judge', 'spoke'];
  const labels = Uint8Array.from(['B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'O'].map(labelId));
  splitJobTitles(words, labels, [0, 7, 12], gaz);
  assert.deepEqual(labelNames(labels), ['B-PER', 'I-PER', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O', 'B-PER', 'I-PER', 'O']);
});

test('NER output: the odd name of a list takes the others\' type when the gazetteer knows it as such ("Victoria, South Australia, Western Australia and Queensland")', async () => {
  const { retypeLists } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('REGION\tWestern Australia\n');
  const words = ['Victoria', ',', 'South', 'Australia', ',', 'Western', 'Australia', 'and', 'Queensland', '.', 'Acme', ',', 'Foo', 'and', 'Bar', 'won'];
  const labels = Uint8Array.from(['B-LOC', 'O', 'B-LOC', 'I-LOC', 'O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O', 'B-ORG', 'O', 'B-LOC', 'O', 'B-LOC', 'O'].map(labelId));
  retypeLists(words, labels, [0, 10], gaz);
  // the second list's odd one ("Acme") is no place the gazetteer knows: left
  assert.deepEqual(labelNames(labels), ['B-LOC', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC', 'O', 'B-ORG', 'O', 'B-LOC', 'O', 'B-LOC', 'O']);
});

test('NER output: religions, peoples and nationality words alone are MISC ("Muslim", "Shiites", "Indian"); longer names and "U.S." keep their type', async () => {
  const { retypeGroups } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('NORP\tIndian\nNORP\tU.S.\nCOUNTRY\tU.S.\n');
  const words = ['Muslim', 'clerics', ',', 'Shiites', ',', 'Indian', 'and', 'U.S.', 'officials', 'met', 'the', 'Muslim', 'Brotherhood'];
  const labels = Uint8Array.from(['B-ORG', 'O', 'O', 'B-PER', 'O', 'B-LOC', 'O', 'B-LOC', 'O', 'O', 'O', 'B-ORG', 'I-ORG'].map(labelId));
  retypeGroups(words, labels, [0], gaz);
  assert.deepEqual(labelNames(labels), ['B-MISC', 'O', 'O', 'B-MISC', 'O', 'B-MISC', 'O', 'B-LOC', 'O', 'O', 'O', 'B-ORG', 'I-ORG']);
});

test('NER output: a name right after a capitalized title is a person ("Professor Eastman says"); lower-case "professor" does not count; a title is left out of a person span', async () => {
  const { tagTitled } = await import('../src/ner/tagger.js');
  const words = ['Professor', 'Eastman', 'says', 'so', '.', 'Administrator', 'Bolden', 'agreed', 'with', 'professor', 'Smith', '.', 'Ms', 'Bauchtman', 'said'];
  const labels = Uint8Array.from(['O', 'O', 'O', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O'].map(labelId));
  tagTitled(words, labels, [0, 5, 12]);
  assert.deepEqual(labelNames(labels), ['O', 'B-PER', 'O', 'O', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'O', 'O', 'O', 'B-PER', 'O']);
});

test('NER output: a title that ends the span of a known place is left out of it ("United States Senator"); "Burger King" stays', async () => {
  const { tagTitled } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('COUNTRY\tUnited States\n');
  const words = ['United', 'States', 'Senator', 'from', 'Vermont', 'spoke', '.', 'Burger', 'King', 'opened', '.'];
  const labels = Uint8Array.from(['B-LOC', 'I-LOC', 'I-LOC', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'O'].map(labelId));
  tagTitled(words, labels, [0, 7], gaz);
  assert.deepEqual(labelNames(labels), ['B-LOC', 'I-LOC', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'O']);
});

test('NER output: a facility head before "of" makes the organization a place ("Museum of Flight"); "University of ..." stays', async () => {
  const { retypeFacilities } = await import('../src/ner/tagger.js');
  const words = ['the', 'Museum', 'of', 'Flight', 'and', 'the', 'University', 'of', 'Washington'];
  const labels = Uint8Array.from(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG'].map(labelId));
  retypeFacilities(words, labels, [0]);
  assert.deepEqual(labelNames(labels), ['O', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG']);
});

test('NER output: an acronym defined in brackets takes its name\'s type, also where it recurs alone, untagged or typed otherwise (not in a headline in capitals, not inside a longer span)', async () => {
  const { tagAcronyms } = await import('../src/ner/tagger.js');
  const words = ['the', 'World', 'Health', 'Organisation', '(', 'WHO', ')', 'said', '.', 'WHO', 'agreed', '.', 'WHO', 'WILL', 'PAY', '?', 'WHO', 'and', 'WHO', 'Europe', '.'];
  const labels = Uint8Array.from(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'B-LOC', 'I-LOC', 'O'].map(labelId));
  tagAcronyms(words, labels, [0, 9, 12, 16]);
  assert.deepEqual(labelNames(labels), ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-ORG', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'O', 'O', 'B-ORG', 'O', 'B-LOC', 'I-LOC', 'O']);
});

test('NER output: a MISC name whose bracketed acronym the model typed ORG is ORG ("Asia - Pacific Economic Cooperation ( APEC )"); a MISC name with an untagged acronym stays ("Consumer Price Index ( CPI )")', async () => {
  const { tagAcronyms } = await import('../src/ner/tagger.js');
  const words = ['the', 'Asia', '-', 'Pacific', 'Economic', 'Cooperation', '(', 'APEC', ')', 'and', 'the', 'Consumer', 'Price', 'Index', '(', 'CPI', ')'];
  const labels = Uint8Array.from(['O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O', 'B-ORG', 'O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O', 'O', 'O'].map(labelId));
  tagAcronyms(words, labels, [0]);
  assert.deepEqual(labelNames(labels), ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'B-ORG', 'O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O', 'O', 'O']);
});

test('NER output: a one-word name recurring untagged on its own takes the type the document gives it', async () => {
  const { tagRepeats } = await import('../src/ner/tagger.js');
  const words = ['Enron', 'is', 'blowing', 'up', '.', 'I', 'left', 'Enron', '.', 'Enron', 'Field', 'opened', '.'];
  const labels = Uint8Array.from(['O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'O'].map(labelId));
  tagRepeats(words, labels, [0, 5, 9]);
  assert.deepEqual(labelNames(labels), ['B-ORG', 'O', 'O', 'O', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'O']);
});

test('NER output: a legal-form suffix (Inc., LLP, & Co) joins the name before it, and the whole is ORG', async () => {
  const { joinOrgSuffixes } = await import('../src/ner/tagger.js');
  const words = ['Holland', '&', 'Hart', ',', 'LLP', 'wrote', '.', 'Marvel', 'Consultants', ',', 'Inc.', '.', 'At', 'Edward', 'Jones', '&', 'Co', '.', 'The', 'Lunar', 'Systems', ',', 'Inc.', 'won', '.', 'Dell', 'Inc', 'rose'];
  const labels = Uint8Array.from(['B-LOC', 'O', 'B-PER', 'O', 'B-ORG', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O'].map(labelId));
  joinOrgSuffixes(words, labels, [0, 7, 12, 18, 25]);
  assert.deepEqual(labelNames(labels), ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O',
    'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'O']);
});

test('NER output: a capitalized name headed by an organization word (Air Force, Press, Journal of ...) is one ORG span', async () => {
  const { retypeOrgHeads } = await import('../src/ner/tagger.js');
  const words = ['in', 'the', 'United', 'States', 'Air', 'Force', '.', 'The', 'Canadian', 'Press', 'said', '.', 'the', 'Medical', 'Journal', 'of', 'Australia', '.',
    'German', 'Foreign', 'Ministry', 'spoke', '.', 'the', 'West', 'Bank'];
  const labels = Uint8Array.from(['O', 'O', 'B-LOC', 'I-LOC', 'O', 'O', 'O', 'O', 'B-MISC', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'O',
    'B-MISC', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'B-LOC', 'I-LOC'].map(labelId));
  retypeOrgHeads(words, labels, [0, 7, 12, 18, 23]);
  assert.deepEqual(labelNames(labels), ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O',
    'B-MISC', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'B-LOC', 'I-LOC']);
});

test('NER output: a court is an organization ("United States Supreme Court"); a sentence-opening "A" is no part of the name', async () => {
  const { retypeOrgHeads } = await import('../src/ner/tagger.js');
  const words = ['The', 'United', 'States', 'Supreme', 'Court', 'ruled', '.', 'A', 'Federal', 'Court', 'judge', 'agreed', '.'];
  const labels = Uint8Array.from(['O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'].map(labelId));
  retypeOrgHeads(words, labels, [0, 7]);
  assert.deepEqual(labelNames(labels), ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O']);
});

test('NER output: a person span running through an organization head is an organization named after someone ("Collins College"); a person before the head is left', async () => {
  const { retypeOrgHeads } = await import('../src/ner/tagger.js');
  const words = ['back', 'in', 'Collins', 'College', '.', 'Minister', 'Smith', 'Party', 'said'];
  const labels = Uint8Array.from(['O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-PER', 'O', 'O'].map(labelId));
  retypeOrgHeads(words, labels, [0, 5]);
  assert.deepEqual(labelNames(labels), ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-PER', 'O', 'O']);
});

test('NER output: a business name ending in a company word ("Systems", "Computers") is an organization, whatever type the model gave it', async () => {
  const { retypeOrgHeads } = await import('../src/ner/tagger.js');
  const words = ['took', 'down', 'Suns', 'Systems', '.', 'Staten', 'Island', 'Computers', 'did', 'well'];
  const labels = Uint8Array.from(['O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'O'].map(labelId));
  retypeOrgHeads(words, labels, [0, 5]);
  assert.deepEqual(labelNames(labels), ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O']);
});

test('NER output: a span that is exactly a known organization or person of the gazetteer takes that type (not in capitals)', async () => {
  const { retypeKnown } = await import('../src/ner/tagger.js');
  const gaz = new Gazetteer();
  gaz.add('IGO', 'African Union'); gaz.add('PER', 'Xi'); gaz.add('PER', 'Jordan'); gaz.add('COUNTRY', 'Jordan');
  const words = ['The', 'African', 'Union', 'met', 'Xi', ',', 'Jordan', 'and', 'the', 'XI', '.'];
  const labels = Uint8Array.from(['O', 'B-LOC', 'I-LOC', 'O', 'B-ORG', 'O', 'B-LOC', 'O', 'O', 'B-ORG', 'O'].map(labelId));
  retypeKnown(words, labels, [0], gaz);
  assert.deepEqual(labelNames(labels), ['O', 'B-ORG', 'I-ORG', 'O', 'B-PER', 'O', 'B-LOC', 'O', 'O', 'B-ORG', 'O']);
});

test('NER output: a MISC span that is exactly a known organization of the gazetteer is ORG ("al-Qaeda"); a known person stays MISC', async () => {
  const { retypeKnown } = await import('../src/ner/tagger.js');
  const gaz = new Gazetteer();
  gaz.add('ORG', 'al-Qaeda'); gaz.add('PER', 'Kennedy');
  const words = ['the', 'al-Qaeda', 'threat', 'and', 'Kennedy', 'ideals'];
  const labels = Uint8Array.from(['O', 'B-MISC', 'O', 'O', 'B-MISC', 'O'].map(labelId));
  retypeKnown(words, labels, [0], gaz);
  assert.deepEqual(labelNames(labels), ['O', 'B-ORG', 'O', 'O', 'B-MISC', 'O']);
});

test('NER output: the same name gets one type per document, the type most of its mentions got (ties kept)', async () => {
  const { harmonizeTypes } = await import('../src/ner/tagger.js');
  const words = ['Gloria', 'said', '.', 'Gloria', 'left', '.', 'Gloria', 'wept', '.', 'Jordan', 'and', 'Jordan'];
  const labels = Uint8Array.from(['B-PER', 'O', 'O', 'B-ORG', 'O', 'O', 'B-PER', 'O', 'O', 'B-LOC', 'O', 'B-PER'].map(labelId));
  harmonizeTypes(words, labels, [0, 3, 6, 9]);
  assert.deepEqual(labelNames(labels), ['B-PER', 'O', 'O', 'B-PER', 'O', 'O', 'B-PER', 'O', 'O', 'B-LOC', 'O', 'B-PER']);
});

test('NER output: a one-word name opening a clause that is then called "he" or "she" is a person, at every mention; "it", an object of a preposition or a known country are not', async () => {
  const { retypePronouned } = await import('../src/ner/tagger.js');
  const gaz = new Gazetteer();
  gaz.add('COUNTRY', 'India');
  const words = ['Gloria', "'s", 'skin', 'broke', 'her', 'heart', '.', 'Gloria', 'left', 'her', 'Acme', 'said', 'its', 'profit', 'rose', '.',
    'He', 'moved', 'to', 'Nitro', 'with', 'his', 'family', '.', 'India', 'said', 'her', 'people', 'voted', '.'];
  const labels = Uint8Array.from(['B-ORG', 'O', 'O', 'O', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'O',
    'O', 'O', 'O', 'B-LOC', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'O', 'O', 'O'].map(labelId));
  retypePronouned(words, labels, [0, 7, 10, 16, 24], gaz);
  // a recurring name needs two votes: "Wikinews caught up with her" once is not enough
  const w2 = ['Wikinews', 'interviewed', 'Tina', '.', 'Wikinews', 'caught', 'up', 'with', 'her', '.'];
  const l2 = Uint8Array.from(['B-ORG', 'O', 'B-PER', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'O'].map(labelId));
  retypePronouned(w2, l2, [0, 4], gaz);
  assert.deepEqual(labelNames(l2), ['B-ORG', 'O', 'B-PER', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(labelNames(labels), ['B-PER', 'O', 'O', 'O', 'O', 'O', 'O', 'B-PER', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'O',
    'O', 'O', 'O', 'B-LOC', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'O', 'O', 'O']);
});

test('NER output: a span does not end with a link word or a punctuation mark ("National Museum of", "Ram Tackett ,"); a closing bracket stays', async () => {
  const { trimSpans } = await import('../src/ner/tagger.js');
  const words = ['the', 'National', 'Museum', 'of', 'the', 'Army', '.', 'Thanks', ',', 'Ram', 'Tackett', ',', 'Owner', '.', 'Mladost', '(', 'BJ', ')', '4'];
  const labels = Uint8Array.from(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-ORG', 'O', 'O', 'O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'].map(labelId));
  trimSpans(words, labels, [0, 7, 14]);
  assert.deepEqual(labelNames(labels), ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
});

test('NER output: a span running through a lower-case word between two capitalized words is two names ("Atalanta reunites Lentini"); name links, particles and heads stay inside', async () => {
  const { splitAtInnerWords } = await import('../src/ner/tagger.js');
  const words = ['Kyle', 'with', 'Bullwark', '.', 'Council', 'on', 'Foreign', 'Relations', 'and', 'Cesare', 'dal', 'Maso', '.', 'Reserve', 'bank', 'of', 'India', 'Atalanta', 'reunites', 'Lentini'];
  const labels = Uint8Array.from(['B-PER', 'I-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PER', 'I-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'B-ORG', 'I-ORG', 'I-ORG'].map(labelId));
  splitAtInnerWords(words, labels, [0, 4, 13]);
  assert.deepEqual(labelNames(labels), ['B-PER', 'O', 'B-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PER', 'I-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'B-ORG', 'O', 'B-ORG']);
});

test('NER output: a span is split at a bare number between two capitalized words, a results table\'s score ("Puchon 2 Chonbuk 1"); "Euro 96" keeps its number', async () => {
  const { splitAtInnerWords } = await import('../src/ner/tagger.js');
  const words = ['Puchon', '2', 'Chonbuk', '1', '.', 'Jed-Forest', '17', 'Watsonians', '54', '.', 'at', 'Euro', '96', '.'];
  const labels = Uint8Array.from(['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O', 'O', 'O', 'B-MISC', 'I-MISC', 'O'].map(labelId));
  splitAtInnerWords(words, labels, [0, 5, 10]);
  assert.deepEqual(labelNames(labels), ['B-ORG', 'O', 'B-ORG', 'O', 'O', 'B-MISC', 'O', 'B-MISC', 'O', 'O', 'O', 'B-MISC', 'I-MISC', 'O']);
});

test('NER output: a dateline is places ("NEW YORK 1996-08-30", "LA CORUNA , Spain 1996-08-31"); a known organization ("UNITED NATIONS") and other sentences are left', async () => {
  const { tagDatelines } = await import('../src/ner/tagger.js');
  const gaz = new Gazetteer();
  gaz.add('IGO', 'United Nations');
  const words = ['NEW', 'YORK', '1996-08-30', 'LA', 'CORUNA', ',', 'Spain', '1996-08-31', 'UNITED', 'NATIONS', '1996-08-29', 'Yankees', 'beat', 'Texas', '1996-08-30'];
  const labels = Uint8Array.from(['B-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'O', 'B-ORG', 'O', 'B-ORG', 'O'].map(labelId));
  tagDatelines(words, labels, [0, 3, 8, 11], gaz);
  assert.deepEqual(labelNames(labels), ['B-LOC', 'I-LOC', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'O', 'B-ORG', 'O', 'B-ORG', 'O']);
  // with the shipped weights
  assert.deepEqual(labelNames(tagWords(['PANAMA', 'CITY', '1996-08-30'], [0])), ['B-LOC', 'I-LOC', 'O']);
});

test('NER output: a title in quotation marks is MISC ("The Crying Game", "Schindler \'s List" with "Schindler" ORG); a person or place inside, a whole ORG span, a nickname and a quoted sentence are left', async () => {
  const { tagQuotedTitles } = await import('../src/ner/tagger.js');
  const words = ['film', '"', 'The', 'Crying', 'Game', '"', 'and', '"', 'Schindler', "'s", 'List', '"', ',', '"', 'Scarne', 'on', 'Card', 'Tricks', '"', ',', 'the', '"', 'Dream', 'Team', '"', 'and', 'Rohan', '"', 'Alabama', '"', 'Davey', '.', '"', 'We', 'won', '"', ',', 'he', 'said'];
  const labels = Uint8Array.from(['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'].map(labelId));
  tagQuotedTitles(words, labels, [0, 32]);
  assert.deepEqual(labelNames(labels), ['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O']);
});

test('NER output: a name before "newspaper" or "daily" is an organization, there and elsewhere in the document ("Le Matin newspaper", "Zycie Warszawy daily ... Zycie Warszawy said"); known places stay', async () => {
  const { retypeMediaNamed } = await import('../src/ner/tagger.js');
  const gaz = new Gazetteer();
  gaz.add('CITY', 'Sarajevo');
  const words = ['Le', 'Matin', 'newspaper', 'said', '.', 'Zycie', 'Warszawy', 'daily', 'said', '.', 'Zycie', 'Warszawy', 'said', '.', 'a', 'Sarajevo', 'daily', ',', 'HK', 'newspaper'];
  const labels = Uint8Array.from(['B-PER', 'I-PER', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'O'].map(labelId));
  retypeMediaNamed(words, labels, [0, 5, 10, 14], gaz);
  assert.deepEqual(labelNames(labels), ['B-ORG', 'I-ORG', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'O']);
});

test('NER output: names joined by "&" with a person among them are one organization ("Douglas & Lomason Co"); "Trinidad & Tobago" and a journal typed MISC are left', async () => {
  const { joinAmpersands } = await import('../src/ner/tagger.js');
  const words = ['Douglas', '&', 'Lomason', 'Co', 'rose', '.', 'Douglas', '&', 'Lomason', 'has', '.', 'Trinidad', '&', 'Tobago', 'won', '.', 'Social', 'Science', '&', 'Medicine', 'says'];
  const labels = Uint8Array.from(['B-PER', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'B-PER', 'O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O'].map(labelId));
  joinAmpersands(words, labels, [0, 6, 11, 16]);
  assert.deepEqual(labelNames(labels), ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-LOC', 'O', 'B-PER', 'O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O']);
});

test('NER output: a contact line\'s label before a colon is no name ("Facsimile : ( 713 )"); a name before a colon stays', async () => {
  const { untagContactLabels } = await import('../src/ner/tagger.js');
  const words = ['Facsimile', ':', '(', '713', ')', 'Telephone', ':', '555', 'Scorers', ':', 'Canada', '-', 'Aunger'];
  const labels = Uint8Array.from(['B-PER', 'O', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'B-PER'].map(labelId));
  untagContactLabels(words, labels, [0, 5, 8]);
  assert.deepEqual(labelNames(labels), ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'B-PER']);
});

test('NER output: a person or place span ending with a legal-form suffix is a firm ("Hindustan Copper Ltd", "Warner Bros"), with the name before an "of" ("Gold Fields of South Africa Ltd", "First of Michigan Corp.")', async () => {
  const { joinOrgSuffixes } = await import('../src/ner/tagger.js');
  const words = ['Hindustan', 'Copper', 'Ltd', 'said', '.', 'by', 'Warner', 'Bros', '.', 'Gold', 'Fields', 'of', 'South', 'Africa', 'Ltd', 'said', '.', 'First', 'of', 'Michigan', 'Corp.', ','];
  const labels = Uint8Array.from(['B-PER', 'I-PER', 'I-PER', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'O'].map(labelId));
  joinOrgSuffixes(words, labels, [0, 5, 9, 17]);
  assert.deepEqual(labelNames(labels), ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
});

test('NER output: a quoted nickname inside a person\'s name is part of it (\'Roberto " Hands of Stone " Duran\', \'Hector " Macho " Camacho\'); a quoted title after a name is left', async () => {
  const { joinNicknames } = await import('../src/ner/tagger.js');
  const words = ['Roberto', '"', 'Hands', 'of', 'Stone', '"', 'Duran', 'won', '.', 'Hector', '"', 'Macho', '"', 'Camacho', '.', 'Spielberg', "'s", '"', 'Jaws', '"', 'opened'];
  const labels = Uint8Array.from(['B-PER', 'O', 'B-PER', 'I-PER', 'I-PER', 'O', 'B-ORG', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'B-PER', 'O', 'B-PER', 'O', 'O', 'B-MISC', 'O', 'O'].map(labelId));
  joinNicknames(words, labels, [0, 9, 15]);
  assert.deepEqual(labelNames(labels), ['B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'B-PER', 'O', 'O', 'B-MISC', 'O', 'O']);
});

test('NER output: a capitalized word the document writes in lower case three times or more is no name ("If Iodine deficiency ..." in an article on iodine); known names and function words stay', async () => {
  const { untagLowerCased } = await import('../src/ner/tagger.js');
  const gaz = new Gazetteer();
  gaz.add('PER', 'Santorum');
  const words = ['If', 'Iodine', 'deficiency', 'is', 'low', ',', 'iodine', 'helps', ';', 'iodine', 'and', 'iodine', '.', 'Santorum', 'drink', ':', 'santorum', ',', 'santorum', ',', 'santorum', '.', 'Said', 'wrote', 'said', 'said', 'said'];
  const labels = Uint8Array.from(['O', 'B-ORG', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'O'].map(labelId));
  untagLowerCased(words, labels, [0, 13, 22], gaz);
  assert.deepEqual(labelNames(labels).filter((l) => l !== 'O'), ['B-PER', 'B-PER']);
  assert.equal(labelNames(labels)[1], 'O');
});

test('NER output: a person or organization span naming a natural feature is a place ("Mekong Delta", "Strait of Hormuz", "Cape Canaveral"); "Cape Cod Times" stays', async () => {
  const { retypeLandforms } = await import('../src/ner/tagger.js');
  const words = ['the', 'Mekong', 'Delta', '.', 'the', 'Strait', 'of', 'Hormuz', '.', 'Cape', 'Canaveral', '.', 'the', 'Cape', 'Cod', 'Times', '.', 'Mickey', 'Rivers'];
  const labels = Uint8Array.from(['O', 'B-PER', 'I-PER', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PER', 'I-PER'].map(labelId));
  retypeLandforms(words, labels, [0, 4, 9, 12, 17]);
  assert.deepEqual(labelNames(labels), ['O', 'B-LOC', 'I-LOC', 'O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'B-LOC', 'I-LOC', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PER', 'I-PER']);
  // in a lone sentence, with the shipped weights
  assert.deepEqual(labelNames(tagWords(['Flooding', 'hit', 'the', 'Mekong', 'Delta', 'again', '.'], [0])), ['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'O']);
});

test('NER output: a person\'s name runs on through its particles ("Mohammed bin Salman", "Ursula von der Leyen"); "Smith and Jones" stays two', async () => {
  const { joinParticles } = await import('../src/ner/tagger.js');
  const words = ['Mohammed', 'bin', 'Salman', 'left', '.', 'Ursula', 'von', 'der', 'Leyen', 'said', '.', 'Smith', 'and', 'Jones'];
  const labels = Uint8Array.from(['B-PER', 'O', 'B-MISC', 'O', 'O', 'B-PER', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-PER', 'O', 'B-PER'].map(labelId));
  joinParticles(words, labels, [0, 5, 11]);
  assert.deepEqual(labelNames(labels), ['B-PER', 'I-PER', 'I-PER', 'O', 'O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'O', 'B-PER', 'O', 'B-PER']);
});

test('NER output: a country or nationality and a company word are a company ("Russian Railways", "China Mobile", "American Express"); a longer name is left', async () => {
  const { tagNationalCompanies } = await import('../src/ner/tagger.js');
  const gaz = new Gazetteer();
  gaz.add('NORP', 'Russian'); gaz.add('COUNTRY', 'China'); gaz.add('NORP', 'American');
  const words = ['Russian', 'Railways', 'cut', 'services', '.', 'China', 'Mobile', 'grew', '.', 'paid', 'with', 'American', 'Express', '.', 'the', 'American', 'Express', 'Company'];
  const labels = Uint8Array.from(['B-MISC', 'I-MISC', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'O', 'O', 'O', 'B-MISC', 'O', 'O', 'O', 'B-MISC', 'O', 'O'].map(labelId));
  tagNationalCompanies(words, labels, [0, 5, 9, 14], gaz);
  assert.deepEqual(labelNames(labels), ['B-ORG', 'I-ORG', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-MISC', 'O', 'O']);
});

test('NER output: a regnal number or "Jr." joins the name before it ("Leopold III", "King Charles III" with "III" ORG); "I" alone does not', async () => {
  const { joinRegnalNumbers } = await import('../src/ner/tagger.js');
  const words = ['Leopold', 'III', 'abdicated', '.', 'Charles', 'III', 'spoke', '.', 'Smith', 'I', 'said', '.', 'Griffey', 'Jr.', 'hit'];
  const labels = Uint8Array.from(['B-PER', 'O', 'O', 'O', 'B-PER', 'B-ORG', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'B-PER', 'O', 'O'].map(labelId));
  joinRegnalNumbers(words, labels, [0, 4, 8, 12]);
  assert.deepEqual(labelNames(labels), ['B-PER', 'I-PER', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O']);
});

test('NER gazetteer: given names and surnames (NAME), except those that name a place', async () => {
  const { buildGazetteerTsv } = await import('../src/ner/gazetteer-build.js');
  const { datasetsDir } = await import('../src/util/datasets.js');
  const lines = new Set(buildGazetteerTsv(datasetsDir()).split('\n'));
  assert.ok(lines.has('NAME\tGloria') && lines.has('NAME\tWinston'));
  assert.ok(!lines.has('NAME\tJordan') && !lines.has('NAME\tVirginia'), 'names of countries and regions are left out');
});

test('NER input: words split at hyphens (UD tokenization) are tagged joined, unless the document keeps hyphenated words or numbers whole', async () => {
  const { joinSplitHyphens } = await import('../src/ner/tagger.js');
  const words = ['at', 'the', 'Udvar', '-', 'Hazy', 'Center', '.', 'al', '-', 'Qaeda', 'and', 'Lashkar', '-', 'e', '-', 'Toiba', 'left', '-', '.', 'e-mail'];
  const j = joinSplitHyphens(words, [0, 7]);
  assert.deepEqual(j?.words, ['at', 'the', 'Udvar-Hazy', 'Center', '.', 'al-Qaeda', 'and', 'Lashkar-e-Toiba', 'left', '-', '.', 'e-mail']);
  assert.deepEqual(j?.sentStarts, [0, 5]);
  assert.deepEqual(j?.from, [0, 1, 2, 5, 6, 7, 10, 11, 16, 17, 18, 19, 20]);
  // CoNLL-style text: a lone "-" is a dash next to "1996-08-30"; and no joining across sentences
  assert.equal(joinSplitHyphens(['SOCCER', '-', 'JAPANESE', 'RESULT', 'TOKYO', '1996-08-30'], [0, 4]), null);
  assert.equal(joinSplitHyphens(['Paris', '-', 'London'], [0, 2]), null);
  // tagged joined, labels back on the pieces: the hyphen and what follows continue the span
  assert.deepEqual(labelNames(tagWords(['Bush', 'met', 'Kim', 'Jung', '-', 'Ryool', '.'], [0])), ['B-PER', 'O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O']);
});

test('NER input: curly quotes and apostrophes are read as CoNLL\'s straight ones ("Thatcher ’s office")', () => {
  const straight = ['Paper', 'says', 'Thatcher', "'s", 'office', 'consulted', 'astrologer', '.'];
  const curly = straight.map((w) => w.replace("'", '’'));
  assert.deepEqual(labelNames(tagWords(straight, [0])), ['O', 'O', 'B-PER', 'O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(labelNames(tagWords(curly, [0])), labelNames(tagWords(straight, [0])));
  assert.deepEqual(labelNames(tagWords(['“', 'Wang', '’s', 'family', 'left', '”', '.'], [0])), labelNames(tagWords(['"', 'Wang', "'s", 'family', 'left', '"', '.'], [0])));
});

test('NER output: lower-case words ending a PER/ORG/LOC span are untagged ("Gallego-Lazo said"); so are a comma or an opening mark; a head in lower case, a lone "s" and a name all in lower case stay', async () => {
  const { trimSpans } = await import('../src/ner/tagger.js');
  const words = ['Gallego-Lazo', 'said', '.', 'the', 'Republican', 'party', 'and', 'McDonald', 's', '.', 'new', 'york', 'NAPM', 'rose'];
  const labels = Uint8Array.from(['B-PER', 'I-PER', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'].map(labelId));
  trimSpans(words, labels, [0, 3, 10]);
  assert.deepEqual(labelNames(labels), ['B-PER', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC', 'I-LOC', 'B-ORG', 'O']);
  // nor in a comma ("Charlotte Charles ,")
  const w2 = ['mother', ',', 'Charlotte', 'Charles', ',', 'said'];
  const l2 = Uint8Array.from(['O', 'O', 'B-PER', 'I-PER', 'I-PER', 'O'].map(labelId));
  trimSpans(w2, l2, [0]);
  assert.deepEqual(labelNames(l2), ['O', 'O', 'B-PER', 'I-PER', 'O', 'O']);
});

test('a surname alone joins the full name with it: hyphenated ("Christopher Gallego-Lazo" … "Gallego-Lazo found"), or after the first name ("Ricardo Rosselló Nevares" … "Rosselló said")', () => {
  const text = 'Christopher Gallego-Lazo, an undergraduate, evaluated the glue. Gallego-Lazo found that the bonds matter.';
  const d = annotate(text);
  const ids = d.mentions.filter((m) => /Gallego-Lazo/.test(m.text)).map((m) => m.entity);
  assert.equal(ids.length, 2, JSON.stringify(d.mentions));
  assert.equal(ids[0], ids[1]);
  // a Spanish name's first surname alone joins the full name
  const r = annotate('Ricardo Rosselló Nevares, the governor, resigned on Wednesday. Rosselló said he would leave in August.');
  const rs = r.mentions.filter((m) => /Rosselló/.test(m.text)).map((m) => m.entity);
  assert.equal(rs.length, 2, JSON.stringify(r.mentions));
  assert.equal(rs[0], rs[1]);
});

test('NER output: a known given name before "Day" is a person, not a holiday ("Doris Day"); a given name that is also a place keeps the holiday ("Victoria Day")', async () => {
  const { retypeGivenNamed } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('NAME\tDoris\nFIRST\tVictoria\nCITY\tVictoria\n');
  const words = ['Doris', 'Day', 'sang', 'on', 'Victoria', 'Day', 'and', 'Christmas', 'Day', '.'];
  const labels = Uint8Array.from(['B-MISC', 'I-MISC', 'O', 'O', 'B-MISC', 'I-MISC', 'O', 'B-MISC', 'I-MISC', 'O'].map(labelId));
  retypeGivenNamed(words, labels, [0], gaz);
  assert.deepEqual(labelNames(labels), ['B-PER', 'I-PER', 'O', 'O', 'B-MISC', 'I-MISC', 'O', 'B-MISC', 'I-MISC', 'O']);
});

test('NER output: a planet named alone is a place ("landed on Mars" MISC/ORG → LOC); longer names and known given names are left', async () => {
  const { retypeCelestial } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('FIRST\tVenus\n');
  const words = ['Mars', 'and', 'Jupiter', ',', 'Mars', 'Science', 'Laboratory', ',', 'Venus', 'won'];
  const labels = Uint8Array.from(['B-ORG', 'O', 'B-MISC', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PER', 'O'].map(labelId));
  retypeCelestial(words, labels, [0], gaz);
  assert.deepEqual(labelNames(labels), ['B-LOC', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PER', 'O']);
});

test('NER output: an untagged acronym of an international body is ORG ("WHO say ..."), not in a sentence written in capitals, nor a company\'s acronym', async () => {
  const { tagKnownAcronyms } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('IGO\tWHO\nORG\tHRW\n');
  const words = ['WHO', 'say', 'HRW', 'wheat', 'fell', '.', 'WHO', 'WILL', 'PAY', '?'];
  const labels = new Uint8Array(words.length);
  tagKnownAcronyms(words, labels, [0, 6], gaz);
  assert.deepEqual(labelNames(labels), ['B-ORG', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O']);
});

test('NER output: initials join a person\'s name ("George W. Bush", "George H. W. Bush"), not when no name word follows', async () => {
  const { joinInitials } = await import('../src/ner/tagger.js');
  const words = ['George', 'W.', 'Bush', 'met', 'George', 'H.', 'W.', 'Bush', 'and', 'Smith', 'J.', 'said'];
  const labels = Uint8Array.from(['B-PER', 'B-LOC', 'I-LOC', 'O', 'B-PER', 'B-LOC', 'B-LOC', 'I-LOC', 'O', 'B-PER', 'O', 'O'].map(labelId));
  joinInitials(words, labels, [0]);
  assert.deepEqual(labelNames(labels), ['B-PER', 'I-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'B-PER', 'O', 'O']);
});

test('NER output: a capitalized facility word left out after a name joins it as a place ("[Castlefrank] Road" → "Castlefrank Road" LOC); lower case does not', async () => {
  const { retypeFacilities } = await import('../src/ner/tagger.js');
  const words = ['found', 'on', 'Castlefrank', 'Road', 'near', 'Ottawa', 'road', 'signs'];
  const labels = Uint8Array.from(['O', 'O', 'B-ORG', 'O', 'O', 'B-LOC', 'O', 'O'].map(labelId));
  retypeFacilities(words, labels, [0]);
  assert.deepEqual(labelNames(labels), ['O', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC', 'O', 'O']);
});

test('NER output: an untagged known given name and a capitalized word after it are a person ("Drew Cass"); not a longer run, nor an ordinary word after the name', async () => {
  const { tagGivenNamed } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('NAME\tDrew\nFIRST\tJohn\n');
  const words = ['Those', 'included', 'Drew', 'Cass', ',', 'John', 'Smith', 'Street', 'and', 'John', 'Said', '.'];
  const labels = new Uint8Array(words.length);
  tagGivenNamed(words, labels, [0], gaz);
  assert.deepEqual(labelNames(labels), ['O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O']);
});

test('NER output: a lone capitalized word before a verb of saying is a person ("Dewar says"); not an ordinary word, its plural, a pronoun, a day, a known place, nor the end of a longer run', async () => {
  const { tagSayers } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('CITY\tOttawa\n');
  const sents = [['Dewar', 'says', 'that'], ['"', 'Yes', ',', '"', 'Baird', 'said', '.'], ['Newspapers', 'said', 'so'], ['Eyewitnesses', 'told', 'us'], ['He', 'said', 'no'], ['on', 'Friday', 'said'], ['Ottawa', 'said', 'no'], ['John', 'Dewar', 'said']];
  const words = sents.flat(), starts: number[] = [];
  for (const s of sents) starts.push(starts.length ? starts[starts.length - 1]! + sents[starts.length - 1]!.length : 0);
  const labels = new Uint8Array(words.length);
  tagSayers(words, labels, starts, gaz);
  const tagged = words.filter((_, i) => labelNames(labels)[i] === 'B-PER');
  assert.deepEqual(tagged, ['Dewar', 'Baird']);
});

test('NER output: a known place written in lower case after "in" before a mark, or before "area", is LOC ("i am in portland ."); not an ordinary word ("in bush hunt"), nor one before a lower-case word', async () => {
  const { tagLowerCasePlaces } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('CITY\tPortland\nCITY\tChicago\nCITY\tBush\nCITY\tGlasgow\n');
  const words = ['i', 'am', 'in', 'portland', '.', 'the', 'chicago', 'area', 'in', 'bush', 'hunt', 'in', 'glasgow', 'style'];
  const labels = new Uint8Array(words.length);
  tagLowerCasePlaces(words, labels, [0], gaz);
  assert.deepEqual(labelNames(labels), ['O', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'O', 'O', 'O', 'O', 'O', 'O', 'O']);
});

test('NER output: a party\'s name before "party" is one ORG span ("the Republican party", MISC before); not a longer name ("Liberal Democratic party"), nor another word', async () => {
  const { tagPartyNames } = await import('../src/ner/tagger.js');
  const words = ['the', 'Republican', 'party', 'and', 'his', 'Liberal', 'Democratic', 'party', 'or', 'Many', 'party', 'members'];
  const labels = Uint8Array.from(['O', 'B-MISC', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'O'].map(labelId));
  tagPartyNames(words, labels, [0]);
  assert.deepEqual(labelNames(labels), ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'O']);
});

test('NER output: letters after a name and a comma are no name ("Mark Tedeschi , QC ," LOC → O); "QC" elsewhere stays', async () => {
  const { untagPostNominals } = await import('../src/ner/tagger.js');
  const words = ['Mark', 'Tedeschi', ',', 'QC', ',', 'said', 'in', 'Montreal', ',', 'QC', '.'];
  const labels = Uint8Array.from(['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'O', 'B-LOC', 'O', 'B-LOC', 'O'].map(labelId));
  untagPostNominals(words, labels, [0]);
  assert.deepEqual(labelNames(labels), ['B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'B-LOC', 'O']);
});

test('NER output: a sentence adverb opening a sentence is no name ("Allegedly ," PER → O); a known name in -ly stays ("Ally")', async () => {
  const { untagAdverbs } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('FIRST\tAlly\n');
  const words = ['Allegedly', ',', 'she', 'left', '.', 'Ally', 'McCoist', 'scored', '.', 'Ally', 'scored', '.'];
  const labels = Uint8Array.from(['B-PER', 'O', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-PER', 'O', 'O'].map(labelId));
  untagAdverbs(words, labels, [0, 5, 9], gaz);
  assert.deepEqual(labelNames(labels), ['O', 'O', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-PER', 'O', 'O']);
});

test('NER output: a state\'s abbreviation after a place and a comma is LOC ("Houston , TX", "Kingston , Ont." ORG → LOC); not after a person, nor in a headline', async () => {
  const { tagRegionAbbreviations } = await import('../src/ner/tagger.js');
  const words = ['Houston', ',', 'TX', '77002', ';', 'Kingston', ',', 'Ont.', ';', 'Bob', ',', 'TX', '.', 'PORTLAND', ',', 'OR', 'ELSE'];
  const labels = Uint8Array.from(['B-LOC', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'B-ORG', 'O', 'B-PER', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'O'].map(labelId));
  tagRegionAbbreviations(words, labels, [0, 13]);
  assert.deepEqual(labelNames(labels), ['B-LOC', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'O', 'B-LOC', 'O', 'B-PER', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'O']);
});

test('NER output: a given name after a greeting is PER ("Hello Louise ,", "Thanks again , Don ." LOC → PER); not a word the gazetteer does not know as a given name, nor one before a word', async () => {
  const { tagGreeted } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('FIRST\tLouise\nFIRST\tDon\nNAME\tRich\n');
  const words = ['Hello', 'Louise', ',', 'thanks', 'again', ',', 'Don', '.', 'Thanks', 'Southland', '.', 'thanks', 'Rich', 'Seth', '.'];
  const labels = Uint8Array.from(['O', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'B-PER', 'O'].map(labelId));
  tagGreeted(words, labels, [0], gaz);
  assert.deepEqual(labelNames(labels), ['O', 'B-PER', 'O', 'O', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'B-PER', 'O']);
});

test('NER output: a span of ordinary words in capitals (lower-words.txt, four letters or more) is untagged ("OPTICAL LENS"); an acronym of three letters stays ("NBA")', async () => {
  const { untagShouted } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('');
  const words = ['a', '5x', 'OPTICAL', 'LENS', 'and', 'NBA', 'games'];
  const labels = Uint8Array.from(['O', 'O', 'O', 'B-ORG', 'O', 'B-ORG', 'O'].map(labelId));
  untagShouted(words, labels, [0], gaz);
  assert.deepEqual(labelNames(labels), ['O', 'O', 'O', 'O', 'O', 'B-ORG', 'O']);
});

test('NER output: a span that is exactly an office of two words or more is no name ("Attorney General" ORG → O); a one-word title stays ("King said")', async () => {
  const { untagTitles } = await import('../src/ner/tagger.js');
  const words = ['Virginia', "'s", 'Attorney', 'General', ',', 'and', 'King', 'said'];
  const labels = Uint8Array.from(['B-LOC', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-PER', 'O'].map(labelId));
  untagTitles(words, labels, [0]);
  assert.deepEqual(labelNames(labels), ['B-LOC', 'O', 'O', 'O', 'O', 'O', 'B-PER', 'O']);
});

test('NER output: a given name typed ORG beside a verb of saying in a quotation is PER (\'" No , " Winston says\'); not without a quotation mark ("told Lloyd \'s"), nor a known place', async () => {
  const { retypeQuotedSpeakers } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('FIRST\tWinston\nFIRST\tLloyd\nFIRST\tPetra\nCITY\tPetra\n');
  const words = ['"', 'No', ',', '"', 'Winston', 'says', '.', 'He', 'told', 'Lloyd', "'s", '.', '"', 'Yes', '"', 'Petra', 'said'];
  const labels = Uint8Array.from(['O', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'O'].map(labelId));
  retypeQuotedSpeakers(words, labels, [0, 7, 12], gaz);
  assert.deepEqual(labelNames(labels), ['O', 'O', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'O']);
});

test('NER output: a signature\'s next line run into a name is cut off ("Sara Shackleton Enron Wholesale Services": PER + ORG; "John Staikos Direct Dial": PER + O); a long name of names stays ("Jose Antonio Ortega Lara")', async () => {
  const { splitSignatures } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('FIRST\tSara\nFIRST\tJohn\nFIRST\tJose\nNAME\tAntonio\n');
  const words = ['Sara', 'Shackleton', 'Enron', 'Wholesale', 'Services', 'John', 'Staikos', 'Direct', 'Dial', 'Jose', 'Antonio', 'Ortega', 'Lara'];
  const labels = Uint8Array.from(['B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'B-PER', 'I-PER', 'I-PER', 'I-PER'].map(labelId));
  splitSignatures(words, labels, [0, 5, 9], gaz);
  assert.deepEqual(labelNames(labels), ['B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'I-ORG', 'B-PER', 'I-PER', 'O', 'O', 'B-PER', 'I-PER', 'I-PER', 'I-PER']);
});

test('NER output: a possessive that owns nothing joins an ORG/LOC name ("a bid for Boatmen \'s .", "Hackney \'s has", "Hancock s is"); not after a person, a known place, nor before a noun or a bracket', async () => {
  const { joinPossessiveNames } = await import('../src/ner/tagger.js');
  const gaz = Gazetteer.fromTsv('COUNTRY\tBritain\n');
  const words = ['a', 'bid', 'for', 'Boatmen', "'s", '.', 'Hackney', "'s", 'has', 'Enron', "'s", 'gas', 'Crohn', "'s", 'is', 'Britain', "'s", ')', 'Hancock', 's', 'is', 'Britain', "'s", '.'];
  const labels = Uint8Array.from(['O', 'O', 'O', 'B-ORG', 'O', 'O', 'B-ORG', 'O', 'O', 'B-ORG', 'O', 'O', 'B-PER', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'O', 'O'].map(labelId));
  joinPossessiveNames(words, labels, [0, 6, 9, 12, 15, 18, 21], gaz);
  assert.deepEqual(labelNames(labels), ['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG', 'O', 'B-ORG', 'O', 'O', 'B-PER', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC', 'O', 'O']);
});

test('NER output: an owner\'s possessive splits a span before an organization or facility name ("Smithsonian \'s National Air and Space Museum"); "Children \'s Hospital" stays whole', async () => {
  const { splitPossessives } = await import('../src/ner/tagger.js');
  const words = ['the', 'Smithsonian', "'s", 'National', 'Air', 'and', 'Space', 'Museum', 'and', 'St.', 'Christopher', 'Children', "'s", 'Hospital', 'Board'];
  const labels = Uint8Array.from(['O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC'].map(labelId));
  splitPossessives(words, labels, [0]);
  assert.deepEqual(labelNames(labels), ['O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC']);
});

test('NER output: a body\'s head runs on through "on" and its capitalized complement ("Commission on Presidential Debates" ORG + O → ORG); not into a day ("Security Council on Friday") nor over a person with a given name; over a misread person span it does ("Commission on International [Religious Freedom]")', async () => {
  const { joinOrgComplements } = await import('../src/ner/tagger.js');
  const words = ['the', 'Commission', 'on', 'Presidential', 'Debates', ',', 'the', 'Security', 'Council', 'on', 'Friday', '.', 'the', 'Council', 'on', 'Islamic', 'Relations', 'Alia', 'Salem', 'said', '.', 'the', 'Commission', 'on', 'International', 'Religious', 'Freedom', 'said'];
  const labels = Uint8Array.from(['O', 'B-ORG', 'O', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'B-PER', 'I-PER', 'O'].map(labelId));
  joinOrgComplements(words, labels, [0, 12, 21], loadModel().gazetteer);
  assert.deepEqual(labelNames(labels), ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
});

test('NER output: a MISC span headed by an organization\'s word is ORG ("Australian Centre for Control of Iodine Deficiency Disorders"); a sports division stays MISC ("National League Central Division")', async () => {
  const { retypeMiscOrgHeads } = await import('../src/ner/tagger.js');
  const words = ['the', 'Australian', 'Centre', 'for', 'Control', 'of', 'Iodine', 'Deficiency', 'Disorders', 'and', 'the', 'National', 'League', 'Central', 'Division'];
  const labels = Uint8Array.from(['O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC'].map(labelId));
  retypeMiscOrgHeads(words, labels, [0]);
  assert.deepEqual(labelNames(labels), ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC']);
});

test('NER output: "Services" and "Military" head organizations ("North American Equity Services" LOC + PER → ORG, "the US Military" LOC + O → ORG)', async () => {
  const { retypeOrgHeads } = await import('../src/ner/tagger.js');
  const words = ['the', 'firm', 'North', 'American', 'Equity', 'Services', 'and', 'the', 'US', 'Military', '.'];
  const labels = Uint8Array.from(['O', 'O', 'B-LOC', 'B-PER', 'I-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'O'].map(labelId));
  retypeOrgHeads(words, labels, [0]);
  assert.deepEqual(labelNames(labels), ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'O']);
});

test('NER output: a newspaper\'s name is ORG with its article ("The Sunday Telegraph", "Edmonton Sun" PER → ORG)', async () => {
  const { retypeOrgHeads } = await import('../src/ner/tagger.js');
  const words = ['The', 'Sunday', 'Telegraph', 'quoted', 'the', 'Edmonton', 'Sun', '.'];
  const labels = Uint8Array.from(['O', 'O', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O'].map(labelId));
  retypeOrgHeads(words, labels, [0]);
  assert.deepEqual(labelNames(labels), ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'O']);
});

test('NER output: a possessive after a name of two words or more is left out before what it owns ("Agriculture Department \'s Drazek"), kept before a function word ("Del Frisco \'s in")', async () => {
  const { trimSpans } = await import('../src/ner/tagger.js');
  const words = ['the', 'Agriculture', 'Department', "'s", 'Drazek', 'said', ',', 'going', 'to', 'Del', 'Frisco', "'s", 'in', 'May'];
  const labels = Uint8Array.from(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'O'].map(labelId));
  trimSpans(words, labels, [0]);
  assert.deepEqual(labelNames(labels), ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'O']);
});

test('NER output: an ORG span running through a title into a name is split ("[Boxing Association] President [Ramon Manzanares]"); "Commission and Justice Department" stays', async () => {
  const { splitTitles } = await import('../src/ner/tagger.js');
  const words = ['Boxing', 'Association', 'President', 'Ramon', 'Manzanares', 'said', '.', 'Trade', 'Commission', 'and', 'Justice', 'Department'];
  const labels = Uint8Array.from(['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG'].map(labelId));
  splitTitles(words, labels, [0, 7]);
  assert.deepEqual(labelNames(labels), ['B-ORG', 'I-ORG', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
});

test('a lone first name joins the one full name of the document that starts with it, not one of two', () => {
  const doc = annotate('Andriy Yermak met Jake Sullivan in Kyiv. "Thank you, Andriy," Sullivan said.');
  assert.equal(entityNamed(doc, 'Andriy Yermak')?.mentions.length, 2);
  const two = annotate('Joe Biden and Joe Manchin met on Monday. Later Joe said no.');
  assert.equal(entityNamed(two, 'Joe Biden')?.mentions.length, 1);
  assert.equal(entityNamed(two, 'Joe Manchin')?.mentions.length, 1);
});

test('a possessive the tagger runs into a name is left out, and the two pieces of a known place join ("Puerto" + "Rico\'s")', () => {
  const doc = annotate('Rosselló began serving as Puerto Rico\'s eleventh governor in 2017. Puerto Rico is a U.S. territory.', '2019-07-28');
  assert.ok(!doc.mentions.some((m) => /['’]s$/.test(m.text)), doc.mentions.map((m) => m.text).join(', '));
  assert.equal(entityNamed(doc, 'Puerto Rico')?.kbId, 'sitrep:country/PR');
});

test('a constitution, an amendment or a clause is no place ("the United States Constitution" is MISC, not a LOC in the places layer)', () => {
  const doc = annotate('The judge ruled the draft violated the Due Process Clause of the United States Constitution.', '2019-02-25');
  const types = new Map(doc.mentions.map((m) => [m.text, m.type]));
  assert.equal(types.get('United States Constitution'), 'MISC', [...types].join(', '));
  assert.equal(types.get('Due Process Clause'), 'MISC');
});

test('a title alone is no name, and a surname titled with an office its KB namesake never held is not linked to them', () => {
  const doc = annotate('Professor Carl Lipo said so. The Professor added more. Senator Smith agreed. Former Chancellor Merkel spoke.', '2019-09-25');
  assert.ok(!doc.mentions.some((m) => m.text === 'Professor'), doc.mentions.map((m) => m.text).join(', '));
  assert.equal(entityNamed(doc, 'Smith')?.kbId ?? null, null);
  assert.equal(entityNamed(doc, 'Merkel')?.kbId, 'sitrep:person/angela-merkel');
});

test('a party follower\'s word before a person\'s name, tagged as one span, is split off ("Republican Kevin McCarthy")', () => {
  const doc = annotate('Republican Kevin McCarthy said no.', '2019-01-03');
  const types = doc.mentions.map((m) => `${m.text}/${m.type}`);
  assert.ok(types.includes('Kevin McCarthy/PER'), types.join(', '));
  assert.ok(!types.some((t) => t.startsWith('Republican Kevin')), types.join(', '));
  // an organization's name is left whole
  assert.ok(annotate('The Republican National Committee met.', '2019-01-03').mentions.some((m) => m.text === 'Republican National Committee'));
});

test('NER output: a place\'s name ends before the title of the person it describes ("[Virginia] Governor(s)", "[Ottawa] MP"); "Beachy Head" stays whole', async () => {
  const { untagPlaceTitles } = await import('../src/ner/tagger.js');
  const words = ['previous', 'Virginia', 'Governor(s)', ',', 'Ottawa', 'MP', ',', 'Beachy', 'Head', ',', 'Governor'];
  const labels = Uint8Array.from(['O', 'B-LOC', 'I-LOC', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC'].map(labelId));
  untagPlaceTitles(words, labels, [0]);
  assert.deepEqual(labelNames(labels), ['O', 'B-LOC', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC']);
});

test('an acronym may leave out the words that open the name ("U.S. International Development Finance Corporation" ↔ "DFC")', () => {
  const doc = annotate('The U.S. International Development Finance Corporation (DFC) will work with Ukraine. DFC said so.', '2025-05-01');
  assert.equal(entityNamed(doc, 'DFC')?.name, 'U.S. International Development Finance Corporation');
});

test('a title and a surname typed otherwise is that person ("General Austin"); "our Allies" names no person', () => {
  const doc = annotate('Defense Secretary Lloyd Austin spoke. As General Austin will tell you, our Allies agreed.', '2023-01-25');
  assert.equal(entityNamed(doc, 'Austin')?.kbId, 'sitrep:person/lloyd-austin', doc.mentions.map((m) => `${m.text}/${m.type}`).join(', '));
  assert.ok(!doc.mentions.some((m) => m.text === 'Allies'));
});

test('an entity named over a line break has its name on one line', () => {
  const doc = annotate('The Coalition for\n    Epidemic Preparedness Innovations met in Fiji.', '2022-09-01');
  const e = doc.entities.find((x) => x.name.startsWith('Coalition'));
  assert.equal(e?.name, 'Coalition for Epidemic Preparedness Innovations');
  assert.ok(doc.entities.every((x) => !/\s{2}|\n/.test(x.name) && x.aliases.every((a) => !/\n/.test(a))));
});

test('NER output: a known place, a party and a title in one span keep the place only ("an [Ottawa] New Democrat MP", "Former [South Carolina] Gov ."); not "Hun Sen" (a given name), nor "Ottawa Police Chief" (no party)', async () => {
  const { untagPlaceTitles } = await import('../src/ner/tagger.js');
  const gaz = new Gazetteer();
  gaz.add('CITY', 'Ottawa'); gaz.add('LOC', 'South Carolina'); gaz.add('LOC', 'Carolina'); gaz.add('CITY', 'Hun'); gaz.add('FIRST', 'Hun');
  const words = ['an', 'Ottawa', 'New', 'Democrat', 'MP', ',', 'Former', 'South', 'Carolina', 'Gov', '.', 'Hun', 'Sen', 'and', 'the', 'Ottawa', 'Police', 'Chief', 'Smith', 'MP'];
  const labels = Uint8Array.from(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-LOC', 'B-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-PER', 'I-PER'].map(labelId));
  untagPlaceTitles(words, labels, [0, 6], gaz);
  assert.deepEqual(labelNames(labels), ['O', 'B-LOC', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-PER', 'I-PER']);
});

test('NER output: a LOC span running from a known place through a title into a name is split ("[Seoul] Mayor [Oh Se-hoon]"); "Prince Edward Island" stays whole', async () => {
  const { splitTitles } = await import('../src/ner/tagger.js');
  const gaz = new Gazetteer();
  gaz.add('CITY', 'Seoul');
  const words = ['Seoul', 'Mayor', 'Oh', 'Se-hoon', 'said', '.', 'Prince', 'Edward', 'Island', 'voted', '.'];
  const labels = Uint8Array.from(['B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'O'].map(labelId));
  splitTitles(words, labels, [0, 6], gaz);
  assert.deepEqual(labelNames(labels), ['B-LOC', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'O']);
});

test('NER output: a known person\'s surname typed MISC after the untagged given name is the person ("the United States Joe [Biden]" → "Joe Biden"); not a name the gazetteer does not know whole, nor after a given name that is a place', async () => {
  const { retypeGivenNamed } = await import('../src/ner/tagger.js');
  const gaz = new Gazetteer();
  gaz.add('FIRST', 'Joe'); gaz.add('PER', 'Joe Biden'); gaz.add('FIRST', 'Al'); gaz.add('FIRST', 'Victoria'); gaz.add('CITY', 'Victoria'); gaz.add('PER', 'Victoria Beckham');
  const words = ['the', 'United', 'States', 'Joe', 'Biden', 'won', ',', 'Al', 'Jazeera', 'said', ',', 'Victoria', 'Beckham'];
  const labels = Uint8Array.from(['O', 'B-LOC', 'I-LOC', 'O', 'B-MISC', 'O', 'O', 'O', 'B-MISC', 'O', 'O', 'O', 'B-MISC'].map(labelId));
  retypeGivenNamed(words, labels, [0], gaz);
  assert.deepEqual(labelNames(labels), ['O', 'B-LOC', 'I-LOC', 'B-PER', 'I-PER', 'O', 'O', 'O', 'B-MISC', 'O', 'O', 'O', 'B-MISC']);
});

test('no name runs from one column of a plain-text table into the next, nor down a column of known names; a name wrapped over a line stays whole', () => {
  const doc = annotate('The signatories are:\n\nBelgium                  Lithuania\nCanada                   Luxembourg\nDenmark                  Norway\n\nThe European\nUnion agreed.', '2023-07-12');
  const texts = doc.mentions.map((m) => m.text.replace(/\s+/g, ' '));
  for (const c of ['Belgium', 'Lithuania', 'Canada', 'Denmark', 'Norway', 'European Union']) assert.ok(texts.includes(c), `${c} in ${texts.join(', ')}`);
});

test('a title of two words or more, the end of one, or its abbreviation is no name ("Surgeon General", "Governor [General]", "MPs"); the role is the whole title, without the comma after its country', () => {
  const doc = annotate('The Surgeon General issued a warning. Julie Payette, the Governor General of Canada, dissolved the Parliament. Governor General David Johnston spoke to 8 independent MPs and a CEO. General Motors said it would cut jobs.', '2019-10-23');
  const names = doc.mentions.map((m) => m.text);
  for (const t of ['Surgeon General', 'General', 'MPs', 'CEO']) assert.ok(!names.includes(t), names.join(', '));
  assert.ok(names.includes('General Motors') && names.includes('David Johnston'), names.join(', '));
  assert.deepEqual(entityNamed(doc, 'Julie Payette')?.roles.map((r) => [r.title, r.office, r.country]), [['Governor General of Canada', 'governor-general', 'CA']]);
  assert.deepEqual(entityNamed(doc, 'David Johnston')?.roles.map((r) => r.title), ['Governor General']);
});

test('an organization named "… of <country>" has that country ("People\'s Party of Canada"); not "University of Texas"', () => {
  const doc = annotate("An MP of the People's Party of Canada met a professor of the University of Texas.", '2019-10-23');
  assert.equal(entityNamed(doc, "People's Party of Canada")?.country, 'CA');
  assert.equal(entityNamed(doc, 'University of Texas')?.country ?? null, null);
  assert.equal(entityNamed(annotate('She studied at the University of Georgia.'), 'University of Georgia')?.country ?? null, null);
});

test('a body many countries have, named without its country, is the document\'s country\'s when the KB\'s is never named ("House of Commons" in Canada)', () => {
  const ca = annotate('Canada held an election on Monday. Justin Trudeau, the Canadian Prime Minister, lost his majority in the House of Commons. Canada has 338 ridings; Canadian voters chose.', '2019-10-23');
  const e = entityNamed(ca, 'House of Commons');
  assert.equal(e?.kbId, 'sitrep:org/ca-parliament');
  assert.equal(e?.country, 'CA');
  assert.ok(e?.inferred.some((i) => i.rule === 'body-of-document-country'));
  // the KB's own country named, or no country dominant: the KB's choice stands
  const gb = annotate('Keir Starmer spoke in the House of Commons. Canada and France were mentioned, and Canada again.', '2024-11-25');
  assert.equal(entityNamed(gb, 'House of Commons')?.kbId, 'sitrep:org/gb-parliament');
  assert.equal(entityNamed(annotate('The House of Commons voted on Monday.'), 'House of Commons')?.kbId, 'sitrep:org/gb-parliament');
});

test('a title word that only modifies the title after it is no role ("the general manager", "the head chef"); "Director General" is one title', () => {
  const doc = annotate('Andrea Zamperoni, the head chef of Cipriani Dolci, died. Fernando Dallorso, the general manager of Cipriani Dolci, said so. Jean-Jacques Muyembe, Director General of the institute, agreed. Keir Starmer, the prime minister, spoke.', '2019-08-24');
  assert.deepEqual(entityNamed(doc, 'Andrea Zamperoni')?.roles, []);
  assert.deepEqual(entityNamed(doc, 'Fernando Dallorso')?.roles, []);
  assert.deepEqual(entityNamed(doc, 'Jean-Jacques Muyembe')?.roles.map((r) => r.title), ['Director General']);
  assert.ok(entityNamed(doc, 'Keir Starmer')?.roles.some((r) => r.title === 'prime minister'));
});

test('a person\'s title that opens a span of another type is left out of the name, which is the person\'s ("MP Penny Sharpe", "Senator Amy Klobuchar"); a known given name runs on into the untagged word after it ("Alex Greenwich")', () => {
  const doc = annotate('MP Penny Sharpe, who co-sponsored the bill, said it was fine. The bill was drafted by Alex Greenwich who said on the floor that it passed.', '2019-09-26');
  const types = doc.mentions.map((m) => `${m.text}/${m.type}`);
  assert.ok(types.includes('Penny Sharpe/PER') && types.includes('Alex Greenwich/PER'), types.join(', '));
  assert.deepEqual(entityNamed(doc, 'Penny Sharpe')?.roles.map((r) => r.title), ['MP']);
  const us = annotate('Democratic presidential candidates Senator Amy Klobuchar and Senator Elizabeth Warren spoke.', '2019-07-31');
  assert.ok(us.mentions.some((m) => m.text === 'Amy Klobuchar' && m.type === 'PER'), us.mentions.map((m) => `${m.text}/${m.type}`).join(', '));
});

test('a span of words no name is ("et cetera", "No. No.") is no mention; "the Admiral" alone is a title', () => {
  const doc = annotate('His presidency fails, et cetera, which is fine. I ache for him. No.  No.  (Laughter.)  But the Admiral is going to stick here. Admiral Kirby agreed.', '2023-10-18');
  const names = doc.mentions.map((m) => m.text);
  for (const t of ['et cetera', 'No.  No.', 'Admiral']) assert.ok(!names.includes(t), names.join(', '));
  assert.deepEqual(entityNamed(doc, 'Kirby')?.roles.map((r) => r.title), ['Admiral']);
});

test('a surname named alone in the text takes the full name the document\'s title gives ("MR. KIRBY" → John Kirby); not a title word before it ("President Biden")', () => {
  const meta = { id: '0123456789abcdef', textHash: '0123456789abcdef', source: null, path: null, record: null, url: null, title: 'Press Gaggle by President Biden and NSC Coordinator John Kirby', published: '2023-10-18', publishedFrom: 'dateline' as const, language: 'en', languageDetected: null, format: 'text' as const, encoding: null, warnings: [] };
  const doc = applyStage(applyStage(emptyDocument(meta, 'MR. KIRBY:  Yes, that is right.\n\nQ    And the trucks?\n\nMR. KIRBY:  Twenty trucks, Biden said.'), structureStage), entitiesStage);
  const kirby = entityNamed(doc, 'KIRBY');
  assert.equal(kirby?.name, 'John Kirby', JSON.stringify(doc.entities));
  assert.ok(kirby?.inferred.some((i) => i.rule === 'full-name-in-title'));
  assert.notEqual(entityNamed(doc, 'Biden')?.name, 'President Biden');
});

test('a surname typed an organization where the text names the person in full is the person, linked by the full name ("Bloomberg" … "Michael Bloomberg"); not after "according to", nor a people ("Catholic")', () => {
  const doc = annotate('Bloomberg, Warren end US presidential campaigns. Later Michael Bloomberg said so. Bloomberg won American Samoa. According to Bloomberg, he won. Roman Catholic priests met the Catholic bishops.', '2020-03-05');
  const person = entityNamed(doc, 'Michael Bloomberg');
  assert.equal(person?.type, 'PER');
  assert.equal(person?.kbId ?? null, null);
  assert.equal(entityNamed(doc, 'Bloomberg')?.id, person?.id, doc.mentions.map((m) => `${m.text}/${m.type}/${m.entity}`).join(', '));
  const source = doc.mentions.find((m) => m.text === 'Bloomberg' && doc.text.slice(m.start - 13, m.start) === 'According to ');
  assert.notEqual(source?.entity, person?.id);
  assert.ok(!doc.mentions.some((m) => m.text === 'Catholic' && m.type === 'PER'));
  // a person's group is linked by its full name ("Boris Johnson"), not the surname alone
  const uk = annotate('Johnson said no. Boris Johnson, the Prime Minister, spoke later.', '2019-09-04');
  assert.equal(entityNamed(uk, 'Johnson')?.kbId, 'sitrep:person/boris-johnson');
});

test('a holder of an office held only at home (senator, governor, mayor) with no country otherwise takes the document\'s country, when one dominates; a foreign minister does not', () => {
  const doc = annotate('On Tuesday, the United States held primaries in Texas, California, Virginia and Minnesota. Senator Amy Klobuchar of Minnesota ended her campaign. Foreign Minister Zhang Wei watched from afar.', '2020-03-05');
  const amy = entityNamed(doc, 'Amy Klobuchar');
  assert.equal(amy?.country, 'US');
  assert.ok(amy?.inferred.some((i) => i.rule === 'domestic-office-in-document-country'));
  assert.equal(entityNamed(doc, 'Zhang Wei')?.country ?? null, null);
});

test('a name the knowledge base knows only as an organization, no person\'s name, is the organization where the tagger typed a person ("Roscosmos announced"); space agencies are in the knowledge base', () => {
  const doc = annotate('Roscosmos announced the death of cosmonaut Alexei Leonov. NASA also credited Leonov.', '2019-10-11');
  const r = entityNamed(doc, 'Roscosmos');
  assert.equal(r?.type, 'ORG');
  assert.equal(r?.kbId, 'sitrep:org/roscosmos');
  assert.equal(doc.mentions.find((m) => m.text === 'Roscosmos')?.type, 'ORG');
  assert.equal(entityNamed(doc, 'NASA')?.country, 'US');
});

test('a part of an office title written out around it is no mention ("[Chief] of Staff", "Secretary of [State]")', () => {
  const doc = annotate('He served as Chief of Staff to the Secretary. Smith, the Chief of Staff, said so. Secretary of State Antony Blinken met them.', '2022-06-22');
  const names = doc.mentions.map((m) => m.text);
  for (const n of ['Chief', 'Staff', 'State', 'Chief of Staff']) assert.ok(!names.includes(n), `${n} in ${names.join(', ')}`);
  assert.ok(names.includes('Antony Blinken'));
});

test('two tagged pieces with capitalized words between them that together name a KB entity are one mention ("Ukrainian" NORP + "General" + "Staff" PER: the "Ukrainian General Staff")', () => {
  const doc = annotate('According to the Ukrainian General Staff, Russia lost 1,200 soldiers in the past day.');
  assert.deepEqual(doc.mentions.map((m) => [m.text, m.type]), [['Ukrainian General Staff', 'ORG'], ['Russia', 'GPE']]);
});

test('a mention extends to the left over capitalized words and name particles that complete a KB person\'s name ("the European Commission Ursula von der Leyen": "Leyen" alone, MISC), not over a word the KB key drops ("The Obama administration")', () => {
  const doc = annotate('The head of the European Commission Ursula von der Leyen said the EU would act. The Obama administration disagreed.');
  const names = doc.mentions.map((m) => [m.text, m.type]);
  assert.ok(names.some(([t, ty]) => t === 'Ursula von der Leyen' && ty === 'PER'), JSON.stringify(names));
  assert.ok(!names.some(([t]) => t === 'The Obama'), JSON.stringify(names));
});
