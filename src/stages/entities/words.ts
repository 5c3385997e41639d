/**
 * The tagger's words from the document's tokens. The structure stage splits hyphenated words
 * ("Jean", "-", "Noel"); CoNLL, which the tagger learned from, keeps them whole, so tokens
 * joined by a hyphen with no space around it become one word again. Each word keeps its
 * character span and the token range it covers.
 */
import type { Document } from '../../document.js';

export interface Words {
  words: string[];
  start: number[];
  end: number[];
  /** first token of each word, and one past its last */
  tokFrom: number[];
  tokTo: number[];
  /** index of each sentence's first word */
  sentStarts: number[];
  /** sentence of each word */
  sentence: number[];
}

const HYPHEN = /^[-‐‑]$/;
const WORDISH = /[\p{L}\p{N}]$/u;
const WORDISH_START = /^[\p{L}\p{N}]/u;

export function wordsOf(doc: Readonly<Document>): Words {
  const { tokens, text } = doc;
  const w: Words = { words: [], start: [], end: [], tokFrom: [], tokTo: [], sentStarts: [], sentence: [] };
  let lastSentence = -1;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    let j = i + 1, end = t.end;
    // glue "a-b(-c...)" back together: hyphen tokens touching word tokens on both sides, same sentence
    while (j + 1 < tokens.length && HYPHEN.test(tokens[j]!.text) && tokens[j]!.start === end && tokens[j + 1]!.start === tokens[j]!.end
      && tokens[j + 1]!.sentence === t.sentence && WORDISH.test(text.slice(end - 1, end)) && WORDISH_START.test(tokens[j + 1]!.text) && end - t.start < 200) {
      end = tokens[j + 1]!.end;
      j += 2;
    }
    if (t.sentence !== lastSentence) { w.sentStarts.push(w.words.length); lastSentence = t.sentence; }
    w.words.push(text.slice(t.start, end));
    w.start.push(t.start); w.end.push(end);
    w.tokFrom.push(i); w.tokTo.push(j);
    w.sentence.push(t.sentence);
    i = j;
  }
  return w;
}
