/**
 * The modality of an attributed statement (polarity, certainty, secrecy, with the words that set
 * them; words in resources/<lang>/quotes/modality.tsv, cue meanings in cues.tsv) and the time
 * that dates the statement (a timex of the same sentence outside the content).
 *
 * Certainty, first match wins: the cue's own meaning (hedge: "did not rule out"; proposal:
 * "called on"; future: "vowed") > hypothetical ("if") > hedge ("possible", "may") > proposed
 * ("should") > future ("will") > asserted. "would" after a past cue with no condition in the content reports a future
 * from then ("said the tax would rise"); with "if"/"unless", as "would have won" or "would like", after a present cue or
 * inside quote marks it is a hypothetical; an "if" for "whether" ("asked if …") is no condition. Phrases whose
 * negation word negates no claim ("not only", "no more than": modality.tsv `neutral`) set nothing, nor does a negation
 * that opens a compound ("a no-deal Brexit") or corrects a part of the claim ("theft, not rape"). A modal's perfect
 * speaks of the past: "should not have taken off" is a hypothetical, "must have known" a hedge. The words of a relative
 * clause ("a feature, which had not suffered a crash, was …") describe a noun and set nothing but secrecy. A negation that belongs to a hedge phrase ("not
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
import { gluedHyphen } from './phrases.js';
import { quoteGrammar, type ModalityEffect, type QuoteLexicon } from './lexicon.js';

const GRAMMAR = quoteGrammar('en');

const ORDER: ModalityEffect[] = ['hypothetical', 'hedge', 'proposed', 'future'];
const CERTAINTY: Record<string, Certainty> = { hypothetical: 'hypothetical', hedge: 'hedged', proposed: 'proposed', future: 'future' };
const CUE_CERTAINTY: Record<string, Certainty> = { hedge: 'hedged', proposal: 'proposed', future: 'future' };
/** attributive hedges ("America's possible refusal") qualify a noun, not the statement */
const ATTRIBUTIVE = GRAMMAR.attributiveHedges;
/** negation particles inside a cue ("did not confirm") */
const NEGATORS = GRAMMAR.negations;
/** "would" after a past cue: a future from then ("said the tax would rise"), not a hypothetical */
const REPORTED_FUTURE = GRAMMAR.reportedFutureModals;
const COUNTERFACTUAL = GRAMMAR.counterfactualPerfect;
const WISHES = GRAMMAR.wouldWishes;
const PAST_AUX = GRAMMAR.pastAuxiliaries;
const PRESENT_AUX = GRAMMAR.presentAuxiliaries;
const PAST_IRREGULAR = GRAMMAR.pastIrregular;
const WHETHER_IF = GRAMMAR.whetherIf;
const WHETHER_IF_AFTER = GRAMMAR.whetherIfAfter;

const PERFECT_HEDGE = GRAMMAR.perfectHedgeModals;
const PERFECT_COUNTERFACTUAL = GRAMMAR.perfectCounterfactualModals;
const COMPOUND_PRONOUNS = GRAMMAR.negationCompoundPronouns;
const CONTRAST = GRAMMAR.contrastNegations;
const CONTRAST_LINKS = GRAMMAR.contrastLinks;
const RELATIVE = GRAMMAR.relativeOpeners;
const RELATIVE_THAT = GRAMMAR.relativeThat;
const RELATIVE_SUBJECT = GRAMMAR.relativeSubjects;
const EMBEDDED_WH = GRAMMAR.embeddedWh;
const VERB_AFTER_TO = GRAMMAR.verbAfterTo;
const PURPOSE = GRAMMAR.purposeOpeners;
const ABILITY = GRAMMAR.abilityModals;
const HABITUAL = GRAMMAR.habitualAdverbs;
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const VERBAL = new Set(['VERB', 'AUX']);
/** tags after "to" that make it a preposition ("going to a dance competition") */
const NOMINAL_AFTER_TO = new Set(['DET', 'PROPN', 'PRON', 'NUM']);
/** tags of the subject between a purpose opener and its modal ("so he could") */
const PURPOSE_SUBJECT = new Set(['DET', 'PRON', 'NOUN', 'PROPN']);
/** tags the tagger gives a relative subject pronoun's verb ("who shot her") */
const RELATIVE_VERB_TAGS = new Set(['NOUN', 'ADJ', 'VERB']);
/** tags of the noun an attributive hedge modifies ("a possible deal") */
const ATTRIBUTIVE_HEAD = new Set(['NOUN', 'PROPN', 'ADJ']);

/** The modal at i is in the perfect ("must have known", "should not have taken off"), not "have to". */
function perfectModal(v: TokenView, i: number, end: number): boolean {
  let k = i + 1;
  while (k < end && (v.tokens[k]!.pos === 'ADV' || NEGATORS.has(v.low[k]!))) k++;
  return k + 1 < end && COUNTERFACTUAL.has(v.low[k]!) && participle(v, k);
}

/** "have" at h is an auxiliary before a participle ("have won", "have been", "have preferred"), not a verb with an object ("must have rights") nor "have to". */
function participle(v: TokenView, h: number): boolean {
  let k = h + 1;
  while (v.tokens[k]?.pos === 'ADV') k++;
  const t = v.tokens[k];
  // (a participle the tagger took for an adjective: "would have preferred")
  return !!t && v.low[k] !== 'to' && (VERBAL.has(t.pos) || (t.pos === 'ADJ' && /(ed|en)$/.test(v.low[k]!)));
}

/** A modality phrase in "to" at i (m words) goes on with an infinitive: "going to win", not "going to a dance competition" (grammar.yaml verbAfterTo). */
function infinitive(v: TokenView, i: number, len: number, end: number): boolean {
  if (v.low[i + len - 1] !== 'to') return true;
  let k = i + len;
  while (k < end && v.tokens[k]!.pos === 'ADV') k++;
  if (k >= end) return false;
  const p = v.tokens[k]!.pos;
  if (VERB_AFTER_TO.has(v.low.slice(i, i + len).join(' '))) return VERBAL.has(p);
  return !NOMINAL_AFTER_TO.has(p);
}

/** The modal at i ends a purpose opener and its subject: "so he could fund a wall", "so that the council would vote". */
function purposeModal(v: TokenView, i: number, from: number): boolean {
  let k = i - 1;
  while (k >= from && k >= i - 4 && PURPOSE_SUBJECT.has(v.tokens[k]!.pos) && !PURPOSE.has(v.low[k]!)) k--;
  if (k === i - 1 || k < from) return false;
  for (let n = 1; n <= 3 && k - n + 1 >= from; n++) if (PURPOSE.has(v.low.slice(k - n + 1, k + 1).join(' '))) return true;
  return false;
}

/** "Theresa May's deal", "until May 1", "the Secret Service": a capitalized word after a word of its sentence (not one that ends a sentence: "No. Nothing") is no modality word. */
const properName = (v: TokenView, i: number, from: number): boolean =>
  /^\p{Lu}\p{Ll}/u.test(v.tokens[i]!.text) && i > from && v.tokens[i - 1]!.pos !== 'PUNCT' && !v.low[i - 1]!.endsWith('.');

/** "a no-deal Brexit": a negation word glued by a hyphen to the next word, no pronoun ("no-one"), modifies a noun. */
const compoundNegation = (v: TokenView, i: number): boolean => gluedHyphen(v, i + 1) && !COMPOUND_PRONOUNS.has(v.low[i + 2] ?? '');

/** "theft, not rape", "the tasks, and not English", "wings but not flight": a "not" that corrects a part of the claim, before no verb. */
function contrastNegation(v: TokenView, i: number, end: number): boolean {
  if (!CONTRAST.has(v.low[i]!)) return false;
  const p = v.low[i - 1];
  if (!(p === ',' || (p && CONTRAST_LINKS.has(p) && (v.low[i - 2] === ',' || p === 'but')))) return false;
  let k = i + 1;
  while (k < end && v.tokens[k]!.pos === 'ADV') k++;
  return k < end && !VERBAL.has(v.tokens[k]!.pos) && v.tokens[k]!.pos !== 'PART' && v.tokens[k]!.pos !== 'PUNCT';
}

/**
 * The tokens of relative clauses in the content: from a relative pronoun after a noun or a comma ("that" only after a noun
 * and before a verb), or a wh-word after a verb (an embedded question: "would investigate what else could be done"), to a punctuation mark, or to the verb of the clause around it (a verb after a noun or an auxiliary
 * after the clause's own verb, not after "to": "people who had not voted would be fined").
 */
function relativeClauses(v: TokenView, from: number, to: number, content: [number, number]): Set<number> {
  const out = new Set<number>();
  const inside = (k: number) => v.tokens[k]!.start >= content[0] && v.tokens[k]!.end <= content[1];
  for (let i = from + 1; i < to; i++) {
    const wh = EMBEDDED_WH.has(v.low[i]!) && v.tokens[i - 1]!.pos === 'VERB';
    if ((!RELATIVE.has(v.low[i]!) && !wh) || !inside(i) || !inside(i - 1)) continue;
    const noun = wh || NOMINAL.has(v.tokens[i - 1]!.pos) && (v.tokens[i - 1]!.pos !== 'PRON' || !RELATIVE_THAT.has(v.low[i]!));
    if (!noun && v.low[i - 1] !== ',') continue;
    if (!wh && RELATIVE_THAT.has(v.low[i]!) && !(noun && i + 1 < to && (VERBAL.has(v.tokens[i + 1]!.pos) || v.tokens[i + 1]!.pos === 'ADV'))) continue;
    let verb = false;
    let main = false;
    // (the word after a subject pronoun, past adverbs, is the clause's verb whatever its tag: "who shot her")
    let first = i + 1;
    while (first < to && v.tokens[first]!.pos === 'ADV') first++;
    const subject = RELATIVE_SUBJECT.has(v.low[i]!) && first < to && RELATIVE_VERB_TAGS.has(v.tokens[first]!.pos);
    let k = i;
    for (k = i + 1; k < to && inside(k); k++) {
      const t = v.tokens[k]!;
      if (subject && k === first) { verb = main = true; continue; }
      if (t.pos === 'PUNCT' && v.low[k] !== '-') break;
      // (a condition or reason after it belongs to the clause around it: "posts which state the same thing if it is deemed …")
      if (t.pos === 'SCONJ' && !RELATIVE_THAT.has(v.low[k]!)) break;
      if (VERBAL.has(t.pos) && v.low[k - 1] !== 'to') {
        if (verb && ((t.pos === 'AUX' && main) || NOMINAL.has(v.tokens[k - 1]!.pos) || v.tokens[k - 1]!.pos === 'ADJ')) break;
        verb = true;
        if (t.pos === 'VERB') main = true;
      }
    }
    for (let j = i; j < k; j++) out.add(j);
    i = k - 1;
  }
  return out;
}

/** A past form of a verb: a form in -ed, or a cues.tsv form of a verb other than its lemma, its -s and its -ing forms ("said", "told"). */
function pastForm(lex: QuoteLexicon, w: string): boolean {
  if (/[a-z]ed$/.test(w)) return true;
  const e = lex.cueForms.get(w) ?? lex.cuePhrases.get(w)?.[0]?.value;
  return !!e && w !== e.lemma.split(' ')[0] && !/(s|ing)$/.test(w);
}

/**
 * Is the cue past ("said", "had said", "has said", "did not say"), so that a "would" it reports is a future from then?
 * A participle cue before its content ("…, adding that …", "with Amazon responding that …") has the tense of the sentence's first verb.
 */
function pastCue(v: TokenView, lex: QuoteLexicon, cue: Cue, tokFrom: number, content: [number, number]): boolean {
  for (let k = cue.first; k < cue.head; k++) {
    if (PAST_AUX.has(v.low[k]!)) return true;
    if (PRESENT_AUX.has(v.low[k]!)) return false;
  }
  const w = v.low[cue.head]!;
  if (/ing$/.test(w)) {
    if (v.tokens[cue.last]!.end > content[0]) return false;
    for (let k = tokFrom; k < cue.first; k++) {
      const t = v.tokens[k]!;
      if ((t.pos !== 'VERB' && t.pos !== 'AUX') || /ing$/.test(v.low[k]!)) continue;
      return PAST_AUX.has(v.low[k]!) || PAST_IRREGULAR.has(v.low[k]!) || pastForm(lex, v.low[k]!);
    }
    return false;
  }
  return pastForm(lex, w);
}

/**
 * An "if" at i that stands for "whether": after a word of knowing or asking ("don't know if …"), or opening the content
 * after its cue, a cue of question ("asked if …") or with no comma after it in the content ("did not say if he would run").
 */
function whetherIf(v: TokenView, i: number, content: [number, number], cue: Cue | null): boolean {
  if (i > 0 && WHETHER_IF_AFTER.has(v.low[i - 1]!)) return true;
  if (v.tokens[i]!.start !== content[0] || !cue || v.tokens[cue.last]!.end > content[0]) return false;
  if (cue.entry.meaning === 'question') return true;
  for (let k = i + 1; k < v.tokens.length && v.tokens[k]!.end <= content[1]; k++) if (v.low[k] === ',') return false;
  return true;
}

/** "would" at i that is a conditional whatever the tense around it: "would have won", "would like" (adverbs and "not" between skipped). */
function conditionalWould(v: TokenView, i: number, end: number): boolean {
  let k = i + 1;
  while (k < end && (v.tokens[k]!.pos === 'ADV' || NEGATORS.has(v.low[k]!))) k++;
  if (k >= end) return false;
  if (WISHES.has(v.low[k]!)) return true;
  return COUNTERFACTUAL.has(v.low[k]!) && k + 1 < end && participle(v, k);
}

export function modalityOf(doc: Readonly<Document>, v: TokenView, lex: QuoteLexicon, cue: Cue | null, content: [number, number], tokFrom: number, tokTo: number, nested: readonly [number, number][] = []): Modality {
  const cues: Span[] = [];
  const found = new Map<ModalityEffect, Span>();
  let negation: Span | null = null;
  let secrecy = false;
  let certainty: Certainty = 'asserted';
  // the first "would" that is no conditional of its own ("would have won", "would like")
  let backshifted: Span | null = null;
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
  // (the relative clauses are read only once a modality word asks: most contents have none)
  let relative: Set<number> | null = null;
  const inRelative = (i: number): boolean => (relative ??= relativeClauses(v, tokFrom, tokTo, content)).has(i);
  for (let i = tokFrom; i < tokTo; i++) {
    const t = v.tokens[i]!;
    if (t.start < content[0] || t.end > content[1]) continue;
    if (nested.some(([a, b]) => t.start >= a && t.end <= b)) continue;
    const m = matchPhrase(v, i, tokTo, lex.modality);
    if (!m) continue;
    if (properName(v, i, tokFrom) || !infinitive(v, i, m.len, tokTo)) continue;
    if (m.len === 1 && (m.value === 'hedge' || m.value === 'hypothetical') && purposeModal(v, i, tokFrom)) continue;
    // "he would often visit": a habit of the past
    if (m.len === 1 && REPORTED_FUTURE.has(v.low[i]!) && HABITUAL.has(v.low[i + 1] ?? '')) continue;
    // "could not find": an inability, no hedge
    if (m.len === 1 && m.value === 'hedge' && ABILITY.has(v.low[i]!) && NEGATORS.has(v.low[i + 1] ?? '')) continue;
    const span = spanOf(doc.text, t.start, v.tokens[i + m.len - 1]!.end);
    // "should not have taken off": a counterfactual; "must have known": an inference
    if (m.len === 1 && perfectModal(v, i, tokTo)) {
      if (PERFECT_HEDGE.has(v.low[i]!)) m.value = 'hedge';
      else if (PERFECT_COUNTERFACTUAL.has(v.low[i]!)) m.value = 'hypothetical';
    }
    if (m.value === 'secrecy') { if (!secrecy) cues.push(span); secrecy = true; }
    else if (inRelative(i)) { /* a relative clause describes a noun: its words are not the claim's */ }
    else if (m.value === 'negation') { if (!negation && !compoundNegation(v, i) && !contrastNegation(v, i, tokTo)) negation = span; }
    else if (m.value === 'hedge' && m.len === 1 && ATTRIBUTIVE.has(v.low[i]!) && ATTRIBUTIVE_HEAD.has(v.tokens[i + 1]?.pos ?? '')) { /* attributive */ }
    else if (m.value === 'hypothetical' && m.len === 1 && WHETHER_IF.has(v.low[i]!) && whetherIf(v, i, content, cue)) { /* "asked if …" */ }
    else if (m.value === 'hypothetical' && m.len === 1 && REPORTED_FUTURE.has(v.low[i]!) && !v.inQuote?.[i] && !conditionalWould(v, i, tokTo)) {
      // (a "would" that may be a future from the cue's time: decided below, once the whole content is read)
      backshifted ??= span;
    }
    else if (m.value !== 'certain' && m.value !== 'neutral' && !found.has(m.value)) found.set(m.value, span);
    i += m.len - 1;
  }
  // "said the tax would rise": with no condition in the content ("if", "unless", "would have won"), a "would" after a past
  // cue is a future from then; else it is a hypothetical
  if (backshifted) {
    const hypothetical = found.get('hypothetical');
    if (hypothetical) { if (backshifted.start < hypothetical.start) found.set('hypothetical', backshifted); }
    else if (cue && pastCue(v, lex, cue, tokFrom, content)) { const f = found.get('future'); if (!f || backshifted.start < f.start) found.set('future', backshifted); }
    else found.set('hypothetical', backshifted);
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
