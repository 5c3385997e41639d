/**
 * The tense around a time expression: which way "Friday" or "November 11" points from the DCT.
 * Reads the verbs of the sentence (UPOS tags from the structure stage) and the tense cue words
 * of resources/en/times/lexicon.yaml (`tense`); the verb closest to the expression decides.
 */
import type { Lexicon } from './resources.js';

export type Tense = 'past' | 'present' | 'future' | 'unknown';

export interface Word { text: string; lower: string; pos: string; start: number; end: number }

/** Words of a sentence: its tokens when there are, else a plain split (no POS). */
export function wordsOf(text: string, start: number, end: number, tokens: { text: string; pos: string; start: number; end: number }[] | null): Word[] {
  if (tokens && tokens.length) return tokens.map((t) => ({ text: t.text, lower: t.text.toLowerCase(), pos: t.pos, start: t.start, end: t.end }));
  const out: Word[] = [];
  const re = /[\p{L}\p{N}']+/gu;
  const chunk = text.slice(start, end);
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) out.push({ text: m[0], lower: m[0].toLowerCase(), pos: '', start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

interface TenseCues { perfectAux: Set<string>; breaks: Set<string>; support: Set<string>; ing: string; perfect: string[][]; beForms: Set<string>; plan: Set<string>; future: Set<string>; past: Set<string>; present: Set<string>; inf: Set<string>; forward: string[][]; moved: Set<string>; movedTo: Set<string>; movedGap: number; backward: string[][]; bound: string[][]; be: Set<string> }
let cues: TenseCues | null = null;
function cuesOf(lex: Lexicon): TenseCues {
  if (!cues) {
    const t = lex.tense as Lexicon['tense'] & { pastIrregular?: string[]; supportAuxiliaries?: string[]; presentPerfectAuxiliaries?: string[] };
    cues = {
      perfectAux: new Set(t.presentPerfectAuxiliaries ?? []),
      ing: t.presentParticipleEnding ?? '', breaks: new Set(t.clauseBreaks ?? []), support: new Set(t.supportAuxiliaries ?? []),
      future: new Set(t.future), present: new Set(t.present), inf: new Set(t.infinitiveMarkers),
      past: new Set([...t.past, ...(t.pastIrregular ?? [])]),
      forward: (t.forwardBefore ?? []).map((e) => e.toLowerCase().split(/\s+/)),
      moved: new Set(t.movedVerbs ?? []), movedTo: new Set(t.movedPrepositions ?? []), movedGap: t.movedVerbGap ?? 0,
      backward: (t.backwardBefore ?? []).map((e) => e.toLowerCase().split(/\s+/)),
      bound: (t.boundBefore ?? []).map((e) => e.toLowerCase().split(/\s+/)),
      be: new Set(t.passiveAuxiliaries ?? []),
      beForms: new Set(t.beForms ?? []), plan: new Set(t.planVerbs ?? []), perfect: (t.pastPerfect ?? []).map((e) => e.toLowerCase().split(/\s+/)),
    };
  }
  return cues;
}

/** A past form: an irregular one of the lexicon, or one in -ed that is no present form ("succeed"). */
const pastForm = (x: string, c: TenseCues): boolean => c.past.has(x) || (/ed$/.test(x) && !c.present.has(x));

function tenseOfWord(words: Word[], i: number, c: TenseCues): Tense {
  const w = words[i]!;
  // a modal or "going to" before the verb decides
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const p = words[k]!.lower;
    // (a cue right before a past form is no modal: "turnaround plans announced in January",
    // "he'd finished")
    if (c.future.has(p) && (p !== 'going' || words[k + 1]?.lower === 'to') && !(k === i - 1 && pastForm(w.lower, c))) return 'future';
    // "has scheduled a news conference Thursday": a plan made, for a day ahead
    if ((p === 'has' || p === 'have') && k === i - 1 && c.plan.has(w.lower)) return 'future';
    if (p === 'has' || p === 'have' || p === 'had') return 'past';
    // "didn't come", "does not expect": the auxiliary's tense
    if (c.support.has(p) && w.pos === 'VERB') return c.past.has(p) ? 'past' : 'present';
  }
  // "were planning to drive there on Saturday", "is set to resume Monday": a form of "be" before
  // a verb of planning looks ahead with it, as does "be to" ("is to resume trading Tuesday")
  if (c.beForms.has(w.lower) && (c.plan.has(words[i + 1]?.lower ?? '') || words[i + 1]?.lower === 'to')) return 'future';
  if (c.future.has(w.lower) && w.lower !== 'set' && w.lower !== 'next' && w.lower !== 'tomorrow') return 'future';
  // "the quake that struck on Wednesday has increased the toll": a present perfect tells of the
  // past (not "has been scheduled for", "has set": a plan)
  const next = words[i + 1]?.lower ?? '';
  if ((w.lower === 'has' || w.lower === 'have') && pastForm(next, c) && !c.beForms.has(next) && !c.plan.has(next)) return 'past';
  if (i > 0 && c.inf.has(words[i - 1]!.lower)) return 'unknown';
  // a present participle ("hit the coast, killing 12") has no tense of its own: a form of "be"
  // just before it ("was holding", "is holding") decides, else it says nothing
  if (c.ing && w.pos === 'VERB' && w.lower.endsWith(c.ing)) {
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) if (c.beForms.has(words[k]!.lower)) return c.past.has(words[k]!.lower) ? 'past' : 'present';
    return 'unknown';
  }
  // a participle after a form of "be" ("to be completed", "is expected"): the auxiliary decides
  if (pastForm(w.lower, c)) {
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) if (c.be.has(words[k]!.lower)) return 'unknown';
  }
  if (c.past.has(w.lower)) return 'past';
  if (c.present.has(w.lower)) return 'present';
  if (/ed$/.test(w.lower) && (w.pos === 'VERB' || w.pos === '')) return 'past';
  if (w.pos === 'VERB' || w.pos === 'AUX') return 'present';
  return 'unknown';
}

/** A word of a clock time before a day: "9", "10:30", "a.m.", "noon", a time zone ("EST", "GMT"). */
const CLOCK_WORD = /^(?:\d{1,2}(?:[:.]\d\d)?|[ap]\.?m\.?|noon|midnight|[a-z]?[ecmpa][sd]t|gmt|utc)$/;

/**
 * The index of the word where a cue before the expression would end: the word right before it,
 * or before "on" and it, skipping a clock time ("until 9 a.m. EST Tuesday"); -1 when there is
 * none, or the expression is a possessive ("hit by Monday's quake") unless `possessiveToo`.
 */
function cueEnd(words: Word[], start: number, end: number, possessiveToo = false): number {
  let j = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.end <= start) j = i;
    else if (w.start < end && /'s$/.test(w.lower)) { if (!possessiveToo) return -1; }
    else if (w.start >= end) break;
  }
  while (j >= 0 && CLOCK_WORD.test(words[j]!.lower)) j--;
  if (j >= 0 && words[j]!.lower === 'on') j--;
  return j;
}

/** Whether one of `cues` (lexicon `tense.forwardBefore`, ...) ends at word j: "payable Dec. 15",
 * "stock of record Nov. 17", "until Friday". */
function cueAt(words: Word[], j: number, cues: string[][]): boolean {
  return j >= 0 && cues.some((cue) => cue.every((x, k) => words[j - (cue.length - 1) + k]?.lower === x));
}

/** Whether a forward cue ends at word j: one of lexicon `tense.forwardBefore` ("extended to"), or a
 * verb of moving a date and its object before the preposition ("extended the lockdown to"). */
function forwardAt(words: Word[], j: number, c: TenseCues): boolean {
  if (cueAt(words, j, c.forward)) return true;
  if (j < 1 || !c.movedTo.has(words[j]!.lower)) return false;
  for (let k = j - 1; k >= Math.max(0, j - 1 - c.movedGap); k--) {
    const w = words[k]!;
    if (c.moved.has(w.lower)) return k < j - 1;
    if (c.breaks.has(w.lower) || w.pos === 'VERB' || w.pos === 'AUX') return false;
  }
  return false;
}

/** Whether a forward cue (lexicon `tense.forwardBefore`: "ahead of", "due") ends right before
 * [start, end), also when the expression is a possessive ("ahead of Sunday's vote"). */
export function forwardCueBefore(words: Word[], start: number, end: number, lex: Lexicon): boolean {
  return forwardAt(words, cueEnd(words, start, end, true), cuesOf(lex));
}

/** Where the clause after an expression ending at `end` ends (lexicon `tense.clauseBreaks`; Infinity: the region's end). */
function clauseBreakAfter(words: Word[], end: number, c: TenseCues): number {
  for (const w of words) if (w.start >= end && c.breaks.has(w.lower)) return w.start;
  return Infinity;
}

/** Whether word i may be a tensed verb: tagged so, or untagged and in the tense lists; a capitalised
 * "verb" after a lower-case word is a name the tagger took for one ("Roe vs. Wade"; in a title-case
 * headline the word before is capitalised too). */
function verbCandidate(words: Word[], i: number, c: TenseCues): boolean {
  const w = words[i]!;
  const isVerb = w.pos === 'VERB' || w.pos === 'AUX' || (w.pos === '' && (c.past.has(w.lower) || c.present.has(w.lower) || c.future.has(w.lower) || /ed$/.test(w.lower)));
  return isVerb && !(i > 0 && /^\p{Lu}/u.test(w.text) && /^\p{Ll}/u.test(words[i - 1]!.text));
}

/** A verb's distance from [start, end): one after the expression counts a little further away than one before it. */
const verbDistance = (w: Word, start: number, end: number): number => (w.start >= end ? (w.start - end) * 1.2 : start - w.end);

/** The tense of the clause around [start, end): the nearest tensed verb, nearer ones first. */
export function tenseAround(words: Word[], start: number, end: number, lex: Lexicon): Tense {
  const c = cuesOf(lex);
  const j = cueEnd(words, start, end);
  // "had been due to expire Friday": a deadline seen from the past, which has passed
  if (forwardAt(words, j, c)) return [1, 2, 3, 4].some((k) => cueAt(words, j - k, c.perfect)) ? 'past' : 'future';
  if (cueAt(words, j, c.backward)) return 'past';
  let best: Tense = 'unknown';
  let bestDist = Infinity;
  let deferred = false;
  // where the clause after the expression ends (lexicon `tense.clauseBreaks`): a verb beyond it
  // ("celebrated Mass on Sunday and will travel", "which met on Monday, will rule") is another
  // clause's, once a verb before the expression has told the tense
  const brk = clauseBreakAfter(words, end, c);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.end > start && w.start < end) continue;
    if (w.start >= brk && best !== 'unknown') break;
    if (!verbCandidate(words, i, c)) continue;
    // an infinitive between a past-tense verb and the expression ("agreed to meet on Friday",
    // "subpoenaed him to testify on Feb. 10"): its time may lie after the past verb's
    // after a verb of planning ("did not plan to remove Elian on Thursday even if his relatives
    // continued"), nor does a verb after the expression
    if (w.end <= start && i > 0 && c.inf.has(words[i - 1]!.lower) && best === 'past') { best = 'unknown'; bestDist = Infinity; deferred = c.plan.has(words[i - 2]?.lower ?? ''); continue; }
    if (deferred && w.start >= end) break;
    const t = tenseOfWord(words, i, c);
    if (t === 'unknown') continue;
    const dist = verbDistance(w, start, end);
    if (dist < bestDist) { bestDist = dist; best = t; }
  }
  // "had bought shares through Sept. 29", "until Thursday they had not": a bound says nothing
  // of the direction, and a past-tense clause around it does not push it into the past
  // a bound in any other clause ("has until Monday to raise", "must decide by Friday") is a
  // deadline ahead
  if (cueAt(words, j, c.bound)) return best === 'past' ? 'unknown' : 'future';
  return best;
}

/**
 * Whether the verb nearest [start, end) is a present perfect (lexicon
 * `tense.presentPerfectAuxiliaries` with a past participle): "have expressed concerns in recent
 * months", "the market has moved", "it has in recent years been struggling". The nearest verb
 * is found as tenseAround finds it (verbCandidate, verbDistance, clauseBreakAfter).
 */
export function presentPerfectAround(words: Word[], start: number, end: number, lex: Lexicon): boolean {
  const c = cuesOf(lex);
  if (!c.perfectAux.size) return false;
  const brk = clauseBreakAfter(words, end, c);
  let best = -1; let bestDist = Infinity;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.end > start && w.start < end) continue;
    if (w.start >= brk && best >= 0) break;
    if (!verbCandidate(words, i, c) || tenseOfWord(words, i, c) === 'unknown') continue;
    const dist = verbDistance(w, start, end);
    if (dist < bestDist) { bestDist = dist; best = i; }
  }
  if (best < 0) return false;
  const w = words[best]!;
  const isVerbAt = (k: number) => { const x = words[k]!; return x.pos === 'VERB' || x.pos === 'AUX' || (x.pos === '' && (pastForm(x.lower, c) || c.beForms.has(x.lower))); };
  // the auxiliary's participle follows it, over adverbs or the expression ("has in recent years
  // been"), and is no "has to"
  const participleAfter = (a: number): boolean => {
    for (let k = a + 1; k < Math.min(words.length, a + 6); k++) {
      const x = words[k]!;
      if (x.end > start && x.start < end) continue;
      if (c.breaks.has(x.lower)) return false;
      if (isVerbAt(k)) return pastForm(x.lower, c) && !c.inf.has(words[k + 1]?.lower ?? '');
    }
    return false;
  };
  if (c.perfectAux.has(w.lower)) return participleAfter(best);
  // the auxiliary up to three words before the verb, as tenseOfWord reads it ("have long
  // suffered", "have provided by sharing")
  for (let k = best - 1, seen = 0; k >= 0 && seen < 3; k--) {
    const x = words[k]!;
    if (x.end > start && x.start < end) continue;
    if (c.perfectAux.has(x.lower)) return participleAfter(k);
    if (c.breaks.has(x.lower)) return false;
    seen++;
  }
  return false;
}
