/** An actor's page: names, roles (with evidence), mentions over time, quotes, events and stances. */
import { api } from '../api';
import { href, useLoad, type Route } from '../router';
import { Badge, Certainty, Evidence, SpeakerBadges, Status, eventDay } from '../ui';

function MentionsChart({ days }: { days: { day: string; documents: number; mentions: number }[] }) {
  if (!days.length) return null;
  const max = Math.max(...days.map((d) => d.mentions), 1);
  const w = Math.max(240, days.length * 18);
  return <figure class="chart">
    <svg viewBox={`0 0 ${w} 80`} width={w} height={80} role="img" aria-label={`Mentions by day, ${days.length} days`}>
      {days.map((d, i) => {
        const h = Math.max(2, (d.mentions / max) * 64);
        return <rect key={d.day} x={i * 18 + 2} y={70 - h} width={14} height={h} class="bar"><title>{`${d.day}: ${d.mentions} mentions in ${d.documents} documents`}</title></rect>;
      })}
    </svg>
    <figcaption class="muted">{days[0]!.day} – {days[days.length - 1]!.day}: mentions per day</figcaption>
  </figure>;
}

export function ActorPage({ route }: { route: Route }) {
  const name = route.parts[1] ?? '';
  const { data, error, loading } = useLoad(`actor:${name}`, () => api.actor(name));
  if (!data) return <Status loading={loading} error={error} />;
  const stances = [...data.stances].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  return <section aria-labelledby="actor-title" class="actor">
    <h1 id="actor-title">{data.name}</h1>
    <p class="meta">{data.types.map((t) => <Badge key={t} kind="kind">{t}</Badge>)}{data.countries.length > 0 && <span>{data.countries.join(', ')}</span>}{data.kbId && <span class="muted">{data.kbId}</span>}<span>{data.documents} documents</span></p>
    {data.aliases.length > 0 && <p>Also written: {data.aliases.join(', ')}</p>}
    <p><a href={href(['timeline'], { actor: data.name })}>Timeline of this actor's events</a> · <a href={href([], { entity: data.name })}>Articles mentioning {data.name}</a></p>
    <div class="grid2">
      <section class="panel"><h2>Roles</h2>
        {data.roles.length ? <ul class="plain">{data.roles.map((r) => <li key={r.title}>{r.title}{r.country ? ` (${r.country})` : ''} <span class="muted">from {r.from}</span>{r.evidence && <> · <a href={href(['doc', r.doc])}>evidence</a></>}</li>)}</ul> : <p class="muted">No role found.</p>}
      </section>
      <section class="panel"><h2>Mentions over time</h2><MentionsChart days={data.mentionsOverTime} /></section>
    </div>
    <section class="panel"><h2>Quotes <span class="count">{data.quotes.length}</span></h2>
      <ul class="plain">{data.quotes.map((r) => <li key={`${r.doc}:${r.item.id}`}>
        <time>{r.published ?? ''}</time> <SpeakerBadges q={r.item} /> <a href={href(['doc', r.doc], { sel: `quote:${r.item.id}` })}><q>{r.item.content.text}</q></a>
      </li>)}</ul>
    </section>
    <section class="panel"><h2>Events <span class="count">{data.events.length}</span></h2>
      <ul class="plain">{[...data.events].sort((a, b) => eventDay(a.item.time.value, a.published).localeCompare(eventDay(b.item.time.value, b.published))).map((r) => <li key={`${r.doc}:${r.item.id}`}>
        <time>{eventDay(r.item.time.value, r.published)}</time> <Badge kind="type">{r.item.type}</Badge> <Certainty certainty={r.item.modality.certainty} /> <a href={href(['doc', r.doc], { sel: `event:${r.item.id}` })}>{r.item.source?.text ?? '—'} → {r.item.target?.text ?? '—'}</a>
        <div class="tl-evidence"><Evidence evidence={r.item.evidence} start={r.item.trigger.start} end={r.item.trigger.end} /></div>
      </li>)}</ul>
    </section>
    <section class="panel"><h2>Stances over time <span class="count">{stances.length}</span></h2>
      {stances.length ? <ul class="plain">{stances.map((r) => <li key={`${r.doc}:${r.item.id}`}>
        <time>{r.published ?? ''}</time> <Badge kind={r.item.position}>{r.item.position}</Badge> {r.item.proposition.label} <Certainty certainty={r.item.modality.certainty} /> <a href={href(['doc', r.doc])}>evidence</a>
      </li>)}</ul> : <p class="muted">No stance recorded.</p>}
    </section>
  </section>;
}
