/**
 * Events lexicon: loads the data files in resources/en/events/ (verb and noun-phrase PLOVER
 * dictionaries, actor nouns, collective actors, modality cues, irregular forms) and matches
 * dictionary patterns against tokens by base form.
 *
 * Matching: a token's base-form candidates come from `baseForms` (irregular table, then plain
 * suffix stripping: -s/-es/-ies, -ed/-d/-ied, -ing, doubled consonants). A pattern of several
 * words matches when each word is found in order, with at most MAX_GAP modifier tokens
 * (determiners, adjectives, adverbs, numbers, nouns, pronouns, possessive 's) between two words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../../util/datasets.js';
import { PLOVER_TYPES } from '../../document.js';

export type PloverType = (typeof PLOVER_TYPES)[number];

export interface EventEntry {
  words: string[];
  type: PloverType;
  mode: string | null;
  context: string | null;
  cameo: string | null;
  /** nouns only: what an of-phrase after the noun names */
  of: 'source' | 'target' | null;
  kind: 'verb' | 'noun';
}

export interface Collective { words: string[]; code: string; sector: string | null }
/** `neutral`: a phrase whose negation or modal word qualifies nothing ("not only", "no more than"); it sets nothing and keeps its words from being read alone */
export type CueEffect = 'negated' | 'hedged' | 'hypothetical' | 'future' | 'proposed' | 'secret' | 'neutral';
export interface Cue { words: string[]; effect: CueEffect }

export interface Lexicon {
  verbs: Map<string, EventEntry[]>;
  nouns: Map<string, EventEntry[]>;
  sectors: Map<string, string>;
  /** two-word sector nouns ("security forces", "armed forces"), keyed by the whole phrase */
  sectorPhrases: Map<string, string>;
  collectives: Map<string, Collective[]>;
  cues: Map<string, Cue[]>;
  irregular: Map<string, string>;
}

export const MAX_GAP = 3;
const GAP_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN', 'PRON']);

function rows(file: string): string[][] {
  const out: string[][] = [];
  for (const line of readFileSync(join(resourcesDir('en'), file), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    out.push(line.split('\t').map((c) => c.trim()));
  }
  return out;
}

const dash = (s: string | undefined): string | null => (!s || s === '-' ? null : s);

function entries(file: string, kind: 'verb' | 'noun'): Map<string, EventEntry[]> {
  const map = new Map<string, EventEntry[]>();
  for (const [pattern, type, mode, context, cameo, of] of rows(file)) {
    if (!pattern || !type || !(PLOVER_TYPES as readonly string[]).includes(type)) throw new Error(`${file}: bad row '${pattern}\t${type}'`);
    const words = pattern.toLowerCase().split(/\s+/);
    const e: EventEntry = { words, type: type as PloverType, mode: dash(mode), context: dash(context), cameo: dash(cameo), of: (dash(of) as EventEntry['of']), kind };
    const list = map.get(words[0]!) ?? [];
    list.push(e);
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(words[0]!, list);
  }
  return map;
}

let lexicon: Lexicon | null = null;

export function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const sectors = new Map<string, string>();
  const sectorPhrases = new Map<string, string>();
  for (const [noun, sector] of rows('events/sectors.tsv')) {
    if (!noun || !sector) continue;
    if (noun.includes(' ')) sectorPhrases.set(noun.toLowerCase(), sector); else sectors.set(noun.toLowerCase(), sector);
  }
  const collectives = new Map<string, Collective[]>();
  for (const [name, code, sector] of rows('events/collectives.tsv')) {
    if (!name || !code) continue;
    const words = name.toLowerCase().split(/\s+/);
    const list = collectives.get(words[0]!) ?? [];
    list.push({ words, code, sector: dash(sector) });
    list.sort((a, b) => b.words.length - a.words.length);
    collectives.set(words[0]!, list);
  }
  const cues = new Map<string, Cue[]>();
  // (the phrases that qualify nothing are those of the quotes stage's modality words: one list for both stages)
  const neutral = rows('quotes/modality.tsv').filter(([, effect]) => effect === 'neutral').map(([cue]) => [cue, 'neutral']);
  for (const [cue, effect] of [...rows('events/modality.tsv'), ...neutral]) {
    if (!cue || !effect) continue;
    const words = cue.toLowerCase().split(/\s+/);
    const list = cues.get(words[0]!) ?? [];
    for (const one of effect.split('+')) list.push({ words, effect: one as CueEffect });
    list.sort((a, b) => b.words.length - a.words.length);
    cues.set(words[0]!, list);
  }
  const irregular = new Map<string, string>();
  for (const [form, base] of rows('events/irregular.tsv')) if (form && base) irregular.set(form, base);
  lexicon = { verbs: entries('events/verbs.tsv', 'verb'), nouns: entries('events/nouns.tsv', 'noun'), sectors, sectorPhrases, collectives, cues, irregular };
  return lexicon;
}

const baseCache = new Map<string, string[]>();
const VOWEL = /[aeiou]/;

/** Candidate base forms of a lower-case word (the word itself first). */
export function baseForms(lower: string): string[] {
  const hit = baseCache.get(lower);
  if (hit) return hit;
  const out = [lower];
  const add = (s: string) => { if (s.length >= 2 && !out.includes(s)) out.push(s); };
  const irr = loadLexicon().irregular.get(lower);
  if (irr) add(irr);
  const n = lower.length;
  if (n > 3) {
    if (lower.endsWith('ies')) { add(lower.slice(0, -3) + 'y'); add(lower.slice(0, -1)); }
    else if (lower.endsWith('es')) { add(lower.slice(0, -2)); add(lower.slice(0, -1)); }
    else if (lower.endsWith('s') && !lower.endsWith('ss')) add(lower.slice(0, -1));
    if (lower.endsWith('ied')) add(lower.slice(0, -3) + 'y');
    else if (lower.endsWith('ed')) {
      const stem = lower.slice(0, -2);
      add(stem); add(stem + 'e');
      if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && !VOWEL.test(stem[stem.length - 1]!)) add(stem.slice(0, -1));
    }
    if (lower.endsWith('ing') && n > 4) {
      const stem = lower.slice(0, -3);
      add(stem); add(stem + 'e');
      if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && !VOWEL.test(stem[stem.length - 1]!)) add(stem.slice(0, -1));
    }
  }
  if (baseCache.size > 50000) baseCache.clear();
  baseCache.set(lower, out);
  return out;
}

/** A token as the matcher sees it. */
export interface MTok { lower: string; pos: string }

export function hasBase(t: MTok, word: string): boolean {
  return t.lower === word || baseForms(t.lower).includes(word);
}

/**
 * Match `words` starting at toks[i] (toks[i] must match words[0]); returns the index of the
 * last matched token, or -1. Only tokens in [i, limit) are considered.
 */
export function matchWords(toks: MTok[], i: number, words: string[], limit: number): number {
  let at = i;
  for (let w = 1; w < words.length; w++) {
    let found = -1;
    for (let j = at + 1; j < limit && j <= at + 1 + MAX_GAP; j++) {
      const t = toks[j]!;
      if (hasBase(t, words[w]!)) { found = j; break; }
      if (!(GAP_POS.has(t.pos) || t.lower === "'s" || t.lower === '-')) break;
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}
