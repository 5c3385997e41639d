/** The map of event places (or every resolved place), offline: world-atlas outlines, circles by count. */
import { api, type MapPoint } from '../api';
import { countryPaths, HEIGHT, project, WIDTH } from '../geo';
import { href, useLoad, type Route } from '../router';
import { Status } from '../ui';

/** One item per (document, type, words): a place named five times in one article is listed once. */
function distinct(items: MapPoint['items']): MapPoint['items'] {
  const seen = new Set<string>();
  return items.filter((it) => { const k = `${it.doc}|${it.type}|${it.text}`; if (seen.has(k)) return false; seen.add(k); return true; });
}

export function MapPage({ route }: { route: Route }) {
  const scope = route.params.get('scope') === 'all' ? 'all' : 'events';
  const type = route.params.get('type') ?? '';
  const { data, error, loading } = useLoad(`map:${scope}:${type}`, () => api.places({ scope, type: type || undefined }));
  const max = Math.max(1, ...(data?.points.map((p) => p.count) ?? []));
  return <section aria-labelledby="map-title">
    <h1 id="map-title">Map of {scope === 'all' ? 'places mentioned' : 'event places'}</h1>
    <p class="tabs">
      <a href={href(['map'])} aria-current={scope === 'events' ? 'page' : undefined}>Where events happened</a>
      <a href={href(['map'], { scope: 'all' })} aria-current={scope === 'all' ? 'page' : undefined}>Every place mentioned</a>
    </p>
    <Status loading={loading} error={error} empty={data?.points.length === 0 && (scope === 'events' ? 'No event has a resolved place yet; see every place mentioned.' : 'No resolved place.')} />
    <div class="map-layout">
      <svg class="map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-label={`World map with ${data?.points.length ?? 0} places; the list beside it names them`}>
        <rect width={WIDTH} height={HEIGHT} class="sea" />
        <g aria-hidden="true">{countryPaths().map((c) => <path key={c.id} d={c.d} class="land"><title>{c.name}</title></path>)}</g>
        {data?.points.map((p) => {
          const [x, y] = project(p.lon, p.lat);
          return <a key={`${p.name}${p.lat}${p.lon}`} href={href(['doc', p.items[0]!.doc])} aria-label={`${p.name}: ${p.count}`}>
            <circle cx={x} cy={y} r={3 + 9 * Math.sqrt(p.count / max)} class="dot"><title>{`${p.name}${p.country ? `, ${p.country}` : ''}: ${p.count}`}</title></circle>
          </a>;
        })}
      </svg>
      <ol class="plain map-list" aria-label="Places">
        {data?.points.slice(0, 40).map((p) => <li key={`${p.name}${p.lat}${p.lon}`}>
          <strong>{p.name}</strong>{p.country ? `, ${p.country}` : ''} <span class="count">{p.count}</span>
          <ul class="plain small">{distinct(p.items).slice(0, 3).map((it, i) => <li key={i}>{it.type ? `${it.type}: ` : ''}<a href={href(['doc', it.doc])}>{it.text}</a>{it.title ? <span class="muted"> · {it.title}</span> : null}</li>)}</ul>
        </li>)}
      </ol>
    </div>
  </section>;
}
