/** `sitrep schema`: print the JSON Schema of a Document (the published copy is schema/document.schema.json). */
import { Command } from 'commander';
import { documentJsonSchema } from '../../document.js';

export function register(program: Command): void {
  program.command('schema')
    .description('print the JSON Schema of the Document model')
    .action(() => { console.log(JSON.stringify(documentJsonSchema(), null, 2)); });
}
