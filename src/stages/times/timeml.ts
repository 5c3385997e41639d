/**
 * TimeML in and out, for `sitrep timeml` and the 'times' eval.
 *
 * readTimeML: the DCT (the CREATION_TIME TIMEX3, or the <DCT> element's text), and the TEXT
 *   element as plain text (markup removed, entities decoded) with a map from plain offsets back
 *   to the raw file, plus the gold TIMEX3 spans found in it.
 * insertTimex3: the raw file with existing TIMEX3 tags in TEXT removed and ours inserted.
 */
import { createHash } from 'node:crypto';
import { emptyDocument, type Document, type Timex } from '../../document.js';
import { headDate } from '../../ingest/dateline.js';

export interface GoldTimex { start: number; end: number; text: string; type: string; value: string; mod: string | null }

export interface TimeMLDoc {
  raw: string;
  dct: string | null;
  /** raw offsets of the TEXT element's content */
  textStart: number;
  textEnd: number;
  plain: string;
  /** plainToRaw[i] = raw offset of plain character i; plainToRaw[plain.length] = end */
  plainToRaw: number[];
  gold: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

export function readTimeML(raw: string): TimeMLDoc {
  let dct: string | null = null;
  const creation = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(raw);
  if (creation) dct = attr(creation[0], 'value');
  if (!dct) {
    const d = /<DCT>([\s\S]*?)<\/DCT>/.exec(raw);
    const v = d ? (/value="([^"]+)"/.exec(d[1]!)?.[1] ?? d[1]!.replace(/<[^>]*>/g, '').trim()) : null;
    if (v) { const m = /^(\d{4})-?(\d\d)-?(\d\d)/.exec(v); dct = m ? `${m[1]}-${m[2]}-${m[3]}` : null; }
  }
  if (dct) { const m = /^(\d{4}-\d\d-\d\d)/.exec(dct); dct = m ? m[1]! : null; }
  const open = /<TEXT\b[^>]*>/.exec(raw);
  const textStart = open ? open.index + open[0].length : 0;
  const close = raw.indexOf('</TEXT>', textStart);
  const textEnd = close >= 0 ? close : raw.length;
  let plain = '';
  const map: number[] = [];
  const gold: GoldTimex[] = [];
  const stack: { start: number; tag: string }[] = [];
  for (let i = textStart; i < textEnd;) {
    const ch = raw[i]!;
    if (ch === '<') {
      const j = raw.indexOf('>', i);
      if (j < 0) break;
      const tag = raw.slice(i, j + 1);
      if (/^<TIMEX3\b/.test(tag) && !tag.endsWith('/>')) stack.push({ start: plain.length, tag });
      else if (/^<\/TIMEX3>/.test(tag)) {
        const o = stack.pop();
        if (o) gold.push({ start: o.start, end: plain.length, text: plain.slice(o.start), type: attr(o.tag, 'type') ?? '', value: attr(o.tag, 'value') ?? '', mod: attr(o.tag, 'mod') });
      }
      i = j + 1;
      continue;
    }
    if (ch === '&') {
      const m = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(raw.slice(i, i + 12));
      if (m) {
        const e = m[1]!;
        const dec = e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e.toLowerCase()] ?? m[0];
        for (const c of dec) { map.push(i); plain += c; }
        i += m[0].length;
        continue;
      }
    }
    map.push(i); plain += ch; i++;
  }
  map.push(textEnd);
  for (const g of gold) g.text = plain.slice(g.start, g.end);
  return { raw, dct, textStart, textEnd, plain, plainToRaw: map, gold };
}

/**
 * A Document for the TEXT of a TimeML file (to be run through the pipeline). With no DCT, a date
 * alone at the head of the text dates it, as ingest dates plain text (MEANTIME: the title, then
 * "September 01, 2007").
 */
export function timemlDocument(t: TimeMLDoc, path: string | null): Document {
  const id = createHash('sha256').update(t.plain).digest('hex').slice(0, 16);
  const head = t.dct ? null : headDate(t.plain);
  return emptyDocument({
    id, textHash: id, source: null, path, record: null, url: null, title: null, published: t.dct ?? head, publishedFrom: t.dct ? 'timeml' : head ? 'dateline' : 'unknown',
    language: 'en', languageDetected: null, format: 'timeml', encoding: 'utf-8', warnings: [],
  }, t.plain);
}

/** Times that are TIMEX3s in the TimeML sense (not event-anchored phrases). */
export const isTimex3 = (t: Timex) => !t.inferred.some((i) => i.rule === 'known-event');

/** Element nesting depth at each raw offset would be costly; check balance of a raw slice instead. */
function balanced(s: string): boolean {
  let depth = 0;
  for (const m of s.matchAll(/<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    depth += m[1] ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** The file with the TEXT element's existing TIMEX3 tags replaced by these times. */
export function insertTimex3(raw: string, times: Timex[]): string {
  // strip existing TIMEX3 tags inside TEXT, then re-read to get offsets
  const stripped = stripTimex3(raw);
  const t = readTimeML(stripped);
  const tids = new Set([...stripped.matchAll(/\btid="t(\d+)"/g)].map((m) => Number(m[1])));
  let next = 1;
  const newTid = () => { while (tids.has(next)) next++; tids.add(next); return `t${next}`; };
  const dctTid = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(stripped)?.[0].match(/tid="([^"]+)"/)?.[1] ?? null;
  const inserts: { at: number; s: string; order: number }[] = [];
  const tidOf = new Map<string, string>();
  for (const x of times.filter(isTimex3).sort((a, b) => a.start - b.start)) {
    if (x.end > t.plain.length || x.start >= x.end) continue;
    const a = t.plainToRaw[x.start]!;
    const b = t.plainToRaw[x.end - 1]! + 1 + (stripped[t.plainToRaw[x.end - 1]!] === '&' ? stripped.indexOf(';', t.plainToRaw[x.end - 1]!) - t.plainToRaw[x.end - 1]! : 0);
    if (!balanced(stripped.slice(a, b))) continue;
    const tid = newTid();
    tidOf.set(x.id, tid);
    const attrs: [string, string | null][] = [
      ['tid', tid], ['type', x.type], ['value', x.value], ['mod', x.mod], ['quant', x.quant], ['freq', x.freq],
      ['temporalFunction', x.anchor ? 'true' : 'false'], ['functionInDocument', 'NONE'],
      ['anchorTimeID', x.anchorId ? tidOf.get(x.anchorId) ?? null : x.anchor && dctTid ? dctTid : null],
    ];
    inserts.push({ at: a, s: `<TIMEX3 ${attrs.filter(([, v]) => v !== null && v !== '').map(([k, v]) => `${k}="${escapeXml(v!)}"`).join(' ')}>`, order: 1 });
    inserts.push({ at: b, s: '</TIMEX3>', order: 0 });
  }
  inserts.sort((p, q) => q.at - p.at || q.order - p.order);
  let out = stripped;
  for (const ins of inserts) out = out.slice(0, ins.at) + ins.s + out.slice(ins.at);
  return out;
}

/** Remove TIMEX3 tags (keeping their text) inside the TEXT element. */
export function stripTimex3(raw: string): string {
  const open = /<TEXT\b[^>]*>/.exec(raw);
  if (!open) return raw.replace(/<\/?TIMEX3\b[^>]*>/g, '');
  const a = open.index + open[0].length;
  const b = raw.indexOf('</TEXT>', a);
  const end = b >= 0 ? b : raw.length;
  return raw.slice(0, a) + raw.slice(a, end).replace(/<\/?TIMEX3\b[^>]*>/g, '') + raw.slice(end);
}
