/**
 * Events task: PLOVER gold-standard records (plover_gsr/PLOVER_GSR_dev.json), one sentence each
 * with its gold event type, source and target actors (codes) and event-phrase markup (EVT).
 *
 * Each sentence runs through the whole pipeline (DCT 2000-01-01, as the records say). Scored:
 *  - detection recall: records where some event's phrase overlaps a gold EVT phrase;
 *  - detection precision: events whose phrase overlaps a gold EVT phrase / all events emitted;
 *  - typed precision: the same, counting only events of the gold type;
 *  - event-type accuracy: on detected records, the type of the first event at a gold EVT phrase;
 *  - actor accuracy: on detected records, that event's source (target) country code — ISO
 *    alpha-3, or IGO for an organization code — is among the gold source (target) codes.
 *
 * Older type names map to PLOVER 2.0 (DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE,
 * FIGHT→ASSAULT). The records follow the PLOVER 0.x convention of coding an expressed intent to
 * act as AGREE (or THREATEN for hostile acts) and a refusal as REJECT; sitrep codes the action
 * itself with its modality, so `gsrType` projects a sitrep event to that convention before
 * comparing (future/proposed/conditional cooperation → AGREE; future/hypothetical hostile act → THREATEN;
 * negated cooperation → REJECT). The unprojected accuracy is reported too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyDocument, type Event, type Meta } from '../src/document.js';
import { annotate } from '../src/pipeline.js';
import type { EvalTask, MetricRow } from './types.js';

const OLD_TYPES: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };
const COOPERATIVE = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT']);
const HOSTILE = new Set(['SANCTION', 'COERCE', 'ASSAULT', 'PROTEST', 'MOBILIZE']);

interface GoldActor { actorText?: string; code?: string; sector?: string }
interface GoldRecord { id: string; event: string; text: string; source?: GoldActor[] | string; target?: GoldActor[] | string; textInfo?: { markup?: string } }

/** A sitrep event's type in the PLOVER 0.x gold-record convention. */
export function gsrType(e: Pick<Event, 'type' | 'modality'>): string {
  const { polarity, certainty } = e.modality;
  if (polarity === 'negative' && COOPERATIVE.has(e.type)) return 'REJECT';
  if ((certainty === 'future' || certainty === 'proposed' || certainty === 'hypothetical') && COOPERATIVE.has(e.type)) return 'AGREE';
  if ((certainty === 'future' || certainty === 'hypothetical') && HOSTILE.has(e.type)) return 'THREATEN';
  return e.type;
}

export function goldType(t: string): string {
  return OLD_TYPES[t] ?? t;
}

/** Character ranges of the gold EVT phrases in the plain text. */
export function evtRanges(rec: GoldRecord): [number, number][] {
  const out: [number, number][] = [];
  const lower = rec.text.toLowerCase();
  for (const m of (rec.textInfo?.markup ?? '').matchAll(/\(EVT:\s*([^()]*?)\s*\)/g)) {
    const phrase = m[1]!.toLowerCase().trim();
    if (!phrase) continue;
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) out.push([at, at + phrase.length]);
  }
  return out;
}

function codes(list: GoldRecord['source']): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((a) => (a.code ?? '').toUpperCase().slice(0, 3)).filter(Boolean);
}

export function actorCode(a: Event['source']): string | null {
  if (!a) return null;
  if (a.code?.startsWith('IGO')) return 'IGO';
  return a.country ?? (a.code ? a.code.slice(0, 3) : null);
}

const META: Meta = { id: '0000000000000000', textHash: '0000000000000000', source: null, path: null, record: null, url: null, title: null, published: '2000-01-01', publishedFrom: 'record', language: 'en', languageDetected: null, format: 'text', encoding: null, warnings: [] };

export function scoreRecords(records: GoldRecord[], run: (text: string) => Event[]): Record<string, number> {
  let detected = 0, emitted = 0, atGold = 0, typedAtGold = 0, typeOk = 0, rawTypeOk = 0;
  let srcSlots = 0, srcOk = 0, tgtSlots = 0, tgtOk = 0;
  for (const rec of records) {
    const events = run(rec.text);
    const ranges = evtRanges(rec);
    const gold = goldType(rec.event);
    const at = (e: Event) => ranges.some(([a, b]) => e.trigger.start < b && a < e.trigger.end);
    emitted += events.length;
    const hits = events.filter(at);
    atGold += hits.length;
    typedAtGold += hits.filter((e) => gsrType(e) === gold).length;
    if (!hits.length) continue;
    detected++;
    const e = hits[0]!;
    if (gsrType(e) === gold) typeOk++;
    if (e.type === gold) rawTypeOk++;
    const gs = codes(rec.source), gt = codes(rec.target);
    if (gs.length) { srcSlots++; const c = actorCode(e.source); if (c && gs.includes(c)) srcOk++; }
    if (gt.length) { tgtSlots++; const c = actorCode(e.target); if (c && gt.includes(c)) tgtOk++; }
  }
  const div = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    records: records.length,
    recall: div(detected, records.length),
    precision: div(atGold, emitted),
    typedPrecision: div(typedAtGold, emitted),
    typeAccuracy: div(typeOk, detected),
    rawTypeAccuracy: div(rawTypeOk, detected),
    sourceAccuracy: div(srcOk, srcSlots),
    targetAccuracy: div(tgtOk, tgtSlots),
    actorAccuracy: div(srcOk + tgtOk, srcSlots + tgtSlots),
  };
}

export const eventsTask: EvalTask = {
  name: 'events',
  datasets: ['plover_gsr'],
  async run(root) {
    const records = JSON.parse(readFileSync(join(root, 'plover_gsr', 'PLOVER_GSR_dev.json'), 'utf8')) as GoldRecord[];
    const m = scoreRecords(records, (text) => annotate(emptyDocument(META, text)).events);
    const ds = 'plover_gsr/dev';
    const row = (metric: string, value: number, floor?: number): MetricRow => ({ task: 'events', dataset: ds, metric, value, ...(floor === undefined ? {} : { floor }) });
    return [
      row('records', m.records!),
      row('detection P', m.precision!, FLOORS.precision),
      row('detection R', m.recall!, FLOORS.recall),
      row('typed P (type right)', m.typedPrecision!),
      row('event-type accuracy', m.typeAccuracy!, FLOORS.typeAccuracy),
      row('event-type accuracy (unprojected)', m.rawTypeAccuracy!),
      row('source actor accuracy', m.sourceAccuracy!),
      row('target actor accuracy', m.targetAccuracy!),
      row('actor accuracy', m.actorAccuracy!, FLOORS.actorAccuracy),
    ];
  },
};

/** Regression floors, a little under the measured dev numbers. */
const FLOORS = { precision: 0.85, recall: 0.885, typeAccuracy: 0.858, actorAccuracy: 0.817 };
