/**
 * `sitrep timeml <in-dir> <out-dir>`: tag every TimeML file in a folder (whatever its extension:
 * TempEval-3 inputs end in .tml.TE3input) with sitrep's TIMEX3s and write each under the same
 * name. The DCT comes from the file; TIMEX3 tags already inside TEXT are removed first, the rest
 * of the markup is kept.
 */
import type { Command } from 'commander';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyStage } from '../../pipeline.js';
import { structureStage } from '../../stages/structure/index.js';
import { timesStage } from '../../stages/times/index.js';
import { insertTimex3, readTimeML, stripTimex3, timemlDocument } from '../../stages/times/timeml.js';

/** Tag one TimeML file's text; returns the file with our TIMEX3s. */
export function tagTimeML(raw: string, path: string | null = null): string {
  const t = readTimeML(stripTimex3(raw));
  const doc = applyStage(applyStage(timemlDocument(t, path), structureStage), timesStage);
  return insertTimex3(raw, doc.times);
}

export function register(program: Command): void {
  program.command('timeml')
    .description('tag every TimeML file in <in-dir> with TIMEX3s (DCT from the file) and write it under the same name in <out-dir>')
    .argument('<in-dir>', 'folder of TimeML files (.tml, .tml.TE3input, ...)')
    .argument('<out-dir>', 'folder to write the tagged files to (created if missing)')
    .action((inDir: string, outDir: string) => {
      mkdirSync(outDir, { recursive: true });
      let n = 0;
      for (const name of readdirSync(inDir).sort()) {
        const p = join(inDir, name);
        if (!statSync(p).isFile()) continue;
        const raw = readFileSync(p, 'utf8');
        if (!/<TEXT\b/.test(raw)) { console.error(`timeml: ${name}: no <TEXT> element, skipped`); continue; }
        writeFileSync(join(outDir, name), tagTimeML(raw, p));
        n++;
      }
      console.error(`timeml: ${n} file(s) written to ${outDir}`);
    });
}
