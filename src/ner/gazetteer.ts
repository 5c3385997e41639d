/**
 * The tagger's gazetteer: phrases by category, matched over token sequences by hash.
 *
 * The phrase list is frozen beside the model (models/ner/gazetteer.tsv, written by the training
 * command from the knowledge base and GeoNames), so training and tagging see the same lists.
 * Matching is case-insensitive; every token gets a mask of the categories of the matches that
 * begin at it and of those that continue through it. Cost: at most MAX_LEN probes per token.
 */
import { combine, hashSlice, hashString } from './hash.js';

/**
 * NAME (given names and surnames, one word each) is not a gazetteer feature of its own: the
 * features read it only as "every word of this capitalized run is a known name" (features.ts).
 */
export const GAZ_CATEGORIES = ['LOC', 'COUNTRY', 'NORP', 'ORG', 'PER', 'FIRST', 'CITY', 'REGION', 'IGO', 'MEDIA', 'NAME'] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];
/** The mask bit of a category in `categoriesOf` results. */
export const gazBit = (c: GazCategory): number => 1 << GAZ_CATEGORIES.indexOf(c);
/** A given name or a known name word (FIRST, NAME). */
export const GIVEN_NAME_BITS = gazBit('FIRST') | gazBit('NAME');
const MAX_LEN = 6;
const PREFIX = 1 << 30;
const SEED = 0x2545f491;

/** Split a phrase the way CoNLL tokenizes: on spaces, with a possessive 's apart. */
export function phraseTokens(phrase: string): string[] {
  return phrase.trim().split(/\s+/).flatMap((w) => (/^.+'s$/i.test(w) ? [w.slice(0, -2), w.slice(-2)] : [w])).filter(Boolean);
}

export class Gazetteer {
  /** sequence hash → category mask (PREFIX bit: a longer phrase continues from here) */
  private readonly table = new Map<number, number>();
  size = 0;

  add(category: GazCategory, phrase: string): void {
    const toks = phraseTokens(phrase);
    if (!toks.length || toks.length > MAX_LEN) return;
    const bit = 1 << GAZ_CATEGORIES.indexOf(category);
    let h = SEED;
    toks.forEach((t, i) => {
      h = combine(h, hashString(t, true));
      const cur = this.table.get(h) ?? 0;
      this.table.set(h, i === toks.length - 1 ? cur | bit : cur | PREFIX);
    });
    this.size++;
  }

  /** Load "CATEGORY<TAB>phrase" lines. */
  static fromTsv(text: string): Gazetteer {
    const g = new Gazetteer();
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const cat = line.slice(0, tab) as GazCategory;
      if (!GAZ_CATEGORIES.includes(cat)) continue;
      g.add(cat, line.slice(tab + 1));
    }
    return g;
  }

  /** Category mask of the phrase that is exactly words[from, to) (0: none). */
  categoriesOf(words: readonly string[], from: number, to: number): number {
    if (to - from > MAX_LEN) return 0;
    let h = SEED;
    for (let j = from; j < to; j++) h = combine(h, hashSlice(words[j]!, 0, words[j]!.length, true));
    return (this.table.get(h) ?? 0) & ~PREFIX;
  }

  /**
   * Fill begin[i] / inside[i] with the category masks of matches starting at / running through
   * token i of words[from, to). `lower`, when given, holds each word's lower-case hash
   * (hashString(word, true)) for words of up to `hashedLength` characters.
   */
  match(words: readonly string[], from: number, to: number, begin: Int32Array, inside: Int32Array, lower: Int32Array | null = null, hashedLength = 0): void {
    for (let i = from; i < to; i++) { begin[i] = 0; inside[i] = 0; }
    for (let i = from; i < to; i++) {
      let h = SEED;
      const end = Math.min(to, i + MAX_LEN);
      for (let j = i; j < end; j++) {
        const w = words[j]!;
        h = combine(h, lower && w.length <= hashedLength ? lower[j]! : hashSlice(w, 0, w.length, true));
        const m = this.table.get(h);
        if (m === undefined) break;
        const cats = m & ~PREFIX;
        if (cats) {
          begin[i] = begin[i]! | cats;
          for (let k = i + 1; k <= j; k++) inside[k] = inside[k]! | cats;
        }
        if (!(m & PREFIX)) break;
      }
    }
  }
}
