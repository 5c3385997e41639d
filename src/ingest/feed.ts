/**
 * RSS 2.0 and Atom feeds. Entity expansion is off: a feed that declares XML entities is refused,
 * so no "billion laughs"; the standard five entities and character references are decoded.
 * Each item becomes an article from its full content (content:encoded, Atom content) or, failing
 * that, its description/summary.
 */
import { XMLParser } from 'fast-xml-parser';
import { rawArticle } from './article.js';
import { InputError } from './decode.js';
import { normalizePublished } from './dates.js';
import { htmlFragmentToText } from './html.js';
import type { ReadResult } from './records.js';

export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head.slice(0, 4096));
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: true,
  htmlEntities: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function text(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o['#text'] === 'string') return (o['#text'] as string).trim() || null;
  }
  return null;
}

function atomLink(v: unknown): string | null {
  const links = Array.isArray(v) ? v : v ? [v] : [];
  let first: string | null = null;
  for (const l of links) {
    if (typeof l === 'string') { first ??= l; continue; }
    const o = l as Record<string, unknown>;
    const href = typeof o['@href'] === 'string' ? (o['@href'] as string) : null;
    if (!href) continue;
    if (!o['@rel'] || o['@rel'] === 'alternate') return href;
    first ??= href;
  }
  return first;
}

export function readFeed(xml: string, input: string, path: string | null): ReadResult[] {
  if (/<!ENTITY/i.test(xml)) return [{ ok: false, error: new InputError(input, 'feed declares XML entities; refused (entity expansion is off)') }];
  let doc: Record<string, any>;
  try {
    doc = parser.parse(xml.replace(/<!DOCTYPE[^>[]*>/i, '')) as Record<string, any>;
  } catch (err) {
    return [{ ok: false, error: new InputError(input, `not a well-formed feed: ${(err as Error).message.split('\n')[0]}`) }];
  }
  const out: ReadResult[] = [];
  const channel = doc.rss?.channel ?? doc['rdf:RDF']?.channel;
  const items: any[] = doc.rss?.channel?.item ?? doc['rdf:RDF']?.item ?? [];
  const entries: any[] = doc.feed?.entry ?? [];
  const isAtom = !!doc.feed;
  if (!channel && !isAtom) return [{ ok: false, error: new InputError(input, 'neither an RSS channel nor an Atom feed') }];
  const source = text(isAtom ? doc.feed.title : channel?.title);
  const list = isAtom ? entries : items;
  list.forEach((it, i) => {
    const where = `${input} (item ${i + 1})`;
    const html = isAtom ? text(it.content) ?? text(it.summary) : text(it['content:encoded']) ?? text(it.description);
    const body = html ? htmlFragmentToText(html) : '';
    if (!body) { out.push({ ok: false, error: new InputError(where, 'feed item without text') }); return; }
    const dateRaw = isAtom ? text(it.published) ?? text(it.updated) : text(it.pubDate) ?? text(it['dc:date']);
    const published = normalizePublished(dateRaw);
    const warnings: string[] = [];
    if (dateRaw && !published) warnings.push(`item date '${dateRaw}' is not a valid date`);
    out.push({
      ok: true,
      article: rawArticle({
        text: body, format: isAtom ? 'atom' : 'rss', path, record: i + 1, encoding: 'utf-8', warnings,
        title: text(it.title), url: isAtom ? atomLink(it.link) : text(Array.isArray(it.link) ? it.link[0] : it.link) ?? text(it.guid),
        source, published, publishedFrom: published ? 'feed' : 'unknown',
      }),
    });
  });
  if (list.length === 0) out.push({ ok: false, error: new InputError(input, 'feed has no items') });
  return out;
}
