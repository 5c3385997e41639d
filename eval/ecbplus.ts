/**
 * Reader for ECB+ (Cybulska and Vossen 2014): tokenized documents, event (ACTION_*, NEG_*)
 * mentions restricted to the sentences listed in ECBplus_coreference_sentences.csv, and their
 * gold cross-document clusters (CROSS_DOC_COREF instance ids; INTRA_DOC_COREF chains; the rest
 * singletons). Text is rebuilt by joining tokens with spaces, one sentence a line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EcbMention { doc: string; start: number; end: number; sentence: number; sStart: number; sEnd: number; gold: string }
export interface EcbDoc { id: string; topic: number; subtopic: string; text: string; sentences: { start: number; end: number }[]; mentions: EcbMention[] }

export const DEV_TOPICS = [2, 5, 12, 18, 21, 23, 34, 35];
/** the standard test topics (36-45), never read by the evaluation */
export const TEST_TOPICS = [36, 37, 38, 39, 40, 41, 42, 43, 44, 45];

export function readEcbPlus(root: string, topics: number[]): EcbDoc[] {
  const selected = new Set<string>();
  for (const line of readFileSync(join(root, 'ECBplus_coreference_sentences.csv'), 'utf8').split('\n').slice(1)) {
    const [t, f, s] = line.trim().split(',');
    if (t && f && s) selected.add(`${t}_${f}.xml#${s}`);
  }
  const out: EcbDoc[] = [];
  for (const topic of topics) {
    const dir = join(root, 'ECB+', String(topic));
    let files: string[];
    try { files = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort(); } catch { continue; }
    for (const f of files) out.push(readDoc(join(dir, f), f, topic, selected));
  }
  return out;
}

function readDoc(path: string, name: string, topic: number, selected: Set<string>): EcbDoc {
  const xml = readFileSync(path, 'utf8');
  const plus = name.includes('ecbplus');
  const tokens = new Map<string, { sentence: number; start: number; end: number }>();
  const sentences: { start: number; end: number }[] = [];
  let text = '';
  let cur = -1;
  const sentIndex = new Map<number, number>();
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const s = Number(m[2]);
    if (plus && s === 0) continue; // the source URL
    const word = decode(m[3]!);
    if (s !== cur) {
      if (sentences.length) { sentences[sentences.length - 1]!.end = text.length; text += '\n'; }
      sentIndex.set(s, sentences.length);
      sentences.push({ start: text.length, end: text.length });
      cur = s;
    } else text += ' ';
    tokens.set(m[1]!, { sentence: s, start: text.length, end: text.length + word.length });
    text += word;
  }
  if (sentences.length) sentences[sentences.length - 1]!.end = text.length;
  const id = name.replace(/\.xml$/, '');
  // markables with token anchors are mentions; self-closing ones with an instance id are descriptors
  const mentions = new Map<string, { tokens: string[]; tag: string }>();
  for (const m of xml.matchAll(/<((?:ACTION|NEG)_[A-Z_]+) m_id="(\d+)"[^/>]*>([\s\S]*?)<\/\1>/g)) {
    const toks = [...m[3]!.matchAll(/t_id="(\d+)"/g)].map((x) => x[1]!);
    if (toks.length) mentions.set(m[2]!, { tokens: toks, tag: m[1]! });
  }
  const gold = new Map<string, string>();
  for (const m of xml.matchAll(/<CROSS_DOC_COREF r_id="\d+" note="([^"]*)"\s*>([\s\S]*?)<\/CROSS_DOC_COREF>/g)) {
    for (const s of m[2]!.matchAll(/<source m_id="(\d+)"/g)) gold.set(s[1]!, `x:${m[1]}`);
  }
  for (const m of xml.matchAll(/<INTRA_DOC_COREF r_id="(\d+)"[^>]*>([\s\S]*?)<\/INTRA_DOC_COREF>/g)) {
    const target = /<target m_id="(\d+)"/.exec(m[2]!)?.[1];
    for (const s of m[2]!.matchAll(/<source m_id="(\d+)"/g)) if (!gold.has(s[1]!)) gold.set(s[1]!, `i:${id}:${target ?? m[1]}`);
  }
  const out: EcbMention[] = [];
  for (const [mid, { tokens: toks }] of mentions) {
    const ts = toks.map((t) => tokens.get(t)).filter((t): t is NonNullable<typeof t> => !!t);
    if (!ts.length) continue;
    const sent = ts[0]!.sentence;
    if (!selected.has(`${name}#${sent}`)) continue;
    const si = sentIndex.get(sent)!;
    out.push({ doc: id, start: Math.min(...ts.map((t) => t.start)), end: Math.max(...ts.map((t) => t.end)), sentence: sent,
      sStart: sentences[si]!.start, sEnd: sentences[si]!.end, gold: gold.get(mid) ?? `s:${id}:${mid}` });
  }
  out.sort((a, b) => a.start - b.start);
  return { id, topic, subtopic: `${topic}${plus ? 'plus' : 'ecb'}`, text, sentences, mentions: out };
}

function decode(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}
