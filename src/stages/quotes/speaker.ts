/**
 * Who the source is: the speaker phrase typed (person with role, organization, anonymous source
 * by kind and affiliation, publication, media reports, document) and resolved to an entity from
 * the mentions/entities layers — directly, through a pronoun ("He also did not rule out …" → the
 * last person spoken of), or through a description ("the minister said" → the entity with that
 * role). Every inference is named by its rule in `resolvedVia`.
 */
import type { Document, Entity, Mention, Span, Speaker } from '../../document.js';
import { spanOf } from '../../document.js';
import type { TokenView } from './cues.js';
import { fold, quoteGrammar, type QuoteLexicon } from './lexicon.js';
import { leftNP, NOUN_TAGS, type Range } from './phrases.js';
import { wordList } from '../../util/wordlist.js';

const GRAMMAR = quoteGrammar('en');

const MALE = GRAMMAR.male;
const FEMALE = GRAMMAR.female;
const SINGULAR_PRON = GRAMMAR.singularPronouns;
const GROUP_PRON = GRAMMAR.groupPronouns;
/** the subject pronoun of each possessive ("his" → "he"), for a possessor that speaks ("In his opinion, …") */
const POSSESSIVE_SUBJECT: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it', my: 'i', our: 'we' };
const ORG_TYPES = new Set(['ORG', 'GPE', 'NORP', 'LOC']);
const RELATIVE = GRAMMAR.relativePronouns;
/** prepositions after a source phrase's head ("a representative of the ministry") */
const HEAD_LINKS = GRAMMAR.headLinks;

/** Mentions and entities, indexed for the look-ups below. */
export interface EntityIndex {
  mentions: readonly Mention[];
  entityById: Map<string, Entity>;
  /** gender guessed from the text ("Mr. X", "he" right after X); absent when unknown */
  gender: Map<string, 'm' | 'f'>;
  /** transcript labels by title resolved through the document's title (titledInDocumentTitle) */
  titled: Map<string, { entity: string | null } | null>;
  /** person mentions of two or more capitalized words by their initials, in text order (built when a label by initials asks) */
  initials?: Map<string, Mention[]>;
}

export function entityIndex(doc: Readonly<Document>, lex: QuoteLexicon): EntityIndex {
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
  const entityById = new Map(doc.entities.map((e) => [e.id, e] as const));
  const gender = new Map<string, 'm' | 'f'>();
  // a common given name is the default ("David Turpin" is no "she"); a title in the text ("Mr.",
  // "Mrs.") overrides it, a pronoun the entities stage resolved only fills in where it says nothing
  for (const e of doc.entities) {
    const given = e.type === 'PER' ? lex.givenNames.get(fold(e.name.split(/\s+/)[0]!)) : undefined;
    if (given) gender.set(e.id, given);
  }
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const before = doc.text.slice(Math.max(0, m.start - 5), m.start);
    if (/\b(Mr\.?|Sir|Lord)\s*$/.test(before) || /^(Mr\.?|Sir|Lord)\s/.test(m.text)) gender.set(m.entity, 'm');
    else if (/\b(Mrs\.?|Ms\.?|Miss|Madam|Lady|Dame)\s*$/.test(before) || /^(Mrs\.?|Ms\.?|Miss|Dame)\s/.test(m.text)) gender.set(m.entity, 'f');
    if (m.via === 'pronoun' && !gender.has(m.entity)) {
      const w = m.text.toLowerCase();
      if (MALE.has(w)) gender.set(m.entity, 'm');
      else if (FEMALE.has(w)) gender.set(m.entity, 'f');
    }
  }
  return { mentions, entityById, gender, titled: new Map() };
}

/** two to four capitals: a label that may be a person's initials */
const INITIALS = /^\p{Lu}{2,4}$/u;
/** words of a sentence that introduces an interview's parties (grammar.yaml interviewWords) */
const INTERVIEW_WORDS = GRAMMAR.interviewWords!;
/**
 * The one person entity named before `before` (by a mention of two or more words, in a sentence that speaks of the interview:
 * "answered some questions … from Wikinews accredited reporter William S. Saturn", "Wikinews caught up with … Natasha
 * Gownaris") whose name's words open with `initials`; not someone quoted in the report before it ("Richard Stallman, the
 * founder of the Free Software Foundation, has been …" is no "RS" of the interview).
 */
function initialed(doc: Readonly<Document>, ix: EntityIndex, initials: string, before: number): string | null {
  // (the persons' initials are gathered once per document, at the first label that asks)
  if (!ix.initials) {
    ix.initials = new Map();
    for (const m of ix.mentions) {
      if (m.type !== 'PER') continue;
      const words = m.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      if (words.length < 2) continue;
      const key = words.map((w) => w[0]).join('');
      (ix.initials.get(key) ?? ix.initials.set(key, []).get(key)!).push(m);
    }
  }
  let found: string | null = null;
  for (const m of ix.initials.get(initials) ?? []) {
    if (m.start >= before) break;
    if (m.entity === found) continue;
    const s = doc.sentences.find((x) => x.start <= m.start && m.start < x.end);
    if (!s || !doc.text.slice(s.start, s.end).toLowerCase().split(/[^\p{L}]+/u).some((w) => INTERVIEW_WORDS.has(w))) continue;
    if (found) return null;
    found = m.entity;
  }
  return found;
}

/** The mention that overlaps [a, b), if one does: the last to start before b (mentions do not overlap each other). */
function mentionOver(ix: EntityIndex, a: number, b: number): Mention | undefined {
  const ms = ix.mentions;
  let lo = 0, hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid]!.start < b) lo = mid + 1; else hi = mid; }
  const m = ms[lo - 1];
  return m && m.end > a ? m : undefined;
}

/** Mentions lying inside [a, b) (binary search on the sorted list). */
function mentionsIn(ix: EntityIndex, a: number, b: number): Mention[] {
  const ms = ix.mentions;
  let lo = 0, hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid]!.start < a) lo = mid + 1; else hi = mid; }
  const out: Mention[] = [];
  for (let i = lo; i < ms.length && ms[i]!.start < b; i++) if (ms[i]!.end <= b) out.push(ms[i]!);
  return out;
}

/** The last mention before offset `at` that `ok` accepts, looking back at most `window` chars. */
function lastMentionBefore(ix: EntityIndex, at: number, ok: (m: Mention) => boolean, window = 3000): Mention | null {
  const ms = ix.mentions;
  let lo = 0, hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid]!.start < at) lo = mid + 1; else hi = mid; }
  for (let i = lo - 1; i >= 0 && ms[i]!.start >= at - window; i--) if (ms[i]!.end <= at && ok(ms[i]!)) return ms[i]!;
  return null;
}

export interface PrevSpeaker { entity: string | null; kind: Speaker['kind']; end: number }

/** relative pronouns that end the head's noun phrase ("police who were at the scene") */
const HEAD_RELATIVES = GRAMMAR.relativeWh;
/** words a role cannot end on (grammar.yaml roleOpenEnds) */
const ROLE_OPEN_ENDS = GRAMMAR.roleOpenEnds!;
/** the last word of a text, lower case */
const lastWord = (text: string): string => /(\S+)\s*$/u.exec(text)?.[1]?.toLowerCase() ?? '';
/** The first word of a text, lower-cased, past punctuation ("who" of ", who chairs …"). */
const firstWord = (text: string): string => /\p{L}+/u.exec(text)?.[0]?.toLowerCase() ?? '';

/** The first token of token k's sentence. */
function sentenceStart(v: TokenView, k: number): number {
  let j = k;
  while (j > 0 && v.tokens[j - 1]!.sentence === v.tokens[k]!.sentence) j--;
  return j;
}

/** Type and resolve the speaker phrase `range` (token indexes) of an attribution. */
export function makeSpeaker(doc: Readonly<Document>, v: TokenView, range: Range | null, lex: QuoteLexicon, ix: EntityIndex, prev: PrevSpeaker[]): Speaker & { role: Span | null } {
  const none = { span: null, entity: null, kind: 'unknown' as const, anonymousKind: null, affiliation: null, resolvedVia: 'none', role: null, antecedent: null };
  if (!range) return none;
  const [a, b] = range;
  const span = spanOf(doc.text, v.tokens[a]!.start, v.tokens[b]!.end);
  const words = v.low.slice(a, b + 1);
  const base = { ...none, span, resolvedVia: 'explicit' };

  // a relative pronoun stands for the name right before it ("The Jakarta Post, which reported …",
  // "Tristan Smith, who noted …")
  if (a === b && RELATIVE.has(words[0]!)) {
    let k = a - 1;
    if (k >= 0 && v.low[k] === ',') k--;
    const end = k >= 0 ? v.tokens[k]!.end : -1;
    const m = k >= 0 ? lastMentionBefore(ix, end, (mm) => mm.end === end, 200) : null;
    if (m) return { ...base, entity: m.entity, kind: kindOfMention(m), resolvedVia: 'relative-pronoun', antecedent: spanOf(doc.text, m.start, m.end) };
    // or the noun phrase right before it, typed as a speaker phrase of its own ("The union, which …", "critics who …", "rocks at
    // the officers, who …": an organization, anonymous officials): the last noun phrase in it, else the whole, of a kind that fits
    // the pronoun ("who" a person, "which" no person: not "the bank" of "a woman outside the bank, who wept")
    const np = k >= 0 ? leftNP(v, k + 1, sentenceStart(v, a)) : null;
    if (np && np[1] === k && NOUN_TAGS.has(v.tokens[k]!.pos)) {
      let last = np[0];
      for (let j = np[1] - 1; j > np[0]; j--) if (v.tokens[j]!.pos === 'ADP') { last = j + 1; break; }
      const personal = words[0] === 'who';
      for (const from of last > np[0] ? [last, np[0]] : [np[0]]) {
        if (RELATIVE.has(v.low[from]!)) continue;
        const as = makeSpeaker(doc, v, [from, k], lex, ix, prev);
        if (as.kind === 'unknown' || (as.kind === 'person' || as.kind === 'anonymous') !== personal) continue;
        return { ...base, entity: as.entity, kind: as.kind, anonymousKind: as.anonymousKind, affiliation: as.affiliation, resolvedVia: 'relative-pronoun', antecedent: as.span };
      }
    }
  }

  // a transcript's label by title ("THE PRESIDENT:") is the one the document's title calls so ("Press Gaggle by President Biden")
  if (words[0] === 'the' && b > a && doc.meta.title && span.text === span.text.toUpperCase()) {
    const held = titledInDocumentTitle(doc.meta.title, span.text.slice(4).trim(), ix);
    if (held) return { ...base, entity: held.entity, kind: 'person', resolvedVia: 'document-title', role: span, antecedent: null };
  }

  // an interview's label by initials ("((NG))", "MS:") is the one person named before whose name has those initials
  // ("Natasha Gownaris"); none where no one or more than one has them
  if (a === b && INITIALS.test(span.text)) {
    const by = initialed(doc, ix, span.text, span.start);
    if (by) return { ...base, entity: by, kind: 'person', resolvedVia: 'initials' };
  }

  // pronouns
  // (and "In his opinion, …", "in their view": the possessor of a noun of in-sources.tsv that needs one is the speaker)
  const possessorNoun = b === a + 1 && v.tokens[a]!.pos === 'PRON' && POSSESSIVE_SUBJECT[v.low[a]!] !== undefined && lex.inSources.get(v.low[b]!) === true;
  if (a === b && v.tokens[a]!.pos === 'PRON' || possessorNoun) {
    const w = possessorNoun ? POSSESSIVE_SUBJECT[v.low[a]!]! : words[0]!;
    const own = mentionsIn(ix, span.start, span.end)[0];
    if (own) return { ...base, entity: own.entity, kind: kindOfMention(own), resolvedVia: 'pronoun' };
    if (SINGULAR_PRON.has(w) && w !== 'i') {
      const want = MALE.has(w) ? 'm' : FEMALE.has(w) ? 'f' : null;
      const fits = (e: string | null) => e !== null && (!want || (ix.gender.get(e) ?? want) === want);
      let lastPerson: PrevSpeaker | undefined;
      for (let i = prev.length - 1; i >= 0 && span.start - prev[i]!.end < 1500; i--) {
        if (prev[i]!.kind === 'person' && fits(prev[i]!.entity)) { lastPerson = prev[i]; break; }
      }
      const m = lastMentionBefore(ix, span.start, (mm) => mm.type === 'PER' && fits(mm.entity));
      // the nearer of the last person speaking and the last person mentioned
      const ent = m && (!lastPerson || m.end > lastPerson.end) ? m.entity : lastPerson?.entity ?? null;
      return { ...base, entity: ent, kind: 'person', resolvedVia: ent ? 'pronoun' : 'pronoun-unresolved' };
    }
    if (GROUP_PRON.has(w)) {
      const m = lastMentionBefore(ix, span.start, (mm) => mm.type === 'ORG' || mm.type === 'GPE', 800);
      // "Here, researchers evaluated CT scans. They found …": a plural subject nearer than the
      // organization is what "they" stands for
      const group = w === 'they' ? pluralSubjectBefore(v, a, ix) : null;
      if (group && (!m || v.tokens[group[1]]!.start >= m.end)) {
        const noun = lex.sourceNouns.get(v.low[group[1]]!);
        const kind = noun ? (noun.kind === 'anonymous' ? 'anonymous' : noun.kind) : 'unknown';
        const antecedent = spanOf(doc.text, v.tokens[group[0]]!.start, v.tokens[group[1]]!.end);
        return { ...base, kind, anonymousKind: noun?.anonymousKind ?? null, resolvedVia: 'pronoun', antecedent };
      }
      return { ...base, entity: m?.entity ?? null, kind: m ? 'organization' : 'unknown', resolvedVia: m ? 'pronoun' : 'pronoun-unresolved' };
    }
    return { ...base, kind: w === 'i' ? 'person' : 'unknown' };
  }

  // the head noun: the last noun before a linking "of/for/at/from", else the last word
  // (not an "of" inside a name: "Florida Department of Transportation official Troy Roberts")
  let headIdx = b;
  const inSpan = mentionsIn(ix, span.start, span.end);
  const inName = (k: number) => inSpan.some((m) => m.start < v.tokens[k]!.start && v.tokens[k]!.end < m.end);
  // (or before a relative clause: "police who were at the scene")
  // (past the comma before a relative: "A senior US official, who spoke on condition of anonymity,")
  for (let k = a; k <= b; k++) if ((HEAD_LINKS.has(v.low[k]!) || HEAD_RELATIVES.has(v.low[k]!)) && k > a && !inName(k)) { headIdx = k - 1 > a && v.low[k - 1] === ',' && HEAD_RELATIVES.has(v.low[k]!) ? k - 2 : k - 1; break; }
  // or the noun before a participle that opens a reduced relative ("Reports citing sources within the Democratic Party",
  // "a spokesman speaking on condition of anonymity")
  // (or set off by a comma: "Officials, speaking on condition of anonymity,")
  for (let k = a + 1; k <= headIdx; k++) {
    if (v.tokens[k]!.pos === 'VERB' && /(ing|ed)$/.test(v.low[k]!) && NOUN_TAGS.has(v.tokens[k - 1]!.pos) && !inName(k)) { headIdx = k - 1; break; }
    // ("The report, published by the Kiel Institute,")
    if (v.tokens[k]!.pos === 'VERB' && /(ing|ed)$/.test(v.low[k]!) && k - 2 >= a && v.low[k - 1] === ',' && NOUN_TAGS.has(v.tokens[k - 2]!.pos) && !inName(k)) { headIdx = k - 2; break; }
  }
  // "sources familiar with …" (not a source noun the tagger read as an adjective: "the military said")
  while (headIdx > a && v.tokens[headIdx]!.pos === 'ADJ' && !lex.sourceNouns.has(v.low[headIdx]!)) headIdx--;
  // or the source noun before a name that no entity mention covers ("news agency Interfax", "the newspaper Le Monde")
  if (v.tokens[headIdx]!.pos === 'PROPN' && !inSpan.some((m) => m.start <= v.tokens[headIdx]!.start && v.tokens[headIdx]!.end <= m.end)) {
    let k = headIdx;
    while (k > a && v.tokens[k - 1]!.pos === 'PROPN') k--;
    if (k > a && lex.sourceNouns.has(v.low[k - 1]!)) headIdx = k - 1;
  }
  const head = v.low[headIdx]!;
  const headEnd = v.tokens[headIdx]!.end;
  // the person the head names, or one an apposition names ("One of the study's authors,
  // herpetologist David Blackburn"); a possessor is not the speaker ("Susan Bro, Heather Heyer's
  // mother" is Susan Bro, "Rosselló's chief of staff" not Rosselló)
  const possessor = (m: Mention) => /['’]s$/.test(m.text) || /^['’](?:s\b|\s)/.test(doc.text.slice(m.end, m.end + 3));
  // (nor a name that modifies a common noun head: "the Trump administration", "Clinton aides", "the Obama campaign")
  const modifier = (m: Mention) => v.tokens[headIdx]!.start >= m.end && /^\p{Ll}/u.test(v.tokens[headIdx]!.text) && !/[,(]/.test(doc.text.slice(m.end, v.tokens[headIdx]!.start));
  // (nor a name inside brackets: "artist Jenn St-Onge (Nancy Drew, Jem and the Misfits)" names her works)
  const bracketed = (m: Mention) => { const before = doc.text.slice(span.start, m.start); return before.split('(').length > before.split(')').length; };
  const persons = inSpan.filter((m) => m.type === 'PER' && !bracketed(m));
  const person = persons.filter((m) => m.end <= headEnd && !possessor(m) && !modifier(m)).pop()
    ?? persons.find((m) => /,/.test(doc.text.slice(headEnd, m.start)) && !possessor(m))
    // a name that closes the phrase, after a description ("Member of parliament (MP) Kevin Conolly")
    ?? persons.find((m) => m.end === span.end && m.start > headEnd && !possessor(m));
  // a document noun that ends an organization's name is part of that name ("The US Geological Survey reported"), unlike
  // one after it ("Johns Hopkins University data indicated") or in a name of another type ("the Mueller Report")
  // — as is any source noun that ends such a name ("The House of Representatives confirmed": the House, not representatives)
  const nameHead = (m: Mention) => m.type === 'ORG' && m.start < v.tokens[headIdx]!.start && headEnd <= m.end;
  const listed = lex.sourceNouns.get(head);
  const noun = listed && /^\p{Lu}/u.test(v.tokens[headIdx]!.text) && inSpan.some(nameHead) ? undefined : listed;

  // affiliation: "of the British Ministry of Defense", "a White House official", "Russian diplomats"
  const affiliation = (): Speaker['affiliation'] => {
    // (only a phrase linked to the head: "people familiar with the matter", "diplomats briefed on the talks" name none)
    if (headIdx < b && HEAD_LINKS.has(v.low[headIdx + 1]!)) {
      let s0 = headIdx + 2;
      while (s0 <= b && v.tokens[s0]!.pos === 'DET') s0++;
      // up to a comma: what follows it describes the organization ("of the House, which includes 235 Democrats,")
      let e = s0;
      while (e < b && v.low[e + 1] !== ',') e++;
      if (s0 <= b) {
        const aspan = spanOf(doc.text, v.tokens[s0]!.start, v.tokens[e]!.end);
        const m = mentionsIn(ix, v.tokens[headIdx + 1]!.start, aspan.end).find((mm) => ORG_TYPES.has(mm.type));
        return { span: aspan, entity: m?.entity ?? null };
      }
    }
    const m = inSpan.find((mm) => ORG_TYPES.has(mm.type) && mm.end <= headEnd);
    return m ? { span: spanOf(doc.text, m.start, m.end), entity: m.entity } : null;
  };

  if (person) {
    const comma = doc.text.lastIndexOf(',', person.start);
    const from = person.start > headEnd && comma >= span.start ? comma + 1 : span.start;
    // the words before the name ("French Foreign Minister"), else a description before it and a comma ("the Minister of
    // Health, Jane Doe"), else an apposition after it ("Susan Bro, Heather Heyer's mother,")
    // (a given name the entity tagger left out of the name is no part of the role: "Health Minister Łukasz Szumowski" where the
    // mention is "Szumowski"; a capitalized word of letters alone, no title's head, right before the name)
    let roleEnd = person.start;
    const given = /(?:^|\s)(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)\s+$/u.exec(doc.text.slice(from, person.start));
    // (not a name of another kind, nor a preposition's object: "US Special Representative for Iran Brian Hook"; a person's
    // name the tagger split is cut: "actor Paul Sun-Hyung Lee")
    const gStart = given ? doc.text.indexOf(given[1]!, from + given.index) : -1;
    if (given && !lex.titleHeads.has(given[1]!.toLowerCase()) && /\p{L}\s/u.test(doc.text.slice(from, from + given.index + 1))
      && (mentionOver(ix, gStart, gStart + given[1]!.length)?.type ?? 'PER') === 'PER' && !ROLE_OPEN_ENDS.has(lastWord(doc.text.slice(from, gStart)))) roleEnd = from + given.index;
    const role = person.start > from && /[A-Za-z]/.test(doc.text.slice(from, roleEnd))
      ? trimmedSpan(doc.text, from, roleEnd)
      : person.start > headEnd && comma > span.start && /\p{L}/u.test(doc.text.slice(span.start, comma)) ? trimmedSpan(doc.text, span.start, comma)
      // (not a relative clause: "Bill Smith, who chairs the committee,")
      : /^,\s*\p{L}/u.test(doc.text.slice(person.end, span.end)) && !HEAD_RELATIVES.has(firstWord(doc.text.slice(person.end, span.end))) ? trimmedSpan(doc.text, doc.text.indexOf(',', person.end) + 1, span.end) : null;
    // (words that end on a coordinator, a preposition or a determiner are no role: "New Orleans and Jefferson Parish officials",
    // "Barr and Ross", "the Trump …")
    // (a possessive name alone is the person's affiliation, no role: "Hungary's Viktor Orbán")
    const owner = role && /['’]s$/.test(role.text) ? mentionsIn(ix, role.start, role.end).find((m) => ORG_TYPES.has(m.type) && m.start === role.start && /^['’]s$/.test(role.text.slice(m.end - role.start))) : undefined;
    if (owner) return { ...base, entity: person.entity, kind: 'person', role: null, affiliation: { span: spanOf(doc.text, owner.start, owner.end), entity: owner.entity } };
    return { ...base, entity: person.entity, kind: 'person', role: role && !ROLE_OPEN_ENDS.has(lastWord(role.text)) ? role : null };
  }
  // "SpaceX founder Elon Musk": a noun for a person's part (a title's head, a source noun for people) right before a capitalized
  // name of two or three words that closes the phrase is a person with that role, whatever the tagger made of the name (here an
  // organization, "founder Elon Musk"); the entity is a person of that name, where the text has one
  // — or a capitalized title's head inside the name ("Santa Barbara County Sheriff Bill Brown", tagged one organization)
  let n = b;
  while (n >= a && v.tokens[n]!.pos === 'PROPN' && /^\p{Lu}/u.test(v.tokens[n]!.text)) n--;
  let title = -1;
  if (!inSpan.some((m) => m.type === 'PER')) for (let k = b - 2; k >= Math.max(n + 1, b - 3); k--) if (lex.titleHeads.has(v.low[k]!) && /^\p{Lu}\p{Ll}/u.test(v.tokens[k]!.text)) { title = k; break; }
  if (title > a && ORG_TYPES.has(inSpan.find((m) => m.start <= v.tokens[title]!.start && v.tokens[title]!.end <= m.end)?.type ?? '')) n = title;
  if (b - n >= 2 && b - n <= 3 && n >= a && (n === title || v.tokens[n]!.pos === 'NOUN' && /^\p{Ll}/u.test(v.tokens[n]!.text))
    && (lex.titleHeads.has(v.low[n]!) || lex.sourceNouns.get(v.low[n]!)?.kind === 'anonymous')) {
    const name = spanOf(doc.text, v.tokens[n + 1]!.start, span.end).text;
    const same = [...ix.entityById.values()].find((e) => e.type === 'PER' && e.name === name);
    return { ...base, entity: same?.id ?? null, kind: 'person', role: trimmedSpan(doc.text, span.start, v.tokens[n + 1]!.start) };
  }
  // a description of someone already named: "the spokesman", "the minister", "the French foreign minister"
  const desc = (words[0] === 'the' || words[0] === 'this') ? describedEntity(ix, span.start, head) : null;
  if (noun) {
    if (noun.kind === 'anonymous') {
      // "an unnamed representative" is anonymous; "the spokesman" may describe someone named before
      if (desc) return { ...base, entity: desc.entity, kind: 'person', resolvedVia: 'description' };
      const familiar = v.low.slice(b + 1, b + 3).includes('familiar') || words.includes('familiar');
      return { ...base, kind: 'anonymous', anonymousKind: familiar ? 'sources-familiar' : noun.anonymousKind, affiliation: affiliation() };
    } else if (noun.kind === 'organization') {
      // "the Russian government", "the ministry" (one named before with this head), "Day's animal foundation" (one not named)
      const orgs = inSpan.filter((m) => ORG_TYPES.has(m.type) && !possessor(m));
      const org = orgs.find((m) => m.type === 'ORG') ?? orgs[0];
      if (org) return { ...base, kind: 'organization', entity: org.entity };
      const named = words[0] === 'the' ? describedOrganization(ix, span.start, head) : null;
      if (named) return { ...base, kind: 'organization', entity: named.entity, resolvedVia: 'description' };
      const owner = inSpan.find((m) => possessor(m));
      return { ...base, kind: 'organization', affiliation: owner ? { span: spanOf(doc.text, owner.start, owner.end), entity: owner.entity } : null };
    } else {
      const org = inSpan.find((m) => ORG_TYPES.has(m.type)) ?? null;
      return { ...base, kind: noun.kind, affiliation: org ? { span: spanOf(doc.text, org.start, org.end), entity: org.entity } : null, entity: org?.entity ?? null };
    }
  }
  // a person by title: the person described, or one not named ("a Texas federal judge", "the head
  // of the Russian delegation"); the place or organization in it is the affiliation, not the speaker
  if (lex.titleHeads.has(head) && v.tokens[headIdx]!.pos !== 'PROPN') {
    let r = a;
    while (r < headIdx && v.tokens[r]!.pos === 'DET') r++;
    const role = spanOf(doc.text, v.tokens[r]!.start, headEnd);
    if (desc) return { ...base, entity: desc.entity, kind: 'person', resolvedVia: 'description', role };
    return { ...base, kind: 'person', affiliation: affiliation(), role };
  }
  // a possessor before the head is the speaker's affiliation, not the speaker ("Day's animal
  // foundation", "Trump's campaign")
  const owner = inSpan.find((m) => possessor(m) && m.end < headEnd);
  // an organization before a place ("The US Embassy in London"), else the last place or people named
  const orgs = inSpan.filter((m) => ORG_TYPES.has(m.type) && m !== owner);
  const org = orgs.find((m) => m.type === 'ORG') ?? orgs.pop();
  if (org) return { ...base, entity: org.entity, kind: 'organization' };
  if (desc) return { ...base, entity: desc.entity, kind: 'person', resolvedVia: 'description' };
  // an organization named before by a name with this head ("the US Embassy in London" … "The
  // embassy said", "the House Judiciary Committee" … "the committee")
  const named = words[0] === 'the' && a < headIdx && v.tokens[headIdx]!.pos === 'NOUN' ? describedOrganization(ix, span.start, head) : null;
  if (named) return { ...base, entity: named.entity, kind: 'organization', resolvedVia: 'description' };
  if (owner) return { ...base, affiliation: { span: spanOf(doc.text, owner.start, owner.end), entity: owner.entity } };
  return base;
}

/**
 * Is a transcript's label ("((Christian Keysers))", "((Dorsa Derakhshani))") a person's name: two to four capitalized words, none
 * a noun that names an organization, a publication or a document (sources.tsv: "((Free Software Foundation))") nor a legal form
 * ("Inc"), and no organization the knowledge base knows by that name? The tagger may read such a name as an organization
 * ("Wikinews caught up with Dr Christian Keysers and Dr Valeria Gazzola" is tagged as one, and each label then with it); the one
 * who speaks in an interview's turn is a person. "((Wikinews))" stays what its mention says.
 */
export function personalName(label: string, entity: string | null, lex: QuoteLexicon, ix: EntityIndex): boolean {
  const words = label.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return false;
  if (words.some((w) => LEGAL_FORMS.has(w.replace(/\.$/, '')) || (lex.sourceNouns.get(fold(w))?.kind ?? 'anonymous') !== 'anonymous')) return false;
  return !(entity && ix.entityById.get(entity)?.kbId);
}

/** Parts of speech inside a plural subject's noun phrase, before its noun ("the two research teams"). */
const NP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);

/**
 * The nearest plural subject before token `at`, in its sentence or the one before: a plural common
 * noun (not inside a name) followed by a verb ("researchers evaluated", "scientists had suggested"),
 * as the token range of its noun phrase.
 */
function pluralSubjectBefore(v: TokenView, at: number, ix: EntityIndex): Range | null {
  const sentence = v.tokens[at]!.sentence;
  for (let k = at - 1; k >= 0 && v.tokens[k]!.sentence >= sentence - 1; k--) {
    const t = v.tokens[k]!;
    const next = v.tokens[k + 1];
    if (t.pos !== 'NOUN' || !/^\p{Ll}+s$/u.test(t.text) || /ss$/.test(t.text) || !next || k + 1 >= at) continue;
    if (next.pos !== 'VERB' && next.pos !== 'AUX') continue;
    if (mentionsIn(ix, t.start, t.end).length) continue;
    let b = k;
    while (b > 0 && v.tokens[b - 1]!.sentence === t.sentence && NP_POS.has(v.tokens[b - 1]!.pos)) b--;
    return [b, k];
  }
  return null;
}

function trimmedSpan(text: string, a: number, b: number): Span | null {
  while (b > a && /[\s,]/.test(text[b - 1]!)) b--;
  while (a < b && /\s/.test(text[a]!)) a++;
  return b > a ? spanOf(text, a, b) : null;
}

function kindOfMention(m: Mention): Speaker['kind'] {
  return m.type === 'PER' ? 'person' : 'organization';
}

/**
 * The person a document's title names with `title` ("President" in "Remarks by President Biden and
 * Vice President Harris": Biden, not Harris) as the entity of the text whose name ends with that
 * name (the one with most mentions), with `entity` null when the text never names them; null when
 * the title names no one so.
 */
function titledInDocumentTitle(docTitle: string, title: string, ix: EntityIndex): { entity: string | null } | null {
  // once per label (the index is the document's): a transcript repeats its labels hundreds of times
  if (ix.titled.has(title)) return ix.titled.get(title)!;
  const found = findTitled(docTitle, title, ix);
  ix.titled.set(title, found);
  return found;
}

function findTitled(docTitle: string, title: string, ix: EntityIndex): { entity: string | null } | null {
  // the title in any case (the label is in capitals), the name capitalized
  const esc = title.split(/\s+/).map((x) => [...x].map((ch) => (/\p{L}/u.test(ch) ? `[${ch.toUpperCase()}${ch.toLowerCase()}]` : /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch)).join('')).join('\\s+');
  const re = new RegExp(`(^|\\S+\\s+)${esc}\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})`, 'gu');
  for (const m of docTitle.matchAll(re)) {
    // "Vice President Harris" is no "President"
    if (/^\p{Lu}/u.test(m[1]!.trim())) continue;
    const last = m[2]!.split(/\s+/).pop()!.replace(/[.,]$/, '').toLowerCase();
    let best: Entity | null = null;
    for (const e of ix.entityById.values()) {
      if (e.type === 'PER' && e.name.split(/\s+/).pop()!.toLowerCase() === last && (!best || e.mentions.length > best.mentions.length)) best = e;
    }
    return { entity: best?.id ?? null };
  }
  return null;
}

/** The last-mentioned organization whose name has the description's head word. */
function describedOrganization(ix: EntityIndex, before: number, head: string): Mention | null {
  if (head.length < 3) return null;
  const company = GRAMMAR.companyNouns.has(head);
  return lastMentionBefore(ix, before, (m) => ORG_TYPES.has(m.type) && m.text.toLowerCase().split(/\s+/).includes(head)
    // "Acme Corp. reported losses. The company said …": an organization with a legal form, or one the knowledge base knows as a business
    || company && m.type === 'ORG' && (LEGAL_FORMS.has(m.text.split(/\s+/).pop()!.replace(/,$/, '')) || ix.entityById.get(m.entity)?.sector === 'business'), 5000);
}
const LEGAL_FORMS = wordList('org-suffixes.txt');

/** The last-mentioned person whose role titles contain the description's head word. */
function describedEntity(ix: EntityIndex, before: number, head: string): Mention | null {
  if (head.length < 3) return null;
  return lastMentionBefore(ix, before, (m) => {
    if (m.type !== 'PER') return false;
    const e = ix.entityById.get(m.entity);
    return !!e && e.roles.some((r) => r.title.toLowerCase().split(/\s+/).includes(head));
  }, 5000);
}
