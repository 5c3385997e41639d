/**
 * Stories: the list (#/stories: title, dates, documents, independent sources, key actors), one
 * story (#/story/<id>: its documents, its timeline of merged events by date of occurrence with
 * certainty and sourcing marks, and each actor's stances over time with changes marked), and the
 * "part of story" line of the article view. Titles and text are untrusted: text nodes only.
 */
import { api, type StorySummary, type TimelineEntry } from '../api';
import { href, useLoad, type Route } from '../router';
import { Badge, Certainty, Status, titleOf } from '../ui';

const PAGE = 50;

function Dates({ first, last }: { first: string | null; last: string | null }) {
  if (!first && !last) return <span class="muted">undated</span>;
  return <>{first && <time>{first}</time>}{last && last !== first && <> – <time>{last}</time></>}</>;
}

function SourcesBadge({ sources, reports }: { sources: number; reports?: number }) {
  return sources <= 1
    ? <Badge kind="single" title="reported by one independent source only">single source</Badge>
    : <Badge kind="sources" title={`${sources} independent sources${reports !== undefined ? `, ${reports} report(s)` : ''}`}>{sources} sources</Badge>;
}

export function StoriesPage({ route }: { route: Route }) {
  const offset = Math.max(0, parseInt(route.params.get('offset') ?? '0', 10) || 0);
  const { data, error, loading } = useLoad(`stories:${offset}`, () => api.stories({ limit: PAGE, offset }));
  return <section aria-labelledby="stories-title">
    <h1 id="stories-title">Stories</h1>
    <p class="muted">Articles grouped into developing stories as they arrive; copies of one article count as one independent source.</p>
    <Status loading={loading} error={error} empty={data?.items.length === 0 && 'No stories yet: ingest some articles.'} />
    {data && data.items.length > 0 && <ol class="story-list plain" start={offset + 1}>
      {data.items.map((s) => <li key={s.id} class="story-row" data-story={s.id}>
        <h2><a href={href(['story', s.id])}>{s.title || '(untitled)'}</a></h2>
        <p class="meta">
          <Dates first={s.first} last={s.last} />
          <span>{s.documents.length} document{s.documents.length === 1 ? '' : 's'}</span>
          <span>{s.sources} independent source{s.sources === 1 ? '' : 's'}</span>
          <span>{s.events} event{s.events === 1 ? '' : 's'}</span>
        </p>
        {s.keyActors.length > 0 && <p class="chips" aria-label="Key actors">{s.keyActors.map((a) => <a key={a} class="chip" href={href(['actor', a])}>{a}</a>)}</p>}
      </li>)}
    </ol>}
    {data && data.total > PAGE && <nav class="pager" aria-label="Story pages">
      {offset > 0 && <a href={href(['stories'], { offset: Math.max(0, offset - PAGE) || undefined })}>Previous</a>}
      <span>{offset + 1}–{Math.min(offset + PAGE, data.total)} of {data.total}</span>
      {offset + PAGE < data.total && <a href={href(['stories'], { offset: offset + PAGE })}>Next</a>}
    </nav>}
  </section>;
}

/** The sentence with the trigger in bold, as text nodes. */
function Sentence({ sentence, trigger }: { sentence: string; trigger: string }) {
  const at = trigger ? sentence.indexOf(trigger) : -1;
  if (at < 0) return <q class="evidence">{sentence}</q>;
  return <q class="evidence">{sentence.slice(0, at)}<strong>{trigger}</strong>{sentence.slice(at + trigger.length)}</q>;
}

function EventItem({ e }: { e: TimelineEntry }) {
  const shown = e.evidence.slice(0, 3);
  return <li class="story-event" data-date={e.date ?? ''}>
    <h3>{e.date && <time>{e.date}</time>} {e.label}</h3>
    <p class="marks">
      {e.type && <Badge kind="type">{e.type}</Badge>}
      <Certainty certainty={e.certainty} />
      <SourcesBadge sources={e.sources} reports={e.reports} />
      {e.actors.length > 0 && <span class="muted">{e.actors.join(', ')}</span>}
    </p>
    <ul class="plain evidence-list">
      {shown.map((ev) => <li key={`${ev.doc}:${ev.start}`} class={ev.certainty !== 'asserted' ? 'hedged-row' : undefined}>
        <Sentence sentence={ev.sentence} trigger={ev.trigger} />{' '}
        <Certainty certainty={ev.certainty} polarity={ev.polarity} />
        {ev.copy && <Badge kind="kind" title="a copy of another article: not an independent source">copy</Badge>}
        <a href={href(['doc', ev.doc])}>{titleOf(ev.title, ev.where ?? ev.doc)}</a>{ev.published && <> · <time>{ev.published}</time></>}
      </li>)}
      {e.evidence.length > shown.length && <li class="muted">and {e.evidence.length - shown.length} more report(s)</li>}
    </ul>
  </li>;
}

export function StoryPage({ route }: { route: Route }) {
  const id = route.parts[1] ?? '';
  const { data, error, loading } = useLoad(`story:${id}`, () => Promise.all([api.storyTimeline(id), api.story(id)]));
  if (!data) return <Status loading={loading} error={error} />;
  const [t, s] = data;
  const csv = `/api/stories/${encodeURIComponent(t.story)}/timeline?format=csv`;
  return <div class="story-page">
    <header class="article-head">
      <h1 id="story-title">{t.title || '(untitled story)'}</h1>
      <p class="meta">
        <Dates first={t.first} last={t.last} />
        <span>{t.documents} document{t.documents === 1 ? '' : 's'}</span>
        <span>{t.sources} independent source{t.sources === 1 ? '' : 's'}</span>
        <span class="muted">story {t.story}</span>
        <a href={csv} download>CSV</a>
        <a href={`/api/stories/${encodeURIComponent(t.story)}/timeline?format=md`}>Markdown</a>
        <a href={`/api/stories/${encodeURIComponent(t.story)}/timeline`}>JSON</a>
      </p>
      {t.keyActors.length > 0 && <p class="chips" aria-label="Key actors">{t.keyActors.map((a) => <a key={a.id} class="chip" href={href(['actor', a.name])}>{a.name} <span class="muted">{a.type}</span></a>)}</p>}
    </header>
    <div class="article-layout">
      <section aria-labelledby="story-tl-title">
        <h2 id="story-tl-title">Timeline <span class="count">{t.events.length}</span></h2>
        <p class="muted">Events in order of when they happened (not when they were published); each merges the reports of one real-world event.</p>
        {t.events.length === 0 && <p class="status">No dated events.</p>}
        <ol class="story-timeline plain">{t.events.map((e) => <EventItem key={e.event} e={e} />)}</ol>
        {t.undated.length > 0 && <>
          <h2>Undated events <span class="count">{t.undated.length}</span></h2>
          <ul class="story-timeline plain">{t.undated.map((e) => <EventItem key={e.event} e={e} />)}</ul>
        </>}
      </section>
      <aside class="side" aria-label="Stances and documents">
        <section class="panel">
          <h2>Stances over time <span class="count">{t.stances.length}</span></h2>
          {t.stances.length === 0 && <p class="muted">No stances recorded.</p>}
          <ul class="plain">
            {t.stances.map((l) => <li key={`${l.actor}|${l.proposition}`} class="stance-line">
              <a href={href(['actor', l.actor])}>{l.actor}</a> on <em>{l.label}</em>
              <ol class="positions">
                {l.positions.map((p, i) => <li key={i} class={p.changed ? 'changed' : undefined} title={p.evidence}>
                  <Badge kind={p.position.replace(/[^a-z-]/gi, '-').toLowerCase()}>{p.position}</Badge>
                  {p.changed && <Badge kind="changed" title="a different position from the one before">changed</Badge>}
                  {' '}<time>{p.date ?? '?'}</time> <a href={href(['doc', p.doc])}>source</a>
                </li>)}
              </ol>
            </li>)}
          </ul>
        </section>
        <StoryDocuments s={s} />
      </aside>
    </div>
  </div>;
}

function StoryDocuments({ s }: { s: StorySummary }) {
  return <section class="panel">
    <h2>Documents <span class="count">{s.documents.length}</span></h2>
    <ul class="plain story-docs">
      {s.documents.map((d) => <li key={d.id}>
        <a href={href(['doc', d.id])}>{titleOf(d.title, d.where ?? d.id)}</a>
        {d.copyOf && <> <Badge kind="kind" title={`a copy of ${d.copyOf}`}>copy</Badge></>}
        <div class="muted">{d.published ? <time>{d.published}</time> : 'undated'}</div>
      </li>)}
    </ul>
  </section>;
}

/** "Part of story …" for the article view; nothing when the document is in no story (yet). */
export function StoryLink({ docId }: { docId: string }) {
  const { data } = useLoad(`storyof:${docId}`, () => api.storyOf(docId).catch(() => null));
  if (!data) return null;
  return <p class="story-link">Part of story <a href={href(['story', data.id])}>{data.title || data.id}</a>
    <span class="muted"> · {data.documents.length} document{data.documents.length === 1 ? '' : 's'}, {data.sources} independent source{data.sources === 1 ? '' : 's'}</span></p>;
}
