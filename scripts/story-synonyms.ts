/**
 * Builds resources/en/story/synonyms.txt from WordNet 3.0 (Princeton; the Debian package
 * wordnet-base installs it under /usr/share/wordnet): one line per verb or event-noun synset,
 * holding its one-word members for which that synset is among their first `SENSES` senses (a
 * word's frequent senses only: "take" is not listed with "capture"), plus the one-word nouns
 * derivationally linked to those members in that sense ("die" -> "death", "arrest" -> "arrest").
 * Usage: node dist/scripts/story-synonyms.js [wordnet dir] > resources/en/story/synonyms.txt
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '/usr/share/wordnet';
const SENSES = 2;
/** noun lexicographer files that hold events: noun.act, noun.event, noun.phenomenon, noun.process */
const EVENT_NOUN_FILES = new Set([4, 11, 19, 22]);

interface Synset { pos: string; lex: number; words: string[]; deriv: { word: number; target: string; targetWord: number }[] }

function readData(pos: 'verb' | 'noun'): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dir, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' | ')[0]!.trim().split(/\s+/);
    const off = f[0]!; const lex = Number(f[1]); const ss = f[2]!;
    const n = parseInt(f[3]!, 16); const words: string[] = [];
    let k = 4;
    for (let i = 0; i < n; i++) { words.push(f[k]!.toLowerCase().replace(/\(.*\)$/, '')); k += 2; }
    const p = Number(f[k]); k++;
    const deriv: Synset['deriv'] = [];
    for (let i = 0; i < p; i++, k += 4) {
      if (f[k] !== '+') continue;
      const st = f[k + 3]!;
      deriv.push({ word: parseInt(st.slice(0, 2), 16) - 1, target: `${f[k + 2]}:${f[k + 1]}`, targetWord: parseInt(st.slice(2), 16) - 1 });
    }
    out.set(`${ss === 's' ? 'a' : ss}:${off}`, { pos: ss, lex, words, deriv });
  }
  return out;
}

/** word -> its first SENSES synset keys */
function readIndex(pos: 'verb' | 'noun', tag: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(/\s+/);
    const nSyn = Number(f[2]); const nPtr = Number(f[3]);
    const offs = f.slice(4 + nPtr + 2, 4 + nPtr + 2 + nSyn);
    out.set(f[0]!, new Set(offs.slice(0, SENSES).map((o) => `${tag}:${o}`)));
  }
  return out;
}

const data = new Map([...readData('verb'), ...readData('noun')]);
const top = new Map<string, Set<string>>();
for (const [w, s] of [...readIndex('verb', 'v'), ...readIndex('noun', 'n')]) top.set(w, new Set([...(top.get(w) ?? []), ...s]));
const oneWord = (w: string) => /^[a-z]+$/.test(w);
const lines = new Set<string>();
for (const [key, ss] of data) {
  if (ss.pos === 'n' && !EVENT_NOUN_FILES.has(ss.lex)) continue;
  const members = new Set<string>();
  ss.words.forEach((w, i) => {
    if (!oneWord(w) || !top.get(w)?.has(key)) return;
    members.add(w);
    for (const d of ss.deriv) {
      if (d.word !== i || !d.target.startsWith('n:')) continue;
      const t = data.get(d.target);
      const tw = t?.words[d.targetWord];
      if (t && tw && oneWord(tw) && EVENT_NOUN_FILES.has(t.lex) && top.get(tw)?.has(d.target)) members.add(tw);
    }
  });
  if (members.size > 1) lines.add([...members].sort().join(' '));
}
const NOTICE = [
  'Synonym classes of event words (verbs and event nouns) from WordNet 3.0, built by scripts/story-synonyms.ts:',
  `one synset a line, its one-word members in one of their first ${SENSES} senses, with their derivationally linked event nouns.`,
  '',
  'WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.',
  'Permission to use, copy, modify and distribute this software and database and its documentation for any',
  'purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following',
  'copyright notice and statements, including the disclaimer, and that the same appear on ALL copies of the',
  'software, database and documentation, including modifications that you make for internal use or for distribution.',
  'THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,',
  'EXPRESS OR IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR',
  'WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE,',
  'DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.',
  'The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to',
  'distribution of the software and/or database.  Title to copyright in this software, database and any associated',
  'documentation shall at all times remain with Princeton University and LICENSEE agrees to preserve same.',
];
for (const l of NOTICE) console.log(`#${l ? ' ' : ''}${l}`);
for (const l of [...lines].sort()) console.log(l);
