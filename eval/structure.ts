/**
 * Structure task: sentence segmentation against GUM (gold sentence boundaries in CoNLL-U).
 * Each GUM document's tokens are joined into text (with the gold SpaceAfter information; gold
 * paragraphs separated by blank lines, as in an article), the structure stage splits it, and
 * sentence spans are compared exactly (P/R/F1).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { structure } from '../src/stages/structure/index.js';
import type { EvalTask, MetricRow } from './types.js';
import { prf } from './types.js';

export function readConlluDocs(file: string): { text: string; sentences: [number, number][] }[] {
  const docs: { text: string; sentences: [number, number][] }[] = [];
  let text = '';
  let sents: [number, number][] = [];
  let sentStart = -1;
  let newPar = false;
  const flush = () => { if (text) docs.push({ text, sentences: sents }); text = ''; sents = []; };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) { flush(); continue; }
    if (line.startsWith('# newpar')) { newPar = true; continue; }
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (sentStart >= 0) { sents.push([sentStart, text.trimEnd().length]); sentStart = -1; text = text.trimEnd(); }
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 10 || cols[0]!.includes('-') || cols[0]!.includes('.')) continue;
    if (sentStart < 0) {
      // paragraphs (# newpar) are separated by a blank line, sentences inside one by a space
      if (text) text += newPar ? '\n\n' : ' ';
      newPar = false;
      sentStart = text.length;
    }
    text += cols[1]!;
    text += /SpaceAfter=No/.test(cols[9]!) ? '' : ' ';
  }
  flush();
  return docs;
}

export const structureTask: EvalTask = {
  name: 'structure',
  datasets: ['gum_wikinews/dep'],
  async run(root) {
    const dir = join(root, 'gum_wikinews/dep');
    let tp = 0, fp = 0, fn = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.conllu')).sort()) {
      for (const doc of readConlluDocs(join(dir, f))) {
        const gold = new Set(doc.sentences.map(([a, b]) => `${a}:${b}`));
        const got = structure(doc.text).sentences.map((s) => `${s.start}:${s.end}`);
        const gotSet = new Set(got);
        for (const g of gotSet) (gold.has(g) ? tp++ : fp++);
        for (const g of gold) if (!gotSet.has(g)) fn++;
      }
    }
    const { p, r, f } = prf(tp, fp, fn);
    const rows: MetricRow[] = [
      { task: 'structure', dataset: 'gum_wikinews', metric: 'sentence P', value: p, floor: 0.94 },
      { task: 'structure', dataset: 'gum_wikinews', metric: 'sentence R', value: r, floor: 0.905 },
      { task: 'structure', dataset: 'gum_wikinews', metric: 'sentence F1', value: f, floor: 0.924 },
    ];
    return rows;
  },
};
