/**
 * Closed-set linking: cluster a given set of documents into stories (average link over TF-IDF
 * cosine, IDF from the set itself), then link given event mentions across all documents, each
 * compared only with mentions of its document cluster. Used by `sitrep link-events` and the eval.
 */
import { averageLink } from './cluster.js';
import { clusterMentions, DEFAULT_COREF, mentionFeatures, type CorefParams, type MentionFeatures } from './mentions.js';
import { cosine, docStems, Idf, nameTerms, termCounts, tfidfVector } from './tfidf.js';

export interface PlainDoc { id: string; title: string | null; text: string }


/**
 * A cluster number per document, in input order. Two rounds: documents about one kind of event
 * are gathered first (average link, threshold `topic`); each gathered group is then split by its
 * own vocabulary (IDF recomputed inside the group, so the words the group shares weigh little and
 * the names, numbers and details that tell one occurrence from another decide; threshold `firstSplit`,
 * then `split` for each part split again).
 * The split compares locally scaled similarities (`localScale`): a group's documents can be short
 * or long, close copies or loose follow-ups, so one absolute threshold splits some groups too much
 * and others not at all; scaled, a link counts relative to how close each document is to its own
 * nearest neighbours.
 * A conflict between the years documents state was tried in the split and not kept: on ECB+ the
 * occurrences to tell apart state no year, while one event's reports can name other years (commit
 * 8c0193a has the numbers).
 */
export function clusterDocuments(docs: PlainDoc[], p: DocClusterParams = DOC_CLUSTER): number[] {
  const terms = docs.map((d) => ({ words: termCounts(docStems(d.title, d.text)), names: termCounts(nameTerms(d.title, d.text, true)) }));
  const out = new Array<number>(docs.length).fill(0);
  let next = 0;
  const all = docs.map((_, i) => i);
  const split = (group: number[], depth: number): number[][] => {
    if (group.length <= 2) return [group];
    const parts = linkGroup(terms, group, depth === 1 ? p.firstSplit : p.split, p.splitNameWeight, p.splitNeighbours);
    return parts.length === 1 || depth >= p.splitDepth ? parts : parts.flatMap((g) => split(g, depth + 1));
  };
  for (const group of linkGroup(terms, all, p.topic, p.nameWeight)) {
    for (const sub of split(group, 1)) {
      for (const i of sub) out[i] = next;
      next++;
    }
  }
  return out;
}

export interface DocClusterParams {
  topic: number;
  nameWeight: number;
  /**
   * threshold of the first split (a group about one kind of event into its occurrences), on locally
   * scaled similarities when `splitNeighbours` > 0; higher than `split`: the occurrences of one kind of
   * event share much of their wording, while the parts of one occurrence's reports (split again at
   * `split`) differ more in theirs
   */
  firstSplit: number;
  /** threshold of the later split rounds */
  split: number;
  splitNameWeight: number;
  /** neighbours that set each document's scale in the split round (0: raw similarities) */
  splitNeighbours: number;
  /** rounds of splitting: each part of a split is split again, by its own vocabulary, up to this depth */
  splitDepth: number;
}

/** Thresholds tuned on ECB+ train topics (scripts/stories-tune.ts). */
export const DOC_CLUSTER: DocClusterParams = { topic: 0.05, nameWeight: 0.5, firstSplit: 0.48, split: 0.4, splitNameWeight: 0.7, splitNeighbours: 5, splitDepth: 2 };

function linkGroup(terms: { words: Map<string, number>; names: Map<string, number> }[], members: number[], threshold: number, nameWeight: number, neighbours = 0): number[][] {
  const idf = new Idf();
  for (const i of members) idf.add([...terms[i]!.words.keys(), ...terms[i]!.names.keys()]);
  const vecs = members.map((i) => tfidfVector(terms[i]!.words, idf, 400));
  const nvecs = members.map((i) => tfidfVector(terms[i]!.names, idf, 100));
  const raw = (a: number, b: number) => (1 - nameWeight) * cosine(vecs[a]!, vecs[b]!) + nameWeight * cosine(nvecs[a]!, nvecs[b]!);
  const sim = neighbours > 0 ? localScale(members.length, raw, neighbours) : raw;
  return averageLink(members.length, sim, threshold).map((c) => c.map((k) => members[k]!));
}

/**
 * Locally scaled similarity (self-tuning, after Zelnik-Manor and Perona 2004): s(a, b) divided by
 * the geometric mean of a's and b's scales, a document's scale being its mean similarity to its
 * `k` nearest neighbours. Computes the n x n similarities once (callers bound n).
 */
export function localScale(n: number, sim: (a: number, b: number) => number, k: number): (a: number, b: number) => number {
  const rows: Float64Array[] = [];
  for (let a = 0; a < n; a++) {
    const row = new Float64Array(n);
    for (let b = 0; b < a; b++) { row[b] = sim(a, b); rows[b]![a] = row[b]!; }
    rows.push(row);
  }
  const take = Math.max(1, Math.min(k, n - 1));
  const scale = rows.map((row, a) => {
    const near = [...row].filter((_, b) => b !== a).sort((x, y) => y - x).slice(0, take);
    return near.reduce((s, x) => s + x, 0) / near.length;
  });
  return (a, b) => { const d = Math.sqrt(scale[a]! * scale[b]!); return d > 0 ? rows[a]![b]! / d : 0; };
}

export interface SpanRef { doc: string; start: number; end: number }

/**
 * Sentence bounds around an offset, for documents without a sentences layer: out to a
 * sentence-final stop followed by white space, a blank line, or a line that is a heading or list
 * item; single line breaks (hard-wrapped text) do not end a sentence. At most 400 characters
 * each way.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const stopBefore = (i: number) => /[.!?]["'”’)]?\s$/.test(text.slice(Math.max(0, i - 3), i)) || /\n[ \t]*\n[ \t]*$/.test(text.slice(Math.max(0, i - 4), i))
    || (text[i - 1] === '\n' && /^[ \t]*(?:[-*#>]|\d+\.)\s/.test(text.slice(i, i + 5)));
  let s = start;
  while (s > 0 && !stopBefore(s) && start - s < 400) s--;
  while (s < start && /\s/.test(text[s]!)) s++;
  let e = end;
  while (e < text.length && e - end < 400) {
    if (/[.!?]/.test(text[e]!) && (e + 1 >= text.length || /\s/.test(text[e + 1]!))) { e++; break; }
    if (text[e] === '\n' && (/^\n[ \t]*\n/.test(text.slice(e, e + 4)) || /^\n[ \t]*(?:[-*#>]|\d+\.)\s/.test(text.slice(e, e + 6)))) break;
    e++;
  }
  while (e > end && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/**
 * Link event mentions across documents: returns a cluster id per span (in input order), equal
 * ids meaning one real-world event. Spans outside their document's text are an error.
 */
export function linkEvents(docs: PlainDoc[], spans: SpanRef[], options: { docCluster?: DocClusterParams; coref?: CorefParams;
  sentences?: Map<string, { start: number; end: number }[]> } = {}): string[] {
  const byId = new Map(docs.map((d, i) => [d.id, i]));
  const docCluster = clusterDocuments(docs, options.docCluster);
  const feats: MentionFeatures[] = spans.map((s) => {
    const i = byId.get(s.doc);
    if (i === undefined) throw new Error(`mention names an unknown document '${s.doc}'`);
    const text = docs[i]!.text;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length)) {
      throw new Error(`mention [${s.start}, ${s.end}) is outside document '${s.doc}' (length ${text.length})`);
    }
    const sent = options.sentences?.get(s.doc)?.find((x) => x.start <= s.start && s.end <= x.end) ?? sentenceAround(text, s.start, s.end);
    return mentionFeatures(s.doc, text, s.start, s.end, sent.start, sent.end);
  });
  const cl = clusterMentions(feats, (m) => String(docCluster[byId.get(m.doc)!]), options.coref ?? DEFAULT_COREF);
  return cl.map((c) => `e${c}`);
}
