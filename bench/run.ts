/**
 * `npm run bench`: every benchmark, one table each. Benchmarks measure; they never fail a build.
 * Usage: npm run bench [-- --limit N]
 */
import { benchPipeline, printPipeline } from './pipeline.js';

const i = process.argv.indexOf('--limit');
const limit = i > 0 ? parseInt(process.argv[i + 1]!, 10) : 300;

printPipeline(await benchPipeline(limit));
