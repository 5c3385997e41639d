/**
 * Transcript speaker labels: a paragraph that opens with a label in capitals ("MS. JEAN-PIERRE:",
 * "THE PRESIDENT:", "Q") or a name in double brackets (Wikinews interviews: "((WN))") is that
 * speaker's turn. Only a text with at least two labels is read as a
 * transcript, so a headline like "Poll: …" or a single "NOTE:" is not. A turn may open with a quote
 * mark ("\"WALLACE: …", a transcript quoted in an article). Used by the quotes stage (each turn is
 * the speaker's direct speech) and the entities stage (a label is a speaker, not a place or an
 * organization).
 */
import type { Document } from '../document.js';

/** "MS. JEAN-PIERRE:", "THE PRESIDENT:", "SECRETARY BLINKEN:", or a bare "Q" question mark-up ("Q  Thank you", "Q Thank you", "Q: …", "Q. …"). */
const LABEL = /^(["“]?)(?:(Q)(?=[ \t\u00a0]{2,}|:|\.[ \t\u00a0]|[ \t\u00a0][A-Z("“—–-])|((?:MR|MS|MRS|DR)\.?[ \t\u00a0]+[A-Z][A-Z'’.\-]+(?:[ \t\u00a0]+[A-Z][A-Z'’.\-]+)*|[A-Z][A-Z'’.\-]+(?:[ \t\u00a0]+[A-Z][A-Z'’.\-]+){0,4})[ \t\u00a0]*:)[ \t\u00a0:.]*/;

/** Wikinews interviews: "((WN))  What prompted …", "((Thomas Rivinius))  Oh, astronomy …". */
const PAREN_LABEL = /^\(\([ \t\u00a0]*([^()\n]{1,60}?)[ \t\u00a0]*\)\)[ \t\u00a0]*/;

/**
 * `start`-`end`: the speaker as written ("MS. JEAN-PIERRE", "Q", "Thomas Rivinius"); `nameStart`:
 * after an honorific ("JEAN-PIERRE"), else `start`; `named`: a name written as in running text
 * (a "((…))" label), which the entities tagger reads like any other name.
 */
export interface Label { para: number; start: number; end: number; nameStart: number; contentStart: number; named: boolean }

/** The marks that close a transcript, nobody's speech: "END", "END 12:03 P.M. EDT", or the clock time alone ("7:02 P.M. EST"). */
const END_MARK = /^(?:END|(?:END[ \t\u00a0]+)?\d{1,2}:\d{2}[ \t\u00a0]*[AaPp]\.?[Mm]\.?(?:[ \t\u00a0]+[A-Z]{2,4})?)$/;
export const isTranscriptEnd = (paragraph: string): boolean => END_MARK.test(paragraph);

export function transcriptLabels(doc: Readonly<Document>): Label[] {
  const out: Label[] = [];
  doc.paragraphs.forEach((p, pi) => {
    const pm = PAREN_LABEL.exec(p.text);
    if (pm) {
      const contentStart = p.start + pm[0].length;
      const start = p.start + pm[0].indexOf(pm[1]!, 2);
      if (contentStart < p.end) out.push({ para: pi, start, end: start + pm[1]!.length, nameStart: start, contentStart, named: true });
      return;
    }
    const m = LABEL.exec(p.text);
    if (!m) return;
    const name = m[2] ?? m[3]!;
    if (name.length < 1 || /^(NOTE|UPDATE|WASHINGTON|NEW YORK|LONDON|PHOTO|VIDEO|READ MORE|RELATED)$/.test(name)) return;
    const contentStart = p.start + m[0].length;
    if (contentStart >= p.end) return;
    const start = p.start + m[1]!.length;
    const honorific = /^(?:MR|MS|MRS|DR)\.?[ \t\u00a0]+/.exec(name);
    out.push({ para: pi, start, end: start + name.length, nameStart: start + (honorific ? honorific[0].length : 0), contentStart, named: false });
  });
  return out.length >= 2 ? out : [];
}

