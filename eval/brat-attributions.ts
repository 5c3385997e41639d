/**
 * PolNeAR reader: brat standoff attributions (Source / Cue / Content text-bound annotations,
 * possibly discontinuous, tied together by `Attribution` / `Attribution-no-source` events) over
 * the article texts of one split. Where an article was annotated by several annotators, the first
 * annotation file (by name) is used.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Fragments = [number, number][];

export interface GoldAttribution { source: Fragments | null; cue: Fragments; content: Fragments }

export interface PolnearDoc { name: string; text: string; attributions: GoldAttribution[] }

/**
 * The fifth of PolNeAR train held out to tune the quotes stage without touching dev: the articles
 * whose index in `readPolnear(root, 'train')` is a multiple of 5 (`quotes-train --holdout` leaves
 * them out; `SITREP_QUOTES_SPLIT=fifth` scores them).
 */
export const heldOutFifth = (articleIndex: number): boolean => articleIndex % 5 === 0;

/** The articles of one split with the first annotation of each (by file name). */
export function readPolnear(root: string, split: 'train' | 'dev'): PolnearDoc[] {
  return readPolnearAnnotations(root, split).map(({ name, text, annotations }) => ({ name, text, attributions: annotations[0]! }));
}

/** The articles of one split, each with every annotation it has (several annotators for some). */
export function readPolnearAnnotations(root: string, split: 'train' | 'dev'): { name: string; text: string; annotations: GoldAttribution[][] }[] {
  const dir = join(root, 'polnear', split);
  const files = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const byName = new Map<string, { name: string; text: string; annotations: GoldAttribution[][] }>();
  for (const f of files) {
    const name = f.replace(/_[0-9a-f]+\.ann$/, '');
    let doc = byName.get(name);
    if (!doc) {
      const textFile = join(dir, 'text', `${name}.txt`);
      if (!existsSync(textFile)) continue;
      byName.set(name, doc = { name, text: readFileSync(textFile, 'utf8'), annotations: [] });
    }
    doc.annotations.push(parseAnn(readFileSync(join(dir, 'attributions', f), 'utf8')));
  }
  return [...byName.values()];
}

export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, { label: string; frags: Fragments }>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0] ?? '') && cols[1]) {
      const sp = cols[1].indexOf(' ');
      const label = cols[1].slice(0, sp);
      const frags = cols[1].slice(sp + 1).split(';').map((r) => r.trim().split(/\s+/).map(Number) as [number, number]);
      if (frags.every((x) => x.length === 2 && Number.isInteger(x[0]) && Number.isInteger(x[1]))) spans.set(cols[0]!, { label, frags });
    } else if (/^E\d+$/.test(cols[0] ?? '') && cols[1]) {
      events.push(cols[1].split(/\s+/));
    }
  }
  const out: GoldAttribution[] = [];
  for (const args of events) {
    let source: Fragments | null = null, cue: Fragments = [], content: Fragments = [];
    for (const a of args) {
      const [role, id] = a.split(':');
      const t = spans.get(id ?? '');
      if (!t) continue;
      if (/^Source/.test(role!)) source = [...(source ?? []), ...t.frags];
      else if (/^Cue/.test(role!)) cue = [...cue, ...t.frags];
      else if (/^Content/.test(role!)) content = [...content, ...t.frags];
    }
    if (cue.length && content.length) out.push({ source, cue, content });
  }
  return out;
}
