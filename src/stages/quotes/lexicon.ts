/**
 * The attribution lexicons of resources/<lang>/quotes/ (cue words, source nouns, modality words,
 * quote-mark pairs), loaded once and indexed for lookup by lower-cased token text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../../util/datasets.js';
import { grammarWords, type GrammarWords } from '../../util/grammar.js';
import { titleHeads } from '../../kb/titles.js';

export type CueMeaning = 'neutral' | 'hedge' | 'negation' | 'proposal' | 'future' | 'belief' | 'question' | 'report';
export type ModalityEffect = 'hedge' | 'hypothetical' | 'future' | 'proposed' | 'negation' | 'secrecy' | 'certain' | 'neutral';
export type SourceNounKind = 'anonymous' | 'publication' | 'media-reports' | 'document' | 'organization';

/** A multi-word entry: its words (lower case) and what it means. */
export interface Phrase<T> { words: string[]; value: T }

export interface CueEntry {
  lemma: string;
  meaning: CueMeaning;
  /** an adverb cue (adverb-cues.tsv: "The company reportedly paid …"): no source, the clause around it the content; the kind of speaker it stands for */
  adverb?: { kind: AdverbSourceKind };
}

/** the kinds of speaker an adverb cue may stand for (document.ts SourceKindSchema) */
export type AdverbSourceKind = 'media-reports' | 'anonymous' | 'unknown';

export interface QuoteLexicon {
  /** single-word cue forms → lemma and meaning */
  cueForms: Map<string, CueEntry>;
  /** adverbs that attribute the clause around them to an unnamed source ("reportedly"): adverb-cues.tsv */
  adverbCues: Map<string, CueEntry>;
  /** multi-word cue phrases, indexed by their first word (any inflected form of it) */
  cuePhrases: Map<string, Phrase<CueEntry>[]>;
  sourceNouns: Map<string, { kind: SourceNounKind; anonymousKind: string | null }>;
  /** modality words and phrases, indexed by first word */
  modality: Map<string, Phrase<ModalityEffect>[]>;
  /** quote-mark opener → the closers it accepts */
  quotePairs: Map<string, string[]>;
  /** first words of a "Word: …" line that name no source ("Correction:", "Question:") */
  labelWords: Set<string>;
  /** nouns whose phrase after "in" is a source ("in a CNN poll", "in Trump's mind"): true where a possessor is needed */
  inSources: Map<string, boolean>;
  /** participles that name a state of mind after a copula ("is worried that …"): the subject is the source */
  states: Set<string>;
  /** past participles of naming verbs ("a website called …"): after the object of an earlier verb, no attribution */
  naming: Set<string>;
  /** verb forms that may come before their subject after the words reported ("…, said the spokesman") */
  inverting: Set<string>;
  /** verb forms whose object is the subject of an infinitive after it ("led Priebus to declare") */
  control: Set<string>;
  /** verb forms whose "with"/"to" phrase names whom one speaks or meets ("spoke with Putin"), not what is said */
  companions: Set<string>;
  /** given names and the gender they usually mark (given-names.tsv): a default for "he"/"she" */
  givenNames: Map<string, 'm' | 'f'>;
  /** head words of persons' titles (resources/<lang>/entities/titles.tsv, person-titles.txt): "the French foreign minister" is a person */
  titleHeads: Set<string>;
  /**
   * cue-extent.tsv: words a cue's reported span takes in after or before its cue word ("asked
   * about", "to demand"), each with the cue lemmas that leave it out; time nouns a preposition
   * before which opens a time ("for months"); adverbs that open a clause ("when asked");
   * punctuation right after the cue that its span takes in ("added:")
   */
  cueExtent: { after: Map<string, Set<string>>; before: Map<string, Set<string>>; time: Set<string>; clause: Set<string>; punct: Set<string> };
}

function rows(lang: string, file: string): string[][] {
  const text = readFileSync(join(resourcesDir(lang), 'quotes', file), 'utf8');
  return text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).map((l) => l.split('\t').map((c) => c.trim()));
}

function addPhrase<T>(index: Map<string, Phrase<T>[]>, firstForms: string[], words: string[], value: T): void {
  for (const f of firstForms) {
    const list = index.get(f) ?? [];
    list.push({ words: [f, ...words.slice(1)], value });
    list.sort((a, b) => b.words.length - a.words.length); // longest first
    index.set(f, list);
  }
}

const cache = new Map<string, QuoteLexicon>();

export function quoteLexicon(lang = 'en'): QuoteLexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const lex: QuoteLexicon = { cueForms: new Map(), adverbCues: new Map(), cuePhrases: new Map(), sourceNouns: new Map(), modality: new Map(), quotePairs: new Map(), labelWords: new Set(), inSources: new Map(), states: new Set(), naming: new Set(), inverting: new Set(), control: new Set(), companions: new Set(), givenNames: new Map(), titleHeads: titleHeads(), cueExtent: { after: new Map(), before: new Map(), time: new Set(), clause: new Set(), punct: new Set() } };
  for (const [phrase, meaning, forms] of rows(lang, 'cues.tsv')) {
    const words = phrase!.toLowerCase().replace(/n't/g, " n't").split(/\s+/).filter(Boolean);
    const entry: CueEntry = { lemma: phrase!, meaning: meaning as CueMeaning };
    const inflected = forms ? forms.toLowerCase().split(/\s+/) : [words[0]!];
    if (words.length === 1) {
      for (const f of inflected) if (!lex.cueForms.has(f)) lex.cueForms.set(f, entry);
    } else {
      addPhrase(lex.cuePhrases, inflected, words, entry);
    }
  }
  for (const [word, meaning, kind] of rows(lang, 'adverb-cues.tsv')) {
    lex.adverbCues.set(fold(word!), { lemma: fold(word!), meaning: meaning as CueMeaning, adverb: { kind: (kind || 'unknown') as AdverbSourceKind } });
  }
  for (const [word, kind, anon] of rows(lang, 'sources.tsv')) {
    lex.sourceNouns.set(word!.toLowerCase(), { kind: kind as SourceNounKind, anonymousKind: anon || null });
  }
  for (const [phrase, effect] of rows(lang, 'modality.tsv')) {
    const words = phrase!.toLowerCase().replace(/n't/g, " n't").split(/\s+/).filter(Boolean);
    addPhrase(lex.modality, [words[0]!], words, effect as ModalityEffect);
  }
  for (const [word] of rows(lang, 'labels.tsv')) lex.labelWords.add(fold(word!));
  for (const [word, needs] of rows(lang, 'in-sources.tsv')) lex.inSources.set(fold(word!), needs === 'possessor');
  for (const [word] of rows(lang, 'states.tsv')) lex.states.add(fold(word!));
  for (const [word] of rows(lang, 'naming.tsv')) lex.naming.add(fold(word!));
  for (const [word] of rows(lang, 'inverting.tsv')) lex.inverting.add(fold(word!));
  for (const [word] of rows(lang, 'control.tsv')) lex.control.add(fold(word!));
  for (const [word] of rows(lang, 'companions.tsv')) lex.companions.add(fold(word!));
  for (const [name, gender] of rows(lang, 'given-names.tsv')) if (gender === 'm' || gender === 'f') lex.givenNames.set(fold(name!), gender);
  for (const [word, side, except] of rows(lang, 'cue-extent.tsv')) {
    if (side === 'after' || side === 'before') lex.cueExtent[side].set(fold(word!), new Set(except ? except.split(/\s+/) : []));
    else if (side === 'time' || side === 'clause' || side === 'punct') lex.cueExtent[side].add(fold(word!));
  }
  for (const [open, ...close] of rows(lang, 'quote-marks.tsv')) lex.quotePairs.set(open!, close.filter(Boolean));
  cache.set(lang, lex);
  return lex;
}

/** Lower-case a token and fold typographic apostrophes, as the lexicons are written. */
export function fold(s: string): string {
  const l = s.toLowerCase();
  // (most words have no curly quote: no second string for them)
  return l.includes('’') || l.includes('‘') || l.includes('`') ? l.replace(/[’‘`]/g, "'") : l;
}

/** The function words the quotes stage reads by role (resources/<lang>/quotes/grammar.yaml). */
export const quoteGrammar = (lang = 'en'): GrammarWords => grammarWords('quotes', lang);
