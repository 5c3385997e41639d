/**
 * Structure stage: paragraphs, sentences and tokens (with Universal POS tags).
 *
 * Paragraphs are the blocks between blank lines. A short paragraph without a final stop is a
 * headline (or crosshead) and stays one sentence of its own. Each paragraph is handed to wink-nlp
 * separately, so a sentence never runs across a paragraph break.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Paragraph, Sentence, Token } from '../../document.js';
import type { Stage } from '../types.js';
import { wordList } from '../../util/wordlist.js';

type Nlp = ReturnType<typeof winkNLP>;
/** wink-nlp's lexeme table: look-up hash, list (index → word) and the size of the model's own part. */
interface Lexemes { hash: Record<string, number>; list: string[]; intrinsicSize: number }
let nlp: Nlp | null = null;
let lexemes: Lexemes | null = null;
/** Length of the lexeme list after the last forgetNewWords. */
let lexemesKept = 0;
/** Words added past the model's lexicon before the instance is rebuilt (a memory bound; see forgetNewWords). */
const MAX_ADDED_WORDS = 200_000;

function getNlp(): Nlp {
  if (!nlp) {
    // keep a handle on the instance's lexicon (part of the core model it loads), for forgetNewWords
    const core = (model as unknown as { core?: unknown }).core;
    if (typeof core !== 'function') throw lexiconError('the model has no core()');
    lexemes = null;
    nlp = winkNLP({ ...model, core: () => { const c = core.call(model); lexemes = lexiconOf(c); return c; } } as typeof model);
    if (!lexemes) throw lexiconError('winkNLP did not load the core model');
    lexemesKept = (lexemes as Lexemes).list.length;
  }
  return nlp;
}

/** The lexeme table of wink's core model, checked: forgetNewWords relies on this private shape. */
function lexiconOf(core: unknown): Lexemes {
  const lx = (core as { features?: { lexeme?: Partial<Lexemes> } } | null)?.features?.lexeme;
  if (!lx || typeof lx.hash !== 'object' || lx.hash === null || !Array.isArray(lx.list) || typeof lx.intrinsicSize !== 'number') {
    throw lexiconError('its core model has no features.lexeme { hash, list, intrinsicSize }');
  }
  return lx as Lexemes;
}

function lexiconError(what: string): Error {
  return new Error(`structure: wink-nlp internals changed (${what}); forgetNewWords in src/stages/structure/index.ts needs updating for this wink-nlp / wink-eng-lite-web-model version`);
}

/**
 * wink-nlp adds every out-of-vocabulary word it reads to its lexicon, and its tokenizer consults
 * that lexicon ("U.S.." splits as "U.S." + "." until some text has had the word "U.S", then as
 * "U.S" + ".."), so tokens would depend on the text read before, even in other documents. Before
 * each paragraph the words added since the last call are unlinked from the look-up hash: every
 * paragraph is read with the model's own lexicon. The lexicon's arrays are append-only (their
 * entries stay aligned with wink's private per-word data), so the instance is rebuilt once they
 * have grown by MAX_ADDED_WORDS. The cost is not the unlinking (about 1% of the stage) but wink
 * featurizing each out-of-vocabulary word anew instead of once per process; forgetting once per
 * document instead of per paragraph measured the same (80k words per CPU-second on White House
 * briefings, 110k without forgetting), so the paragraph, the stronger guarantee, is kept.
 */
function forgetNewWords(): void {
  if (!lexemes) return;
  const { hash, list, intrinsicSize } = lexemes;
  for (let i = lexemesKept; i < list.length; i++) delete hash[list[i]!];
  lexemesKept = list.length;
  if (list.length - intrinsicSize > MAX_ADDED_WORDS) nlp = null;
}

/** Single letters joined by dots, without the final one ("U.S", "a.m"). */
const INITIALISM_NO_DOT = /^(?:\p{L}\.)+\p{L}$/u;
/** Tokens up to i end with one capital letter and its stop ("N" + "." or "N."). */
function initialEnds(toks: { text: string; start: number; end: number }[], i: number): boolean {
  const t = toks[i]!;
  if (/^\p{Lu}\.$/u.test(t.text)) return true;
  const before = toks[i - 1];
  return t.text === '.' && !!before && before.end === t.start && /^\p{Lu}$/u.test(before.text);
}
/** Closing brackets, closing curly quotes and stops: no sentence opens with them. */
const CLOSING = /^[)\]}.,;:!?’”]+$/u;
/** A paragraph of at most this many words without a final stop is a headline. */
const HEADLINE_MAX_WORDS = 25;
/** Runs of this many non-space characters are one token, whatever is inside. */
const LONG_RUN = /\S{200,}/g;
const RUN_PIECE = 40;

/** Letters of Latin Extended-A/B and Latin Extended Additional: wink-nlp's tokenizer cuts words at them ("Erdo" "ğ" "an"). */
const EXTENDED_LATIN = /[\u0100-\u024F\u1E00-\u1EFF]/u;
const EXTENDED_LATIN_ALL = new RegExp(EXTENDED_LATIN.source, 'gu');
/**
 * The letter wink-nlp reads in place of an extended Latin one: its base letter ("ğ" → "g", "Š" → "S",
 * "ễ" → "e"), or a letter of the same case for one with no base ("ł", "đ"). One UTF-16 unit for one,
 * so offsets hold; tokens keep the text as written.
 */
function baseLetter(ch: string): string {
  const base = ch.normalize('NFD')[0]!;
  if (/[A-Za-z]/.test(base)) return base;
  return ch === ch.toLowerCase() ? 'l' : 'L';
}
const FINAL_STOP = /[.!?…:;]["'”’»)\]]*$/u;

/** Split the text into paragraphs at blank lines; offsets exclude surrounding white space. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n[ \t\u00a0]*\n/g;
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b <= a) return;
    const chunk = text.slice(a, b);
    const words = chunk.split(/\s+/).length;
    out.push({ start: a, end: b, text: chunk, headline: !FINAL_STOP.test(chunk) && words <= HEADLINE_MAX_WORDS && !chunk.includes('\n') });
  };
  // a block's title-case line before a capitalized one is a headline of its own (live blogs, pasted text:
  // "Marco Rubio Defends His Immigration Bill⏎Marco Rubio defended himself on Saturday …"); only at the
  // block's start or after a line that ends a sentence, and before a line too long to be hard-wrapped, so
  // a wrapped line full of names goes on ("The Coalition for Epidemic⏎Preparedness Innovations met …")
  const block = (a: number, b: number) => {
    let lineStart = a;
    let afterStop = true;
    for (let nl = text.indexOf('\n', a); nl >= 0 && nl < b; nl = text.indexOf('\n', nl + 1)) {
      const line = text.slice(lineStart, nl);
      if (afterStop && titleLine(line) && /^[ \t\u00a0]*[\p{Lu}“"‘']/u.test(text.slice(nl + 1, Math.min(b, nl + 8))) && unwrappedLine(text, nl + 1, b)) {
        push(a, nl);
        a = nl + 1;
      } else afterStop = FINAL_STOP.test(line.trimEnd());
      lineStart = nl + 1;
    }
    push(a, b);
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    block(from, m.index);
    from = m.index + m[0].length;
  }
  block(from, text.length);
  return out;
}

/** A line at least this long is a paragraph of its own, not text wrapped at a fixed width. */
const UNWRAPPED_LINE = 100;
/** Is the line from `from` (to the next line break, not past `to`) at least UNWRAPPED_LINE long? */
function unwrappedLine(text: string, from: number, to: number): boolean {
  const nl = text.indexOf('\n', from);
  return (nl < 0 || nl > to ? to : nl) - from >= UNWRAPPED_LINE;
}

/**
 * A line set as a title: 3 to HEADLINE_MAX_WORDS words, no final stop, and at least 4 in 5 of its
 * words other than the short ones a title leaves in lower case (resources/en/structure/title-small-words.txt)
 * capitalized (or numbers).
 */
function titleLine(line: string): boolean {
  if (FINAL_STOP.test(line.trimEnd())) return false;
  const small = wordList('title-small-words.txt', 'structure');
  const words = line.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (words.length < 3 || words.length > HEADLINE_MAX_WORDS) return false;
  let big = 0, capital = 0;
  for (const w of words) {
    if (small.has(w.toLowerCase())) continue;
    big++;
    if (/^[\p{Lu}\p{N}]/u.test(w)) capital++;
  }
  // (a title ends on a word of its own: "The Coalition for" is a line wrapped inside a name)
  return big > 0 && capital >= 0.8 * big && /^[\p{Lu}\p{N}]/u.test(words[0]!) && !small.has(words[words.length - 1]!.toLowerCase());
}

/**
 * Letters and stops written without a space, in short pieces: one abbreviation, whichever way wink
 * cut it ("Ph" "." "D." → "Ph.D.", "B." "Sc" "." → "B.Sc."; "Ph" "." "D" → "Ph.D"). It ends with its
 * stop, or is two letters and one ("Ph.D"), so a missing space after a sentence ("done.It was") is
 * no abbreviation.
 */
const ABBREVIATION = /^(?:(?:\p{L}{1,3}\.){2,}|\p{L}{1,3}\.\p{L}{1,3}\.|\p{L}{1,2}\.\p{L})$/u;
const ABBREVIATION_PIECE = /^[\p{L}.]{1,4}$/u;
/** Whether tokens i and i + 1 touch at a stop ("Ph" + ".", "B." + "Sc"): where an abbreviation may be cut. */
function cutAtStop(local: { start: number; end: number; text: string }[], i: number): boolean {
  const t = local[i]!, n = local[i + 1];
  return !!n && n.start === t.end && (t.text.endsWith('.') || n.text.startsWith('.'));
}

/** Merge runs of touching tokens that make one abbreviation; `map` (wink index → ours) follows. */
function joinAbbreviations(local: { start: number; end: number; text: string; pos: string; kind: string }[], map: number[]): void {
  let index: number[] | null = null;
  let out: typeof local | null = null;
  for (let i = 0; i < local.length; i++) {
    let best = -1;
    if (cutAtStop(local, i) && ABBREVIATION_PIECE.test(local[i]!.text)) {
      let j = i;
      let text = local[i]!.text;
      while (j + 1 < local.length && local[j + 1]!.start === local[j]!.end && ABBREVIATION_PIECE.test(local[j + 1]!.text) && text.length < 12) {
        j++;
        text += local[j]!.text;
        if (ABBREVIATION.test(text)) best = j;
      }
    }
    if (best < 0) { if (out) { index!.push(out.length); out.push(local[i]!); } continue; }
    if (!out) { out = local.slice(0, i); index = out.map((_, k) => k); }
    const first = local[i]!;
    const last = local[best]!;
    for (let k = i; k <= best; k++) index!.push(out.length);
    out.push({ start: first.start, end: last.end, text: local.slice(i, best + 1).map((t) => t.text).join(''), pos: first.pos === 'PROPN' || last.pos === 'PROPN' ? 'PROPN' : 'NOUN', kind: 'word' });
    i = best;
  }
  if (!out) return;
  local.splice(0, local.length, ...out);
  for (let k = 0; k < map.length; k++) map[k] = index![map[k]!]!;
}

/** An initialism with its final stop, which can end a sentence ("U.S.", "a.m.", "D.C."). */
const INITIALISM = /^(?:\p{L}{1,2}\.){2,}$/u;
const CLOCK = /^[ap]\.m\.$/i;
/** Closed-class words that open a sentence but do not continue a name ("The", "He", "In", "But"). */
const OPENER_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'ADV']);
/**
 * wink never ends a sentence at an initialism ("… between 3 p.m. and 6 a.m. Thailand planned …",
 * "… in the U.S. The company …", "… wrote on X. The ministry …"). One ends there when a capitalized closed-class word follows
 * (after a single capital letter only where a lower-case word stands before it, and an opening quote mark counts too), or,
 * after a clock time, a name and its verb ("a.m. Thailand planned"; "a.m. Central European Time"
 * and "the U.S. Congress voted" go on), or when a line break stands between them ("… into the
 * U.S.⏎Chris Christie added …": a line that ends with a stop ends its sentence).
 */
function splitAfterInitialisms(local: { text: string; pos: string; kind: string; start: number; end: number }[], ranges: [number, number][], text: string): void {
  for (let r = 0; r < ranges.length; r++) {
    const [a, b] = ranges[r]!;
    for (let i = a; i < b; i++) {
      const t = local[i]!;
      // (or a single capital letter after a lower-case word: "wrote on X. The ministry …", "vitamin D. Researchers …"; not a
      // middle initial: "George W. Bush")
      if (!t.text.endsWith('.')) continue;
      let single = false;
      if (t.text.length === 2 && /^\p{Lu}\.$/u.test(t.text)) {
        let p = i - 1;
        while (p >= a && !keepToken(local[p])) p--;
        single = p >= a && /^\p{Ll}+$/u.test(local[p]!.text);
      }
      if (!single && (t.text.length < 4 || !INITIALISM.test(t.text))) continue;
      let n = i + 1;
      while (n <= b && !keepToken(local[n])) n++;
      const next = local[n];
      // (after the single letter, an opening quote mark and a capital too: "wrote on X. “We need …”")
      const quoted = single && !!next && /^[“"«]$/u.test(next.text) && /^\p{Lu}/u.test(local[n + 1]?.text ?? '');
      if (!next || n > b || !(/^\p{Lu}/u.test(next.text) || quoted)) continue;
      const after = local[n + 1];
      // (a line break after a single letter may fall inside a name: "the K.⏎Harrison Brown Family Chair")
      const opens = OPENER_POS.has(next.pos) || quoted || (CLOCK.test(t.text) && next.pos === 'PROPN' && n + 1 <= b && (after?.pos === 'VERB' || after?.pos === 'AUX')) || !single && text.slice(t.end, next.start).includes('\n');
      if (!opens) continue;
      ranges.splice(r, 1, [a, i], [i + 1, b]);
      break;
    }
  }
}

const APOSTROPHE = /['\u2019]/;
/** Contractions wink leaves whole (resources/en/structure/contractions.txt): the lower-case word → where it splits and the parts' tags. */
let contractions: Map<string, { at: number; pos: [string, string] }> | null = null;
function contractionSplits(): Map<string, { at: number; pos: [string, string] }> {
  if (!contractions) {
    contractions = new Map();
    for (const line of wordList('contractions.txt', 'structure')) {
      const [word, a, b] = line.split(/\s+/);
      if (!word || !a || !b || !word.includes('|')) throw new Error(`resources/en/structure/contractions.txt: bad line "${line}"`);
      contractions.set(word.replace('|', ''), { at: word.indexOf('|'), pos: [a, b] });
    }
  }
  return contractions;
}

function keepToken(t: { text: string; kind: string; pos: string } | undefined): boolean {
  return !!t && t.kind !== 'tabCRLF' && t.pos !== 'SPACE' && t.text.trim() !== '';
}

export function structure(text: string): { paragraphs: Paragraph[]; sentences: Sentence[]; tokens: Token[] } {
  const paragraphs = paragraphsOf(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const { its } = getNlp();
  paragraphs.forEach((para, pi) => {
    // wink-nlp slows down quadratically inside very long runs without spaces (URLs, base64,
    // garbage): it sees them broken by spaces (same length, so offsets hold) and each run is
    // made one token again below
    const runs = [...para.text.matchAll(LONG_RUN)].map((m) => [m.index!, m.index! + m[0].length] as const);
    let input = EXTENDED_LATIN.test(para.text) ? para.text.replace(EXTENDED_LATIN_ALL, baseLetter) : para.text;
    if (runs.length) {
      const buf = input.split('');
      for (const [a, b] of runs) for (let i = a + RUN_PIECE; i < b - 1; i += RUN_PIECE) if (!/[\uD800-\uDFFF]/.test(buf[i]!)) buf[i] = ' ';
      input = buf.join('');
    }
    forgetNewWords();
    const wdoc = getNlp().readDoc(input);
    // token offsets: wink keeps every character (preceding spaces + value)
    const raw: { start: number; end: number; text: string; pos: string; kind: string }[] = [];
    let pos = 0;
    wdoc.tokens().each((t: any) => {
      pos += (t.out(its.precedingSpaces) as string).length;
      const value = t.out() as string;
      // wink can normalize some characters; look for the value near pos to be safe
      let at = input.startsWith(value, pos) ? pos : input.slice(pos, pos + value.length + 16).indexOf(value);
      at = at < 0 ? pos : at === pos ? pos : pos + at;
      raw.push({ start: at, end: at + value.length, text: para.text.slice(at, at + value.length), pos: t.out(its.pos) as string, kind: t.out(its.type) as string });
      pos = at + value.length;
    });
    // one token per long run, an initialism with its final dot; map wink's token indices to ours
    const local: typeof raw = [];
    const map: number[] = [];
    let r = 0;
    for (const t of raw) {
      while (r < runs.length && runs[r]![1] <= t.start) r++;
      const run = runs[r];
      const last = local[local.length - 1];
      if (run && t.start >= run[0] && t.start < run[1]) {
        if (!last || last.start !== run[0]) local.push({ start: run[0], end: run[1], text: para.text.slice(run[0], run[1]), pos: 'X', kind: 'word' });
      } else if (last && last.end === t.start && t.text.startsWith('.') && INITIALISM_NO_DOT.test(last.text)) {
        // wink splits "U.S." as "U.S" + "." once the paragraph has had the word "U.S"
        local[local.length - 1] = { ...last, end: last.end + 1, text: last.text + '.' };
        if (t.text !== '.') local.push({ ...t, start: t.start + 1, text: t.text.slice(1) });
      } else local.push(t);
      map.push(local.length - 1);
    }
    joinAbbreviations(local, map);
    const keep = local.map(keepToken);
    const sentenceRanges: [number, number][] = [];
    if (para.headline) sentenceRanges.push([0, local.length - 1]);
    else {
      wdoc.sentences().each((s: any) => {
        const [wa, wb] = s.out(its.span) as [number, number];
        const a = map[wa] ?? 0;
        const b = map[wb] ?? local.length - 1;
        const last = sentenceRanges[sentenceRanges.length - 1];
        if (last && a <= last[1]) { last[1] = Math.max(last[1], b); return; }
        // a "sentence" that opens with a lower-case word continues the one before: the split
        // was at an abbreviation or a domain name ("M.Sc. studies", "Example.com")
        const prev = sentenceRanges[sentenceRanges.length - 1];
        let first = a;
        while (first <= b && !keepToken(local[first])) first++;
        // wink's sentence opens with `opening`; the one before ends with `ending`
        const opening = first <= b ? local[first] : undefined;
        const ending = prev ? local[prev[1]] : undefined;
        // a lower-case word (unless after "!" or "?") continues the sentence before
        const lowerStart = !!opening && /^[a-z][a-z]*$/.test(opening.text.slice(0, 3)) && !/[!?]/.test(ending?.text ?? '');
        // an initialism's letter, its stop and no space: no sentence break ("(D-N." + "C.), head of
        // …", "(R-S." + "C)"; a missing space after a full word's stop still ends a sentence)
        const attached = !!opening && !!ending && ending.end === opening.start && initialEnds(local, prev![1]);
        // a "sentence" of closing marks only to begin with (") said …", ".')") ends the one before
        const closesFirst = !!opening && CLOSING.test(opening.text);
        if (prev && (lowerStart || attached || closesFirst)) prev[1] = b;
        else sentenceRanges.push([a, b]);
      });
    }
    if (!para.headline) splitAfterInitialisms(local, sentenceRanges, para.text);
    for (const [a, b] of sentenceRanges) {
      const first = tokens.length;
      for (let i = a; i <= b && i < local.length; i++) {
        if (!keep[i]) continue;
        const t = local[i]!;
        const split = t.text.length <= 8 && APOSTROPHE.test(t.text) ? contractionSplits().get(t.text.toLowerCase().replace(APOSTROPHE, "'")) : undefined;
        if (split) {
          const cut = para.start + t.start + split.at;
          tokens.push({ start: para.start + t.start, end: cut, text: t.text.slice(0, split.at), pos: split.pos[0], kind: t.kind, sentence: sentences.length });
          tokens.push({ start: cut, end: para.start + t.end, text: t.text.slice(split.at), pos: split.pos[1], kind: t.kind, sentence: sentences.length });
          continue;
        }
        tokens.push({ start: para.start + t.start, end: para.start + t.end, text: t.text, pos: t.pos, kind: t.kind, sentence: sentences.length });
      }
      if (tokens.length === first) continue;
      const s = tokens[first]!.start;
      const e = tokens[tokens.length - 1]!.end;
      sentences.push({ start: s, end: e, text: text.slice(s, e), paragraph: pi, headline: para.headline, tokenStart: first, tokenEnd: tokens.length });
    }
  });
  return { paragraphs, sentences, tokens };
}

export const structureStage: Stage = {
  name: 'structure',
  produces: ['paragraphs', 'sentences', 'tokens'],
  needs: [],
  load: () => { getNlp(); },
  run: (doc) => structure(doc.text),
};
