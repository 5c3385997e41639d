/**
 * Grouping mentions into entities, linking them to the knowledge base, and describing them.
 *
 * Order of evidence:
 * 1. a one-word person mention joins a longer person mention of the same document that ends
 *    with that word ("Starmer" → "Keir Starmer"), else the only one that starts with it ("Andriy"
 *    → "Andriy Yermak");
 * 2. mentions linked to one KB entry are one entity; other mentions group by their normalized
 *    text and type family;
 * 3. an all-capitals mention joins the entity whose name's initials (or those of its ending of three
 *    words or more: "DFC" ↔ "U.S. International Development Finance Corporation") spell it ("DCI" ↔
 *    "Défense Conseil International") — checked in the document first, then via the KB;
 * 4. a capital city that acts ("Kyiv said", "support Kyiv") stands for its country's government:
 *    recorded as an inference, with the country and sector 'government'.
 * Country: from the KB, a role, a country/demonym in the name; sector: KB, role, name head word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, EntityType, Inference, Mention, Role } from '../../document.js';
import { spanOf } from '../../document.js';
import { countryByCapital, countryByName } from '../../kb/countries.js';
import { gazBit, GIVEN_NAME_BITS, type Gazetteer } from '../../ner/gazetteer.js';
import { commonWords, wordList } from '../../util/wordlist.js';
import { loadModel } from '../../ner/model.js';
import { bodyOfCountry, isGenericBodyName, lookupEntity, type KbMatch } from '../../kb/lookup.js';
import { nameKey } from '../../kb/normalize.js';
import { resourcesDir } from '../../util/datasets.js';
import { initialsOf } from './initials.js';
import type { RawMention } from './recognize.js';
import { titleOf } from './titles.js';
import { titleHeads } from '../../kb/titles.js';
import type { Words } from './words.js';
import { grammarWords } from '../../util/grammar.js';

const GRAMMAR = grammarWords('entities');

/** Links below this confidence are not kept. */
const LINK_MIN = 0.75;
/** Verbs whose object, when a capital, is the government ("support Kyiv"). */
const GOVERNMENT_OBJECT_VERBS = GRAMMAR.governmentObjectVerbs;
const COUNTRY_NAMES_OF_REGIONS = GRAMMAR.countryNamesOfRegions;

let sectorWords: Map<string, string> | null = null;
function sectorOfName(name: string): string | null {
  if (!sectorWords) {
    sectorWords = new Map();
    for (const line of readFileSync(join(resourcesDir('en'), 'entities', 'sectors.tsv'), 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [word, sector] = line.split('\t');
      if (word && sector && !sectorWords.has(word)) sectorWords.set(word, sector);
    }
  }
  let found: string | null = null;
  for (const tok of nameKey(name).split(' ')) found = sectorWords.get(tok) ?? found;
  return found;
}

const isAcronym = (s: string) => /^[A-Z]{2,6}$/.test(s.replace(/\./g, ''));

interface Working {
  m: RawMention;
  text: string;
  /** text without a possessive 's, its white space one space (a name may run over a line break) */
  bare: string;
  link: KbMatch | null;
  group: number;
  via: string;
  /** why the link was changed from the KB's first choice */
  linkNote?: string;
  /** the person's full name in the document's title, for a surname named alone in the text */
  titleName?: string;
}

const NORP_BIT = gazBit('NORP');
const PERSON_NAME_BITS = GIVEN_NAME_BITS | gazBit('PER');
/**
 * The full name ending with `surname` in a title ("… John Kirby" for "KIRBY", either case), when
 * the word before the surname is a given name the NER gazetteer knows; else null.
 */
function fullNameInTitle(title: string, surname: string, gaz: Gazetteer): string | null {
  const words = title.split(/\s+/).map((x) => x.replace(/^[("“]+|[)"”,:;.!?]+$/gu, ''));
  const key = surname.toLowerCase();
  const at = words.findIndex((x, i) => i > 0 && x.toLowerCase() === key);
  if (at < 1 || !/^\p{Lu}\p{Ll}/u.test(words[at - 1]!) || !/^\p{Lu}/u.test(words[at]!)) return null;
  return gaz.categoriesOf(words, at - 1, at) & GIVEN_NAME_BITS ? `${words[at - 1]} ${words[at]}` : null;
}

/** A document's country needs this many linked mentions, and twice as many as any other country. */
const DOC_COUNTRY_MIN = 3;

/**
 * A body many countries have, named without its country ("House of Commons", "Senate", "Foreign
 * Office": bodies.tsv names), which the KB links to one country's body, is the body of the
 * document's country instead when the document never names the KB's country and names one other
 * country most (its linked mentions: places, people, bodies): "House of Commons" in an article on
 * Canada's election is the Parliament of Canada's, not the United Kingdom's.
 */
function linkBodiesToDocumentCountry(ws: Working[]): { country: string; mentions: number } | null {
  const tally = new Map<string, number>();
  for (const x of ws) if (x.link?.country && !isGenericBodyName(x.bare)) tally.set(x.link.country, (tally.get(x.link.country) ?? 0) + 1);
  let top: string | null = null, topN = 0, second = 0;
  for (const [c, n] of tally) if (n > topN) { second = topN; top = c; topN = n; } else if (n > second) second = n;
  if (!top || topN < DOC_COUNTRY_MIN || topN < 2 * second) return null;
  for (const x of ws) {
    const kbCountry = x.link?.country;
    if (!kbCountry || kbCountry === top || tally.has(kbCountry) || !isGenericBodyName(x.bare)) continue;
    const body = bodyOfCountry(top, x.bare);
    if (body) { x.linkNote = `"${x.text}" read as the body of the document's country (${top}), which it names ${topN} times; the knowledge base's ${x.link!.name} is of ${kbCountry}, never named`; x.link = body; }
  }
  return { country: top, mentions: topN };
}

/** Offices held only in one's own country's politics: a holder of one with no country otherwise is of the document's country ("Senator Amy Klobuchar" in an article on US primaries). */
const DOMESTIC_OFFICES = new Set(GRAMMAR.domesticOffices);

export interface Grouped { mentions: Mention[]; entities: Entity[] }

/**
 * A surname alone titled with an office its KB namesake never held ("Senator Smith" is not Ian Smith,
 * prime minister of Rhodesia) is someone else. Offices held at any time count ("former Chancellor Merkel").
 */
function titleConflicts(w: Words, x: Working, link: KbMatch): boolean {
  const office = titleOf(w, x.m.from, x.m.to)?.office;
  if (!office) return false;
  const held = lookupEntity(x.bare, x.m.type)?.roles ?? link.roles;
  return !held.some((r) => r.office === office);
}

export function groupMentions(raw: RawMention[], w: Words, text: string, date: string | null, title: string | null = null): Grouped {
  const gaz = loadModel().gazetteer;
  const ws: Working[] = raw.map((m) => {
    const t = text.slice(w.start[m.from]!, w.end[m.to - 1]!);
    return { m, text: t, bare: t.replace(/\s+/g, ' ').replace(/\s*['’]s$/, ''), link: null, group: -1, via: m.via };
  });
  // union-find over working mentions
  const parent = ws.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => { const ra = find(a), rb = find(b); if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb); };

  // 1. surnames to full names in the document
  // (words as written: a hyphenated surname is one, "Christopher Gallego-Lazo" → "Gallego-Lazo"),
  // else to a full name of three words or more with it after the first ("Ricardo Rosselló Nevares"
  // → "Rosselló": a Spanish name's first surname)
  const fullByLast = new Map<string, number>(), fullByInner = new Map<string, number>();
  // first names, -1 when two different full names share one ("Joe Biden", "Joe Manchin")
  const fullByFirst = new Map<string, number>();
  ws.forEach((x, i) => {
    if (x.m.type !== 'PER') return;
    const names = x.bare.split(/\s+/);
    if (names.length < 2) return;
    const last = nameKey(names[names.length - 1]!);
    if (!fullByLast.has(last)) fullByLast.set(last, i);
    for (let k = 1; k < names.length - 1; k++) { const inner = nameKey(names[k]!); if (!fullByInner.has(inner)) fullByInner.set(inner, i); }
    const first = nameKey(names[0]!), had = fullByFirst.get(first);
    if (had === undefined) fullByFirst.set(first, i);
    else if (had >= 0 && nameKey(ws[had]!.bare) !== nameKey(x.bare)) fullByFirst.set(first, -1);
  });
  // "General Austin" typed an organization: a title head and a surname of the document's people is that person
  ws.forEach((x) => {
    const parts = x.bare.split(/\s+/);
    if (x.m.type === 'PER' || parts.length !== 2 || !titleHeads().has(parts[0]!.toLowerCase().replace(/\.$/, ''))) return;
    const full = fullByLast.get(nameKey(parts[1]!));
    if (full === undefined) return;
    x.m = { ...x.m, from: x.m.from + 1, type: 'PER' };
    x.text = x.bare = parts[1]!;
  });
  // a surname typed an organization or a name of other kind where the document names the person in full
  // ("Bloomberg, Warren end campaigns": then "Bloomberg won American Samoa", with "Michael Bloomberg"
  // in the text, opening with a known given name); not a source ("according to Bloomberg"), a place
  // ("Washington"), an ordinary word or a people ("Administration" of a "Biden Administration",
  // "Catholic" of a "Roman Catholic" the tagger took for persons)
  ws.forEach((x) => {
    if ((x.m.type !== 'ORG' && x.m.type !== 'MISC') || /\s/.test(x.bare) || commonWords().has(x.bare.toLowerCase()) || wordList('groups.txt').has(x.bare.toLowerCase()) || gaz.categoriesOf([x.bare], 0, 1) & NORP_BIT) return;
    const full = fullByLast.get(nameKey(x.bare));
    if (full === undefined || !(gaz.categoriesOf(ws[full]!.bare.split(/\s+/), 0, 1) & GIVEN_NAME_BITS)) return;
    if (/according\s+to\s+$/i.test(text.slice(Math.max(0, w.start[x.m.from]! - 20), w.start[x.m.from]!))) return;
    x.m = { ...x.m, type: 'PER' };
  });
  ws.forEach((x, i) => {
    if (x.m.type === 'PER' && !/\s/.test(x.bare)) {
      const key = nameKey(x.bare);
      // "Thank you, Andriy" → "Andriy Yermak", when no other full name of the document starts with it
      const byFirst = fullByFirst.get(key);
      const full = fullByLast.get(key) ?? fullByInner.get(key) ?? (byFirst !== undefined && byFirst >= 0 ? byFirst : undefined);
      if (full !== undefined) { union(i, full); x.via = 'ner+coref'; }
    }
  });
  // a surname with no full name in the text, whose full name the document's title gives
  // ("MR. KIRBY" of a transcript titled "Press Gaggle by … John Kirby")
  if (title) {
    const withFull = new Set<number>();
    ws.forEach((x, i) => { if (x.m.type === 'PER' && /\s/.test(x.bare)) withFull.add(find(i)); });
    const seen = new Map<string, string | undefined>(); // a transcript repeats its labels hundreds of times
    ws.forEach((x, i) => {
      if (x.m.type !== 'PER' || /\s/.test(x.bare) || withFull.has(find(i))) return;
      if (!seen.has(x.bare)) seen.set(x.bare, fullNameInTitle(title, x.bare, gaz) ?? undefined);
      x.titleName = seen.get(x.bare);
    });
  }
  // 2. KB links (a short mention grouped with a full name is linked through the full name)
  // (a person's group is looked up by its full names, longest first, then by the name itself)
  const fullNames = new Map<number, string[]>();
  ws.forEach((x, i) => {
    if (x.m.type !== 'PER' || !/\s/.test(x.bare)) return;
    const r = find(i), l = fullNames.get(r);
    if (!l) fullNames.set(r, [x.bare]); else if (!l.includes(x.bare)) l.push(x.bare);
  });
  for (const l of fullNames.values()) l.sort((a, b) => b.length - a.length);
  const personLink = (x: Working, i: number): KbMatch | null => {
    if (x.m.type !== 'PER' || x.titleName) return null;
    for (const n of fullNames.get(i) ?? []) {
      const l = lookupEntity(n, 'PER', date);
      if (l && l.confidence >= LINK_MIN && l.type === 'PER') return l;
    }
    return null;
  };
  ws.forEach((x, i) => {
    if (find(i) !== i && x.m.type === 'PER') return;
    let link = personLink(x, i) ?? lookupEntity(x.titleName ?? x.bare, x.m.type, date);
    // a person named in full in the text is not the organization their surname also names ("Michael Bloomberg" … "Bloomberg")
    if (link && x.m.type === 'PER' && link.type !== 'PER' && fullNames.has(i)) link = null;
    if (link && link.confidence >= LINK_MIN && !(link.via === 'surname' && titleConflicts(w, x, link))) x.link = link;
  });
  const docCountry = linkBodiesToDocumentCountry(ws);
  ws.forEach((x, i) => { if (!x.link && find(i) !== i) x.link = ws[find(i)]!.link; });
  const byKb = new Map<string, number>(), byText = new Map<string, number>();
  const family = (t: EntityType) => (t === 'GPE' || t === 'LOC' ? 'L' : t === 'NORP' || t === 'MISC' ? 'M' : t);
  ws.forEach((x, i) => {
    // a demonym and its country share a kb id but are different entities (NORP vs GPE)
    if (x.link) { const kk = `${x.link.kbId}|${family(x.m.type)}`; const k = byKb.get(kk); if (k === undefined) byKb.set(kk, i); else union(i, k); }
    const key = `${family(x.m.type)}:${nameKey(x.bare)}`;
    const k2 = byText.get(key);
    if (k2 === undefined) byText.set(key, i); else if (!x.link || !ws[k2]!.link || ws[k2]!.link!.kbId === x.link.kbId) union(i, k2);
  });
  // 3. acronyms
  const byInitials = new Map<string, number>();
  ws.forEach((y, k) => {
    if (y.m.to - y.m.from < 2 || y.m.type === 'PER') return;
    const ini = initialsOf(y.bare);
    if (ini.length >= 2 && !byInitials.has(ini)) byInitials.set(ini, k);
    // an acronym may leave out the words that open the name ("U.S. International Development Finance
    // Corporation" → "DFC"): the initials of each ending of three words or more, where no other name has them
    const words = y.bare.split(/\s+/);
    for (let from = 1; words.length - from >= 3; from++) {
      const tail = initialsOf(words.slice(from).join(' '));
      if (tail.length >= 3 && !byInitials.has(tail)) byInitials.set(tail, k);
    }
  });
  ws.forEach((x, i) => {
    if (!isAcronym(x.bare) || x.m.type === 'PER') return;
    const acr = x.bare.replace(/\./g, '');
    const j = byInitials.get(acr) ?? -1;
    if (j >= 0 && j !== i) {
      union(i, j); x.via = 'acronym';
      if (!x.link && ws[j]!.link) x.link = ws[j]!.link;
      if (x.link && !ws[j]!.link) ws[j]!.link = x.link;
    }
  });

  // build mentions and entities
  const groups = new Map<number, number[]>();
  ws.forEach((_, i) => { const r = find(i); const g = groups.get(r); if (g) g.push(i); else groups.set(r, [i]); });
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  const mentionIds = ws.map((_, i) => `m${i + 1}`);
  for (const [, members] of [...groups].sort((a, b) => a[0] - b[0])) {
    const id = `e${entities.length + 1}`;
    const xs = members.map((i) => ws[i]!);
    const link = xs.map((x) => x.link).filter((l): l is KbMatch => !!l).sort((a, b) => b.confidence - a.confidence)[0] ?? null;
    const type = entityType(xs, link, gaz);
    const longest = xs.map((x) => x.bare).sort((a, b) => b.length - a.length || a.localeCompare(b))[0]!;
    const fromTitle = xs.find((x) => x.titleName)?.titleName;
    const name = link && link.type !== 'NORP' ? link.name : fromTitle ?? longest;
    const aliases = [...new Set(xs.map((x) => x.bare))].filter((a) => a !== name);
    const roles: Role[] = [];
    const inferred: Inference[] = [];
    const note = xs.find((x) => x.linkNote && x.link === link)?.linkNote;
    if (note) inferred.push({ what: 'link', rule: 'body-of-document-country', note });
    if (fromTitle) inferred.push({ what: 'name', rule: 'full-name-in-title', note: `"${xs[0]!.bare}" is named in full only in the document's title: ${fromTitle}` });
    let country: string | null = link?.country ?? null;
    let sector: string | null = link?.sector ?? null;
    if (type === 'PER') {
      for (const i of members) {
        const x = ws[i]!;
        const t = titleOf(w, x.m.from, x.m.to);
        if (!t) continue;
        const ev = spanOf(text, w.start[t.from]!, w.end[t.to - 1]!);
        if (roles.some((r) => r.evidence?.start === ev.start)) continue;
        const roleCountry = t.country ?? country;
        roles.push({ title: ev.text, office: t.office, country: roleCountry, evidence: ev, from: 'text' });
        if (!country && roleCountry) { country = roleCountry; inferred.push({ what: 'country', rule: 'title-country', note: ev.text }); }
        if (!sector && t.sector) sector = t.sector;
      }
      for (const r of link?.roles ?? []) {
        if (!roles.some((x) => x.office === r.office && x.from === 'kb')) roles.push({ title: r.title, office: r.office, country: r.country, evidence: null, from: 'kb' });
      }
      const domestic = roles.find((r) => !!r.office && DOMESTIC_OFFICES.has(r.office) && !r.country);
      if (!country && docCountry && domestic) {
        country = docCountry.country;
        inferred.push({ what: 'country', rule: 'domestic-office-in-document-country', note: `${domestic.title}, in a document that names ${docCountry.country} ${docCountry.mentions} times and no other country half as often` });
      }
    }
    if (!country && (type === 'GPE' || type === 'NORP' || type === 'LOC')) country = countryByName(name)?.iso2 ?? countryByCapital(name)?.iso2 ?? null;
    if (!country && (type === 'ORG' || type === 'MISC')) {
      const first = name.split(/\s+/)[0]!;
      const c = countryByName(first);
      // "French Navy", or "… of <country>" at the end ("People's Party of Canada", "Central Bank of Nigeria")
      const tail = /\sof\s+(?:the\s+)?(\p{Lu}[^]*)$/u.exec(name)?.[1];
      const ct = tail && tail.length > 3 && !COUNTRY_NAMES_OF_REGIONS.has(tail) ? countryByName(tail) : null;
      if (c && c.matched !== 'code') { country = c.iso2; inferred.push({ what: 'country', rule: 'country-word-in-name', note: first }); }
      else if (ct && ct.matched !== 'code') { country = ct.iso2; inferred.push({ what: 'country', rule: 'country-word-in-name', note: tail! }); }
    }
    if (!sector && type === 'ORG') sector = sectorOfName(name);
    // 4. a capital acting for its government
    if ((type === 'GPE' || type === 'LOC') && countryByCapital(name)) {
      const acting = xs.find((x) => capitalActs(w, x.m.from, x.m.to));
      if (acting) {
        const c = countryByCapital(name)!;
        country = c.iso2;
        sector = 'government';
        inferred.push({ what: 'metonymy', rule: 'capital-for-government', note: `"${acting.text}" stands for the government of ${c.name}` });
      }
    }
    for (const i of members) {
      const x = ws[i]!;
      const { start, end, text: spanText } = spanOf(text, w.start[x.m.from]!, w.end[x.m.to - 1]!);
      // (a person's mention of an entity the knowledge base retyped takes its type: "Roscosmos")
      mentions.push({ start, end, text: spanText, id: mentionIds[i]!, type: x.m.type === 'PER' && type !== 'PER' && type === link?.type ? type : x.m.type, entity: id, via: x.via, confidence: x.link ? Math.max(x.m.confidence, Math.min(1, x.link.confidence)) : x.m.confidence });
    }
    entities.push({
      id, type, name, aliases, mentions: members.map((i) => mentionIds[i]!), roles, country, sector,
      kbId: link?.kbId ?? null, linkConfidence: link ? Math.round(link.confidence * 1000) / 1000 : null, inferred,
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, entities };
}

function entityType(xs: Working[], link: KbMatch | null, gaz: Gazetteer): EntityType {
  if (link && xs.some((x) => x.m.type === link.type)) return link.type;
  // a name the knowledge base knows, by that name, as an organization or place only, which is no
  // person's name the NER gazetteer knows, is what the knowledge base says ("Roscosmos announced",
  // typed a person); "Jordan", "Paris" stay as the tagger typed them
  if (link && link.type !== 'PER' && (link.via === 'name' || link.via === 'alias') && xs.every((x) => x.m.type === 'PER' && !/\s/.test(x.bare) && !(gaz.categoriesOf([x.bare], 0, 1) & PERSON_NAME_BITS))) return link.type;
  const counts = new Map<EntityType, number>();
  for (const x of xs) counts.set(x.m.type, (counts.get(x.m.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Is this capital the subject of a verb, or the object of a verb of support or pressure? */
function capitalActs(w: Words, from: number, to: number): boolean {
  const prev = from > 0 && w.sentence[from - 1] === w.sentence[from] ? w.words[from - 1]!.toLowerCase() : '';
  if (GOVERNMENT_OBJECT_VERBS.has(prev)) return true;
  const next = to < w.words.length && w.sentence[to] === w.sentence[from] ? w.words[to]!.toLowerCase() : '';
  return /^(said|says|say|announced|denied|rejected|accused|warned|insisted|claimed|wants|demanded|refused|agreed|responded|has|have|will|would|is|was)$/.test(next);
}
