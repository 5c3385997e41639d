/**
 * Diagnostic for the times task (not part of the eval): lists, per corpus, the value mismatches
 * and the spurious and missed TIMEX3s, one line each, for grouping by cause.
 *   node dist/eval/times-diagnose.js [TimeBank|AQUAINT|meantime] [--kind value|spurious|missed]
 */
import { join } from 'node:path';
import { datasetsDir } from '../src/util/datasets.js';
import { alignTimexes, readMeantime, readTempEvalDir, systemTimexes, type GoldDoc } from './times.js';

const root = datasetsDir();
const which = process.argv[2] ?? 'all';
const kindArg = process.argv.indexOf('--kind');
const only = kindArg > 0 ? process.argv[kindArg + 1] : null;

function corpora(): [string, GoldDoc[]][] {
  const out: [string, GoldDoc[]][] = [];
  for (const sub of ['TimeBank', 'AQUAINT']) if (which === 'all' || which === sub) out.push([sub, readTempEvalDir(join(root, 'tempeval3', sub))]);
  if (which === 'all' || which === 'meantime') out.push(['meantime', readMeantime(join(root, 'meantime_en'))]);
  return out;
}

const ctx = (text: string, s: number, e: number) => `${text.slice(Math.max(0, s - 40), s)}[${text.slice(s, e)}]${text.slice(e, e + 30)}`.replace(/\s+/g, ' ');

for (const [name, docs] of corpora()) {
  for (const d of docs) {
    const sys = systemTimexes(d);
    const align = alignTimexes(sys, d.gold);
    const used = new Set(align);
    sys.forEach((s, k) => {
      const best = align[k]!;
      if (best < 0) { if (!only || only === 'spurious') console.log(`${name}\tSPURIOUS\t${d.name}\tdct=${d.dct}\t${s.type}\t${s.value}\t${ctx(d.text, s.start, s.end)}`); return; }
      const g = d.gold[best]!;
      if (g.value !== s.value && (!only || only === 'value')) {
        console.log(`${name}\tVALUE\t${d.name}\tdct=${d.dct}\tgold=${g.type}:${g.value}${g.mod ? `/${g.mod}` : ''} "${g.text}"\tsys=${s.type}:${s.value}${s.mod ? `/${s.mod}` : ''}\t${ctx(d.text, s.start, s.end)}\t${s.inferred.map((i) => i.rule).join(',')}`);
      }
    });
    d.gold.forEach((g, i) => {
      if (!used.has(i) && (!only || only === 'missed')) console.log(`${name}\tMISSED\t${d.name}\tdct=${d.dct}\t${g.type}\t${g.value}\t${ctx(d.text, g.start, g.end)}`);
    });
  }
}
