/** The timeline: events across the stored articles, ordered by their normalized dates (the event's time, not the publication date), filterable by actor and type. */
import { api, type Event, type Row } from '../api';
import { href, useLoad, type Route } from '../router';
import { Badge, Certainty, Evidence, Status, eventDay } from '../ui';

export const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

export function groupByDay(rows: Row<Event>[]): [string, Row<Event>[]][] {
  const days = new Map<string, Row<Event>[]>();
  for (const r of rows) {
    const d = eventDay(r.item.time.value, r.published);
    days.set(d, [...(days.get(d) ?? []), r]);
  }
  return [...days].sort((a, b) => a[0].localeCompare(b[0]));
}

export function TimelinePage({ route }: { route: Route }) {
  const actor = route.params.get('actor') ?? '';
  const type = route.params.get('type') ?? '';
  const { data, error, loading } = useLoad(`tl:${actor}:${type}`, () => api.events({ actor: actor || undefined, type: type || undefined, limit: 500 }));
  const onSubmit = (ev: globalThis.Event) => {
    ev.preventDefault();
    const f = new FormData(ev.target as HTMLFormElement);
    location.hash = href(['timeline'], { actor: String(f.get('actor') ?? '').trim() || undefined, type: String(f.get('type') ?? '') || undefined });
  };
  const days = data ? groupByDay(data.items) : [];
  return <section aria-labelledby="tl-title">
    <h1 id="tl-title">Timeline of events</h1>
    <form class="filters" onSubmit={onSubmit}>
      <label for="tl-actor">Actor</label><input id="tl-actor" name="actor" value={actor} placeholder="e.g. France" />
      <label for="tl-type">Type</label>
      <select id="tl-type" name="type" value={type}><option value="">all</option>{PLOVER.map((t) => <option key={t} value={t}>{t}</option>)}</select>
      <button type="submit">Filter</button>
    </form>
    <p class="muted">Dated by the event's own time as the text gives it; where the text gives none, the publication date stands in (marked “dateline”).</p>
    <Status loading={loading} error={error} empty={data?.items.length === 0 && 'No events.'} />
    <ol class="timeline">
      {days.map(([day, rows]) => <li key={day} class="tl-day" data-day={day}>
        <h2><time>{day}</time> <span class="count">{rows.length}</span></h2>
        <ul class="plain">
          {rows.map((r) => <li key={`${r.doc}:${r.item.id}`} class="tl-event">
            <Badge kind="type">{r.item.type}</Badge> <Certainty certainty={r.item.modality.certainty} polarity={r.item.modality.polarity} />
            {r.item.time.fromDct && <Badge kind="kind" title="no time in the text: the publication date stands in">dateline</Badge>}
            {' '}<a href={href(['doc', r.doc], { sel: `event:${r.item.id}` })}>{r.item.source?.text ?? '—'} → {r.item.target?.text ?? '—'}</a>
            <div class="tl-evidence"><Evidence evidence={r.item.evidence} start={r.item.trigger.start} end={r.item.trigger.end} /></div>
          </li>)}
        </ul>
      </li>)}
    </ol>
  </section>;
}
