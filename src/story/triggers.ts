/**
 * Our own event-trigger detection, for documents without an events layer: every main verb
 * (UPOS VERB from the structure stage) and every noun that names an event
 * (resources/en/story/event-nouns.txt), one token each.
 */
import type { Document, Token } from '../document.js';
import { structureStage } from '../stages/structure/index.js';
import { eventNounStems, stem } from './text.js';

const NOT_EVENTS = new Set(['be', 'have', 'do', 'seem', 'appear', 'let', 'want', 'need', 'try', 'begin', 'start', 'continue', 'keep', 'become']);

export function isTrigger(t: Pick<Token, 'pos' | 'text'>): boolean {
  if (!/^\p{L}/u.test(t.text) || t.text.length > 30) return false;
  const s = stem(t.text);
  if (t.pos === 'VERB') return !NOT_EVENTS.has(s);
  if (t.pos === 'NOUN') return eventNounStems().has(s);
  return false;
}

/** Trigger spans of a document that already has tokens (optionally only inside `within`). */
export function triggersOfTokens(tokens: readonly Token[], within?: { start: number; end: number }[]): { start: number; end: number }[] {
  const inside = (t: Token) => !within || within.some((s) => s.start <= t.start && t.end <= s.end);
  return tokens.filter((t) => isTrigger(t) && inside(t)).map((t) => ({ start: t.start, end: t.end }));
}

/** Trigger spans of a plain text (tokenized and tagged here), optionally only inside `within`. */
export function detectTriggers(text: string, within?: { start: number; end: number }[]): { start: number; end: number }[] {
  const layers = structureStage.run({ text } as Document);
  return triggersOfTokens(layers.tokens ?? [], within);
}

export function triggersOf(doc: Readonly<Document>): { start: number; end: number }[] {
  return triggersOfTokens(doc.tokens.length ? doc.tokens : structureStage.run(doc).tokens ?? []);
}
