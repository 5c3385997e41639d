/**
 * HTML pages: the main text through Mozilla Readability (over a linkedom DOM, no scripts run),
 * the title, the canonical URL, the site name and the published date from meta tags, JSON-LD or
 * <time> elements. Block elements become paragraphs separated by blank lines.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { rawArticle, type RawArticle } from './article.js';
import { InputError } from './decode.js';
import { normalizePublished } from './dates.js';

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'UL', 'OL', 'LI', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'HR', 'ADDRESS',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD']);

/** Text of a DOM subtree: block elements as paragraphs, <br> as a line break, inline as running text. */
export function domToText(root: any): string {
  const parts: string[] = [];
  const walk = (node: any): void => {
    if (node.nodeType === 3) { parts.push(String(node.nodeValue ?? '').replace(/\s+/g, ' ')); return; }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = String(node.tagName ?? '').toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') { parts.push('\n'); return; }
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts.join('').replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Text of an HTML fragment (feed item content, for instance). */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domToText(document.body);
}

function metaContent(document: any, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    if (v && String(v).trim()) return String(v).trim();
  }
  return null;
}

function jsonLdDate(document: any): string | null {
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(el.textContent ?? '') as unknown;
      const stack: unknown[] = [data];
      while (stack.length) {
        const v = stack.pop();
        if (Array.isArray(v)) stack.push(...v);
        else if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (typeof o.datePublished === 'string') return o.datePublished;
          if (o['@graph']) stack.push(o['@graph']);
        }
      }
    } catch { /* malformed JSON-LD: ignore */ }
  }
  return null;
}

export function readHtml(html: string, path: string | null, encoding: string | null, url: string | null = null): RawArticle {
  const input = path ?? url ?? 'html';
  const { document } = parseHTML(html);
  const warnings: string[] = [];
  const publishedRaw = metaContent(document, [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[property="og:published_time"]',
    'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]',
    'meta[name="DC.date.issued"]', 'meta[name="dc.date"]', 'meta[name="sailthru.date"]', 'time[itemprop="datePublished"]',
  ]) ?? jsonLdDate(document) ?? metaContent(document, ['article time[datetime]', 'time[datetime]']);
  const published = normalizePublished(publishedRaw);
  if (publishedRaw && !published) warnings.push(`published date '${publishedRaw}' is not a valid date: ignored`);
  const canonical = metaContent(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const siteName = metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const metaTitle = metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);

  let title: string | null = null;
  let text = '';
  try {
    const article = new Readability(document as any, { charThreshold: 200 }).parse();
    if (article?.content) {
      text = htmlFragmentToText(article.content);
      title = article.title?.trim() || null;
    }
  } catch (err) {
    warnings.push(`readability failed (${(err as Error).message}); using the whole body`);
  }
  if (!text) {
    // short pages: fall back to the body text
    const again = parseHTML(html).document;
    text = again.body ? domToText(again.body) : '';
  }
  if (!text.trim()) throw new InputError(input, 'HTML page without article text');
  return rawArticle({
    text, format: 'html', path, encoding, warnings,
    url: canonical ?? url, title: metaTitle ?? title ?? (document.querySelector('title')?.textContent?.trim() || null),
    source: siteName, published, publishedFrom: published ? 'meta-tag' : 'unknown',
  });
}

/** The charset an HTML page declares in its first bytes, if any. */
export function declaredCharset(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}
