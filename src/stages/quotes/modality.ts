/**
 * The modality of an attributed statement (polarity, certainty, secrecy, with the words that set
 * them; words in resources/<lang>/quotes/modality.tsv, cue meanings in cues.tsv) and the time
 * that dates the statement (a timex of the same sentence outside the content).
 *
 * Certainty, first match wins: the cue's own meaning (hedge: "did not rule out"; proposal:
 * "called on"; future: "vowed") > hypothetical ("if") > hedge ("possible", "may") > proposed
 * ("should") > future ("will") > asserted. A negation that belongs to a hedge phrase ("not
 * finally rejected") does not make the statement negative. Polarity: a negation in the content, a cue
 * of denial or refusal (cues.tsv meaning negation: "denied", "rejected") or a negated cue ("did not
 * confirm") each turn it; two of them cancel ("did not rule out", "denied that he never …"). Words inside the content of a statement
 * nested in this one ("the article emphasizes that X called on partners [not to establish red
 * lines]") set the nested statement's modality, not this one's.
 */
import type { Certainty, Document, Modality, Span, Timex } from '../../document.js';
import { spanOf } from '../../document.js';
import type { Cue, TokenView } from './cues.js';
import { matchPhrase } from './cues.js';
import { quoteGrammar, type ModalityEffect, type QuoteLexicon } from './lexicon.js';

const GRAMMAR = quoteGrammar('en');

const ORDER: ModalityEffect[] = ['hypothetical', 'hedge', 'proposed', 'future'];
const CERTAINTY: Record<string, Certainty> = { hypothetical: 'hypothetical', hedge: 'hedged', proposed: 'proposed', future: 'future' };
const CUE_CERTAINTY: Record<string, Certainty> = { hedge: 'hedged', proposal: 'proposed', future: 'future' };
/** attributive hedges ("America's possible refusal") qualify a noun, not the statement */
const ATTRIBUTIVE = GRAMMAR.attributiveHedges;
/** negation particles inside a cue ("did not confirm") */
const NEGATORS = GRAMMAR.negations;

export function modalityOf(doc: Readonly<Document>, v: TokenView, lex: QuoteLexicon, cue: Cue | null, content: [number, number], tokFrom: number, tokTo: number, nested: readonly [number, number][] = []): Modality {
  const cues: Span[] = [];
  const found = new Map<ModalityEffect, Span>();
  let negation: Span | null = null;
  let secrecy = false;
  let certainty: Certainty = 'asserted';
  // a cue of denial or refusal negates what it reports ("Russia has denied targeting civilians"), a negated cue too ("did not
  // confirm the report"); both together do not ("did not rule out", "did not deny")
  let cueNegated = false;
  if (cue) {
    const c = CUE_CERTAINTY[cue.entry.meaning];
    let negator = false;
    // (not one the lexicon phrase holds and gives its meaning: "did not rule out" is a hedge)
    const phrase = cue.entry.lemma.split(' ');
    for (let k = cue.first; k <= cue.last; k++) if (NEGATORS.has(v.low[k]!) && !phrase.includes(v.low[k]!)) negator = true;
    cueNegated = (cue.entry.meaning === 'negation') !== negator;
    if (c || cueNegated) cues.push(spanOf(doc.text, v.tokens[cue.first]!.start, v.tokens[cue.last]!.end));
    if (c) certainty = c;
  }
  for (let i = tokFrom; i < tokTo; i++) {
    const t = v.tokens[i]!;
    if (t.start < content[0] || t.end > content[1]) continue;
    if (nested.some(([a, b]) => t.start >= a && t.end <= b)) continue;
    const m = matchPhrase(v, i, tokTo, lex.modality);
    if (!m) continue;
    const span = spanOf(doc.text, t.start, v.tokens[i + m.len - 1]!.end);
    if (m.value === 'secrecy') { if (!secrecy) cues.push(span); secrecy = true; }
    else if (m.value === 'negation') { if (!negation) negation = span; }
    else if (m.value === 'hedge' && m.len === 1 && ATTRIBUTIVE.has(v.low[i]!) && ['NOUN', 'PROPN', 'ADJ'].includes(v.tokens[i + 1]?.pos ?? '')) { /* attributive */ }
    else if (m.value !== 'certain' && !found.has(m.value)) found.set(m.value, span);
    i += m.len - 1;
  }
  if (certainty === 'asserted') {
    for (const e of ORDER) {
      const s = found.get(e);
      if (s) { certainty = CERTAINTY[e]!; cues.push(s); break; }
    }
  }
  if (negation) cues.push(negation);
  cues.sort((a, b) => a.start - b.start);
  return { polarity: !!negation !== cueNegated ? 'negative' : 'positive', certainty, secrecy, cues };
}

/**
 * The timex that dates a statement: a DATE or TIME of the same sentence, outside the statement's
 * content, and outside any other content unless the statement's cue is inside it too (so "the
 * article emphasizes that on November 23, X called on …" dates X's call, not the article's).
 * The nearest to the cue wins.
 */
export function statementTime(times: readonly Timex[], sentence: { start: number; end: number }, cueAt: number, content: [number, number], others: [number, number][]): string | null {
  let best: Timex | null = null;
  let bestDist = Infinity;
  for (const t of times) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (t.start < content[1] && t.end > content[0]) continue;
    if (others.some(([a, b]) => t.start >= a && t.end <= b && !(cueAt >= a && cueAt < b))) continue;
    const d = Math.abs(t.start - cueAt);
    if (d < bestDist) { best = t; bestDist = d; }
  }
  return best?.id ?? null;
}
