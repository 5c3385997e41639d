/**
 * Reading token-per-line NER corpora: CoNLL-2003 (space-separated, tag last, `-DOCSTART-`
 * between documents) and Universal NER IOB2 (tab-separated, `#` comments, `# newdoc` lines); and
 * `sentenceDocs`, any such corpus as one document per sentence.
 */
import { readFileSync } from 'node:fs';

export interface TaggedDoc {
  words: string[];
  /** raw tags as written (IOB1 or IOB2) */
  tags: string[];
  /** index of each sentence's first token */
  sentStarts: number[];
}

/** Parse CoNLL-2003 text into documents. `-DOCSTART-` lines (at either end of a document) split them. */
export function parseConll(text: string): TaggedDoc[] {
  const docs: TaggedDoc[] = [];
  let cur: TaggedDoc = { words: [], tags: [], sentStarts: [] };
  let inSentence = false;
  const flush = () => { if (cur.words.length) docs.push(cur); cur = { words: [], tags: [], sentStarts: [] }; inSentence = false; };
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t.startsWith('-DOCSTART-')) { flush(); continue; }
    if (!t) { inSentence = false; continue; }
    const cols = t.split(/\s+/);
    if (!inSentence) { cur.sentStarts.push(cur.words.length); inSentence = true; }
    cur.words.push(cols[0]!);
    cur.tags.push(cols.length > 1 ? cols[cols.length - 1]! : 'O');
  }
  flush();
  return docs;
}

/** Parse a Universal NER .iob2 file (columns: id, token, tag, ...) into documents. */
export function parseUner(text: string): TaggedDoc[] {
  const docs: TaggedDoc[] = [];
  let cur: TaggedDoc = { words: [], tags: [], sentStarts: [] };
  let inSentence = false;
  const flush = () => { if (cur.words.length) docs.push(cur); cur = { words: [], tags: [], sentStarts: [] }; inSentence = false; };
  for (const line of text.split('\n')) {
    if (line.startsWith('# newdoc')) { flush(); continue; }
    if (line.startsWith('#')) continue;
    if (!line.trim()) { inSentence = false; continue; }
    const cols = line.split('\t');
    if (cols.length < 3 || !/^\d+$/.test(cols[0]!)) continue;
    if (!inSentence) { cur.sentStarts.push(cur.words.length); inSentence = true; }
    cur.words.push(cols[1]!);
    cur.tags.push(cols[2]!);
  }
  flush();
  return docs;
}

/** One document per sentence: no document context (as in UNER's sentence-level test sets). */
export function sentenceDocs(docs: readonly TaggedDoc[]): TaggedDoc[] {
  const out: TaggedDoc[] = [];
  for (const d of docs) {
    d.sentStarts.forEach((a, k) => {
      const b = k + 1 < d.sentStarts.length ? d.sentStarts[k + 1]! : d.words.length;
      out.push({ words: d.words.slice(a, b), tags: d.tags.slice(a, b), sentStarts: [0] });
    });
  }
  return out;
}

export const readConll = (file: string): TaggedDoc[] => parseConll(readFileSync(file, 'utf8'));
export const readUner = (file: string): TaggedDoc[] => parseUner(readFileSync(file, 'utf8'));

/**
 * Universal NER's layout (its .iob2 files, as CoNLL-U): tab-separated token lines whose first column
 * numbers the tokens of each sentence from 1 and whose second is the token; `#` lines are comments.
 */
function indexedLayout(lines: readonly string[]): boolean {
  let expect = 1, any = false;
  for (const line of lines) {
    if (!line.trim()) { expect = 1; continue; }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 3 || cols[0] !== String(expect)) return false;
    expect++;
    any = true;
  }
  return any;
}

/**
 * Tag CoNLL-format text: the first column of each line is a token; `-DOCSTART-` lines and blank
 * lines delimit documents and sentences. Universal NER's own layout is read too (indexedLayout:
 * the token in the second column, `#` comment lines kept as they are, `# newdoc` starting a
 * document). Returns the input lines, each token line with its predicted BIO tag appended as the
 * last column (blank, comment and -DOCSTART- lines unchanged). `tag(words, sentStarts)` tags one
 * document.
 */
export function tagConllLines(text: string, tag: (words: string[], sentStarts: number[]) => string[]): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const out = lines.slice();
  let words: string[] = [], starts: number[] = [], where: number[] = [], inSentence = false;
  const sep = (line: string) => (line.includes('\t') ? '\t' : ' ');
  const flush = () => {
    if (words.length) {
      const tags = tag(words, starts);
      where.forEach((li, k) => { out[li] = `${lines[li]!.replace(/\s+$/, '')}${sep(lines[li]!)}${tags[k]}`; });
    }
    words = []; starts = []; where = []; inSentence = false;
  };
  const indexed = indexedLayout(lines);
  lines.forEach((line, li) => {
    const t = line.trim();
    if (t.startsWith('-DOCSTART-') || indexed && t.startsWith('# newdoc')) { flush(); return; }
    if (!t) { inSentence = false; return; }
    if (indexed && t.startsWith('#')) return;
    if (!inSentence) { starts.push(words.length); inSentence = true; }
    words.push(indexed ? line.split('\t')[1]! : t.split(/\s+/)[0]!);
    where.push(li);
  });
  flush();
  return out;
}
