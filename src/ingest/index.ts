/**
 * Reading inputs: files, folders (walked recursively, in name order), '-' for standard input, and
 * http(s) URLs. The format comes from the extension, else from the content. Every problem is
 * yielded as an error naming the input, and the rest of the batch goes on.
 */
import { readdirSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { rawArticle, type RawArticle } from './article.js';
import { decode, InputError, looksBinary } from './decode.js';
import { hasDateline, headDate, readDateline } from './dateline.js';
import { fetchLimited } from './fetch.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { declaredCharset, readHtml } from './html.js';
import { hasFrontMatter, readMarkdown } from './markdown.js';
import { fileStream, readCsv, readJsonl, type ReadResult } from './records.js';

export type { ReadResult } from './records.js';
export { InputError } from './decode.js';

/** Largest single-article file (text, Markdown, HTML) or feed accepted. Dumps (JSONL, CSV) stream. */
export const MAX_FILE_BYTES = Number(process.env.SITREP_MAX_FILE_BYTES ?? 20 * 1024 * 1024);

const ARTICLE_EXT = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson', '.csv', '.xml', '.rss', '.atom']);
/** Files a folder walk leaves out: repository boilerplate, not articles. */
const BOILERPLATE = /^(readme|license|licence|copying|changelog|source|notice|authors)(\.[\w.]+)?$/i;

export interface ReadOptions {
  /** the format of standard input, when '-' is given (default: sniffed) */
  stdinName?: string;
}

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** Expand the inputs into files (folders walked), keeping URLs and '-' as they are. */
export function* expandInputs(inputs: string[]): Generator<string | { error: InputError }> {
  for (const input of inputs) {
    if (input === '-' || isUrl(input)) { yield input; continue; }
    let st;
    try { st = statSync(input); } catch { yield { error: new InputError(input, 'no such file or folder') }; continue; }
    if (st.isDirectory()) yield* walk(input);
    else yield input;
  }
}

function* walk(dir: string): Generator<string | { error: InputError }> {
  let names: string[];
  try { names = readdirSync(dir).sort(); } catch (err) { yield { error: new InputError(dir, `cannot read folder: ${(err as Error).message}`) }; return; }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    let st;
    try { st = statSync(p); } catch { continue; }
    if (st.isDirectory()) yield* walk(p);
    else if (st.isFile() && ARTICLE_EXT.has(extname(name).toLowerCase()) && !BOILERPLATE.test(name)) yield p;
  }
}

/** Read every input, yielding articles and errors in order. */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const item of expandInputs(inputs)) {
    if (typeof item !== 'string') { yield { ok: false, error: item.error }; continue; }
    try {
      if (item === '-') yield* readBytes(await readStdin(), options.stdinName ?? '-', '-', null);
      else if (isUrl(item)) yield* readUrl(item);
      else yield* readFile(item);
    } catch (err) {
      yield { ok: false, error: err instanceof InputError ? err : new InputError(item, (err as Error).message) };
    }
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of process.stdin) {
    total += (c as Buffer).length;
    if (total > MAX_FILE_BYTES) throw new InputError('-', `standard input exceeds the ${MAX_FILE_BYTES}-byte limit`);
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

async function* readFile(file: string): AsyncGenerator<ReadResult> {
  const ext = extname(file).toLowerCase();
  const size = statSync(file).size;
  if (size === 0) throw new InputError(file, 'empty file');
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.csv') {
    const head = readHead(file, 8192);
    if (looksBinary(head)) throw new InputError(file, 'binary data, not text');
    yield* ext === '.csv' ? readCsv(fileStream(file), file, file) : readJsonl(fileStream(file), file, file);
    return;
  }
  if (size > MAX_FILE_BYTES) throw new InputError(file, `file is ${(size / 1048576).toFixed(1)} MB, over the ${(MAX_FILE_BYTES / 1048576).toFixed(0)} MB limit for one article`);
  const { readFileSync } = await import('node:fs');
  yield* readBytes(readFileSync(file), file, file, null);
}

function readHead(file: string, n: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const got = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

async function* readUrl(url: string): AsyncGenerator<ReadResult> {
  const got = await fetchLimited(url);
  const ct = got.contentType.toLowerCase();
  const charset = /charset=([\w-]+)/.exec(ct)?.[1] ?? null;
  const hint = ct.includes('html') ? 'page.html' : /xml|rss|atom/.test(ct) ? 'feed.xml' : ct.includes('json') ? 'dump.jsonl' : ct.includes('csv') ? 'dump.csv' : basename(new URL(got.url).pathname) || 'page';
  yield* readBytes(got.bytes, url, null, got.url, hint, charset);
}

/**
 * Read one input's bytes. `name` gives the extension when it has one (else the content decides);
 * `path` is recorded in the articles; `url` is where it was fetched from.
 */
export async function* readBytes(bytes: Uint8Array, name: string, path: string | null, url: string | null, hint?: string, charset?: string | null): AsyncGenerator<ReadResult> {
  const input = path ?? url ?? name;
  const ext = extname(hint ?? name).toLowerCase();
  const headAscii = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = charset ?? (/\.x?html?$/.test(ext) || /<html|<!doctype html/i.test(headAscii) ? declaredCharset(headAscii) : /^<\?xml[^>]*encoding=["']([\w-]+)/i.exec(headAscii)?.[1] ?? null);
  const { text, encoding } = decode(bytes, input, declared);
  if (!text.trim()) throw new InputError(input, 'no text (only white space)');
  if (ext === '.jsonl' || ext === '.ndjson' || (!ext && /^\s*\{/.test(text) && text.trim().split('\n').every((l) => !l.trim() || /^\s*\{/.test(l)))) {
    yield* readJsonl(Readable.from([text]), input, path);
    return;
  }
  if (ext === '.csv') { yield* readCsv(Readable.from([text]), input, path); return; }
  if (['.xml', '.rss', '.atom'].includes(ext) || looksLikeFeed(text)) {
    if (looksLikeFeed(text)) { for (const r of readFeed(text, input, path)) yield r; return; }
    throw new InputError(input, 'XML that is not an RSS or Atom feed');
  }
  let article: RawArticle;
  if (/\.x?html?$/.test(ext) || /^\s*(<!doctype html|<html[\s>])/i.test(text)) article = readHtml(text, path, encoding, url);
  else if (ext === '.md' || ext === '.markdown' || hasFrontMatter(text)) article = readMarkdown(text, path, encoding);
  else if (hasDateline(text)) article = readDateline(text, path, encoding);
  else {
    const published = headDate(text);
    article = rawArticle({ text, format: 'text', path, url, encoding, warnings: [], published, publishedFrom: published ? 'dateline' : 'unknown' });
  }
  if (article.format === 'text' && !article.published) article.warnings.push('plain text without a date: publication date unknown (give --date)');
  if (!article.text.trim()) throw new InputError(input, 'no article text after reading its markup');
  yield { ok: true, article };
}
