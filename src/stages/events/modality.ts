/**
 * Event modality from cue words (resources/en/events/modality.tsv): polarity, certainty and
 * secrecy. Cues are read in the event's clause up to the end of the event phrase; longer cues
 * win, so "did not rule out" is hedged and its "not" does not negate. Certainty, strongest first:
 * hypothetical > proposed > future > hedged > asserted. Phrases whose negation word negates nothing ("not only", "no more than":
 * the `neutral` rows of resources/en/quotes/modality.tsv) set nothing. A clause opened by if/unless is
 * hypothetical; a gerund event that is the topic of a preposition ("the possibility of sending
 * troops", "discussions on sending troops") is hypothetical unless a cue says more.
 */
import type { Certainty, Modality, Span } from '../../document.js';
import { spanOf } from '../../document.js';
import { loadLexicon, type CueEffect } from './lexicon.js';
import type { CTok } from './clauses.js';

export interface CueHit { effect: CueEffect; from: number; to: number }

/** Cue matches in seq[a..b] (contiguous lower-case words; longest first; no overlaps). */
export function findCues(seq: CTok[], a: number, b: number): CueHit[] {
  const cues = loadLexicon().cues;
  const out: CueHit[] = [];
  for (let i = Math.max(0, a); i <= b && i < seq.length; i++) {
    const list = cues.get(seq[i]!.lower);
    if (!list) continue;
    for (const c of list) {
      if (i + c.words.length - 1 >= seq.length) continue;
      let ok = true;
      for (let w = 1; w < c.words.length; w++) if (seq[i + w]!.lower !== c.words[w]) { ok = false; break; }
      if (!ok) continue;
      // several effects may share one cue ("not finally rejected": negated and hedged)
      // (a neutral phrase only keeps its words from being read alone: "not only")
      for (const d of list) if ((d.words === c.words || d.words.join(' ') === c.words.join(' ')) && d.effect !== 'neutral') out.push({ effect: d.effect, from: i, to: i + c.words.length - 1 });
      i += c.words.length - 1;
      break;
    }
  }
  return out;
}

const RANK = ['hypothetical', 'proposed', 'future', 'hedged'] as const;

/**
 * `extra.hypothetical`: the caller's reading of the clause as a topic or a condition; `extra.secret`: secrecy words found
 * elsewhere; `extra.reported`: the quote that reports the event ("Macron said France would send troops"), whose reading of
 * a modal word it shares (the quotes stage reads a "would" after a past cue with no condition as a future from then).
 */
export function modalityFrom(text: string, seq: CTok[], hits: CueHit[], extra: { hypothetical?: boolean; secret?: Span[]; reported?: Modality | null } = {}): Modality {
  const future = extra.reported?.certainty === 'future' ? new Set(extra.reported.cues.map((c) => c.start)) : null;
  const effects = new Set(hits.map((h) => (future && h.effect === 'hypothetical' && future.has(seq[h.from]!.start) ? 'future' : h.effect)));
  // the caller's hypothetical reading (a gerund topic) yields to any certainty cue; if/unless is
  // passed the same way but is never weaker than a cue
  if (extra.hypothetical && !RANK.some((c) => effects.has(c))) effects.add('hypothetical');
  const certainty: Certainty = RANK.find((c) => effects.has(c)) ?? 'asserted';
  const cues: Span[] = hits.map((h) => spanOf(text, seq[h.from]!.start, seq[h.to]!.end));
  const secret = extra.secret ?? [];
  return {
    polarity: effects.has('negated') ? 'negative' : 'positive',
    certainty,
    secrecy: effects.has('secret') || secret.length > 0,
    cues: [...cues, ...secret],
  };
}
