/** Who acts on whom: a cytoscape graph of actors and the events between them, and the same as a table. */
import { useEffect, useRef } from 'preact/hooks';
import { api, type Graph } from '../api';
import { href, useLoad, type Route } from '../router';
import { Badge, Status } from '../ui';

const CYTOSCAPE_STYLESHEET = '__________cytoscape_stylesheet';

function draw(el: HTMLElement, g: Graph): () => void {
  let cy: { destroy(): void } | null = null;
  let live = true;
  // cytoscape injects an inline <style> unless this id exists; the CSP forbids inline styles, so
  // style.css carries its one rule and a placeholder element takes the id
  if (!document.getElementById(CYTOSCAPE_STYLESHEET)) {
    const marker = document.createElement('meta');
    marker.id = CYTOSCAPE_STYLESHEET;
    document.head.prepend(marker);
  }
  void import('cytoscape').then(({ default: cytoscape }) => {
    if (!live) return;
    const c = cytoscape({
      container: el,
      elements: [
        ...g.nodes.map((n) => ({ data: { id: n.id, label: n.label, weight: n.events } })),
        ...g.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, label: Object.keys(e.types).join(', '), weight: e.count } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'background-color': '#2f5d8a', color: '#1d2733', width: 'mapData(weight, 1, 10, 14, 40)', height: 'mapData(weight, 1, 10, 14, 40)', 'text-wrap': 'wrap', 'text-max-width': '120px' } },
        { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 'mapData(weight, 1, 5, 1, 5)', 'line-color': '#9aa8b8', 'target-arrow-color': '#9aa8b8', label: 'data(label)', 'font-size': 9, color: '#6b4fa0' } },
      ],
      layout: { name: 'cose', animate: false },
      maxZoom: 1.4,
    });
    c.on('tap', 'node', (ev) => { location.hash = href(['actor', ev.target.id() as string]); });
    cy = c;
  });
  return () => { live = false; cy?.destroy(); };
}

export function GraphPage({ route }: { route: Route }) {
  const type = route.params.get('type') ?? '';
  const { data, error, loading } = useLoad(`graph:${type}`, () => api.graph({ type: type || undefined, limit: 500 }));
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => (data && box.current && data.nodes.length ? draw(box.current, data) : undefined), [data]);
  return <section aria-labelledby="graph-title">
    <h1 id="graph-title">Who acts on whom</h1>
    <Status loading={loading} error={error} empty={data?.edges.length === 0 && 'No event names both a source and a target yet.'} />
    <div ref={box} class="graph" role="img" aria-label="Graph of actors and events between them; the table below lists the same" />
    {data && data.edges.length > 0 && <table class="edges">
      <caption>Events between actors</caption>
      <thead><tr><th scope="col">Source</th><th scope="col">Target</th><th scope="col">Events</th><th scope="col">Types</th></tr></thead>
      <tbody>{[...data.edges].sort((a, b) => b.count - a.count).map((e) => <tr key={`${e.source}>${e.target}`}>
        <td><a href={href(['actor', e.source])}>{e.source}</a></td><td><a href={href(['actor', e.target])}>{e.target}</a></td><td>{e.count}</td>
        <td>{Object.entries(e.types).map(([t, n]) => <Badge key={t} kind="type">{t}{n > 1 ? ` ×${n}` : ''}</Badge>)}</td>
      </tr>)}</tbody>
    </table>}
  </section>;
}
