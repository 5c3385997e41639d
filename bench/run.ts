/**
 * `npm run bench`: every benchmark, one table each. Benchmarks measure; they never fail a build.
 *
 *   npm run bench                 full sizes: pipeline on 300 White House documents, the API
 *                                 with 10,000 stored articles, stories at 100,000 documents
 *   npm run bench -- --quick      smaller sizes, for a quick look
 *
 * The API and story benchmarks run as their own processes (their own memory, their own server).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../src/util/datasets.js';
import { benchPipeline, printPipeline } from './pipeline.js';

const quick = process.argv.includes('--quick');
const i = process.argv.indexOf('--limit');
const limit = i > 0 ? parseInt(process.argv[i + 1]!, 10) : quick ? 100 : 300;
const only = process.argv.filter((a) => ['pipeline', 'api', 'stories'].includes(a));
const want = (name: string) => only.length === 0 || only.includes(name);

function child(script: string, args: string[]): void {
  const r = spawnSync(process.execPath, [join(projectRoot(), 'dist', 'bench', script), ...args], { stdio: 'inherit' });
  if (r.status !== 0) console.error(`bench: ${script} exited with ${r.status ?? r.signal}`);
}

if (want('pipeline')) printPipeline(await benchPipeline(limit));
if (want('api')) {
  console.log('\nHTTP API latency (autocannon against sitrep serve on a SQLite store)');
  child('api.js', ['--articles', quick ? '2000' : '10000', '--seconds', quick ? '4' : '8', '--connections', '10']);
}
if (want('stories')) {
  console.log('\nStory layer: time to add one article to a large store');
  child('stories.js', ['synthetic', '--n', quick ? '10000' : '100000', '--measure', quick ? '200' : '500']);
}
