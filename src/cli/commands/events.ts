/**
 * `sitrep events <inputs...> [--format csv|jsonl|plover]`: the coded events of each article.
 *  - csv: a GDELT-like table, one event a row (columns in EVENT_COLUMNS);
 *  - jsonl: one sitrep event a line, with the article's path/url added;
 *  - plover: PLOVER JSON records (id, date, source/target actors with code and sector, event,
 *    mode, context, text, plus sitrep's modality), as one JSON array.
 */
import { Command, Option } from 'commander';
import type { Actor, Document, Event } from '../../document.js';
import { extractInputs } from '../../ingest/ingest.js';
import { reportError } from '../util.js';

export const EVENT_COLUMNS = [
  'date', 'date_from_dct', 'source_actor', 'source_code', 'source_country', 'source_sector',
  'event_type', 'event_mode', 'event_context', 'cameo', 'trigger',
  'target_actor', 'target_code', 'target_country', 'target_sector',
  'place', 'place_lat', 'place_lon', 'place_country',
  'polarity', 'certainty', 'secrecy', 'reported_by',
  'source_url', 'source_path', 'article_id', 'event_id', 'evidence',
] as const;

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function reporter(doc: Document, e: Event): string {
  const q = e.reportedBy ? doc.quotes.find((x) => x.id === e.reportedBy) : undefined;
  return q ? (q.speaker.span?.text ?? q.speaker.kind) : '';
}

/** One CSV row of an event (values in EVENT_COLUMNS order). */
export function eventRow(doc: Document, e: Event): string[] {
  const place = e.place ? doc.places.find((p) => p.id === e.place) : undefined;
  const a = (x: Actor | null) => [x?.text ?? '', x?.code ?? '', x?.country ?? '', x?.sector ?? ''];
  return [
    e.time.value ?? '', String(e.time.fromDct), ...a(e.source),
    e.type, e.mode ?? '', e.context.join(';'), e.cameo ?? '', e.trigger.text,
    ...a(e.target),
    place?.name ?? place?.text ?? '', place?.lat?.toString() ?? '', place?.lon?.toString() ?? '', place?.country ?? '',
    e.modality.polarity, e.modality.certainty, String(e.modality.secrecy), reporter(doc, e),
    doc.meta.url ?? '', doc.meta.path ?? '', doc.meta.id, e.id, e.evidence.text.replace(/\s+/g, ' '),
  ].map(csvCell);
}

/** A PLOVER JSON record for an event. */
export function ploverRecord(doc: Document, e: Event): Record<string, unknown> {
  const actor = (x: Actor | null) => (x ? [{ actorText: x.text, code: x.code ?? x.country ?? '', ...(x.sector ? { sector: x.sector } : {}) }] : []);
  const place = e.place ? doc.places.find((p) => p.id === e.place) : undefined;
  return {
    id: `${doc.meta.id}-${e.id}`,
    date: e.time.value ?? doc.meta.published ?? '',
    source: actor(e.source),
    target: actor(e.target),
    event: e.type,
    mode: e.mode ?? '',
    context: e.context.join(', '),
    ...(e.cameo ? { cameo: e.cameo } : {}),
    eventText: e.trigger.text,
    ...(place ? { eventLoc: { placeName: place.name ?? place.text, lat: place.lat, lon: place.lon, country: place.country } } : {}),
    text: e.evidence.text,
    modality: { polarity: e.modality.polarity, certainty: e.modality.certainty, secrecy: e.modality.secrecy, reportedBy: reporter(doc, e) || null },
    language: doc.meta.language,
    ...(doc.meta.url ? { url: doc.meta.url } : {}),
    ...(doc.meta.path ? { path: doc.meta.path } : {}),
    coder: 'sitrep',
  };
}

export function register(program: Command): void {
  program.command('events')
    .description('code the political events of articles (PLOVER), as CSV (GDELT-like columns), JSONL or PLOVER JSON')
    .argument('<inputs...>', 'files, folders, http(s) URLs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'jsonl', 'plover']).default('csv'))
    .option('-d, --date <YYYY-MM-DD>', 'publication date for articles that give none')
    .action(async (inputs: string[], opts: { format: 'csv' | 'jsonl' | 'plover'; date?: string }) => {
      let ok = 0;
      const records: Record<string, unknown>[] = [];
      if (opts.format === 'csv') process.stdout.write(`${EVENT_COLUMNS.join(',')}\n`);
      for await (const r of extractInputs(inputs, { date: opts.date })) {
        if (!r.ok) { reportError(r.error); continue; }
        ok++;
        const doc = r.doc;
        for (const e of doc.events) {
          if (opts.format === 'csv') process.stdout.write(`${eventRow(doc, e).join(',')}\n`);
          else if (opts.format === 'jsonl') process.stdout.write(`${JSON.stringify({ article: doc.meta.id, path: doc.meta.path, url: doc.meta.url, ...e })}\n`);
          else records.push(ploverRecord(doc, e));
        }
      }
      if (opts.format === 'plover') process.stdout.write(`${JSON.stringify(records, null, 1)}\n`);
      if (ok === 0) { process.exitCode = 1; console.error('sitrep: no articles found in the inputs'); }
    });
}
