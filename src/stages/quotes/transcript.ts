/**
 * Transcripts: a paragraph that opens with a speaker label in capitals ("MS. JEAN-PIERRE:",
 * "THE PRESIDENT:", "Q") is that speaker's direct speech, and so are the paragraphs after it up
 * to the next label. Only a text with at least two labels is read as a transcript, so a headline
 * like "Poll: …" or a single "NOTE:" is not. A turn may open with a quote mark ("\"WALLACE: …", a
 * transcript quoted in an article); a label's colon is the turn's cue.
 */
import type { Document } from '../../document.js';
import type { Cue, TokenView } from './cues.js';
import { punctCue, tokenAtOrAfter, trimContent, type RawAttribution } from './attribution.js';

/** "MS. JEAN-PIERRE:", "THE PRESIDENT:", "SECRETARY BLINKEN:", or a bare "Q" question mark-up. */
const LABEL = /^(["“]?)(?:(Q)(?=[ \t\u00a0]{2,}|:|\.[ \t\u00a0])|((?:MR|MS|MRS|DR)\.?[ \t\u00a0]+[A-Z][A-Z'’.\-]+(?:[ \t\u00a0]+[A-Z][A-Z'’.\-]+)*|[A-Z][A-Z'’.\-]+(?:[ \t\u00a0]+[A-Z][A-Z'’.\-]+){0,4})[ \t\u00a0]*:)[ \t\u00a0:.]*/;

export interface Label { para: number; start: number; end: number; contentStart: number }

export function transcriptLabels(doc: Readonly<Document>): Label[] {
  const out: Label[] = [];
  doc.paragraphs.forEach((p, pi) => {
    const m = LABEL.exec(p.text);
    if (!m) return;
    const name = m[2] ?? m[3]!;
    if (name.length < 1 || /^(NOTE|UPDATE|WASHINGTON|NEW YORK|LONDON|PHOTO|VIDEO|READ MORE|RELATED)$/.test(name)) return;
    const contentStart = p.start + m[0].length;
    if (contentStart >= p.end) return;
    const start = p.start + m[1]!.length;
    out.push({ para: pi, start, end: start + name.length, contentStart });
  });
  return out.length >= 2 ? out : [];
}

/** The colon after a label (tokens from `k`, before offset `end`) as the turn's cue; "Q" has none. */
function colonCue(v: TokenView, k: number, end: number): Cue | null {
  for (; k < v.tokens.length && v.tokens[k]!.start < end; k++) if (v.low[k] === ':') return punctCue(v, k);
  return null;
}

/** The transcript's turns as attributions: one per paragraph, the label as the source. */
export function transcriptAttributions(doc: Readonly<Document>, v: TokenView): RawAttribution[] {
  const labels = transcriptLabels(doc);
  const out: RawAttribution[] = [];
  for (let li = 0; li < labels.length; li++) {
    const l = labels[li]!;
    const a = tokenAtOrAfter(v, l.start);
    const b = tokenAtOrAfter(v, l.end) - 1;
    if (a > b || b >= v.tokens.length) continue;
    const upTo = labels[li + 1]?.para ?? doc.paragraphs.length;
    let first = -1;
    for (let pi = l.para; pi < upTo; pi++) {
      const p = doc.paragraphs[pi]!;
      const start = pi === l.para ? l.contentStart : p.start;
      const k = tokenAtOrAfter(v, start);
      if (k >= v.tokens.length || v.tokens[k]!.start >= p.end) continue;
      const [ca, cb] = trimContent(doc.text, start, p.end);
      if (cb <= ca) continue;
      out.push({ kind: 'direct', cue: pi === l.para ? colonCue(v, b + 1, l.contentStart) : null, source: [a, b], content: [ca, cb], sentence: v.tokens[k]!.sentence, continues: first >= 0 ? first : null, rule: 'transcript' });
      if (first < 0) first = out.length - 1;
    }
  }
  return out;
}
