/**
 * Event mentions as the story layer compares them: the trigger's head stem, the words of its
 * sentence, the names and numbers around it (participants), a date when known and a PLOVER type
 * when the events layer gave one. `eventSimilarity` scores two mentions; `clusterMentions` links
 * mentions of a closed set (within each document cluster) with average link.
 */
import { averageLink } from './cluster.js';
import { eventFamilies, eventRoot, eventSynonyms, phraseRoot, stem, stopWords, wordSpans } from './text.js';

export interface MentionFeatures {
  doc: string;
  start: number;
  end: number;
  /** start of its sentence in the document (-1 when unknown) */
  sentence: number;
  text: string;
  /** event root (`eventRoot`) of the trigger's head word */
  head: string;
  /** event roots of the trigger's content words */
  trigger: string[];
  /** stems of all the trigger's words, in order ("check into"); absent on events a story store kept from before 2026-11-30 */
  form?: string;
  /** stems of the trigger's words other than its head word ("into"; "reserve" in "injured reserve") */
  rest?: string;
  /** content-word stems of the sentence near the trigger (`CONTEXT_WORDS`; trigger excluded) */
  context: Set<string>;
  /** capitalized words and numbers of the sentence near the trigger (participants, places, counts), lower-cased */
  args: Set<string>;
  /** YYYY-MM-DD (or a shorter prefix) when the mention is dated */
  date: string | null;
  type: string | null;
}

const LIGHT_VERBS = new Set(['be', 'is', 'was', 'were', 'are', 'been', 'have', 'has', 'had', 'do', 'did', 'get', 'got', 'take', 'took', 'make', 'made', 'go', 'went', 'come', 'came', 'give', 'gave']);

/**
 * Words each side of the trigger (counted from its first word, stop words included) whose stems
 * and names are its context and participants: a long sentence reports several events, and the
 * words near a trigger are the ones about it (tuned on ECB+ train topics).
 */
const CONTEXT_WORDS = 6;

/** The features of the mention text[start, end) inside its sentence text[sStart, sEnd). */
export function mentionFeatures(doc: string, text: string, start: number, end: number, sStart: number, sEnd: number,
  extra: { date?: string | null; type?: string | null } = {}): MentionFeatures {
  const sw = stopWords();
  const trig = wordSpans(text.slice(start, end));
  const content = trig.filter((w) => !sw.has(w.w) && !LIGHT_VERBS.has(w.w));
  const headWord = (content[0] ?? trig[trig.length - 1])?.w ?? text.slice(start, end).toLowerCase();
  const trigger = (content.length ? content : trig).map((w) => eventRoot(stem(w.w)));
  const form = trig.map((w) => stem(w.w));
  const headAt = trig.findIndex((w) => w.w === headWord);
  const rest = form.filter((_, i) => i !== headAt).join(' ');
  const context = new Set<string>();
  const args = new Set<string>();
  const words = wordSpans(text.slice(sStart, sEnd));
  const first = words.findIndex((w) => sStart + w.start >= start);
  const around = first < 0 ? words : words.slice(Math.max(0, first - CONTEXT_WORDS), first + CONTEXT_WORDS + 1);
  for (const w of around) {
    const at = sStart + w.start;
    if (at >= start && at < end) continue;
    if (w.w.length < 2 || sw.has(w.w)) continue;
    context.add(stem(w.w));
    if (/\p{Lu}/u.test(text[at]!) || /\d/.test(text[at]!)) args.add(w.w);
  }
  // a phrase listed in the word classes ("opened fire") is its own head
  const phrase = trig.length > 1 ? phraseRoot(trig.map((w) => w.w)) : '';
  const head = phrase && (eventFamilies(phrase).length || eventSynonyms(phrase).length) ? phrase : eventRoot(stem(headWord));
  return { doc, start, end, sentence: sStart, text: text.slice(start, end), head, trigger, form: form.join(' '), rest, context, args, date: extra.date ?? null, type: extra.type ?? null };
}

export interface CorefParams {
  /** weight of the same head stem */
  head: number;
  /** weight of a shared trigger stem other than the head (a word of a multi-word trigger) */
  trigger: number;
  /** weight of heads of one event-word family (resources/en/story/event-families.txt) */
  family: number;
  /** weight of heads of one WordNet synonym class (resources/en/story/synonyms.txt) and no family */
  synonym: number;
  /** bonus when the two triggers are the same words, inflection aside (`form`: "checked into", "checks into") */
  exact: number;
  /** taken off between same-head triggers whose other words differ (`rest`: "checked into" and "checked out", "injured reserve" and "injury") */
  shape: number;
  /** weight of sentence-context overlap (Jaccard) */
  context: number;
  /** weight of participant overlap (Jaccard of names and numbers) */
  args: number;
  /** bonus when both mentions are in one document */
  sameDoc: number;
  /** taken off between two reporting mentions ("said", "told") in different documents: each is its own statement unless the context agrees strongly */
  reporting: number;
  /** average-link threshold */
  threshold: number;
  /** share of the best pair in the score of two clusters of mentions (`averageLink`'s `maxWeight`; the rest is their average) */
  linkMax: number;
}

/** Heads of reporting events (stems). */
const REPORTING = new Set(['say', 'tell', 'report', 'state', 'add', 'claim', 'note', 'told', 'said', 'explain', 'comment', 'write']);

export const DEFAULT_COREF: CorefParams = { head: 0.6, trigger: 0.5, family: 0.5, synonym: 0.3, exact: 0.1, shape: 0.2, context: 1, args: 0.3, sameDoc: 0.05, reporting: 0.5, threshold: 0.525, linkMax: 0.6 };

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const [s, l] = a.size < b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of s) if (l.has(x)) n++;
  return n / (a.size + b.size - n);
}

function sameClass(classes: (root: string) => number[], a: string, b: string): boolean {
  const fb = classes(b);
  return fb.length > 0 && classes(a).some((f) => fb.includes(f));
}

/** Two mentions in one sentence name two events ("he fled and was arrested", "killed two and injured ten"). */
function oneSentence(a: MentionFeatures, b: MentionFeatures): boolean {
  return a.doc !== '' && a.doc === b.doc && a.sentence >= 0 && a.sentence === b.sentence;
}

function datesConflict(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const n = Math.min(a.length, b.length, 10);
  return a.slice(0, n) !== b.slice(0, n);
}

/** How likely two mentions name one real-world event (not a probability; compare to a threshold). */
export function eventSimilarity(a: MentionFeatures, b: MentionFeatures, p: CorefParams = DEFAULT_COREF): number {
  if (datesConflict(a.date, b.date)) return 0;
  if (oneSentence(a, b)) return 0;
  if (a.type && b.type && a.type !== b.type) return 0;
  const sameHead = a.head === b.head;
  const shared = sameHead || a.trigger.some((t) => b.trigger.includes(t));
  const family = !shared && sameClass(eventFamilies, a.head, b.head);
  const synonym = !shared && !family && sameClass(eventSynonyms, a.head, b.head);
  if (!shared && !family && !synonym) return 0;
  return (sameHead ? p.head : 0) + (shared && !sameHead ? p.trigger : 0) + (family ? p.family : 0) + (synonym ? p.synonym : 0)
    + (a.form !== undefined && a.form === b.form ? p.exact : 0)
    - (sameHead && a.rest !== undefined && b.rest !== undefined && a.rest !== b.rest ? p.shape : 0) + p.context * jaccard(a.context, b.context)
    + p.args * jaccard(a.args, b.args) + (a.doc === b.doc ? p.sameDoc : 0)
    - (a.doc !== b.doc && REPORTING.has(a.head) && REPORTING.has(b.head) ? p.reporting : 0);
}

/**
 * Cluster mentions into real-world events: mentions are compared only inside their document
 * cluster (`groupOf`), then linked with average link over `eventSimilarity`.
 * Returns a cluster number for each mention, in input order.
 */
export function clusterMentions(ms: MentionFeatures[], groupOf: (m: MentionFeatures) => string, p: CorefParams = DEFAULT_COREF): number[] {
  const out = new Array<number>(ms.length).fill(-1);
  const groups = new Map<string, number[]>();
  ms.forEach((m, i) => { const g = groupOf(m); const l = groups.get(g); if (l) l.push(i); else groups.set(g, [i]); });
  let next = 0;
  for (const idx of groups.values()) {
    // mentions sharing no trigger stem never link: split by head first to keep each problem small
    for (const part of byTriggerOverlap(idx.map((i) => ms[i]!))) {
      const local = part.map((k) => idx[k]!);
      const cl = averageLink(local.length, (i, j) => eventSimilarity(ms[local[i]!]!, ms[local[j]!]!, p), p.threshold, p.linkMax);
      for (const c of cl) { for (const k of c) out[local[k]!] = next; next++; }
    }
  }
  return out;
}

/** Keys under which a head's mentions may meet: the head and its event-family and synonym classes. */
export function headKeys(head: string): string[] {
  return [head, ...eventFamilies(head).map((f) => `#${f}`), ...eventSynonyms(head).map((f) => `~${f}`)];
}

/** Connected components of mentions that share a trigger stem (indices into `ms`). */
function byTriggerOverlap(ms: MentionFeatures[]): number[][] {
  const parent = ms.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  const firstWith = new Map<string, number>();
  ms.forEach((m, i) => {
    for (const t of new Set([...headKeys(m.head), ...m.trigger])) {
      const j = firstWith.get(t);
      if (j === undefined) firstWith.set(t, i); else parent[find(i)] = find(j);
    }
  });
  const comps = new Map<number, number[]>();
  ms.forEach((_, i) => { const r = find(i); const l = comps.get(r); if (l) l.push(i); else comps.set(r, [i]); });
  return [...comps.values()];
}
