/** The search page: full text and filters in the URL, facets to narrow by, results with snippets; adding articles. */
import { useState } from 'preact/hooks';
import { api, token, type FacetCount, type Facets } from '../api';
import { href, useLoad, type Route } from '../router';
import { Status, titleOf } from '../ui';

const FILTERS = ['q', 'from', 'to', 'source', 'entity', 'eventType', 'country', 'language'] as const;
const PAGE = 20;

/** A snippet whose matched words come between [ and ], as text nodes and <mark>s. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]*\])/);
  return <p class="snippet">{parts.map((p, i) => (p.startsWith('[') && p.endsWith(']') ? <mark key={i}>{p.slice(1, -1)}</mark> : p))}</p>;
}

function FacetList({ title, name, items, current }: { title: string; name: string; items: FacetCount[]; current: Record<string, string> }) {
  if (!items.length) return null;
  return <section class="facet" aria-label={title}>
    <h3>{title}</h3>
    <ul class="plain">
      {items.map((f) => {
        const on = current[name] === f.value;
        return <li key={f.value}><a href={href([], { ...current, [name]: on ? undefined : f.value, offset: undefined })} aria-current={on ? 'true' : undefined} class={on ? 'facet-on' : undefined}>
          {f.value} <span class="count">{f.count}</span></a></li>;
      })}
    </ul>
  </section>;
}

function Ingest() {
  const health = useLoad('health', () => api.health());
  const [msg, setMsg] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const done = (r: { ids: string[]; inserted: number; duplicates: number; errors: string[] }) => {
    setMsg(`${r.inserted} new, ${r.duplicates} already stored${r.errors.length ? `; ${r.errors.join('; ')}` : ''}`);
    if (r.ids[0]) location.hash = href(['doc', r.ids[0]]);
  };
  const run = async (f: () => Promise<{ ids: string[]; inserted: number; duplicates: number; errors: string[] }>) => {
    setBusy(true); setMsg('Reading and annotating…');
    try { done(await f()); } catch (e) { setMsg((e as Error).message); } finally { setBusy(false); }
  };
  const onSubmit = (ev: Event) => {
    ev.preventDefault();
    const form = new FormData(ev.target as HTMLFormElement);
    const text = String(form.get('text') ?? '').trim();
    const url = String(form.get('url') ?? '').trim();
    const file = form.get('file');
    const t = String(form.get('token') ?? '');
    if (t) token.set(t);
    if (file instanceof File && file.size) return void run(() => api.ingestFile(file));
    if (text) return void run(() => api.ingestText({ text }));
    if (url) return void run(() => api.ingestText(/rss|atom|feed|\.xml/i.test(url) ? { feed: url } : { url }));
    setMsg('Paste a text, choose a file or give a URL.');
  };
  if (health.data && !health.data.writable) return <p class="muted">Adding articles is off on this server (it listens beyond localhost without SITREP_TOKEN).</p>;
  return <details class="ingest">
    <summary>Add articles</summary>
    <form onSubmit={onSubmit}>
      <label for="ingest-text">Article text (first line may be <code>date YYYY-MM-DD</code>)</label>
      <textarea id="ingest-text" name="text" rows={6} />
      <label for="ingest-file">or a file (text, Markdown, HTML, JSONL, CSV, RSS)</label>
      <input id="ingest-file" name="file" type="file" />
      <label for="ingest-url">or a page or feed URL</label>
      <input id="ingest-url" name="url" type="url" placeholder="https://…" />
      {health.data?.tokenRequired && <><label for="ingest-token">API token</label><input id="ingest-token" name="token" type="password" autocomplete="off" /></>}
      <button type="submit" disabled={busy}>Ingest</button>
      {msg && <p class="status" role="status">{msg}</p>}
    </form>
  </details>;
}

export function SearchPage({ route }: { route: Route }) {
  const current: Record<string, string> = {};
  for (const k of FILTERS) { const v = route.params.get(k); if (v) current[k] = v; }
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  const key = JSON.stringify({ current, offset });
  const results = useLoad(key, () => api.search({ ...current, limit: PAGE, offset }));
  const facets = useLoad<Facets>(JSON.stringify(current), () => api.facets(current));
  const onSubmit = (ev: Event) => {
    ev.preventDefault();
    const form = new FormData(ev.target as HTMLFormElement);
    const next: Record<string, string | undefined> = { ...current };
    for (const k of ['q', 'from', 'to']) next[k] = String(form.get(k) ?? '').trim() || undefined;
    location.hash = href([], next);
  };
  const active = Object.entries(current).filter(([k]) => k !== 'q');
  return <div class="search-layout">
    <aside class="facets" aria-label="Facets">
      <h2 class="sr-only">Narrow the results</h2>
      {facets.data && <>
        <FacetList title="Event types" name="eventType" items={facets.data.eventTypes} current={current} />
        <FacetList title="Countries" name="country" items={facets.data.countries} current={current} />
        <FacetList title="People and organizations" name="entity" items={facets.data.entities} current={current} />
        <FacetList title="Sources" name="source" items={facets.data.sources} current={current} />
        <FacetList title="Languages" name="language" items={facets.data.languages} current={current} />
      </>}
    </aside>
    <section class="results" aria-labelledby="results-title">
      <form class="searchbar" role="search" onSubmit={onSubmit}>
        <label for="q" class="sr-only">Search the articles</label>
        <input id="q" name="q" type="search" placeholder='Search: words, "phrases", prefix*' value={current.q ?? ''} />
        <label for="from">From</label><input id="from" name="from" type="date" value={current.from ?? ''} />
        <label for="to">to</label><input id="to" name="to" type="date" value={current.to ?? ''} />
        <button type="submit">Search</button>
      </form>
      {active.length > 0 && <p class="active-filters">Filters: {active.map(([k, v]) => <a key={k} class="chip" href={href([], { ...current, [k]: undefined })} aria-label={`remove filter ${k} ${v}`}>{k}: {v} ✕</a>)}</p>}
      <Ingest />
      <h2 id="results-title">{results.data ? `${results.data.total} article${results.data.total === 1 ? '' : 's'}` : 'Articles'}</h2>
      <Status loading={results.loading} error={results.error} empty={results.data?.total === 0 && 'No article matches.'} />
      <ol class="result-list" start={offset + 1}>
        {results.data?.items.map((d) => <li key={d.id}>
          <a class="result-title" href={href(['doc', d.id])}>{titleOf(d.title, d.snippet?.replace(/[[\]…]/g, '') ?? d.id)}</a>
          <p class="meta">{d.published && <time>{d.published}</time>}{d.source && <span>{d.source}</span>}<span class="muted">{d.language}</span></p>
          {d.snippet && <Snippet text={d.snippet} />}
        </li>)}
      </ol>
      {results.data && results.data.total > PAGE && <nav class="pager" aria-label="Pages">
        {offset > 0 && <a href={href([], { ...current, offset: Math.max(0, offset - PAGE) || undefined })}>← Newer</a>}
        <span>{offset + 1}–{Math.min(offset + PAGE, results.data.total)} of {results.data.total}</span>
        {offset + PAGE < results.data.total && <a href={href([], { ...current, offset: offset + PAGE })}>Older →</a>}
      </nav>}
    </section>
  </div>;
}
