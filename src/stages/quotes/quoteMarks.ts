/**
 * Quoted stretches of a paragraph: every top-level pair of quote marks (“ ”, « », „ “, ‘ ’,
 * straight double quotes, ...; the pairs live in resources/<lang>/quotes/quote-marks.tsv).
 *
 * One left-to-right pass per paragraph, so the time is linear in its length. Marks inside an open
 * quote that do not close it are nested quotes and stay inside. An opening mark that is never
 * closed ends its quote at the end of the paragraph (a quote that runs on into the next paragraph
 * reopens there, by the usual convention), so no quote ever runs past its paragraph.
 */

export interface QuoteSpan {
  /** offset of the opening mark */
  start: number;
  /** offset just past the closing mark (or the paragraph end when unclosed) */
  end: number;
  closed: boolean;
  /** the number of words inside */
  words: number;
}

const isLetterOrDigit = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrOpen = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013\-/:;,]/u.test(c);

/** Does the mark at `i` open a quote (given what surrounds it)? */
function opens(text: string, i: number, mark: string): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (next === undefined || /\s/.test(next)) return false;
  // a straight or single mark opens only after a space, start or opening punctuation
  if (mark === '"' || mark === '‘' || mark === '‚') return isSpaceOrOpen(prev) || prev === '“' || prev === '"';
  // a closing mark typed for an opening one ("”Mr. Trump embodies …”"): only at a line start or after a space, before a letter or digit
  if (mark === '”') return (prev === undefined || /\s/.test(prev)) && isLetterOrDigit(next);
  return true;
}

/** Does the two-character mark at `i` open a quote? */
function opensPair(text: string, i: number): boolean {
  const next = text[i + 2];
  return next !== undefined && !/\s/.test(next) && isSpaceOrOpen(text[i - 1]);
}

/** Does the mark at `i` close the open quote? (’ inside a word is an apostrophe.) */
function closes(text: string, i: number, mark: string): boolean {
  const next = text[i + 1];
  if (mark === '’' || mark === '‘') return !isLetterOrDigit(next);
  if (mark === '"') return !isLetterOrDigit(next) || /\s/.test(text[i - 1] ?? ' ') === false;
  return true;
}

function countWords(text: string, a: number, b: number): number {
  let n = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const w = isLetterOrDigit(text[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** The top-level quotes in text[from, to). */
export function findQuotes(text: string, from: number, to: number, pairs: Map<string, string[]>): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let closers: string[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    // a line that opens with a quote mark while a quote is open: the open quote ran on to the line break (the
    // convention of a quote that runs on into the next paragraph, where paragraphs are single lines)
    if (c === '\n' && open >= 0) {
      let j = i + 1;
      while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
      const m = text[j];
      const reopens = m !== undefined && ((m === "'" || m === '`') && text[j + 1] === m ? opensPair(text, j) : pairs.has(m) && opens(text, j, m));
      if (reopens) {
        let end = i;
        while (end > open + 1 && /\s/.test(text[end - 1]!)) end--;
        out.push({ start: open, end, closed: false, words: countWords(text, open, end) });
        open = -1;
        continue;
      }
    }
    // two apostrophes (or backticks) stand for a double quote mark in some archives: ''…'' ``…''
    if ((c === "'" || c === '`') && text[i + 1] === c) {
      if (open < 0 && opensPair(text, i)) { open = i; closers = ["''"]; i++; continue; }
      if (open >= 0 && closers.includes("''") && c === "'" && i > open + 2) {
        out.push({ start: open, end: i + 2, closed: true, words: countWords(text, open, i) });
        open = -1; i++; continue;
      }
      i++;
      continue;
    }
    if (open < 0) {
      const cl = pairs.get(c);
      if (cl && opens(text, i, c)) { open = i; closers = cl; }
      continue;
    }
    if (closers.includes(c) && closes(text, i, c) && i > open + 1) {
      out.push({ start: open, end: i + 1, closed: true, words: countWords(text, open, i) });
      open = -1;
    }
  }
  if (open >= 0) {
    let end = to;
    while (end > open + 1 && /\s/.test(text[end - 1]!)) end--;
    out.push({ start: open, end, closed: false, words: countWords(text, open, end) });
  }
  return out;
}
