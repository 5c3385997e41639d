import { test } from 'node:test';
import assert from 'node:assert/strict';
import { structure, paragraphsOf } from '../src/stages/structure/index.js';

test('headlines stay sentences of their own; paragraphs never merge', () => {
  const text = 'Troops on the move\n\nThe army moved north on Monday. It met no resistance.\n\nWhat comes next';
  const s = structure(text);
  assert.deepEqual(s.sentences.map((x) => x.text), ['Troops on the move', 'The army moved north on Monday.', 'It met no resistance.', 'What comes next']);
  assert.deepEqual(paragraphsOf(text).map((p) => p.headline), [true, false, true]);
});

test('names with extended Latin letters stay whole words, written as they are ("Erdoğan", "Błaszczak", "Nguyễn")', () => {
  const text = 'President Erdoğan met Minister Błaszczak and Ševčovič in Łódź; Nguyễn Phú Trọng said so.';
  const s = structure(text);
  const words = s.tokens.map((t) => t.text);
  for (const w of ['Erdoğan', 'Błaszczak', 'Ševčovič', 'Łódź', 'Nguyễn', 'Trọng']) assert.ok(words.includes(w), `${w} in ${words.join(' ')}`);
  for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(s.tokens.find((t) => t.text === 'Erdoğan')?.pos, 'PROPN');
});

test('a lower-case start continues the sentence (abbreviations, domains)', () => {
  const s = structure('She started her M.Sc. studies in Leiden. He runs Example.com and more.');
  assert.equal(s.sentences.length, 2);
  assert.match(s.sentences[0]!.text, /studies in Leiden\.$/);
});

test('degrees and other dotted abbreviations are one token and no sentence end ("Ph.D.", "Ph.D", "B.Sc.")', () => {
  const text = 'Daniel Paluh, a Ph.D. candidate, said so. She has a Ph.D from MIT and a B.Sc. in physics. It was done.It was late.';
  const s = structure(text);
  assert.deepEqual(s.sentences.map((x) => x.text), [
    'Daniel Paluh, a Ph.D. candidate, said so.', 'She has a Ph.D from MIT and a B.Sc. in physics.', 'It was done.', 'It was late.',
  ]);
  const words = s.tokens.map((t) => t.text);
  for (const w of ['Ph.D.', 'Ph.D', 'B.Sc.']) assert.ok(words.includes(w), `${w} in ${words.join(' ')}`);
  for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
});

test('a sentence can end at an initialism ("6 a.m. Thailand planned", "the U.S. The …"), not inside a name ("a.m. Central European Time", "U.S. Congress")', () => {
  const text = 'The curfew ran between 3 p.m. and 6 a.m. Thailand planned a curfew too. It starts at 10 a.m. Central European Time on Friday. The U.S. Congress voted. It was made in the U.S. The company said so.';
  assert.deepEqual(structure(text).sentences.map((x) => x.text), [
    'The curfew ran between 3 p.m. and 6 a.m.', 'Thailand planned a curfew too.', 'It starts at 10 a.m. Central European Time on Friday.',
    'The U.S. Congress voted.', 'It was made in the U.S.', 'The company said so.',
  ]);
});

test('a line break after an initialism ends the sentence, even before a name ("… into the U.S.⏎Chris Christie added …")', () => {
  const text = 'Cruz wanted to stop traffickers from crossing into the U.S.\nChris Christie added that he would act alone.';
  assert.deepEqual(structure(text).sentences.map((x) => x.text), ['Cruz wanted to stop traffickers from crossing into the U.S.', 'Chris Christie added that he would act alone.']);
});

test('a title-case line before a long capitalized one is a headline paragraph of its own; a hard-wrapped line of names is not', () => {
  const body = 'Marco Rubio defended himself on Saturday for bailing on his own immigration bill, which passed the Senate in 2013.';
  const text = `Marco Rubio Defends His Immigration Bill\n${body}\nHe spoke for an hour.\n\nThe talks went on as Prime Minister Keir\nStarmer met President Emmanuel Macron, Chancellor Olaf Scholz\nAnd Others Of The Group Of Seven\nToday.\n\nThe Coalition for Epidemic\nPreparedness Innovations met in Fiji.\n\nThe Coalition for\n${body}`;
  const paras = paragraphsOf(text);
  assert.deepEqual(paras.map((p) => [p.text.split('\n')[0], p.headline]), [
    ['Marco Rubio Defends His Immigration Bill', true],
    [body, false],
    // a hard-wrapped line of names, one wrapped inside a name (the next line is short), one that ends on "for"
    ['The talks went on as Prime Minister Keir', false],
    ['The Coalition for Epidemic', false],
    ['The Coalition for', false],
  ]);
  assert.deepEqual(structure(text).sentences.slice(0, 2).map((x) => x.text), ['Marco Rubio Defends His Immigration Bill', body]);
});

test('a very long run without spaces is one token and its offsets hold', () => {
  const junk = 'ab1-'.repeat(10_000);
  const text = `The file said ${junk} and nothing else. Then it ended.`;
  const s = structure(text);
  const long = s.tokens.filter((t) => t.text.length > 1000);
  assert.equal(long.length, 1);
  assert.equal(long[0]!.text, junk);
  for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(s.sentences.length, 2);
});

test('tokens never depend on the text read before (wink-nlp learns words it has seen)', () => {
  const words = (text: string) => structure(text).tokens.map((t) => t.text);
  const text = 'Fans came from across U.S.. It was a good day.';
  const fresh = words(text);
  assert.deepEqual(fresh.slice(0, 6), ['Fans', 'came', 'from', 'across', 'U.S.', '.']);
  // another document with the word "U.S" (no final dot), and an earlier paragraph of the same one
  structure('A U.S billionaire flew.');
  assert.deepEqual(words(text), fresh);
  assert.deepEqual(words(`A U.S billionaire flew.\n\n${text}`).slice(-fresh.length), fresh);
  // and within a paragraph, an initialism keeps its final dot
  assert.deepEqual(words('A U.S billionaire flew, not on U.S. shuttles but across U.S.. Then'),
    ['A', 'U.S', 'billionaire', 'flew', ',', 'not', 'on', 'U.S.', 'shuttles', 'but', 'across', 'U.S.', '.', 'Then']);
});

test('no sentence break inside an initialism or before closing marks; a missing space after a word still breaks', () => {
  const sentences = (text: string) => structure(text).sentences.map((s) => s.text);
  assert.deepEqual(sentences('“It is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus. Others agreed.'),
    ['“It is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus.', 'Others agreed.']);
  assert.deepEqual(sentences('Rep. Trey Gowdy (R-S.C) sent a letter. Comey replied.'), ['Rep. Trey Gowdy (R-S.C) sent a letter.', 'Comey replied.']);
  assert.equal(sentences('Borders must not be redrawn by force.Russia violated this rule.').length, 2);
  assert.equal(sentences('He met officials in Washington, D.C. They agreed.').length, 2);
});

test('"I\'m" and "Here\'s", which wink-nlp leaves whole, split like their kin ("I\'ll" → "I" + "\'ll")', () => {
  const toks = (text: string) => structure(text).tokens.map((t) => `${t.text}/${t.pos}`);
  assert.deepEqual(toks('I’m Siobhán O’Grady.').slice(0, 3), ['I/PRON', '’m/AUX', 'Siobhán/PROPN']);
  assert.deepEqual(toks("Here's the thing. I'M sure.").slice(0, 2), ['Here/ADV', "'s/AUX"]);
  assert.deepEqual(toks("I'M sure.").slice(0, 2), ['I/PRON', "'M/AUX"]);
  assert.deepEqual(toks('I’ll go.').slice(0, 2), ['I/PRON', '’ll/AUX']);
  // names with an apostrophe stay whole
  assert.deepEqual(toks("O'Neill and D'Angelo met.").slice(0, 3), ["O'Neill/PROPN", 'and/CCONJ', "D'Angelo/PROPN"]);
  for (const t of structure('So I’m here, and here’s why.').tokens) assert.ok(t.end > t.start);
});

test('a single capital letter and its stop after a lower-case word end a sentence before a capitalized closed-class word or a quote ("wrote on X. The ministry …", "on X. “We …”"); a middle initial does not ("George W. Bush"), nor a line break inside a name ("the K.⏎Harrison Brown")', () => {
  const sentences = (text: string) => structure(text).sentences.map((s) => s.text);
  assert.deepEqual(sentences('Zelensky wrote on X. The ministry said it was false.'), ['Zelensky wrote on X.', 'The ministry said it was false.']);
  assert.deepEqual(sentences('Zelensky wrote on X. “We need more pressure.”'), ['Zelensky wrote on X.', '“We need more pressure.”']);
  assert.deepEqual(sentences('He met George W. Bush on Monday.'), ['He met George W. Bush on Monday.']);
  assert.deepEqual(sentences('He holds the K.\nHarrison Brown Family Chair.'), ['He holds the K.\nHarrison Brown Family Chair.']);
});
