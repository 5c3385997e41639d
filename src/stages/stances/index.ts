/**
 * Stances stage: who stands where on the questions of the day.
 *
 * Propositions and their wordings are data (resources/en/stances/propositions.tsv), as are the
 * position cues (positions.tsv). In each clause (the events stage's clause chunker):
 *  1. find a proposition wording (longest match, by base form); its country — the phrase after
 *     "to"/"for"/"against"/"on"/"with" or the object right after it — completes the key
 *     ('send-troops:UKR');
 *  2. find the nearest position cue before it in the clause ("not finally rejected" → open);
 *     no cue, no stance;
 *  3. the actor, in the same clause: the by-phrase of a passive cue ("was not finally rejected by
 *     the EU countries"); else a possessor of the cue ("America's refusal to"); else the subject
 *     before the cue (pronouns resolved as for events); else, for an existential cue ("there are
 *     no official permits for sending EU troops"), the owner named inside the proposition (EU).
 * Modality comes from the cue words of the clause (resources/en/events/modality.tsv), and the
 * reporting quote is the one whose content holds the proposition.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, Document, Stance } from '../../document.js';
import { spanOf } from '../../document.js';
import { resourcesDir } from '../../util/datasets.js';
import type { Stage } from '../types.js';
import { baseForms, loadLexicon, matchWords, type MTok } from '../events/lexicon.js';
import { codeActor, makeActorContext } from '../events/actors.js';
import { actorsAfter, analyzeSentence, finalActor, isPassive, subjectBefore, type ClauseAnalysis, type SentenceCtx } from '../events/index.js';
import { findCues, modalityFrom } from '../events/modality.js';

type Position = Stance['position'];
interface Wording { key: string; label: string; words: string[] }
interface PositionCue { words: string[]; position: Position }

let tables: { wordings: Map<string, Wording[]>; cues: Map<string, PositionCue[]> } | null = null;

function rows(file: string): string[][] {
  return readFileSync(join(resourcesDir('en'), file), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t').map((c) => c.trim()));
}

function index<T extends { words: string[] }>(items: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const list = m.get(it.words[0]!) ?? [];
    list.push(it);
    list.sort((a, b) => b.words.length - a.words.length);
    m.set(it.words[0]!, list);
  }
  return m;
}

function load(): NonNullable<typeof tables> {
  if (tables) return tables;
  const wordings = rows('stances/propositions.tsv').filter((r) => r.length >= 3)
    .map(([key, label, w]) => ({ key: key!, label: label!, words: w!.toLowerCase().split(/\s+/) }));
  const cues = rows('stances/positions.tsv').filter((r) => r.length >= 2)
    .map(([w, position]) => ({ words: w!.toLowerCase().split(/\s+/), position: position as Position }));
  tables = { wordings: index(wordings), cues: index(cues) };
  return tables;
}

/** Longest entry of `map` matching at each position of seq[from..to]; non-overlapping. */
function matchAll<T extends { words: string[] }>(seq: MTok[], map: Map<string, T[]>, from: number, to: number): { at: number; end: number; item: T }[] {
  const out: { at: number; end: number; item: T }[] = [];
  for (let i = from; i <= to && i < seq.length; i++) {
    let best: { at: number; end: number; item: T } | null = null;
    for (const base of baseForms(seq[i]!.lower)) {
      for (const item of map.get(base) ?? []) {
        const end = item.words.length === 1 ? i : matchWords(seq, i, item.words, Math.min(seq.length, to + 1));
        if (end >= 0 && (!best || end > best.end)) best = { at: i, end, item };
      }
    }
    if (best) { out.push(best); i = best.end; }
  }
  return out;
}

const OBJECT_PREP = new Set(['to', 'for', 'against', 'on', 'with', 'in']);

export function stances(doc: Readonly<Document>): Stance[] {
  const { wordings, cues } = load();
  loadLexicon();
  const actx = makeActorContext(doc);
  const text = doc.text;
  const out: Stance[] = [];
  const sctx: SentenceCtx = { doc, actx, sentence: 0, lastNamedOfficial: null };
  for (let si = 0; si < doc.sentences.length; si++) {
    sctx.sentence = si;
    const { clauses } = analyzeSentence(doc, si, actx);
    for (const ca of clauses) {
      const seq = ca.seq;
      for (const prop of matchAll(seq, wordings, 0, seq.length - 1)) {
        // the country the proposition is about
        let country: string | null = null;
        for (let i = prop.end + 1; i < seq.length && i <= prop.end + 4; i++) {
          if (OBJECT_PREP.has(seq[i]!.lower) || i === prop.end + 1) {
            const xs = actorsAfter(ca, OBJECT_PREP.has(seq[i]!.lower) ? i : prop.end, 3);
            const c = xs[0]?.country ?? null;
            if (c) { country = c; break; }
          }
        }
        const cueHits = matchAll(seq, cues, 0, prop.at - 1).filter((c) => c.end < prop.at);
        let cue = cueHits[cueHits.length - 1];
        // the proposition as the subject of a passive cue: "the option of sending troops ... was
        // not finally rejected by the EU countries"
        if (!cue) {
          const after = matchAll(seq, cues, prop.end + 1, seq.length - 1)[0];
          const v = after ? [...seq.keys()].slice(after.at, after.end + 1).reverse().find((k) => seq[k]!.pos === 'VERB') : undefined;
          if (after && v !== undefined && isPassive(seq, v)) cue = after;
        }
        if (!cue) continue;
        const actor = stanceActor(ca, cue, prop, sctx, clauses);
        if (!actor) continue;
        // the position cue's own words ("did not rule out") set the position, not the modality
        const hits = findCues(seq, 0, Math.max(prop.end, cue.end)).filter((h) => h.to < cue!.at || h.from > cue!.end);
        const start = seq[prop.at]!.start;
        const quote = actx.quotesIn(start, seq[prop.end]!.end).find((q) => q.content.start <= start && seq[prop.end]!.end <= q.content.end);
        const modality = modalityFrom(text, seq, hits, { reported: quote?.modality });
        const sent = doc.sentences[si]!;
        out.push({
          id: `st${out.length + 1}`,
          actor,
          proposition: { key: country ? `${prop.item.key}:${country}` : prop.item.key, label: country ? `${prop.item.label} ${countryLabel(country)}`.trim() : prop.item.label },
          position: cue.item.position,
          modality: { ...modality, cues: [spanOf(text, seq[cue.at]!.start, seq[cue.end]!.end), ...modality.cues] },
          reportedBy: quote?.id ?? null,
          sentence: si,
          evidence: spanOf(text, sent.start, sent.end),
        });
      }
      for (let k = ca.actors.length - 1; k >= 0; k--) {
        const a = ca.actors[k];
        if (a && a.named && a.sector === 'GOV' && !a.pronoun) { sctx.lastNamedOfficial = finalActor(a, ca, clauses, sctx); break; }
      }
    }
  }
  return out;
}

function countryLabel(iso3: string): string {
  return iso3;
}

function stanceActor(ca: ClauseAnalysis, cue: { at: number; end: number }, prop: { at: number; end: number }, sctx: SentenceCtx, all: ClauseAnalysis[]): Actor | null {
  const seq = ca.seq;
  // passive: "was not finally rejected by the EU countries"
  const verbAt = (() => { for (let i = cue.end; i >= cue.at; i--) if (seq[i]!.pos === 'VERB') return i; return -1; })();
  if (verbAt >= 0 && isPassive(seq, verbAt)) {
    const byAt = seq.findIndex((t, k) => k > verbAt && t.lower === 'by');
    if (byAt > 0) { const xs = actorsAfter(ca, byAt, 4); if (xs[0]) return finalActor(xs[0], ca, all, sctx); }
  }
  // possessor: "America's possible refusal to"
  if (seq[cue.at - 1]?.pos === 'ADJ' || seq[cue.at - 1]?.lower === "'s") {
    let k = cue.at - 1;
    while (k >= 0 && seq[k]!.pos === 'ADJ') k--;
    if (seq[k]?.lower === "'s") {
      let a = k - 1;
      while (a > 0 && (seq[a - 1]!.pos === 'PROPN' || seq[a - 1]!.pos === 'NOUN')) a--;
      const owner = codeActor(seq, a, k - 1, sctx.actx);
      if (owner) return finalActor(owner, ca, all, sctx);
    }
  }
  const subj = subjectBefore(ca, cue.at);
  if (subj[0]) { const a = finalActor(subj[0], ca, all, sctx); if (a) return a; }
  // existential: "there are no official permits for sending EU troops"
  const inner = codeActor(seq, prop.at + 1, prop.end, sctx.actx);
  if (inner && (inner.country || inner.code)) return finalActor(inner, ca, all, sctx);
  return null;
}

export const stancesStage: Stage = {
  name: 'stances',
  produces: ['stances'],
  needs: ['sentences', 'tokens', 'mentions', 'entities', 'places', 'quotes'],
  load: () => { load(); loadLexicon(); },
  run: (doc) => ({ stances: stances(doc) }),
};
