/**
 * `sitrep conll <file>`: tag a CoNLL-format file (first column = token; `-DOCSTART-` and blank
 * lines delimit documents and sentences) with the trained NER model, writing each input line with
 * its predicted BIO tag (PER, ORG, LOC, MISC) as the last column; blank and -DOCSTART- lines are
 * kept as they are. `-` reads standard input. The standard interface for scoring (conlleval).
 */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { tagConllLines } from '../../ner/conll.js';
import { labelNames, tagWords } from '../../ner/tagger.js';

export function register(program: Command): void {
  program
    .command('conll')
    .description('tag a CoNLL-format token file with predicted BIO entity tags (last column)')
    .argument('<file>', 'CoNLL file (first column: tokens), or - for standard input')
    .action((file: string) => {
      const text = readFileSync(file === '-' ? 0 : file, 'utf8');
      const out = tagConllLines(text, (words, starts) => labelNames(tagWords(words, starts)));
      process.stdout.write(out.join('\n') + '\n');
    });
}
