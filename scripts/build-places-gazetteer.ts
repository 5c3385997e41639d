/**
 * Build the places gazetteer index from the npm data packages into node_modules/.cache/sitrep/.
 * Run after `npm install` / the TypeScript build: node dist/scripts/build-places-gazetteer.js
 */
import { statSync } from 'node:fs';
import { writeGazetteerCache } from '../src/stages/places/gazetteer.js';

const t0 = Date.now();
const path = writeGazetteerCache();
console.log(`places gazetteer: ${path} (${(statSync(path).size / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
