/**
 * Loads the temporal tagger's language resources (resources/en/times/*.yaml and
 * resources/en/known-events.yaml) and compiles them: lookup tables, the extraction rules'
 * regular expressions, the one fast trigger regex, and the known-event matchers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { resourcesDir } from '../../util/datasets.js';

export interface Unit { d: string; g: string; t?: boolean; n?: number }

export interface Lexicon {
  months: Record<string, number>;
  ambiguousMonths: string[];
  monthIntroducers: string[];
  weekdays: Record<string, number>;
  weekdayAbbreviations: string[];
  seasons: Record<string, string>;
  ambiguousSeasons: string[];
  seasonLeads: string[];
  yearIntroducers: string[];
  yearBeforeWords: string[];
  measureWords: string[];
  stretchLeads: string[];
  possessiveMonthIntroducers: string[];
  identifierWords: string[];
  spanPrepositions: string[];
  partsOfDay: Record<string, string>;
  numbers: Record<string, number>;
  vagueNumbers: Record<string, { approx: boolean; guess: number }>;
  ordinals: Record<string, number>;
  units: Record<string, Unit>;
  unitPlurals: Record<string, string>;
  unitAdjectives: string[];
  decadeWords: Record<string, number>;
  relatives: Record<string, number>;
  dateMods: Record<string, string>;
  quantMods: Record<string, string>;
  references: Record<string, string>;
  guardedReferences: string[];
  pastNotBefore: string[];
  setTitleWords: string[];
  guardedReferencesNotBefore: string[];
  currentNotBefore: string[];
  termReferenceFollowers: string[];
  modalReferences: string[];
  modalCues: string[];
  oneDayNotBefore: string[];
  referenceDeterminers: string[];
  modifierDeterminers: string[];
  monthDeterminers: string[];
  yearEdges: Record<string, string>;
  modifierNotBefore: string[];
  clockZones: string[];
  complementizerCues: string[];
  anaphoricRelatives: string[];
  forwardLeads: string[];
  perfectDurationLeads: string[];
  prepositionQuantMods: string[];
  perfectDurationPrepositions: string[];
  anchoringLeads: string[];
  fractionLeads: string[];
  relationalAfter: string[];
  rateWords: string[];
  dayWords: Record<string, number>;
  dayOffsetLeads: Record<string, number>;
  dayWordParts: Record<string, string>;
  genericDayHeads: string[];
  genericDayHeadNotBefore: string[];
  clockWords: Record<string, string>;
  partsOfPeriod: string[];
  sets: Record<string, string>;
  setQuantifiers: string[];
  frequencies: Record<string, number>;
  periods: Record<string, string>;
  holidays: Record<string, string>;
  holidayNotBefore?: string[];
  tense: { future: string[]; past: string[]; present: string[]; infinitiveMarkers: string[]; forwardBefore?: string[]; movedVerbs?: string[]; movedPrepositions?: string[]; movedVerbGap?: number; pastPerfect?: string[]; backwardBefore?: string[]; boundBefore?: string[]; passiveAuxiliaries?: string[]; beForms?: string[]; planVerbs?: string[]; presentParticipleEnding?: string; clauseBreaks?: string[] };
}

export interface Rule {
  name: string;
  norm: string;
  /** global, case-insensitive, with word boundaries */
  re: RegExp;
  /** a cheap test that a text must pass before `re` is run; rules with the same test share it
   * (one object), so a text is tested once for all of them */
  needs: RegExp | null;
  /** the index of `needs` among the distinct tests (-1 without one) */
  needsId: number;
  /** the tables the pattern uses twice ({weekday#2} is group weekday2): their first names */
  seconds: string[];
  /** whether the pattern has a spokenyear group (a year said in words) */
  spoken: boolean;
}

export interface KnownEvent { id: string; name: string; dates: string[]; re: RegExp }

export interface TimesResources {
  lex: Lexicon;
  rules: Rule[];
  /** one fast regex: a sentence where it does not match holds no time expression */
  trigger: RegExp;
  events: KnownEvent[];
  /** signal words before an event ("after") -> TimeML mod, and the regex matching any of them + an event */
  signals: Record<string, string>;
  eventRe: RegExp | null;
  /** any weekday name: masked out of the text chrono-node sees (it drops "10 p.m. Wednesday" whole) */
  weekdayRe: RegExp;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation of table entries, longest first; a space matches any run of white space. */
export function alternation(keys: string[]): string {
  return [...new Set(keys)].sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((k) => escapeRe(k).replace(/ +/g, '\\s+')).join('|');
}

function readYaml<T>(...parts: string[]): T {
  return parse(readFileSync(join(resourcesDir('en'), ...parts), 'utf8')) as T;
}

/** Expand {table}, {table#2} and {~table} placeholders in a pattern. */
export function expandPattern(pattern: string, tables: Record<string, string>, macros: Record<string, string>, depth = 0): string {
  if (depth > 8) throw new Error(`times rules: macro recursion too deep in ${pattern}`);
  return pattern.replace(/\{(~?)([A-Za-z]+)(?:#(\d))?\}/g, (_all, bare: string, name: string, n: string | undefined) => {
    let body: string;
    if (name in macros) body = expandPattern(macros[name]!, tables, macros, depth + 1);
    else if (name in tables) body = tables[name]!;
    else throw new Error(`times rules: unknown table or macro {${name}}`);
    return bare ? `(?:${body})` : `(?<${name}${n ?? ''}>${body})`;
  });
}

let cached: TimesResources | null = null;

export function loadTimesResources(): TimesResources {
  if (cached) return cached;
  const lex = readYaml<Lexicon>('times', 'lexicon.yaml');
  const spec = readYaml<{ macros: Record<string, string>; digitTriggers: string[]; rules: { name: string; pattern: string; norm: string; needs?: string }[] }>('times', 'rules.yaml');
  const unitKeys = Object.keys(lex.units);
  const tables: Record<string, string> = {};
  for (const [k, v] of Object.entries(lex)) {
    if (Array.isArray(v)) tables[k] = alternation(v as string[]);
    else if (v && typeof v === 'object' && k !== 'tense') tables[k] = alternation(Object.keys(v));
  }
  tables.units = alternation(unitKeys);
  tables.weekday = tables.weekdays!;
  // one RegExp and one id per distinct `needs` source, shared by the rules that name it
  const needsOf = new Map<string, { re: RegExp; id: number }>();
  const rules: Rule[] = spec.rules.map((r) => {
    const body = expandPattern(r.pattern, tables, spec.macros);
    try {
      const src = r.needs ? expandPattern(r.needs, tables, spec.macros).replace(/\(\?<\w+>/g, '(?:') : null;
      let shared = src === null ? null : needsOf.get(src) ?? null;
      if (src !== null && !shared) needsOf.set(src, shared = { re: new RegExp(src, 'i'), id: needsOf.size });
      const re = new RegExp(`(?<![\\w'’])(?:${body})(?![\\w])(?!['’](?!s\\b)\\w)`, 'gi');
      const seconds = [...body.matchAll(/\(\?<(\w+)2>/g)].map((m) => m[1]!);
      return { name: r.name, norm: r.norm, needs: shared?.re ?? null, needsId: shared?.id ?? -1, re, seconds, spoken: body.includes('(?<spokenyear>') };
    } catch (err) {
      throw new Error(`times rule ${r.name}: ${(err as Error).message}`);
    }
  });
  // the trigger: every word any rule can start with, plus the digit forms of rules.yaml
  const triggerWords = [
    ...Object.keys(lex.months), ...Object.keys(lex.weekdays), ...Object.keys(lex.seasons), ...Object.keys(lex.partsOfDay),
    ...Object.keys(lex.units), ...Object.keys(lex.unitPlurals), ...Object.keys(lex.decadeWords), ...Object.keys(lex.references),
    ...Object.keys(lex.dayWords), ...Object.keys(lex.sets), ...Object.keys(lex.holidays), ...Object.keys(lex.periods),
    ...Object.keys(lex.frequencies), ...Object.keys(lex.clockWords), 'tonight', 'century', 'centuries', 'decade', 'fiscal', 'fy',
    'eighteen', 'nineteen', // years in words: "nineteen ninety-six" ("the year two thousand", "May twenty ten" have their own triggers)
  ].map((w) => w.split(' ').pop()!);
  const trigger = new RegExp(`${spec.digitTriggers.map((p) => `(?:${p})|`).join('')}\\b(?:${alternation(triggerWords)})(?:s|es|'s)?\\b`, 'i');

  const ev = readYaml<{ signals: Record<string, string>; events: { id: string; name: string; dates: string[]; aliases: string[] }[] }>('known-events.yaml');
  const events: KnownEvent[] = ev.events.map((e) => ({
    id: e.id, name: e.name, dates: e.dates.map(String),
    re: new RegExp(`^(?:${e.aliases.map((a) => a.replace(/ +/g, '\\s+')).join('|')})$`, 'iu'),
  }));
  const allAliases = ev.events.flatMap((e) => e.aliases.map((a) => `(?:${a.replace(/ +/g, '\\s+')})`)).join('|');
  const eventRe = events.length
    ? new RegExp(`(?<![\\w])(?<signal>${alternation(Object.keys(ev.signals))})\\s+(?<event>${allAliases})(?![\\w])`, 'gi')
    : null;
  const weekdayRe = new RegExp(`\\b(?:${tables.weekdays})\\b`, 'gi');
  cached = { lex, rules, trigger, events, signals: ev.signals, eventRe, weekdayRe };
  return cached;
}
