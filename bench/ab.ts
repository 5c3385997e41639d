/**
 * One stage of two builds of sitrep, compared in one process: each document is run by both, in
 * turn (the order flips from document to document), so that the machine's drift — on a shared
 * machine runs of the same code differ by a third — falls on both alike. The stages before the
 * one compared are run by build A, so both see the same input layers. One untimed round warms
 * both up; every timed round is on documents neither has seen.
 *
 * Usage: node dist/bench/ab.js ROOT_A ROOT_B STAGE [--limit N (150)] [--rounds R (4)]
 *   ROOT_A, ROOT_B: project folders, each built (`npx tsc -p tsconfig.json`), e.g. a worktree of
 *   the previous commit (`git worktree add /tmp/prev <commit>`, with node_modules linked) and `.`
 * Prints each round's words/s (CPU time) for A and B and the ratio B/A (above 1: B is faster).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Document } from '../src/document.js';
import type { Stage } from '../src/stages/types.js';

interface PipelineModule { STAGES: readonly Stage[]; applyStage: (d: Document, s: Stage) => Document }
interface BenchModule { loadCorpus: (limit: number) => Promise<Document[]> }

const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const countWords = (s: string): number => (s.match(/\S+/g) ?? []).length;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: number): number => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
  const [rootA, rootB, stageName] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const limit = opt('--limit', 150), rounds = opt('--rounds', 4);
  if (!rootA || !rootB || !stageName || !(limit > 0) || !(rounds > 0)) {
    throw new Error('usage: node dist/bench/ab.js ROOT_A ROOT_B STAGE [--limit N] [--rounds R]');
  }
  const load = async <T>(root: string, file: string): Promise<T> => (await import(pathToFileURL(resolve(root, 'dist', file)).href)) as T;
  const a = await load<PipelineModule>(rootA, 'src/pipeline.js');
  const b = await load<PipelineModule>(rootB, 'src/pipeline.js');
  const at = a.STAGES.findIndex((s) => s.name === stageName);
  const stageB = b.STAGES.find((s) => s.name === stageName);
  if (at < 0 || !stageB) throw new Error(`no stage "${stageName}" in both builds (A has: ${a.STAGES.map((s) => s.name).join(', ')})`);
  const stageA = a.STAGES[at]!;
  let docs = await (await load<BenchModule>(rootA, 'bench/pipeline.js')).loadCorpus((rounds + 1) * limit);
  // the input layers, from build A's earlier stages
  for (const s of a.STAGES.slice(0, at)) docs = docs.map((d) => a.applyStage(d, s));
  for (const d of docs.slice(0, limit)) { stageA.run(d); stageB.run(d); }
  let totalA = 0, totalB = 0, totalWords = 0;
  for (let r = 1; r <= rounds; r++) {
    const round = docs.slice(r * limit, (r + 1) * limit);
    if (!round.length) break;
    const words = round.reduce((n, d) => n + countWords(d.text), 0);
    let ta = 0, tb = 0;
    round.forEach((d, j) => {
      const [first, second] = (r + j) % 2 ? [stageB, stageA] : [stageA, stageB];
      const t0 = cpuMs(); first.run(d); const t1 = cpuMs(); second.run(d); const t2 = cpuMs();
      if (first === stageA) { ta += t1 - t0; tb += t2 - t1; } else { tb += t1 - t0; ta += t2 - t1; }
    });
    totalA += ta; totalB += tb; totalWords += words;
    console.log(`round ${r}: ${round.length} documents, ${words} words: A ${Math.round((words / ta) * 1000)} B ${Math.round((words / tb) * 1000)} words/s, B/A ${(ta / tb).toFixed(3)}`);
  }
  console.log(`all rounds: A ${Math.round((totalWords / totalA) * 1000)} B ${Math.round((totalWords / totalB) * 1000)} words/s, B/A ${(totalA / totalB).toFixed(3)}`);
}

main().catch((e: unknown) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
