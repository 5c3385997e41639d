/**
 * Transcripts: a paragraph that opens with a speaker label (src/util/transcript.ts: "MS.
 * JEAN-PIERRE:", "THE PRESIDENT:", "Q") is that speaker's direct speech, and so are the paragraphs
 * after it up to the next label; a label's colon is the turn's cue. A Wikinews interview's
 * "((Name))" label makes only its own paragraph a turn. The closing "END" mark or clock time ends the last turn.
 */
import type { Document } from '../../document.js';
import type { Cue, TokenView } from './cues.js';
import { punctCue, tokenAtOrAfter, trimContent, type RawAttribution } from './attribution.js';
import { isTranscriptEnd, transcriptLabels } from '../../util/transcript.js';

/** The colon after a label (tokens from `k`, before offset `end`) as the turn's cue; "Q" has none. */
function colonCue(v: TokenView, k: number, end: number): Cue | null {
  for (; k < v.tokens.length && v.tokens[k]!.start < end; k++) if (v.low[k] === ':') return punctCue(v, k);
  return null;
}

/**
 * The transcript's turns as attributions: one per paragraph, the label as the source; the paragraphs after the label's own
 * share its colon as their cue (one turn, one cue: PolNeAR annotates a turn over several paragraphs as one attribution with
 * several content fragments, as the continuations of a quote share the cue they continue).
 */
export function transcriptAttributions(doc: Readonly<Document>, v: TokenView): RawAttribution[] {
  const labels = transcriptLabels(doc);
  const out: RawAttribution[] = [];
  for (let li = 0; li < labels.length; li++) {
    const l = labels[li]!;
    const a = tokenAtOrAfter(v, l.start);
    const b = tokenAtOrAfter(v, l.end) - 1;
    if (a > b || b >= v.tokens.length) continue;
    // a "((Name))" turn is its own paragraph: interviews label some answers otherwise ("MS  Although …"), which must not run on as the question's
    const upTo = l.named ? l.para + 1 : labels[li + 1]?.para ?? doc.paragraphs.length;
    let first = -1;
    const cue = colonCue(v, b + 1, l.contentStart);
    for (let pi = l.para; pi < upTo; pi++) {
      const p = doc.paragraphs[pi]!;
      if (isTranscriptEnd(p.text)) break;
      const start = pi === l.para ? l.contentStart : p.start;
      const k = tokenAtOrAfter(v, start);
      if (k >= v.tokens.length || v.tokens[k]!.start >= p.end) continue;
      const [ca, cb] = trimContent(doc.text, start, p.end);
      if (cb <= ca) continue;
      out.push({ kind: 'direct', cue, source: [a, b], content: [ca, cb], sentence: v.tokens[k]!.sentence, continues: first >= 0 ? first : null, rule: 'transcript' });
      if (first < 0) first = out.length - 1;
    }
  }
  return out;
}
