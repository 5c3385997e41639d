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

interface TenseCues { future: Set<string>; past: Set<string>; present: Set<string>; inf: Set<string> }
let cues: TenseCues | null = null;
function cuesOf(lex: Lexicon): TenseCues {
  if (!cues) {
    const t = lex.tense as Lexicon['tense'] & { pastIrregular?: string[] };
    cues = {
      future: new Set(t.future), present: new Set(t.present), inf: new Set(t.infinitiveMarkers),
      past: new Set([...t.past, ...(t.pastIrregular ?? [])]),
    };
  }
  return cues;
}

function tenseOfWord(words: Word[], i: number, c: TenseCues): Tense {
  const w = words[i]!;
  // a modal or "going to" before the verb decides
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const p = words[k]!.lower;
    if (c.future.has(p) && (p !== 'going' || words[k + 1]?.lower === 'to')) return 'future';
    if (p === 'has' || p === 'have' || p === 'had') return 'past';
  }
  if (c.future.has(w.lower) && w.lower !== 'set' && w.lower !== 'next' && w.lower !== 'tomorrow') return 'future';
  if (i > 0 && c.inf.has(words[i - 1]!.lower)) return 'unknown';
  if (c.past.has(w.lower)) return 'past';
  if (c.present.has(w.lower)) return 'present';
  if (/ed$/.test(w.lower) && (w.pos === 'VERB' || w.pos === '')) return 'past';
  if (w.pos === 'VERB' || w.pos === 'AUX') return 'present';
  return 'unknown';
}

/** The tense of the clause around [start, end): the nearest tensed verb, nearer ones first. */
export function tenseAround(words: Word[], start: number, end: number, lex: Lexicon): Tense {
  const c = cuesOf(lex);
  let best: Tense = 'unknown';
  let bestDist = Infinity;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.end > start && w.start < end) continue;
    const isVerb = w.pos === 'VERB' || w.pos === 'AUX' || (w.pos === '' && (c.past.has(w.lower) || c.present.has(w.lower) || c.future.has(w.lower) || /ed$/.test(w.lower)));
    if (!isVerb) continue;
    const t = tenseOfWord(words, i, c);
    if (t === 'unknown') continue;
    // a verb after the expression counts a little further away than one before it
    const dist = w.start >= end ? (w.start - end) * 1.2 : start - w.end;
    if (dist < bestDist) { bestDist = dist; best = t; }
  }
  return best;
}
