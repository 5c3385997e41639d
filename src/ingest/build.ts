/**
 * From a raw article to a Document (not yet annotated): normalized text, content-hash id,
 * publication date, language.
 */
import { createHash } from 'node:crypto';
import { francAll } from 'franc-min';
import { iso6393 } from 'iso-639-3';
import { emptyDocument, type Document, type Meta } from '../document.js';
import type { RawArticle } from './article.js';
import { normalizePublished } from './dates.js';
import { normalizeText } from './normalize.js';

const TO_639_1 = new Map(iso6393.filter((l) => l.iso6391).map((l) => [l.iso6393, l.iso6391!]));

/** First 16 hex digits of the SHA-256 of a string. */
export function contentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** franc's relative score (best = 1) at which English wins over the best language. */
const ENGLISH_NEAR_TIE = 0.95;

/** Detect the language of a text: ISO 639-1 (or 'und') and the detector's own answer. */
export function detectLanguage(text: string): { language: string; detected: Meta['languageDetected'] } {
  const sample = text.slice(0, 4000);
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  if (letters < 20) return { language: 'und', detected: null };
  const all = francAll(sample, { minLength: 20 });
  let best = all[0];
  if (!best || best[0] === 'und') return { language: 'und', detected: null };
  // on a sentence or two franc's trigram scores run close ("President Biden spoke on Monday. …" scored
  // French 1, English 0.989): a near tie goes to English, the language sitrep annotates
  const english = all.find(([code]) => code === 'eng');
  if (best[0] !== 'eng' && english && english[1] >= ENGLISH_NEAR_TIE) best = english;
  return { language: TO_639_1.get(best[0]) ?? best[0], detected: { code: best[0], score: Number(best[1].toFixed(3)) } };
}

export interface BuildOptions {
  /** publication date to use when the article gives none (YYYY-MM-DD) */
  date?: string | null;
}

export function toDocument(raw: RawArticle, options: BuildOptions = {}): Document {
  const text = normalizeText(raw.text);
  const textHash = contentId(text);
  const warnings = [...raw.warnings];
  let published = raw.published;
  let publishedFrom = raw.publishedFrom;
  if (!published && options.date) {
    published = normalizePublished(options.date);
    if (published) {
      publishedFrom = 'option';
      const i = warnings.findIndex((w) => /publication date unknown/.test(w));
      if (i >= 0) warnings.splice(i, 1);
    }
  }
  const { language, detected } = detectLanguage(text);
  if (language !== 'en') warnings.push(language === 'und' ? 'language could not be told: not annotated' : `language '${language}': stored, not annotated (sitrep annotates English)`);
  const meta: Meta = {
    id: raw.url ? contentId(`${raw.url}\n${text}`) : textHash, textHash, source: raw.source, path: raw.path, record: raw.record, url: raw.url,
    title: raw.title ? normalizeText(raw.title) : null, published, publishedFrom: published ? publishedFrom : 'unknown',
    language, languageDetected: detected, format: raw.format, encoding: raw.encoding, warnings,
  };
  return emptyDocument(meta, text);
}
