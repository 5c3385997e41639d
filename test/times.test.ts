import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { emptyDocument, type Document, type Timex } from '../src/document.js';
import { applyStage } from '../src/pipeline.js';
import { structureStage } from '../src/stages/structure/index.js';
import { timesStage } from '../src/stages/times/index.js';
import { insertTimex3, readTimeML } from '../src/stages/times/timeml.js';
import { tagTimeML } from '../src/cli/commands/timeml.js';
import { isoWeek } from '../src/stages/times/calendar.js';
import { readBytes } from '../src/ingest/index.js';
import { toDocument } from '../src/ingest/build.js';
import { execFileSync } from 'node:child_process';
import { projectRoot } from '../src/util/datasets.js';
import { alignTimexes, scoreDoc, type TimesScore } from '../eval/times.js';

function doc(text: string, published: string | null): Document {
  const base = emptyDocument({
    id: '0123456789abcdef', textHash: '0123456789abcdef', source: null, path: null, record: null, url: null, title: null,
    published, publishedFrom: published ? 'dateline' : 'unknown', language: 'en', languageDetected: null, format: 'text', encoding: 'utf-8', warnings: [],
  } as Document['meta'], text);
  return applyStage(applyStage(base, structureStage), timesStage);
}
const times = (text: string, dct: string | null = '2024-11-25') => doc(text, dct).times;
const find = (ts: Timex[], text: string) => {
  const t = ts.find((x) => x.text === text);
  assert.ok(t, `no timex "${text}" in ${JSON.stringify(ts.map((x) => x.text))}`);
  return t!;
};
/** Each text's timex has the value given. */
const assertValues = (ts: Timex[], want: Record<string, string>) => {
  for (const [text, value] of Object.entries(want)) assert.equal(find(ts, text).value, value, text);
};
function assertSpans(d: Document) {
  for (const t of d.times) assert.equal(d.text.slice(t.start, t.end), t.text, `timex ${t.id} offsets`);
}

test('seed article: the bars', () => {
  const raw = readFileSync('/work/shared/seed/000_554aa86091631b34.txt', 'utf8');
  const body = raw.replace(/^\s*date \S+\s*/, '');
  const d = doc(body, '2024-11-25');
  assertSpans(d);
  assert.equal(find(d.times, 'November 11').value, '2024-11-11');
  assert.equal(find(d.times, 'November 23').value, '2024-11-23');
  const few = find(d.times, 'a few months ago');
  assert.equal(few.mod, 'APPROX');
  assert.match(few.value, /^2024-(08|09)$/);
  assert.ok(few.inferred.some((i) => i.rule === 'vague-quantity-guess'));
  const recent = find(d.times, 'recent weeks');
  assert.equal(recent.value, 'PAST_REF');
  assert.equal(recent.anchor, '2024-11-25');
  const ev = find(d.times, 'after the inauguration of Donald Trump');
  assert.equal(ev.value, '2025-01-20');
  assert.equal(ev.mod, 'AFTER');
  assert.ok(ev.inferred.some((i) => i.what === 'anchor' && i.rule === 'known-event'));
});

test('year inference from tense, and it is recorded', () => {
  const past = find(times('The minister visited Paris on December 15.'), 'December 15');
  assert.equal(past.value, '2023-12-15');
  // a past-tense clause about a day just after the dateline keeps the dateline's year
  assert.equal(find(times('Officials said the vote was scheduled for December 1.'), 'December 1').value, '2024-12-01');
  assert.ok(past.inferred.some((i) => i.what === 'year' && i.rule === 'year-from-past-tense'));
  // a month alone just ahead of the dateline in a past-tense clause is a reported plan; one
  // further ahead is last year's
  assert.equal(find(times('The ministers agreed to a summit in December.'), 'December').value, '2024-12');
  assert.equal(find(times('The ministers agreed to a summit in February.'), 'February').value, '2024-02');
  assert.equal(find(times('The summit will open on January 14.'), 'January 14').value, '2025-01-14');
  assert.equal(find(times('Talks were held on Monday.'), 'Monday').value, '2024-11-25');
  assert.equal(find(times('Talks were held on Friday.'), 'Friday').value, '2024-11-22');
  assert.equal(find(times('Talks will be held on Friday.'), 'Friday').value, '2024-11-29');
  assert.equal(find(times('He arrived last Friday.'), 'last Friday').value, '2024-11-22');
});

test('years said in words, as in broadcast transcripts', () => {
  assertValues(times('In nineteen ninety-one he was convicted. January nineteen ninety-seven. The winter of nineteen ninety-four was cold, and by the year two thousand it was over.', '1998-02-27'), {
    'nineteen ninety-one': '1991', 'January nineteen ninety-seven': '1997-01', 'The winter of nineteen ninety-four': '1994-WI', 'the year two thousand': '2000',
  });
  // counts stay counts
  assert.ok(!times('Some nineteen people died and two thousand fled.').some((t) => t.type === 'DATE'));
});

test('fractional durations carry into the next smaller unit, in the combined ISO form', () => {
  assertValues(times('They lived in camps for 2 1/2 years, then spent 5 1/2 hours in Nairobi; a minute and a half later it was over, after 1.5 days.'), {
    '2 1/2 years': 'P2Y6M', '5 1/2 hours': 'PT5H30M', 'a minute and a half': 'PT1M30S', '1.5 days': 'P1DT12H',
  });
  assertValues(times('The raid lasted half an hour; they waited half a day.'), { 'half an hour': 'PT30M', 'half a day': 'PT12H' });
});

test('"N units later/earlier" is a DURATION of the N units (TimeBank), "ago" a date', () => {
  const ts = times('Bombs exploded Friday. Three days later, and a few days earlier, and just over an hour later, police came; two years ago they had not.');
  assertValues(ts, { 'Three days': 'P3D', 'a few days': 'PXD', 'over an hour': 'PT1H', 'two years ago': '2022' });
  assert.equal(find(ts, 'Three days').type, 'DURATION');
});

test('"a year ago", "a month ago" count from the dateline, "a year earlier" from the date mentioned before', () => {
  const ts = times('Sales in June 2021 fell 5% from a year earlier. Profit fell 8% from a year ago, and jobs cut a month ago were restored.');
  assertValues(ts, { 'a year earlier': '2020', 'a year ago': '2023', 'a month ago': '2024-10' });
});

test('a second day after a month and a day ("April 24 and 25", "March 15 to 17") is a date of that month and year', () => {
  assertValues(times('Leaders will meet at the summit on April 24 and 25.', '1999-02-10'), { 'April 24': '1999-04-24', '25': '1999-04-25' });
  assertValues(times('The festival ran from Dec. 28 to 30.', '2020-01-03'), { 'Dec. 28': '2019-12-28', '30': '2019-12-30' });
  assertValues(times('Talks are set for June 3 and 4, 2031.', '2030-01-03'), { '4, 2031': '2031-06-04' });
  // not a smaller second number, nor a count
  assert.ok(!times('Sales rose on May 12 and 5 percent later.', '2020-06-01').some((t) => t.text.startsWith('5')));
  assert.ok(!times('It fell on March 9 and 3 others on March 10.', '2020-06-01').some((t) => t.text === '3'));
});

test('"the week of March 6" is the week of that date', () => {
  assertValues(times('The case may be resolved in a court hearing the week of March 6, his lawyer said.', '2000-02-24'), { 'the week of March 6': '2000-W10' });
});

test('"past years", "future quarters", "coming quarters": references before or after the dateline', () => {
  assertValues(times('There were sell programs in past years. The losses will cut taxes in future quarters and it does not bode well for coming quarters.'), {
    'past years': 'PAST_REF', 'future quarters': 'FUTURE_REF', 'coming quarters': 'FUTURE_REF',
  });
});

test('"soon" next to a modal verb or "to" is a future reference; "soon became", "as soon as" are not', () => {
  const ts = times('Prosecutors may soon seek an indictment. He expects sales to soon grow. The trickle soon became a flood; he could leave as soon as Tuesday.');
  assert.equal(ts.filter((t) => t.text === 'soon').length, 2);
  assert.ok(ts.filter((t) => t.text === 'soon').every((t) => t.value === 'FUTURE_REF'));
});

test('a unit without a number before "-long" is a duration: "decades-long", "day-long"', () => {
  assertValues(times('The family emerged from their third day-long meeting, part of a decades-long dispute.'), { 'day-long': 'P1D', 'decades-long': 'PXY' });
});

test('"over the years", "in the weeks ahead": vague durations; "the weeks before the shooting" is not one', () => {
  const ts = times('Over the years the firm grew, and in the weeks ahead it may sell. His car was seen in the weeks before the shooting.');
  assertValues(ts, { 'the years': 'PXY', 'the weeks ahead': 'PXW' });
  assert.ok(!ts.some((t) => t.text === 'the weeks'));
  // after no preposition and without "ahead": not one ("this reminds me of the days we used to ...")
  assert.ok(!times('This reminds me of the days we used to have.').length);
  assertValues(times('It does not mean the days ahead will be easy.'), { 'the days ahead': 'PXD' });
});

test('a bare plural unit after "in just", "for only" is a vague duration', () => {
  assertValues(times('The Dow rose 250 points before dropping off in just minutes; talks lasted only days.'), { minutes: 'PTXM', days: 'PXD' });
});

test('a clock time takes the day named with it', () => {
  // after a parenthesis, both kept
  assertValues(times('The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.'), { '10:35 a.m.': '2024-11-22T10:35', Friday: '2024-11-22' });
  // a day earlier in the same sentence
  assertValues(times('The plane made its first flight Tuesday in Everett, Washington at 18:00 UTC.'), { '18:00 UTC': '2024-11-19T18:00Z' });
  // a bound before the clock time ("until 9 a.m. Wednesday") says nothing of the direction
  assertValues(times('The agency has given the relatives until 9 a.m. Wednesday to sign.'), { '9 a.m. Wednesday': '2024-11-27T09:00' });
});

test('"over the past year": "over" is "during" before "the", not "more than"', () => {
  assertValues(times('Hate groups grew over the past year.'), { 'the past year': '2023' });
  const more = find(times('The strike lasted over a year.'), 'over a year');
  assert.equal(more.value, 'P1Y');
  assert.equal(more.mod, 'MORE_THAN');
});

test('"that year", "later that year": the unit of the date mentioned before, unknown without one', () => {
  assertValues(times('He fled to Florida in June 1998 and returned to Cuba later that year. In 1988 sales rose; imports that year grew.'), { 'later that year': '1998', 'that year': '1988' });
  assertValues(times('Sales that month fell.'), { 'that month': 'XXXX-XX' });
  assertValues(times('He was shot to death last Oct. 23 at his home; the vote is next March 3, and he left last April 10.', '1999-04-19'), {
    'last Oct. 23': '1998-10-23', 'next March 3': '2000-03-03', 'last April 10': '1999-04-10',
  });
  assertValues(times('Slepian was shot on Oct. 23, 1998. Earlier that day, the family sent a fax.'), { 'Earlier that day': '1998-10-23' });
  assertValues(times('The talks began on Nov. 20 and ended the following Monday. On Friday, Nov. 8 the index fell from the previous Friday.'), {
    'following Monday': '2024-11-25', 'previous Friday': '2024-11-01',
  });
  assert.ok(!times('In 2020 he said that year was hard.').some((t) => t.text === 'that year'));
});

test('a list of years: each is a year; numbers stay numbers', () => {
  const ts = times('Doctors were shot in 1994, 1995 and 1997, he said; it cost $ 2000 and 1,2000 units.');
  assertValues(ts, { '1994': '1994', '1995': '1995', '1997': '1997' });
  assert.ok(!ts.some((t) => t.text === '2000'));
});

test('explicit and relative dates', () => {
  const ts = times('On March 3, 2022, and in 1998, sales fell; last year and this month they rose, as in the third quarter of 2023 and the 1990s.');
  assert.equal(find(ts, 'March 3, 2022').value, '2022-03-03');
  assert.equal(find(ts, '1998').value, '1998');
  assert.equal(find(ts, 'last year').value, '2023');
  assert.equal(find(ts, 'this month').value, '2024-11');
  assert.equal(find(ts, 'the third quarter of 2023').value, '2023-Q3');
  assert.equal(find(ts, 'the 1990s').value, '199');
  const w = times('It happened last week, two years ago, yesterday morning and earlier this year.');
  assert.equal(find(w, 'last week').value, `2024-W${isoWeek({ y: 2024, m: 11, d: 18 }).w}`);
  assert.equal(find(w, 'two years ago').value, '2022');
  assert.equal(find(w, 'yesterday morning').value, '2024-11-24TMO');
  const e = find(w, 'earlier this year');
  assert.equal(e.value, '2024');
  assert.equal(e.mod, 'START');
});

test('durations, sets and references', () => {
  const ts = times('For the past two months, more than four hours daily, every week, now and in the future, the talks lasted three years.');
  assert.equal(find(ts, 'the past two months').value, 'P2M');
  assert.equal(find(ts, 'the past two months').type, 'DURATION');
  const h = find(ts, 'more than four hours');
  assert.equal(h.value, 'PT4H');
  assert.equal(h.mod, 'MORE_THAN');
  assert.equal(find(ts, 'daily').type, 'SET');
  assert.equal(find(ts, 'every week').value, 'P1W');
  assert.equal(find(ts, 'now').value, 'PRESENT_REF');
  assert.equal(find(ts, 'the future').value, 'FUTURE_REF');
  assertValues(times('It may go public in the near future, to placate holders in the short term.'), { 'the near future': 'FUTURE_REF', 'the short term': 'FUTURE_REF' });
  assert.ok(!times('The long term effects are unknown; the short term plan failed.').length);
  // a rate after a count of things is a SET; "a week earlier" stays a duration
  const rates = times('We are doing hundreds of interviews a day; Qantas runs four flights a week. They won two games a week earlier.');
  assert.deepEqual(rates.map((t) => [t.text, t.type]), [['a day', 'SET'], ['a week', 'SET'], ['a week', 'DURATION']]);
  assert.equal(find(times('2021 was a year of record progress.'), 'a year').type, 'DURATION');
  assert.equal(find(ts, 'three years').value, 'P3Y');
  // a weekday or weekend in the plural, with or without a part of the day, recurs every week
  assertValues(times('Flights leave on Tuesday nights; the market is closed on Sundays and on weekends, the paper comes out every Friday morning.'),
    { 'Tuesday nights': 'XXXX-WXX-2TNI', Sundays: 'XXXX-WXX-7', weekends: 'XXXX-WXX-WE', 'every Friday morning': 'XXXX-WXX-5TMO' });
  assert.ok(!times('The Suns beat the Lakers.').length);
  // ages are not durations
  assert.ok(!times('A 44-year-old man was hurt.').some((t) => /year/.test(t.text)));
});

test('no dateline: times found, relative ones unresolved, nothing invented', () => {
  const ts = times('The minister visited Paris on November 11 and left on Friday, a few months ago, last year, in recent weeks, in 2019.', null);
  const nov = find(ts, 'November 11');
  assert.equal(nov.value, 'XXXX-11-11');
  assert.equal(nov.resolved, false);
  assert.ok(nov.inferred.some((i) => i.rule === 'no-dateline'));
  assert.equal(find(ts, 'Friday').value, 'XXXX-WXX-5');
  assert.equal(find(ts, 'last year').resolved, false);
  assert.equal(find(ts, 'a few months ago').resolved, false);
  assert.equal(find(ts, 'recent weeks').value, 'PAST_REF');
  assert.equal(find(ts, '2019').value, '2019');
  for (const t of ts) {
    assert.equal(t.anchor, null, `${t.text} anchored without a dateline`);
    if (!t.resolved) assert.match(t.value, /X/);
  }
});

test('absurd dates are not emitted as valid values', () => {
  const ts = times('It was signed on February 30, 2023 and will expire in the year 3912, or on April 31.');
  for (const t of ts) {
    assert.ok(!/2023-02-30|3912|-04-31/.test(t.value), `absurd value ${t.value} for "${t.text}"`);
  }
  assert.ok(!ts.some((t) => t.text.includes('February 30')));
  assert.ok(!ts.some((t) => t.text.includes('April 31')));
});

test('hostile input: long tokens, caps, Cyrillic, HTML remnants; offsets always slice their text', () => {
  const text = `${'x'.repeat(20000)} IN 2019 THE TALKS ENDED ON NOVEMBER 11. Вчера 5 мая. <div>&nbsp;Friday</div> ${'2024 '.repeat(3000)}`;
  const d = doc(text, '2024-11-25');
  assertSpans(d);
  assert.ok(d.times.some((t) => t.text === 'NOVEMBER 11' && t.value === '2024-11-11'));
});

test('TimeML round trip: existing TIMEX3s stripped, ours inserted, markup kept and escaped', () => {
  const raw = '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>X</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>\n<TEXT>\nBombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t9" type="DATE" value="1998-08-07">Friday</TIMEX3> at AT&amp;T, three years after the 1995 attack.\n</TEXT>\n</TimeML>\n';
  const out = tagTimeML(raw);
  assert.ok(out.includes('<EVENT eid="e1" class="OCCURRENCE">exploded</EVENT>'));
  assert.ok(out.includes('AT&amp;T'));
  assert.match(out, /<TIMEX3 tid="t\d+" type="DATE" value="1998-08-07"[^>]*anchorTimeID="t0"[^>]*>Friday<\/TIMEX3>/);
  assert.match(out, /<TIMEX3 [^>]*value="1995"[^>]*>1995<\/TIMEX3>/);
  assert.ok(!out.includes('tid="t9"'));
  const back = readTimeML(out);
  assert.equal(back.dct, '1998-08-07');
  assert.deepEqual(back.gold.map((g) => g.text), ['Friday', 'three years', '1995']);
  assert.equal(insertTimex3(raw, []).includes('<TIMEX3 tid="t9"'), false);
});

test('sitrep timeml: a folder of TE3 inputs in, same names out', () => {
  const raw = '<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>\n<TEXT>\nBombs exploded Friday &amp; more were found two days later.\n</TEXT>\n</TimeML>\n';
  const inDir = mkdtempSync(join(tmpdir(), 'te3-in-'));
  const outDir = join(mkdtempSync(join(tmpdir(), 'te3-out-')), 'out');
  writeFileSync(join(inDir, 'APW1.tml.TE3input'), raw);
  execFileSync(process.execPath, [join(projectRoot(), 'dist/src/cli/main.js'), 'timeml', inDir, outDir], { stdio: 'pipe' });
  assert.deepEqual(readdirSync(outDir), ['APW1.tml.TE3input']);
  const out = readFileSync(join(outDir, 'APW1.tml.TE3input'), 'utf8');
  const back = readTimeML(out);
  assert.deepEqual(back.gold.map((g) => [g.text, g.value]), [['Friday', '1998-08-07'], ['two days', 'P2D']]);
  assert.ok(out.includes('&amp; more'));
});

test('direction cues: plans look ahead, "since" looks back', () => {
  // a plan made ("has scheduled"), or under way ("were planning to"), is for a day ahead
  assertValues(times('He has scheduled a news conference Thursday to announce it.'), { Thursday: '2024-11-28' });
  // an invitation is to something ahead ("has invited the ministers to a ceremony on March 12")
  assertValues(times('The secretary has invited the ministers to a ceremony on March 12 to mark the accession.', '1999-02-16'), { 'March 12': '1999-03-12' });
  assertValues(times('Exiles planned a large demonstration on Saturday and were planning to drive around the airport.'), { Saturday: '2024-11-30' });
  assertValues(times('They could leave as soon as Tuesday, he said.'), { Tuesday: '2024-11-26' });
  assertValues(times('The shares, suspended in London, are to resume trading in Paris Tuesday.', '2024-11-28'), { Tuesday: '2024-12-03' });
  assertValues(times('Traders had squared positions ahead of the weekend.'), { 'the weekend': '2024-W48-WE' });
  // a forward cue after "had been" is a deadline seen from the past: "had been due to expire Friday"
  assertValues(times('The offer was extended to Nov. 16. It had been due to expire Friday evening.', '1989-10-30'), { 'Friday evening': '1989-10-27TEV' });
  // an irregular participle after "was" is past ("was last seen Nov. 3")
  assertValues(times('He was last seen Nov. 3, the day before police arrived.', '2024-05-07'), { 'Nov. 3': '2023-11-03' });
  // a present participle has no tense of its own: the tensed verb decides ("hit ..., killing")
  assertValues(times('The storm hit the coast over the weekend, killing at least 12 people.', '2013-03-22'), { 'the weekend': '2013-W11-WE' });
  assertValues(times('Protesters were marching through the city on Monday.', '2013-03-22'), { Monday: '2013-03-18' });
  // a verb after the date beyond a clause break is another clause's, once one before it tells the tense
  assertValues(times('The pope celebrated Mass on Sunday and will travel to Brazil in July.', '2013-03-20'), { Sunday: '2013-03-17', July: '2013-07' });
  assertValues(times('The court, which convened on Monday, will deliver its verdict on Thursday.', '2013-03-20'), { Monday: '2013-03-18', Thursday: '2013-03-21' });
  // an infinitive after a past verb may look ahead of it: "agreed to acquire ... in February" is not last year's
  assertValues(times('The company agreed to acquire the line for $22 million in February.', '1989-10-30'), { February: '1990-02' });
  // after a verb of planning, nor does a past verb after the date ("even if they continued")
  assertValues(times('Officials said they did not plan to remove the boy on Thursday even if his relatives continued to defy them.', '2000-03-29'), { Thursday: '2000-03-30' });
  // a capitalised word the tagger took for a verb after a lower-case one is a name ("Roe vs. Wade")
  assertValues(times('In January, a week after the anniversary of the Roe vs. Wade decision, a bombing in Birmingham killed a guard.', '1998-10-25'), { January: '1998-01' });
  // a plan word right before a past form is a noun ("plans announced"); "succeed" is no past form
  assertValues(times('The cuts come on top of turnaround plans announced in January.', '2006-08-19'), { January: '2006-01' });
  assertValues(times('He will succeed the chairman Feb. 1.', '1989-10-26'), { 'Feb. 1': '1990-02-01' });
  // "since" a date: never after the dateline, whatever the verbs around it
  assertValues(times('The ship has been on patrol since March and was scheduled to return in May.'), { March: '2024-03' });
});

test('year inference: due dates, bounds and passives are not pushed into the past', () => {
  const d = times('The board declared a dividend, payable Dec. 16 to holders of record Nov. 29.', '2024-10-28');
  assert.equal(find(d, 'Dec. 16').value, '2024-12-16');
  assert.equal(find(d, 'Nov. 29').value, '2024-11-29');
  assert.equal(find(times('The firm said it expects the sale to be completed by December 20.', '2024-10-28'), 'December 20').value, '2024-12-20');
  // a bound in a past-tense clause: the nearest date, not last year's
  assert.equal(find(times('The fund had bought more shares through November 2.', '2024-10-28'), 'November 2').value, '2024-11-02');
  // a possessive after "by" is an event, not a deadline
  assert.equal(find(times('Homes were damaged by Friday\'s storm.', '2024-11-25'), 'Friday').value, '2024-11-22');
  // a future-tense clause about a day just before the dateline keeps the dateline's year
  assert.equal(find(times('The court will rule on January 12.', '2025-01-15'), 'January 12').value, '2025-01-12');
});

test('clock times with their day: "10 p.m. Wednesday", "noon Thursday", "Tuesday at 9 a.m."', () => {
  const ts = times('The shop was robbed at 10 p.m. Wednesday, and talks broke off at noon Thursday.', '2024-11-29');
  assert.equal(find(ts, '10 p.m. Wednesday').value, '2024-11-27T22:00');
  assert.equal(find(ts, 'noon Thursday').value, '2024-11-28T12:00');
  const at = times('The minister arrived on Tuesday at 9 a.m. and left.', '2024-11-29');
  assert.equal(find(at, '9 a.m.').value, '2024-11-26T09:00');
  assert.ok(!times('It was a high noon moment.', '2024-11-29').some((t) => /noon/.test(t.text)));
  // a colon after a weekday-month-day is not a clock time
  assert.equal(find(times('The paper said in an editorial on Saturday, November 30: the vote matters.', '2024-11-29'), 'Saturday, November 30').value, '2024-11-30');
});

test('a month, quarter, half or season of this/last/next year is one expression', () => {
  const ts = times('Sales fell in July last year and in the first quarter of this year; a plant opens in March next year, after the summer of last year and before the second half of next year.');
  assert.equal(find(ts, 'July last year').value, '2023-07');
  assert.equal(find(ts, 'the first quarter of this year').value, '2024-Q1');
  assert.equal(find(ts, 'March next year').value, '2025-03');
  assert.equal(find(ts, 'the summer of last year').value, '2023-SU');
  assert.equal(find(ts, 'the second half of next year').value, '2025-H2');
  assert.ok(!ts.some((t) => t.text === 'last year' || t.text === 'this year' || t.text === 'next year'));
  // "the last quarter" with no year is the one before the dateline's; "the final quarter" the fourth
  assertValues(times('Profits rose in the last quarter, after a loss in the final quarter.', '2006-08-19'), { 'the last quarter': '2006-Q2', 'the final quarter': '2005-Q4' });
});

test('"the year", "the full year", "the year ended ...", "to end the day"', () => {
  const ts = times('For the full year, the maker expects a profit; in the year ended June 30 it lost money.', '2024-11-25');
  assert.equal(find(ts, 'the full year').value, '2024');
  const ended = find(ts, 'the year');
  assert.equal(ended.type, 'DURATION');
  assert.equal(ended.value, 'P1Y');
  assert.ok(!times('He was named player of the year.').some((t) => /year/.test(t.text)));
  assert.ok(!times('By the year two thousand, things changed.').some((t) => t.text === 'the year'));
  const day = times('The index rose 2% on Monday to end the day at 5,100.', '2024-11-27');
  assert.equal(find(day, 'the day').value, '2024-11-25');
  assert.ok(!times('A week later, at the day of the vote, he spoke.').some((t) => t.text === 'the day'));
});

test('a number far before "ago" does not cut the window: "...500,000 people in the region nearly four years ago"', () => {
  const ts = times('The flood displaced more than 500,000 people in the northern region nearly four years ago.', '2024-11-25');
  const t = find(ts, 'nearly four years ago');
  assert.equal(t.type, 'DATE');
  assert.equal(t.value, '2020');
});

test('floating holidays: Thanksgiving, Election Day, Memorial Day; last/next', () => {
  const ts = times('The boy was rescued on Thanksgiving Day, and last Thanksgiving the family met; they vote on Election Day 2028.', '2024-12-10');
  assert.equal(find(ts, 'Thanksgiving Day').value, '2024-11-28');
  assert.equal(find(ts, 'last Thanksgiving').value, '2024-11-28');
  assert.equal(find(ts, 'Election Day 2028').value, '2028-11-07');
  assert.equal(find(times('Parades are planned for Memorial Day.', '2025-04-01'), 'Memorial Day').value, '2025-05-26');
  assert.equal(find(times('He will be back by next Christmas.', '2024-12-10'), 'next Christmas').value, '2024-12-25');
  // movable feasts count from Easter Sunday; "Easter week" is the week of the day; "Easter Island" is no time
  assertValues(times('The pope will celebrate Mass on Palm Sunday and on Easter Sunday; Good Friday 2000 was a holiday.', '2013-03-20'),
    { 'Palm Sunday': '2013-03-24', 'Easter Sunday': '2013-03-31', 'Good Friday 2000': '2000-04-21' });
  assertValues(times('Protesters prayed as Easter week began.', '2000-04-17'), { 'Easter week': '2000-W16' });
  assert.ok(!times('Tourists flock to Easter Island and buy Christmas trees.').length);
});

test('not times: a first name "Jan", an age "in his 30s"', () => {
  const ts = times('Jan Kavan signed the treaty in Jan. 1999, when he was in his 30s and his wife in her early twenties.', '2024-11-25');
  assert.ok(!ts.some((t) => t.text === 'Jan'));
  assert.equal(find(ts, 'Jan. 1999').value, '1999-01');
  assert.ok(!ts.some((t) => /30s|twenties/.test(t.text)));
  assert.equal(find(times('Prices soared in the 1970s.'), 'the 1970s').value, '197');
});

test('units ending in -es: minutes and decades', () => {
  const ts = times('The engine failed after thirty minutes, 20 minutes ago, the worst in two decades.', '2024-11-25');
  assert.equal(find(ts, 'thirty minutes').value, 'PT30M');
  assert.equal(find(ts, '20 minutes ago').type, 'DATE');
  assert.equal(find(ts, 'two decades').value, 'P20Y');
});

test('durations with a word before the unit, and quarters as quarters', () => {
  const ts = times('Stocks fell for six straight days after two consecutive quarters of decline; the talks need two more weeks.', '2024-11-25');
  assert.equal(find(ts, 'six straight days').value, 'P6D');
  assert.equal(find(ts, 'two consecutive quarters').value, 'P2Q');
  assert.equal(find(ts, 'two more weeks').value, 'P2W');
  // "last" after a modal or "to" is the verb: "will last 72 hours" is a duration of 72 hours
  assertValues(times('The ceasefire will last 72 hours; the strike is expected to last three days.'), { '72 hours': 'PT72H', 'three days': 'P3D' });
  assertValues(times('Sales rose in the last three months.'), { 'the last three months': 'P3M' });
  // a vague number of quarters is a duration; a fraction is not
  const q = times('It turned a profit after several quarters of losses; Iraq imports three-quarters of its food.');
  assert.equal(find(q, 'several quarters').value, 'PXQ');
  assert.ok(!q.some((t) => /three/.test(t.text)));
});

test("'82 after a preposition, 'a week or so ago', a UTC clock time with its weekday", () => {
  const ts = times("The index hit its lowest level since '82 a week or so ago; the firm filed at 12:00 UTC Monday.", '2024-11-27');
  assert.equal(find(ts, "'82").value, '1982');
  assert.equal(find(ts, 'a week or so ago').type, 'DATE');
  assert.equal(find(ts, '12:00 UTC Monday').value, '2024-11-25T12:00Z');
});

test('"the same period last year": the time just mentioned, a year back', () => {
  const ts = times('Sales rose 12% in October from the same month a year ago; in the third quarter profit beat the same period last year.', '2024-11-25');
  assert.equal(find(ts, 'the same month a year ago').value, '2023-10');
  assert.equal(find(ts, 'the same period last year').value, '2023-Q3');
});

test("a possessive weekday is the day of a reported event: past, unless a forward cue precedes it", () => {
  assert.equal(find(times("Lawyers said they would look for ways around Wednesday's ruling.", '2024-11-29'), 'Wednesday').value, '2024-11-27');
  assert.equal(find(times("The offer is a 24% premium over Thursday's closing price.", '2024-11-25'), 'Thursday').value, '2024-11-21');
  assert.equal(find(times("Campaigning ended ahead of Sunday's vote.", '2024-11-27'), 'Sunday').value, '2024-12-01');
});

test('"the next day", "the same day", "the previous night": a day counted from the last day mentioned, not a duration', () => {
  const ts = times('The envoy arrived on March 3. The next day he met the president; the same day, troops moved. The previous night, shots were heard.', '2024-03-11');
  assertValues(ts, { 'The next day': '2024-03-04', 'the same day': '2024-03-04', 'The previous night': '2024-03-03TNI' });
  assert.equal(find(ts, 'The next day').type, 'DATE');
  assert.equal(find(ts, 'The previous night').type, 'TIME');
  // a stretch of time stays a duration
  assert.equal(find(times('Rain is expected over the next day or two.', '2024-03-11'), 'the next day').type, 'DURATION');
});

test('"the day before last Tuesday\'s hearing", "the day after Christmas": one DATE, a day from the date named', () => {
  assertValues(times("The day before last Tuesday's federal court hearing, he met them.", '2000-02-24'), { 'The day before last Tuesday': '2000-02-21' });
  assertValues(times('Shops reopened the day after Christmas.', '2000-01-05'), { 'the day after Christmas': '1999-12-26' });
  // no date after the lead: nothing is made of it
  assert.equal(times('He was last seen Nov. 3, the day before authorities issued a warrant.', '1999-11-20').length, 1);
});

test('a period after a full month name ends the sentence, not the time; an abbreviation keeps its own', () => {
  const ts = times('The plant closed in late April. It reopened on 5 March. Talks resumed in Aug. and stalled.', '2024-11-25');
  assertValues(ts, { 'late April': '2024-04', '5 March': '2024-03-05', 'Aug.': '2024-08' });
});

test("a possessive's ending stays out of a weekday's span, as TimeML marks the weekday alone", () => {
  const ts = times("Investors reacted to Friday's ruling and Saturday night's debate.", '2024-11-25');
  assertValues(ts, { Friday: '2024-11-22', 'Saturday night': '2024-11-23TNI' });
});

test('a determiner before a time that modifies a noun belongs to the noun: "a two-year contract" -> "two-year"', () => {
  const ts = times('He signed a two-year contract after the third-quarter results; the strike lasted a week.', '2024-11-25');
  assert.ok(ts.some((t) => t.text === 'two-year' && t.value === 'P2Y'), JSON.stringify(ts.map((t) => t.text)));
  assert.ok(ts.some((t) => t.text === 'third-quarter'), JSON.stringify(ts.map((t) => t.text)));
  assert.ok(ts.some((t) => t.text === 'a week'), JSON.stringify(ts.map((t) => t.text)));
  // so do a possessive, a capitalized noun after the time, and a count of a unit in the singular
  const more = times('Stocks hit a five year low under its two-year plan, ending the 23-year Israeli occupation; he served his 25 years and the past decade that followed.', '2024-11-25');
  for (const text of ['five year', 'two-year', '23-year', 'his 25 years', 'the past decade']) find(more, text);
});

test('"that night", "that summer": a part of the day, a season of the date mentioned before (the DCT\'s without one)', () => {
  assertValues(times('The vote took place on Feb. 12. That night, crowds gathered.', '2013-03-21'), { 'That night': '2013-02-12TNI' });
  assertValues(times('That night, crowds gathered.', '2013-03-21'), { 'That night': '2013-03-21TNI' });
  assertValues(times('Prices rose in the summer of 2011 and fell that winter. The summit was held in 2009. That summer, protests spread.', '2013-03-21'), { 'that winter': '2011-WI', 'That summer': '2009-SU' });
  assert.ok(!times('He said that spring would come early.', '2013-03-21').some((t) => /spring/.test(t.text)));
  assert.ok(!times('Products that fall under U.S. export rules are banned.', '2013-03-21').some((t) => /fall/.test(t.text)));
  assertValues(times('He moved to Ohio in 2009. That fall, he married.', '2013-03-21'), { 'That fall': '2009-FA' });
});

test('a bound in a clause not in the past ("has until Monday to", "valid through Sunday") is a deadline ahead', () => {
  assertValues(times('Cyprus has until Monday to raise the money. The offer is valid through Sunday.', '2013-03-21'), { Monday: '2013-03-25', Sunday: '2013-03-24' });
  assertValues(times('Until Monday, they had refused.', '2013-03-21'), { Monday: '2013-03-18' });
});

test('"the late 1800s" is a century, "the 2000s" a decade; "this past weekend" is one expression', () => {
  assertValues(times('The firm was founded in the late 1800s and grew in the 2000s.', '2013-03-21'), { 'the late 1800s': '18', 'the 2000s': '200' });
  assert.equal(find(times('The firm was founded in the late 1800s.', '2013-03-21'), 'the late 1800s').mod, 'END');
  assertValues(times('Protests erupted this past weekend.', '2013-03-21'), { 'this past weekend': '2013-W11-WE' });
});

test('a weekday that is not the date\'s stays apart from it ("until Friday | September 18, 2008": a headline and its dateline)', () => {
  const ts = times('Russian markets to remain closed until Friday\nSeptember 18, 2008 The Russian government said.', '2008-09-18');
  assertValues(ts, { Friday: '2008-09-19', 'September 18, 2008': '2008-09-18' });
  assertValues(times('The meeting on Thursday, Sept. 18, 2008 was long.', '2008-09-20'), { 'Thursday, Sept. 18, 2008': '2008-09-18' });
  // only such a mismatch is read apart: a guard on the whole ("in his early 80s", an age) stays
  assert.equal(times('He is in his early 80s and lives in Ohio.', '2013-03-21').length, 0);
});

test('a quarter still ahead in a future-tense clause is a forecast: "the latest quarter", "a year ago" keep to the quarter reported on', () => {
  const ts = times('Net rose 11% in the third quarter. The earthquake will result in a fourth-quarter charge. Earnings fell in the latest quarter, from $6 million a year ago.', '2024-11-02');
  assertValues(ts, { 'the third quarter': '2024-Q3', 'fourth-quarter': '2024-Q4', 'the latest quarter': '2024-Q3', 'a year ago': '2023-Q3' });
  // "the latest quarter" is never one not over at the DCT, whatever the tense of its mention
  assertValues(times('The company has no estimate of the impact on fourth-quarter results. In the latest quarter, it had a loss.', '1989-10-30'), { 'the latest quarter': '1989-Q3' });
});

test('"a week ago", "two weeks ago" name the day that many weeks back; "six weeks ago" the week', () => {
  const ts = times('The earthquake hit the country a week ago. Talks resumed two weeks ago, after a pause that began six weeks ago.', '2011-03-18');
  assertValues(ts, { 'a week ago': '2011-03-11', 'two weeks ago': '2011-03-04', 'six weeks ago': '2011-W05' });
});

test('"one day" between a modal and a verb is some day ahead (FUTURE_REF), elsewhere a duration', () => {
  assertValues(times('Islam will one day be the second largest religion.'), { 'one day': 'FUTURE_REF' });
  assertValues(times('He hopes to one day lead the party.'), { 'one day': 'FUTURE_REF' });
  assertValues(times('The trial will last one day.'), { 'one day': 'P1D' });
  assertValues(times('The strike was cut to one day a week.'), { 'one day': 'P1D' });
  assertValues(times('I hope that some day I will be able to represent them.'), { 'some day': 'FUTURE_REF' });
});

test('"for a second consecutive day", "the eighth day of", "fourth week in a row": the DCT\'s day or week; "first day" is no run', () => {
  const ts = times('Trading was suspended for a second consecutive day. Today is the eighth day of the blockade. Stocks rose for a fourth week in a row. He will act on his first day in office.', '2008-09-17');
  assertValues(ts, { 'a second consecutive day': '2008-09-17', 'the eighth day': '2008-09-17', 'a fourth week': '2008-W38' });
  assert.notEqual(find(ts, 'first day').value, '2008-09-17');
});

test('"mid-afternoon", "mid morning": a part of the DCT\'s day; "midnight" stays a clock time', () => {
  assertValues(times('By mid-afternoon, official sources were saying the attack was over.', '1998-03-06'), { 'mid-afternoon': '1998-03-06TAF' });
  assertValues(times('The offer expired at midnight.', '1998-03-06'), { midnight: '1998-03-06T24:00' });
});

test('a capitalised set word inside a sentence before a capitalised word is a name ("Daily Xtra"); "10–19 year olds" is an age', () => {
  assert.equal(times("The news source Daily Xtra's editor said it.").length, 0);
  assert.equal(times('Daily flights will begin.').length, 1);
  assert.equal(times('Suicides by 10–19 year olds rose.').length, 0);
});

test('a bare number before a unit of measure is no year ("the 2000 km pipeline"); "earlier that day" needs a day before it', () => {
  assert.equal(times('The 2000 km long pipeline and a 1000 megawatt cable are planned.').length, 0);
  assertValues(times('He was shot on Oct. 23. Earlier that day, the family sent a fax.', '1999-01-22'), { 'Earlier that day': '1998-10-23' });
  assert.notEqual(find(times('The pipeline is due by 2025. Earlier that day, the firm signed.', '2020-01-10'), 'Earlier that day').value.slice(0, 4), '2025');
});

test('a date right after "rescheduled to", "scheduled for", "moved to", "extended until" is ahead, whatever the tense', () => {
  assertValues(times('The primary races were rescheduled to June 2.', '2020-03-20'), { 'June 2': '2020-06-02' });
  assertValues(times('His trial has been scheduled for November.', '2019-06-28'), { November: '2019-11' });
  assertValues(times('The vote was moved to May 5, and the offer was extended until April 30.', '2020-03-20'), { 'May 5': '2020-05-05', 'April 30': '2020-04-30' });
});

test('a date moved to with the object between ("extended the city lockdown to May 1") is ahead too; "rose to" is not such a verb', () => {
  assertValues(times('Maryland rescheduled most of its primary races to June 2.', '2020-03-20'), { 'June 2': '2020-06-02' });
  assertValues(times('On Thursday, the mayor extended the city lockdown to May 1.', '2020-04-05'), { 'May 1': '2020-05-01' });
  assertValues(times('Prices rose from 2 dollars to 3 dollars in November.', '2020-03-20'), { November: '2019-11' });
  assertValues(times('The board extended the contract, which ran to June 2.', '2020-03-20'), { 'June 2': '2019-06-02' });
});

test('"May\'s agreement" is a person\'s, "(2024 Friday, UTC)" a clock time, "Halloween-themed" a modifier; "this Sunday" in a past clause is the one before', () => {
  assert.equal(times('He resigned in protest to May\'s negotiated Brexit agreement.', '2019-08-06').length, 0);
  assertValues(times('Turnout rose in March\'s election.', '2019-08-06'), { March: '2019-03' });
  assert.ok(!times('A quake struck at 4:42 local time on Saturday (2024 Friday, UTC).', '2019-08-06').some((t) => t.value === '2024'));
  assert.equal(times('The Halloween-themed event was held.', '2019-08-06').length, 0);
  assertValues(times('This Sunday, French inventor Franky Zapata crossed the Channel.', '2019-08-06'), { 'This Sunday': '2019-08-04' });
  assertValues(times('This Sunday he will fly again.', '2019-08-06'), { 'This Sunday': '2019-08-11' });
});

test('a clock time "around" or "about" after a day in the same sentence is that day\'s', () => {
  assertValues(times('On the morning of August 1 around 4:30 a.m. EST, a bat hit him.', '2020-09-30'), { '4:30 a.m. EST': '2020-08-01T04:30' });
});

test('a weekday with no tense around it is the one before when both are about as near; "the Sun." is no Sunday', () => {
  assertValues(times('The vote on Tuesday.', '2020-01-11'), { Tuesday: '2020-01-07' });
  assertValues(times('The vote on Monday.', '2020-01-11'), { Monday: '2020-01-13' });
  assert.equal(times('It is more massive than the Sun. And that matters.', '2020-07-07').length, 0);
});

test('a duration said in parts ("1 hour 59 minutes 40.2 seconds", "two years and six months") is one DURATION', () => {
  assertValues(times('His time was 1 hour 59 minutes 40.2 seconds.'), { '1 hour 59 minutes 40.2 seconds': 'PT1H59M40.2S' });
  assertValues(times('He served two years and six months in prison.'), { 'two years and six months': 'P2Y6M' });
  const ts = times('The talks lasted two hours, and three days later resumed.');
  assertValues(ts, { 'two hours': 'PT2H', 'three days': 'P3D' });
});

test('"the now-former governor" and "Back to the Future" hold no time', () => {
  assert.equal(times('The now-former governor Pierluisi was sworn in.').length, 0);
  assert.equal(times('Marty McFly from Back to the Future was there.').length, 0);
  assertValues(times('It may inspire deeper insight in the future.'), { 'the future': 'FUTURE_REF' });
});

test('"the past decade" is the ten years up to the DCT (DURATION P10Y), "the last decade" the calendar decade before', () => {
  assertValues(times('Over the past decade, prices doubled.', '2019-10-05'), { 'the past decade': 'P10Y' });
  assertValues(times('In the last decade prices doubled.', '2019-10-05'), { 'the last decade': '200' });
});

test('"a year and a half ago", "2 1/2 years ago": a half counts, to the month', () => {
  assertValues(times('He converted a year and a half ago; the plan began 2 1/2 years ago.', '2019-10-05'), { 'a year and a half ago': '2018-04', '2 1/2 years ago': '2017-04' });
  assertValues(times('It began two and a half years ago.', '2019-10-05'), { 'two and a half years ago': '2017-04' });
});

test('"the last week of March", "the first week of April 2019": one DATE, that week of the month', () => {
  assertValues(times('Car sales rebounded in the last week of March.', '2009-04-01'), { 'the last week of March': '2009-W13' });
  assertValues(times('The talks are due in the second week of May 2010.', '2009-04-01'), { 'the second week of May 2010': '2010-W19' });
});

test('"the first Tuesday of November", "the last Friday of September": that day of the month', () => {
  assertValues(times('It will take place on the first Tuesday of November.', '2019-10-04'), { 'the first Tuesday of November': '2019-11-05' });
  assertValues(times('The vote was held on the last Friday of September.', '2019-10-04'), { 'the last Friday of September': '2019-09-27' });
});

test('a weekday right after "earlier" is past whatever the clause ("after being detained earlier Friday")', () => {
  assertValues(times('The man was at the centre after being detained earlier Friday near Norbury.', '2020-09-30'), { Friday: '2020-09-25' });
});

test('"0800 UTC", "(2100 GMT)": four digits before a universal time zone are a clock time, with the day named after it', () => {
  assertValues(times('At 0800 UTC, the Bank of Canada acted.', '2008-09-18'), { '0800 UTC': '2008-09-18T08:00Z' });
  assertValues(times('The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.', '1998-08-08'),
    { '10:35 a.m.': '1998-08-07T10:35', '0735 GMT': '1998-08-07T07:35Z', Friday: '1998-08-07' });
  assertValues(times('He died at 10:00 a.m. Tongan time (2100 UTC, yesterday) at the age of 78.', '2019-08-02'), { '2100 UTC, yesterday': '2019-08-01T21:00Z' });
  // no clock time: not an hour and minutes, or a modifier ("UTC-compliant")
  assert.equal(times('In 1999 UTC was adopted; 2000 UTC-compliant clocks.', '2019-08-02').filter((t) => t.type === 'TIME').length, 0);
});

test('"15:30 local time (1430 UTC) on Tuesday": the day after the parenthesis or the zone is both clock times\'', () => {
  assertValues(times('At about 15:30 local time (1430 UTC) on Tuesday a fire was reported.', '2020-01-10'), { '15:30': '2020-01-07T15:30', '1430 UTC': '2020-01-07T14:30Z', Tuesday: '2020-01-07' });
  // a time zone in words before the day, a part of the day after it; no parenthesis in the span
  assertValues(times('At around 12:20 p.m. local time on Wednesday a man was hurt.', '2019-06-01'), { '12:20 p.m.': '2019-05-29T12:20', Wednesday: '2019-05-29' });
  assertValues(times('At 2:49 a.m. local time (7:49 a.m. UTC) on Thursday morning, the craft launched.', '2019-03-02'),
    { '2:49 a.m.': '2019-02-28T02:49', '7:49 a.m. UTC': '2019-02-28T07:49Z', 'Thursday morning': '2019-02-28TMO' });
});

test('a text with no publication date is dated by a full date alone on one of its first lines (read at ingest)', async () => {
  /** The times of a file read as ingest reads it (its date, if any, from the file). */
  const ingested = async (text: string, name = 'a.txt') => {
    const got: Document[] = [];
    for await (const r of readBytes(Buffer.from(text), name, null, null)) if (r.ok) got.push(toDocument(r.article));
    return applyStage(applyStage(got[0]!, structureStage), timesStage).times;
  };
  assertValues(await ingested('Airbus A380 test flight delayed after accident\nSeptember 01, 2007\nA test flight was delayed today after an accident at 08:30 UTC.'),
    { today: '2007-09-01', '08:30 UTC': '2007-09-01T08:30Z' });
  assertValues(await ingested('Building collapses\nFriday, January 4, 2019\nAn apartment building collapsed on Monday.'), { Monday: '2018-12-31' });
  // a date inside a sentence is no dateline
  assertValues(await ingested('On September 11, 2001 planes struck. On Monday he spoke.'), { Monday: 'XXXX-WXX-1' });
  // a publication date, when there is one, stays the reference
  assertValues(await ingested('---\ndate: 2007-09-03\n---\nTitle\n\nSeptember 01, 2007\n\nIt was delayed today.', 'a.md'), { today: '2007-09-03' });
  // the times stage itself invents no reference date from the text
  assertValues(times('Title\nSeptember 01, 2007\nIt was delayed today.', null), { today: 'XXXX-XX-XX' });
});

test('"the previous month" counts from the last date only when it names a month or finer, else from the DCT', () => {
  assertValues(times('A monthly series on the 2020 race. It covers the previous month in detail.', '2020-06-19'), { 'the previous month': '2020-05' });
  assertValues(times('Talks began in March 2019. The following month they failed.', '2020-06-19'), { 'The following month': '2019-04' });
  assertValues(times('He was elected in 2016. The following year he resigned.', '2020-06-19'), { 'The following year': '2017' });
});

test('"the next day", "later in the day" count from the last day named, past a year named since', () => {
  const ts = times('On May 23 the party chose Jo Jorgensen, its 1996 vice presidential nominee, on the fourth ballot. The next day, it chose a running mate.', '2020-06-19');
  assertValues(ts, { 'The next day': '2020-05-24' });
  assert.equal(find(ts, 'The next day').anchorId, find(ts, 'May 23').id);
  assertValues(times('Sales rose on March 2 and 2010 looks good; shares fell later in the day.', '2010-03-03'), { 'later in the day': '2010-03-02' });
});

test('"the next month" after a date counts from it, "over the next year" from the DCT', () => {
  assertValues(times('Bayes withdrew in March 2019. The next month, the party nominated a new ticket.', '2020-07-25'), { 'The next month': '2019-04' });
  assertValues(times('Bayes withdrew in March 2019. Plants will be closed over the next year.', '2020-07-25'), { 'the next year': '2021' });
});

test('a capitalised day word alone inside a sentence of prose is a name ("USA Today noted"); a headline or a sentence start keeps it', () => {
  assert.equal(times('USA Today noted the scope of the commission.').length, 0);
  assert.equal(times('He told NBC\'s Today show that he would run.').length, 0);
  assertValues(times('Today, the commission met.'), { Today: '2024-11-25' });
  assertValues(times('He said: "Today we begin."'), { Today: '2024-11-25' });
  assertValues(times('He said, `` Today is a great day.'), { Today: '2024-11-25' });
  assertValues(times('Apple unveils iPhone 4\nYesterday, at this year\'s conference, it showed it.'), { Yesterday: '2024-11-24' });
  assertValues(times('Leaders Meet In Paris Today'), { Today: '2024-11-25' });
});

test('"today\'s youth", "many of today\'s personal computers", "the people of tomorrow" name an era, not a day; "today\'s meeting", "tomorrow\'s vote" stay', () => {
  assert.equal(times("The case of Elian is for today's youth what 40 years of the revolution were for their parents.").filter((t) => /today/i.test(t.text)).length, 0);
  assert.equal(times("The chips are used in many of today's personal computers.").length, 0);
  assert.equal(times("Mothers have rights in today's world, he said.").length, 0);
  assert.equal(times('If I were choosing the people of tomorrow, I would have chosen them.').length, 0);
  assertValues(times("Today's meeting was long, and tomorrow's vote matters."), { Today: '2024-11-25', tomorrow: '2024-11-26' });
  assertValues(times("Rates fell, today's World Bank report said."), { today: '2024-11-25' });
  assertValues(times('The events of today were a defining moment.'), { today: '2024-11-25' });
  assertValues(times("Crowds gathered for today's world premiere of the film."), { today: '2024-11-25' });
  assertValues(times("Police watched today's youth rally downtown."), { today: '2024-11-25' });
});

test('a relative unit with every word capitalised in a sentence of prose is a title (ABC\'s "This Week"); a headline keeps it', () => {
  assert.equal(times('Baker said on ABC\'s "This Week" that the request gave the administration room.').length, 0);
  assert.equal(times('Hughes told Kamloops This Week that the benefit helped.').length, 0);
  assertValues(times('This week, the commission met.'), { 'This week': '2024-W48' });
  assertValues(times('Leaders Meet In Paris This Week'), { 'This Week': '2024-W48' });
});

test('"the March accession": an ambiguous month name after "the" and before a noun is a month; "the March on Washington" is not', () => {
  assertValues(times('The March accession will enable the three countries to join.', '1999-02-10'), { March: '1999-03' });
  assert.equal(times('He joined the March on Washington.', '1999-02-10').length, 0);
  assert.equal(times('She gave to the March of Dimes.', '1999-02-10').length, 0);
  assert.equal(times('He said the march was peaceful.', '1999-02-10').length, 0);
});

test('"post-1959", "pre-2008": the year, after or before it (mod AFTER, BEFORE)', () => {
  const ts = times('The post-1959 politics split families; prices are back at pre-2008 levels.', '2000-02-24');
  assertValues(ts, { 'post-1959': '1959', 'pre-2008': '2008' });
  assert.equal(find(ts, 'post-1959').mod, 'AFTER');
  assert.equal(find(ts, 'pre-2008').mod, 'BEFORE');
});

test('a universal time in a parenthesis after a clock time takes its day, or the next or previous one where the zone puts it', () => {
  assertValues(times('He is to leave office on August 2 at 5 p.m. local time (2100 UTC).', '2019-07-28'), { '2100 UTC': '2019-08-02T21:00Z' });
  assertValues(times('Police reached the scene on Saturday at 8:30 p.m. (0030 UTC).', '2019-08-26'), { '0030 UTC': '2019-08-25T00:30Z' });
  assertValues(times('The quake struck on March 11 at 2:46 a.m. local time (1746 UTC).', '2011-03-12'), { '1746 UTC': '2011-03-10T17:46Z' });
});

test('a bare verb after "did"/"does" has the auxiliary\'s tense ("didn\'t come to work on Monday" is the Monday before)', () => {
  assertValues(times('When he didn\'t come to work on Monday, his coworkers alerted the authorities.', '2019-08-24'), { Monday: '2019-08-19' });
  assertValues(times('He did not attend the meeting on Friday.', '2019-08-24'), { Friday: '2019-08-23' });
});

test('a clock time right before a part of a named day takes that day ("midnight Wednesday night")', () => {
  assertValues(times('He announced his resignation shortly before midnight Wednesday night in a video.', '2019-07-28'), { midnight: '2019-07-24T24:00', 'Wednesday night': '2019-07-24TNI' });
});

test('times eval scores as the TempEval-3 scorer: one-to-one alignment, exact spans first, strict only for aligned pairs', () => {
  // a system timex over two gold ones matches one of them; the exact match is not taken by an earlier overlap
  assert.deepEqual(alignTimexes([{ start: 0, end: 20 }, { start: 10, end: 20 }], [{ start: 0, end: 8 }, { start: 10, end: 20 }]), [0, 1]);
  assert.deepEqual(alignTimexes([{ start: 0, end: 20 }], [{ start: 0, end: 8 }, { start: 10, end: 20 }]), [1]);
  // two system timexes with the span of one gold timex: one match, one spurious
  const acc: TimesScore = { sys: 0, gold: 0, strict: 0, relaxed: 0, type: 0, value: 0 };
  const t = { start: 0, end: 6, type: 'DATE', value: '2024' };
  scoreDoc([t, { ...t }], [{ ...t, text: 'a year', mod: null }], acc);
  assert.deepEqual(acc, { sys: 2, gold: 1, strict: 1, relaxed: 1, type: 1, value: 1 });
});

test('news phrasing: a clock time right after its day, a name that reads as a weekday, a preposition before "a", a sentence break', () => {
  assertValues(times('Officials recorded 611 aftershocks as of Saturday 8:00 p.m. (1200 UTC). Schools closed.', '2019-10-22'),
    { 'Saturday 8:00 p.m.': '2019-10-19T20:00', '1200 UTC': '2019-10-19T12:00Z' });
  assert.deepEqual(times('He spoke to the Baltimore Sun. Under state law, the governor acts.', '2019-10-18').map((t) => t.text), []);
  assert.deepEqual(times('He returned following a week-long stay in hospital.', '2020-01-12').map((t) => t.text), ['week-long']);
  const ts = times('His last vote was on September 11. At 2:45 a.m. local time, he died.', '2019-10-18');
  assertValues(ts, { 'September 11': '2019-09-11', '2:45 a.m.': '2019-10-18T02:45' });
});

test('a present perfect next to a weekday tells of the past; "has been scheduled" still looks ahead', () => {
  assertValues(times('The death toll of the quake that struck on Wednesday night has increased.', '2019-10-22'), { 'Wednesday night': '2019-10-16TNI' });
  assertValues(times('A June 3 hearing has been scheduled in the court.', '2009-05-14'), { 'June 3': '2009-06-03' });
});

test('"in recent years" with a present perfect is the stretch up to the dateline, a duration; with a past tense or after "of", a past time', () => {
  const typed = (text: string, dct: string) => times(text, dct).map((t) => `${t.text}=${t.type}:${t.value}`);
  assert.deepEqual(typed('Officials have expressed concerns in recent months about the cases.', '1998-04-02'), ['recent months=DURATION:PXM']);
  assert.deepEqual(typed('However it has in recent years been struggling with poor profitability.', '2006-08-19'), ['recent years=DURATION:PXY']);
  assert.deepEqual(typed('"We thank the governments that have provided help by sharing information and tightening security in recent days," she said.', '1998-08-11'), ['recent days=DURATION:PXD']);
  assert.deepEqual(typed('As the yen soared in recent years, its problems became a vicious circle.', '1989-10-30'), ['recent years=DATE:PAST_REF']);
  assert.deepEqual(typed('The market has helped to finance the takeover boom of recent years.', '1989-10-27'), ['recent years=DATE:PAST_REF']);
});

test('"the 1988 quarter" is the quarter reported on, also when a year was named since; "the 1988 period" after nine months is no quarter', () => {
  assertValues(times('The company said its third-quarter earnings will probably be lower than the 16 cents a share it reported last year. It earned $376,000 on revenue of $14.5 million in the 1988 quarter.', '1989-10-30'),
    { 'third-quarter': '1989-Q3', 'last year': '1988', 'the 1988 quarter': '1988-Q3' });
  assertValues(times('Net was $52 million in the third quarter, up from last year. In the first nine months, net was $306 million, compared with a loss of $195 million in the 1988 period.', '1989-11-02'),
    { 'the 1988 period': '1988-QX' });
});

test('"more recently" is one time, the comparative with it', () => {
  assert.deepEqual(times('The center monitored the Klan. More recently it has followed the militias.', '1998-02-10').map((t) => `${t.text}=${t.value}`), ['More recently=PAST_REF']);
});

test('"The year-ago results": the time is the modifier "year-ago", read as the quarter reported on', () => {
  const ts = times('Net income rose 11% in the third quarter. The year-ago results included a $415 million charge.', '1989-11-02');
  assert.deepEqual(ts.map((t) => `${t.text}=${t.value}`), ['the third quarter=1989-Q3', 'year-ago=1988-Q3']);
});

test('"over" before a vague count or a period is the preposition, not MORE_THAN; before a number it stays the modifier', () => {
  const typed = (text: string) => times(text, '1989-10-30').map((t) => `${t.text}=${t.value}${t.mod ? '/' + t.mod : ''}`);
  assert.deepEqual(typed('The system has evolved over several years.'), ['several years=PXY']);
  assert.deepEqual(typed('He may overstate the earnings over a three-year period.'), ['a three-year period=P3Y']);
  assert.deepEqual(typed('The index closed at its lowest level in over six years.'), ['over six years=P6Y/MORE_THAN']);
});

test('a clock time with no day of its own, in a past-tense story, is on the day the story last named (within the week before the dateline)', () => {
  const ts = times('On Saturday evening in the gardens, shortly before 19:00 local time (1800 UTC), a stabbing killed three people.\n\nThe water main broke on Monday. Crews arrived around 6:20 pm and the city issued an advisory at 6:30 pm.', '2020-06-24');
  assertValues(ts, { 'Saturday evening': '2020-06-20TEV', '19:00': '2020-06-20T19:00', '1800 UTC': '2020-06-20T18:00Z', '6:20 pm': '2020-06-22T18:20', '6:30 pm': '2020-06-22T18:30' });
  assert.equal(find(ts, '19:00').anchorId, find(ts, 'Saturday evening').id);
  // no day named before it, or one more than a week back: the dateline's day
  assertValues(times('Police arrived at 6:20 pm.', '2020-06-24'), { '6:20 pm': '2020-06-24T18:20' });
  assertValues(times('The firm was founded on May 3. Police arrived at 6:20 pm.', '2020-06-24'), { '6:20 pm': '2020-06-24T18:20' });
  // "12:01 a.m. eastern standard time on February 7, 2026": the zone's full name, then the day
  assertValues(times('Effective 12:01 a.m. eastern standard time on February 7, 2026, the duties apply.', '2026-02-06'), { '12:01 a.m.': '2026-02-07T00:01' });
});

test('a day range with a dash ("March 23-25, 2025", "September 25–27") gives the second day the month and year of the first', () => {
  const ts = times('Talks were held in Riyadh March 23-25, 2025. She drew two percent in the September 25–27 poll. The June 29-30 summit met.', '2025-10-01');
  assertValues(ts, { 'March 23': '2025-03-23', '25, 2025': '2025-03-25', 'September 25': '2025-09-25', '27': '2025-09-27', 'June 29': '2025-06-29', '30': '2025-06-30' });
  // not a range: a first number not above the second, or a percentage
  assert.ok(!times('The vote on May 5-3 was close.', '2025-10-01').some((t) => t.text === '3'));
  assert.ok(!times('Support on June 4-40 percent of voters.', '2025-10-01').some((t) => t.text === '40'));
});

test('a year joined to a camel-case name ("2019-nCoV") or numbering a resolution ("Resolution 1970 (2011)") is no time', () => {
  const ts = times('Officials said the coronavirus 2019-nCoV may have killed two. Under Security Council Resolution 1970 (2011), assets froze; the 2016-era rules stay.', '2022-02-22');
  assert.deepEqual(ts.map((t) => t.text), ['2011', '2016']);
});

test('a transcript time stamp alone on its line keeps the dateline day; one on the line after a dated header takes that date', () => {
  const ts = times('Roosevelt Room\n\n10:31 A.M. EST\n\nTHE PRESIDENT: Last night, the Congress passed the bill.\n\n10:40 A.M. EST\n', '2022-03-11');
  assertValues(ts, { '10:31 A.M. EST': '2022-03-11T10:31', '10:40 A.M. EST': '2022-03-11T10:40' });
  assertValues(times('Boston, Massachusetts\n\n(December 2, 2022)\n\n5:41 P.M. EST\n\nTHE PRESIDENT: Well, thank you.', '2022-12-03'), { '5:41 P.M. EST': '2022-12-02T17:41' });
});

test('"FY22": two digits right after FY are a fiscal year', () => {
  const ts = times('Up to $25M per year for FY22, FY23, and FY24 for roads; the FY2023 budget; FY50% is no year.', '2022-10-19');
  assertValues(ts, { FY22: '2022', FY23: '2023', FY24: '2024', FY2023: '2023' });
  assert.ok(!ts.some((t) => t.text.startsWith('FY50')));
});

test('a window of text is scanned for times around a trigger word or a digit form of a time, not around any digit', async () => {
  const { loadTimesResources } = await import('../src/stages/times/resources.js');
  const trig = loadTimesResources().trigger;
  for (const s of ['in 1996', 'FY22', 'at 9am', 'at 9 a.m.', 'at 10:35', 'on 11/25', 'on the 15th', "the '90s", 'the 90s', 'Q3 results', 'in March', 'two years']) assert.ok(trig.test(s), s);
  for (const s of ['COVID-19', '$1.5 billion', 'Section 230', 'Article 5', '50 percent', '1,000 people']) assert.ok(!trig.test(s), s);
});
