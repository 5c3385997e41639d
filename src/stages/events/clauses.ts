/**
 * A small, fast clause chunker over UPOS-tagged tokens (no parser). Events and stances link an
 * actor to an event phrase only inside one clause, so this decides what "one clause" is.
 *
 * Rules, in the order they are checked at each token (a boundary token itself — comma, semicolon,
 * dash, subordinator — is left out of every clause unless said otherwise):
 *  1. `;`, `:` and dashes (— – and a spaced -) end the clause; a new main clause starts.
 *  2. Quote boundaries (from the quotes layer): the content of a quote is a clause of its own
 *     (kind 'quote'); the words after it start a new main clause.
 *  3. Relative pronouns (which, who, whom, whose; `that` tagged PRON after a noun; "most of
 *     which"): a 'relative' clause attached to the word before it. When it opens after a comma it
 *     ends at the next comma and the clause it interrupts resumes ("The DCI, which ..., is ready").
 *  4. Subordinators: because, although, though, if, unless, whereas, whether, while, `that`
 *     tagged SCONJ; and as/when/since/after/before/until/once only when a subject and a verb follow
 *     ("as it is done", not "after the visit"). A subordinate clause at the start of the
 *     sentence ends at its first comma.
 *  5. Reporting verbs (say, announce, claim, ...) followed by a clause (a subject and a verb,
 *     optionally after "on Tuesday"/"today"): the reported words are a 'complement' clause
 *     whose parent is the reporting clause (for "Syria says it will ...": `it` = Syria).
 *  6. A comma followed by an attribution (", the article emphasizes", ", police said") closes
 *     the clause; the attribution is a clause of its own.
 *  7. and/but/or after a clause that already has a verb, followed by a verb within six tokens
 *     (no comma between): a coordinated clause. When the conjunct opens with a verb, adverb or
 *     preposition it shares the subject of the clause before it (kind 'vp-conj').
 */
import { hasBase, type MTok } from './lexicon.js';
import { grammarWords } from '../../util/grammar.js';

const GRAMMAR = grammarWords('events');

export type ClauseKind = 'main' | 'quote' | 'relative' | 'sub' | 'complement' | 'attribution' | 'vp-conj';

export interface Clause {
  /** sentence-local token indices, in order */
  toks: number[];
  kind: ClauseKind;
  /** index (into the clause list) of the clause this one hangs from */
  parent: number | null;
  /** the subordinator or relative word that opened it, lower-case */
  opener: string | null;
  /** for relative clauses: the sentence-local index of the token it is attached to */
  attachedTo: number | null;
}

export interface CTok extends MTok { start: number; end: number }

const ALWAYS_SUB = GRAMMAR.alwaysSubordinators;
const MAYBE_SUB = GRAMMAR.maybeSubordinators;
const RELATIVE = GRAMMAR.relativePronouns;
const REPORTING = ['say', 'announce', 'claim', 'state', 'tell', 'add', 'note', 'emphasize', 'emphasise', 'report', 'insist', 'declare', 'confirm', 'conclude', 'believe', 'argue', 'write'];
const CONJ = GRAMMAR.conjunctions;
const DASHES = new Set(['—', '–', '-', '--']);
const SUBJECT_POS = new Set(['PRON', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
const VERBAL = new Set(['VERB', 'AUX']);
const TIME_WORDS = GRAMMAR.clauseTimeWords;

export function isReporting(t: MTok): boolean {
  return t.pos === 'VERB' && REPORTING.some((w) => hasBase(t, w));
}

/** A subject-like word and then a verb within `within` tokens, before any punctuation. */
function clauseFollows(toks: MTok[], i: number, within = 6): boolean {
  if (i >= toks.length || !SUBJECT_POS.has(toks[i]!.pos)) return false;
  for (let j = i + 1; j < toks.length && j <= i + within; j++) {
    const t = toks[j]!;
    if (VERBAL.has(t.pos)) return true;
    if (t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'SCONJ') return false;
  }
  return false;
}

/** Split one sentence's tokens into clauses. `quoteBounds`: [start, end) character spans of quote contents. */
export function chunkClauses(toks: CTok[], quoteBounds: [number, number][] = []): Clause[] {
  const clauses: Clause[] = [];
  const open = (kind: ClauseKind, parent: number | null, opener: string | null, attachedTo: number | null = null): number => {
    clauses.push({ toks: [], kind, parent, opener, attachedTo });
    return clauses.length - 1;
  };
  let cur = open('main', null, null);
  let hasVerb = false;
  /** clause to resume at the next comma (after a relative clause opened by a comma) */
  let resumeAtComma: number | null = null;
  /** an initial subordinate clause ends at its first comma, then a new main clause starts */
  let initialSub = false;
  let inQuote: [number, number] | null = null;
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const lower = t.lower;
    // 2. quote boundaries
    if (inQuote && t.start >= inQuote[1]) { inQuote = null; cur = open('main', null, null); hasVerb = false; }
    if (!inQuote) {
      const q = quoteBounds.find(([a, b]) => t.start >= a && t.start < b);
      if (q) { inQuote = q; cur = open('quote', cur, null); hasVerb = false; }
    }
    // 1. hard boundaries
    const spaced = i > 0 && i + 1 < n && toks[i - 1]!.end < t.start && t.end < toks[i + 1]!.start;
    if (lower === ';' || lower === ':' || (DASHES.has(lower) && t.pos === 'PUNCT' && (lower !== '-' || spaced))) {
      cur = open('main', null, null); hasVerb = false; resumeAtComma = null; initialSub = false; continue;
    }
    if (lower === ',') {
      if (resumeAtComma !== null) { cur = resumeAtComma; resumeAtComma = null; hasVerb = true; continue; }
      if (initialSub) { initialSub = false; cur = open('main', null, null); hasVerb = false; continue; }
      // 6. attribution after a comma: a reporting verb within 8 tokens, no other verb before it
      let attribution = false;
      for (let j = i + 1; j < n && j <= i + 8; j++) {
        const u = toks[j]!;
        if (isReporting(u)) {
          const rest = toks.slice(j + 1).filter((x) => VERBAL.has(x.pos)).length;
          if (rest === 0) { cur = open('attribution', null, null); hasVerb = false; attribution = true; }
          break;
        }
        if (VERBAL.has(u.pos) || u.pos === 'PUNCT') break;
      }
      // a plain comma stays in the clause (noun phrases must not run across it)
      if (!attribution) clauses[cur]!.toks.push(i);
      continue;
    }
    // 3. relative clauses
    const relThat = lower === 'that' && t.pos === 'PRON' && i > 0 && (toks[i - 1]!.pos === 'NOUN' || toks[i - 1]!.pos === 'PROPN');
    if ((RELATIVE.has(lower) && i > 0) || relThat) {
      // "most of which": the clause opens at the quantifier after the comma
      let startAt = i;
      if (i >= 3 && toks[i - 1]!.lower === 'of' && toks[i - 3]!.lower === ',') startAt = i - 2;
      const afterComma = toks[startAt - 1]?.lower === ',';
      const attachedTo = afterComma ? startAt - 2 : startAt - 1;
      const parent = cur;
      // tokens already put in the current clause from startAt belong to the relative clause
      const moved = startAt < i ? clauses[cur]!.toks.splice(clauses[cur]!.toks.indexOf(startAt)) : [];
      cur = open('relative', parent, lower, attachedTo >= 0 ? attachedTo : null);
      clauses[cur]!.toks.push(...moved.filter((k) => k >= 0), i);
      if (afterComma) {
        resumeAtComma = parent;
        const ptoks = clauses[parent]!.toks;
        if (ptoks[ptoks.length - 1] === startAt - 1) ptoks.pop();
      }
      hasVerb = false;
      continue;
    }
    // 4. subordinators
    const isSub = ALWAYS_SUB.has(lower) || (lower === 'that' && t.pos === 'SCONJ') || (MAYBE_SUB.has(lower) && clauseFollows(toks, i + 1));
    if (isSub && !(lower === 'while' && t.pos !== 'SCONJ' && !clauseFollows(toks, i + 1))) {
      const atStart = i === 0 || toks[i - 1]!.lower === ',' && clauses[cur]!.toks.length === 0;
      const parent = clauses[cur]!.toks.length ? cur : clauses[cur]!.parent;
      cur = open('sub', parent, lower);
      if (atStart) initialSub = true;
      hasVerb = false;
      continue;
    }
    // 7. coordinated clauses
    if (CONJ.has(lower) && t.pos === 'CCONJ' && hasVerb) {
      let verbAt = -1;
      for (let j = i + 1; j < n && j <= i + 6; j++) {
        const u = toks[j]!;
        if (u.pos === 'PUNCT' || u.pos === 'SCONJ') break;
        if (VERBAL.has(u.pos)) { verbAt = j; break; }
      }
      if (verbAt > 0) {
        const first = toks[i + 1]!;
        const vp = VERBAL.has(first.pos) || first.pos === 'ADV' || first.pos === 'ADP' || first.pos === 'PART';
        const prev = cur;
        cur = open(vp ? 'vp-conj' : 'main', vp ? prev : clauses[prev]!.parent, lower);
        hasVerb = false;
        continue;
      }
    }
    clauses[cur]!.toks.push(i);
    if (VERBAL.has(t.pos)) hasVerb = true;
    // 5. reporting verb followed by a reported clause
    if (isReporting(t) && !inQuote) {
      let j = i + 1;
      while (j < n && (TIME_WORDS.has(toks[j]!.lower) || toks[j]!.pos === 'ADV') && j <= i + 4) j++;
      if (j < n && toks[j]!.lower !== 'that' && clauseFollows(toks, j)) {
        const parent = cur;
        // the time words stay with the reporting clause
        for (let k = i + 1; k < j; k++) clauses[parent]!.toks.push(k);
        i = j - 1;
        cur = open('complement', parent, lower);
        hasVerb = false;
      } else if (j < n && toks[j]!.lower === 'that') {
        for (let k = i + 1; k < j; k++) clauses[cur]!.toks.push(k);
        const parent = cur;
        i = j;
        cur = open('complement', parent, 'that');
        hasVerb = false;
      }
    }
  }
  return clauses;
}
