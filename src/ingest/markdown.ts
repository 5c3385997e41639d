/**
 * Markdown with YAML front matter (date, title, url, source), as in the White House corpus.
 * The body keeps its words; Markdown markup (headings, emphasis, links, images) is removed.
 */
import { parse as parseYaml } from 'yaml';
import { rawArticle, type RawArticle } from './article.js';
import { normalizePublished } from './dates.js';

const FRONT = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function hasFrontMatter(text: string): boolean {
  return FRONT.test(text);
}

export function markdownToText(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, (block) => block.replace(/```\w*/g, ''))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1')
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, '')
    .replace(HARD_BREAK, (all, line: string) => (headerLine(line) ? `${line}\n\n` : all));
}

/** A line ended by a Markdown hard break (two spaces), before a line that opens with a capital. */
const HARD_BREAK = /^([^\n]*?\S)[ \t]{2,}\r?\n(?=[ \t]*\p{Lu})/gmu;
/**
 * A short line of capitalized words without a final stop: a place or venue line ("National Security
 * Council" / "Kyiv, Ukraine"; every word capitalized but short ones: "Office of the Press Secretary"),
 * which a hard break ends as a paragraph would, so no name runs into the next line. A hard break inside a sentence ("… standing with" / "our Allies") stays a space.
 */
function headerLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length <= 8 && !/[.,;:!?]$/.test(line) && words.every((w) => /^[*_(]?[\p{Lu}\d]/u.test(w) || /^\p{Ll}{1,3}$/u.test(w));
}

function str(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  return null;
}

export function readMarkdown(text: string, path: string | null, encoding: string | null): RawArticle {
  const warnings: string[] = [];
  const m = FRONT.exec(text);
  let meta: Record<string, unknown> = {};
  let body = text;
  if (m) {
    body = text.slice(m[0].length);
    try {
      const parsed = parseYaml(m[1]!, { maxAliasCount: 50 }) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
      else warnings.push('front matter is not a mapping: ignored');
    } catch (err) {
      warnings.push(`front matter is not valid YAML (${(err as Error).message.split('\n')[0]}): ignored`);
    }
  }
  const dateRaw = str(meta.date) ?? str(meta.published) ?? str(meta.published_time) ?? str(meta.pubDate);
  const published = normalizePublished(dateRaw);
  if (dateRaw && !published) warnings.push(`front matter date '${dateRaw}' is not a valid date: publication date unknown`);
  if (!dateRaw) warnings.push('no date in front matter: publication date unknown');
  return rawArticle({
    text: markdownToText(body), format: 'markdown', path, encoding, warnings,
    title: str(meta.title), url: str(meta.url) ?? str(meta.source_url) ?? str(meta.link),
    source: str(meta.source) ?? str(meta.publisher) ?? str(meta.site),
    published, publishedFrom: published ? 'front-matter' : 'unknown',
  });
}
