/**
 * GUM (CoNLL-U with entity annotation in MISC `Entity=`) converted to Universal-NER-style named
 * entity tags: PER / ORG / LOC in IOB2, flat, names only.
 *
 * GUM marks every mention (pronouns and common noun phrases included, nested, ten types) with its
 * type and, for named entities with a Wikipedia article, an identity link. UNER annotators tag
 * only names, and only the name itself ("Professor [Cres Eastman]", "the [University of
 * Sydney]"'s press office). The conversion rule:
 *  1. only mentions of type person → PER, organization → ORG, place → LOC;
 *  2. a mention is named when its syntactic head (the token whose head lies outside the mention)
 *     is a proper noun (UPOS PROPN), or has one in flat apposition ("interviewee David Titley"):
 *     "the Australian government" and "Australian children" are not (demonyms are not entities
 *     in UNER), "Australia" and "the University of Sydney" are;
 *  3. the name is the contiguous run of proper nouns and capitalized words ("United" States,
 *     "Democratic" Party: GUM tags these ADJ/VERB) around that head, inside the mention; the run
 *     crosses one lower-case function word (of, the, and, &, for, de, ...) when the mention's
 *     identity link spells it and the next word ("University_of_Sydney"), or, with no link, when
 *     no other mention starts after it ("Centre for Social Evolution", not "Governor of [Virginia]");
 *  4. when the mention has an identity link, leading and trailing run tokens absent from the link
 *     (spelled there, sharing 6 first letters with a link word, or abbreviating it) are dropped
 *     ("President Barack Obama" → "Barack Obama" with link Barack_Obama; "U.S." / United_States
 *     kept); if none is in the link, a place or organization keeps its name (an alias: "America"
 *     / United_States) unless a name is nested in it ("the State of [Texas]"), but a person
 *     mention is a title ("Governor" / Bob_McDonnell), not a name; a hyphen joins name words
 *     ("Udvar - Hazy Center");
 *  5. flat output: mentions are taken outermost first, and a name overlapping one already taken
 *     is skipped (the place "Sydney" inside the ORG "University of Sydney" is not tagged);
 *  6. an organization mention whose identity is also used for a place mention in the documents read,
 *     or names a country (the knowledge base's country names and aliases), is a country or city acting
 *     as a government ("South Korea said ..."): UNER tags geopolitical names LOC whatever their
 *     role (EWT: "US" 40 LOC / 6 ORG), so it becomes LOC; national teams keep their own links
 *     ("England_national_football_team") and stay ORG;
 *  7. a person mention headed by a plural ("Muslims", "Americans") is a group, not a name, and a
 *     person mention with no link whose name follows an article ("the Governor") is a title;
 *     titles before a name (GUM's nmod:desc: "Professor" Chomsky) are not part of it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { countryByName } from '../kb/countries.js';
import type { TaggedDoc } from './conll.js';

interface Tok { form: string; upos: string; head: number; deprel: string; plural: boolean }
interface Mention { start: number; end: number; type: string; identity: string }
interface Sent { toks: Tok[]; mentions: Mention[] }

const TYPE_MAP: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const BRIDGE = new Set(['of', 'the', 'and', '&', 'for', 'de', 'du', 'la', 'von', 'van']);

/** One GUM .conllu file → its sentences with tokens and (nested) entity mentions. */
function parseSentences(text: string): Sent[] {
  const sents: Sent[] = [];
  let toks: Tok[] = [], mentions: Mention[] = [];
  const open = new Map<string, Mention[]>();
  const flush = () => { if (toks.length) sents.push({ toks, mentions }); toks = []; mentions = []; open.clear(); };
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    if (!line.trim()) { flush(); continue; }
    const cols = line.split('\t');
    if (cols.length < 10 || !/^\d+$/.test(cols[0]!)) continue;
    const i = toks.length;
    toks.push({ form: cols[1]!, upos: cols[3]!, head: Number(cols[6]) - 1, deprel: cols[7]!, plural: /Number=Plur/.test(cols[5]!) });
    const ent = /(?:^|\|)Entity=([^|]*)/.exec(cols[9]!)?.[1];
    if (!ent) continue;
    // openings "(id-type-infstat-salience-centering-minspan-link[-identity]" and closings "id)"
    for (const m of ent.matchAll(/\((\d+)-([a-z]+)-([^()]*)|(\d+)\)/g)) {
      if (m[1]) {
        const parts = m[3]!.split('-');
        const identity = parts.length > 5 ? decodeURIComponent(parts.slice(5).join('-')) : '';
        const men: Mention = { start: i, end: -1, type: m[2]!, identity };
        const list = open.get(m[1]) ?? [];
        list.push(men);
        open.set(m[1], list);
        // a single-token mention closes right after its opening: "(3-substance-...-Iodine)"
        if (ent[m.index! + m[0].length] === ')') { men.end = i + 1; mentions.push(men); list.pop(); }
      } else {
        const men = open.get(m[4]!)?.pop();
        if (men) { men.end = i + 1; mentions.push(men); }
      }
    }
  }
  flush();
  return sents;
}

/** Words of an identity link, lower case, without a disambiguator ("Labour_Party_(Hong_Kong)" → labour, party). */
const linkWords = (identity: string): Set<string> =>
  new Set(identity.replace(/_\(.*\)$/, '').toLowerCase().split(/[_\s,]+/).filter(Boolean));

/** Does `form` abbreviate the link ("U.S." / United_States, "FTU" / Hong_Kong_Federation_of_Trade_Unions)? */
function abbreviates(form: string, words: Set<string>): boolean {
  const letters = form.replace(/[^A-Za-z]/g, '');
  if (letters.length < 2 || letters !== letters.toUpperCase()) return false;
  const initials = [...words].filter((w) => !BRIDGE.has(w)).map((w) => w[0]!.toUpperCase()).join('');
  let k = 0;
  for (const c of initials) if (c === letters[k]) k++;
  return k === letters.length;
}

const commonPrefix = (x: string, y: string): number => { let k = 0; while (k < x.length && x[k] === y[k]) k++; return k; };
const capitalized = (form: string): boolean => /^\p{Lu}/u.test(form);
/** Dependents that are not part of an unlinked name: titles ("Professor" Chomsky), appositions. */
const NOT_NAME = new Set(['nmod:desc', 'appos']);
/** Parts of speech never in a name run except as a bridge: "The" President, punctuation. */
const FUNCTION = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'PUNCT', 'PART', 'AUX', 'SYM']);

/** The UNER-style name span [a, b) of a mention, or null when it is not named. */
function nameSpan(s: Sent, m: Mention): [number, number] | null {
  const { toks } = s;
  let head = -1;
  for (let i = m.start; i < m.end; i++) if (toks[i]!.head < m.start || toks[i]!.head >= m.end) { head = i; break; }
  if (head < 0) return null;
  let noun = -1;
  // a common-noun head with a name in flat apposition ("interviewee David Titley", "governor Bob
  // McDonnell" in GUM): the name starts at its first proper noun
  if (toks[head]!.upos !== 'PROPN') {
    let k = m.start;
    while (k < m.end && !(toks[k]!.head === head && toks[k]!.upos === 'PROPN' && /^(flat|appos)/.test(toks[k]!.deprel))) k++;
    if (k === m.end) return null;
    noun = head;
    head = k;
  }
  // groups named by nationality, religion or party ("Muslims", "Americans") are not PER in UNER
  if (m.type === 'person' && toks[head]!.plural) return null;
  const words = m.identity ? linkWords(m.identity) : null;
  // a word is in the link when spelled there, or sharing its first letters with a link word
  // ("Weiner" / Zach_Weinersmith, "Organisation" / World_Health_Organization)
  const inLink = (i: number) => {
    const f = toks[i]!.form.toLowerCase();
    return !!words && (words.has(f) || [...words].some((w) => f.length >= 4 && w.length >= 4 && commonPrefix(f, w) >= Math.min(6, f.length, w.length)));
  };
  // a mention nested at token i (another entity: "Governor of [Virginia]") ends a name without a link
  const nestedAt = (i: number) => s.mentions.some((n) => n !== m && TYPE_MAP[n.type] && n.start === i && n.end <= m.end);
  const inside = (i: number) => i >= m.start && i < m.end;
  // name words: proper nouns, or capitalized words ("United" States, "Democratic" Party), not titles
  // (with a link, titles are trimmed below instead: GUM's nmod:desc also covers "St." Louis)
  const isName = (i: number) => inside(i) && i !== head && i !== noun && (!!words || !NOT_NAME.has(toks[i]!.deprel)) && !FUNCTION.has(toks[i]!.upos) && (toks[i]!.upos === 'PROPN' || capitalized(toks[i]!.form));
  // a lower-case function word inside a name: spelled in the link, or (no link) of/for/and/& not
  // followed by a nested mention ("Centre for Social Evolution")
  const bridges = (i: number, next: number) => inside(i) && (toks[i]!.form === '-' || (!capitalized(toks[i]!.form) && BRIDGE.has(toks[i]!.form.toLowerCase()) && (words ? inLink(i) && inLink(next) : !nestedAt(next))));
  let a = head, b = head + 1;
  for (;;) {
    if (isName(a - 1)) a--;
    else if (isName(a - 2) && bridges(a - 1, a - 2)) a -= 2;
    else break;
  }
  for (;;) {
    if (isName(b)) b++;
    else if (isName(b + 1) && bridges(b, b + 1)) b += 2;
    else break;
  }
  if (m.type === 'person' && a > m.start && /^(the|a|an|this|that|our|his|her|their|its)$/i.test(toks[a - 1]!.form)) {
    return null; // "the Governor", "The President": a person's name takes no article
  }
  if (words) {
    // trim words absent from the link ("President" Barack Obama); when none is in it, a place or
    // organization name is an alias ("America" / United_States) but a person's is a title
    // ("Governor" of Virginia linked to Bob_McDonnell)
    let x = a, y = b;
    const ok = (i: number) => inLink(i) || abbreviates(toks[i]!.form, words);
    while (x < y && !ok(x)) x++;
    while (y > x && !ok(y - 1)) y--;
    if (x < y) { a = x; b = y; } else if (m.type === 'person' || s.mentions.some((n) => n !== m && TYPE_MAP[n.type] && n.start >= m.start && n.end <= m.end)) return null;
  }
  return [a, b];
}

export interface GumDoc extends TaggedDoc { id: string }

/** GUM documents (the named .conllu files of `dir`) with UNER-style PER/ORG/LOC IOB2 tags. */
export function readGum(dir: string, ids?: readonly string[]): GumDoc[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.conllu')).sort();
  const parsed = files.map((f) => f.replace(/\.conllu$/, '')).filter((id) => !ids || ids.includes(id))
    .map((id) => ({ id, sents: parseSentences(readFileSync(join(dir, `${id}.conllu`), 'utf8')) }));
  // identities used for places in the documents read (rule 6; a split never reads another's)
  const placeIds = new Set<string>();
  for (const d of parsed) for (const s of d.sents) for (const m of s.mentions) if (m.type === 'place' && m.identity) placeIds.add(m.identity);
  const out: GumDoc[] = [];
  for (const d of parsed) {
    const doc: GumDoc = { id: d.id, words: [], tags: [], sentStarts: [] };
    for (const s of d.sents) {
      const tags = s.toks.map(() => 'O');
      const taken = new Uint8Array(s.toks.length);
      const ms = s.mentions.filter((m) => TYPE_MAP[m.type]).sort((x, y) => x.start - y.start || y.end - x.end);
      for (const m of ms) {
        const span = nameSpan(s, m);
        if (!span) continue;
        const [a, b] = span;
        if (taken.subarray(a, b).some((t) => t)) continue;
        const gpe = m.type === 'organization' && (placeIds.has(m.identity) || namesCountry(m.identity));
        const type = gpe ? 'LOC' : TYPE_MAP[m.type]!;
        for (let i = a; i < b; i++) { tags[i] = `${i === a ? 'B' : 'I'}-${type}`; taken[i] = 1; }
      }
      doc.sentStarts.push(doc.words.length);
      for (const t of s.toks) doc.words.push(t.form);
      doc.tags.push(...tags);
    }
    out.push(doc);
  }
  return out;
}

/** Does an identity link name a country (a name or alias in the knowledge base, not a demonym)? */
function namesCountry(identity: string): boolean {
  const c = countryByName(identity.replace(/_\(.*\)$/, '').replace(/_/g, ' '));
  return !!c && c.matched !== 'demonym';
}

/** GUM's official split (splits.md in the corpus folder): document ids per partition. */
export function readGumSplits(dir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let cur = '';
  for (const line of readFileSync(join(dir, 'splits.md'), 'utf8').split('\n')) {
    const h = /^##\s+(\S+)/.exec(line);
    if (h) { cur = h[1]!; out[cur] = []; continue; }
    const d = /^\s*\*\s+(\S+)/.exec(line);
    if (d && cur) out[cur]!.push(d[1]!);
  }
  return out;
}

/** The GUM Wikinews documents of the named GUM splits ('train', 'dev', 'test'), UNER-style tags. */
function gumSplits(datasets: string, parts: readonly string[]): GumDoc[] {
  const dir = join(datasets, 'gum_wikinews');
  const split = readGumSplits(dir);
  return readGum(join(dir, 'dep'), parts.flatMap((p) => split[p] ?? []));
}

/** The GUM Wikinews documents of GUM's dev and test splits (never trained on). */
export const gumHeldOut = (datasets: string): GumDoc[] => gumSplits(datasets, ['dev', 'test']);

/** The GUM Wikinews documents of GUM's train split (extra training data). */
export const gumTrain = (datasets: string): GumDoc[] => gumSplits(datasets, ['train']);
