import type { InputFormat, Meta } from '../document.js';

/** An article as a reader found it, before normalization and annotation. */
export interface RawArticle {
  text: string;
  format: InputFormat;
  /** the file (or '-' for standard input, or the URL) it came from */
  path: string | null;
  /** record number in a multi-article input (JSONL line, CSV row, feed item), 1-based */
  record: number | null;
  url: string | null;
  title: string | null;
  source: string | null;
  /** a date or date-time as the input gave it; normalized by the document builder */
  published: string | null;
  publishedFrom: Meta['publishedFrom'];
  encoding: string | null;
  warnings: string[];
}

export function rawArticle(fields: Partial<RawArticle> & Pick<RawArticle, 'text' | 'format'>): RawArticle {
  return {
    path: null, record: null, url: null, title: null, source: null, published: null, publishedFrom: 'unknown',
    encoding: null, warnings: [], ...fields,
  };
}
