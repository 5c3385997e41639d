/**
 * The article view: the text with every layer highlighted (flat segments, text nodes only), each
 * mark a link to its details (the side panel, via ?sel=layer:id) or to the actor's page; the
 * layers listed below; anonymous and hedged statements marked in the text and in the lists.
 */
import { useMemo, useState } from 'preact/hooks';
import { api, type Document, type Event, type Quote } from '../api';
import { actorName, LAYERS, marksOf, segments, type Layer, type Mark } from '../highlight';
import { href, useLoad, type Route } from '../router';
import { Badge, Certainty, Evidence, SpeakerBadges, Status, titleOf } from '../ui';
import { StoryLink } from './Stories';

const LAYER_NAMES: Record<Layer, string> = {
  entity: 'Entities', time: 'Times', place: 'Places', event: 'Events', actor: 'Event actors', speaker: 'Speakers', cue: 'Cues', quote: 'Quotes',
};

function markHref(doc: Document, m: Mark): string {
  if (m.layer === 'entity') {
    const e = doc.entities.find((x) => x.id === m.id);
    return href(['actor', e?.name ?? m.id]);
  }
  if (m.layer === 'actor') return href(['actor', m.id]);
  const layer = m.layer === 'cue' || m.layer === 'speaker' ? 'quote' : m.layer;
  return href(['doc', doc.meta.id], { sel: `${layer}:${m.id}` });
}

function Text({ doc, hidden }: { doc: Document; hidden: Set<Layer> }) {
  const segs = useMemo(() => {
    const marks = marksOf(doc);
    const paras = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: doc.text.length, text: doc.text, headline: false }];
    return { paras, segs: segments(doc.text.length, marks, paras.flatMap((p) => [p.start, p.end])) };
  }, [doc]);
  return <div class="article-text">
    {segs.paras.map((p, i) => {
      const parts = segs.segs.filter((s) => s.start >= p.start && s.end <= p.end);
      const Tag = p.headline ? 'h3' : 'p';
      return <Tag key={i} class={p.headline ? 'crosshead' : undefined}>
        {parts.map((s) => {
          const text = doc.text.slice(s.start, s.end);
          const shown = s.marks.filter((m) => !hidden.has(m.layer));
          const primary = shown[0];
          if (!primary) return text;
          const cls = ['mk', ...new Set(shown.map((m) => `m-${m.layer}`))];
          if (shown.some((m) => m.anonymous)) cls.push('anon');
          if (shown.some((m) => m.hedged)) cls.push('hedged');
          return <a key={s.start} class={cls.join(' ')} href={markHref(doc, primary)} title={shown.map((m) => m.label).join(' · ')} data-layer={primary.layer}>{text}</a>;
        })}
      </Tag>;
    })}
  </div>;
}

function sentenceOf(doc: Document, offset: number) {
  return doc.sentences.find((s) => s.start <= offset && offset < s.end) ?? null;
}

function QuoteDetails({ doc, q }: { doc: Document; q: Quote }) {
  const via = q.via ? doc.quotes.find((x) => x.id === q.via) : null;
  const entity = q.speaker.entity ? doc.entities.find((e) => e.id === q.speaker.entity) : null;
  const time = q.time ? doc.times.find((t) => t.id === q.time) : null;
  const sentence = sentenceOf(doc, q.content.start);
  return <dl class="details">
    <dt>Kind</dt><dd>{q.kind} quote <SpeakerBadges q={q} /></dd>
    <dt>Speaker</dt><dd>{entity && entity.type !== 'NORP' ? <a href={href(['actor', entity.name])}>{entity.name}</a> : q.speaker.span ? <a href={href(['actor', q.speaker.span.text])}>{q.speaker.span.text}</a> : <em>not given</em>} <span class="muted">({q.speaker.kind}, found by {q.speaker.resolvedVia})</span></dd>
    {q.speaker.affiliation && <><dt>Affiliation</dt><dd>{q.speaker.affiliation.span.text}</dd></>}
    {q.speaker.role && <><dt>Role</dt><dd>{q.speaker.role.text}</dd></>}
    {q.speaker.antecedent && <><dt>Stands for</dt><dd>{q.speaker.antecedent.text}</dd></>}
    {q.cue && <><dt>Cue</dt><dd>“{q.cue.text}”</dd></>}
    <dt>Said</dt><dd><q>{q.content.text}</q></dd>
    <dt>Modality</dt><dd>{q.modality.polarity}, {q.modality.certainty}{q.modality.cues.length ? ` (cues: ${q.modality.cues.map((c) => c.text).join(', ')})` : ''}</dd>
    {time && <><dt>When said</dt><dd>{time.text} → <time>{time.value}</time></dd></>}
    {via && <><dt>Reported via</dt><dd><a href={href(['doc', doc.meta.id], { sel: `quote:${via.id}` })}>{via.speaker.span?.text ?? via.speaker.kind}</a></dd></>}
    {sentence && <><dt>Evidence</dt><dd><Evidence evidence={sentence} start={q.content.start} end={q.content.end} /></dd></>}
  </dl>;
}

function EventDetails({ doc, e }: { doc: Document; e: Event }) {
  const names = new Map(doc.entities.map((x) => [x.id, x.name]));
  const place = e.place ? doc.places.find((p) => p.id === e.place) : null;
  const by = e.reportedBy ? doc.quotes.find((q) => q.id === e.reportedBy) : null;
  const actor = (a: Event['source']) => (a ? <a href={href(['actor', actorName(a, names)])}>{actorName(a, names)}</a> : <em>none</em>);
  return <dl class="details">
    <dt>Type</dt><dd><Badge kind="type">{e.type}</Badge>{e.mode ? ` ${e.mode}` : ''}{e.cameo ? <span class="muted"> CAMEO {e.cameo}</span> : null} <Certainty certainty={e.modality.certainty} polarity={e.modality.polarity} /></dd>
    <dt>Who → whom</dt><dd>{actor(e.source)} → {actor(e.target)}</dd>
    <dt>When</dt><dd><time>{e.time.value ?? 'unknown'}</time>{e.time.fromDct ? <span class="muted"> (publication date stands in)</span> : null}</dd>
    {place && <><dt>Where</dt><dd>{place.name ?? place.text}{place.country ? `, ${place.country}` : ''}</dd></>}
    {by && <><dt>On whose word</dt><dd><a href={href(['doc', doc.meta.id], { sel: `quote:${by.id}` })}>{by.speaker.span?.text ?? by.speaker.kind}</a> {by.speaker.kind === 'anonymous' && <Badge kind="anon">anonymous</Badge>}</dd></>}
    <dt>Evidence</dt><dd><Evidence evidence={e.evidence} start={e.trigger.start} end={e.trigger.end} /></dd>
  </dl>;
}

function Selected({ doc, sel }: { doc: Document; sel: string }) {
  const [layer, id] = sel.split(':', 2) as [string, string];
  if (layer === 'quote') { const q = doc.quotes.find((x) => x.id === id); if (q) return <QuoteDetails doc={doc} q={q} />; }
  if (layer === 'event') { const e = doc.events.find((x) => x.id === id); if (e) return <EventDetails doc={doc} e={e} />; }
  if (layer === 'time') {
    const t = doc.times.find((x) => x.id === id);
    if (t) return <dl class="details"><dt>Time</dt><dd>“{t.text}” → <time>{t.value}</time> ({t.type}, {t.granularity})</dd>
      {t.anchor && <><dt>Anchored to</dt><dd>{t.anchor}</dd></>}
      <dt>Resolved</dt><dd>{t.resolved ? 'yes' : 'no'}{t.inferred.length ? `; inferred ${t.inferred.map((i) => `${i.what} (${i.rule})`).join(', ')}` : ''}</dd></dl>;
  }
  if (layer === 'place') {
    const p = doc.places.find((x) => x.id === id);
    if (p) return <dl class="details"><dt>Place</dt><dd>“{p.text}” → {p.resolved ? `${p.name ?? ''}${p.country ? `, ${p.country}` : ''}` : <em>unresolved</em>}</dd>
      {p.lat !== null && <><dt>Coordinates</dt><dd>{p.lat.toFixed(2)}, {p.lon?.toFixed(2)} {p.featureCode ? `(${p.featureCode})` : ''}</dd></>}
      <dt>Why</dt><dd>{p.reason} (confidence {p.confidence.toFixed(2)})</dd></dl>;
  }
  return <p class="muted">Nothing selected with id {id}.</p>;
}

export function ArticlePage({ route }: { route: Route }) {
  const id = route.parts[1] ?? '';
  const { data: doc, error, loading } = useLoad(`doc:${id}`, () => api.document(id));
  const [hidden, setHidden] = useState<Set<Layer>>(new Set());
  if (!doc) return <Status loading={loading} error={error} />;
  const sel = route.params.get('sel');
  const toggle = (l: Layer) => { const h = new Set(hidden); if (h.has(l)) h.delete(l); else h.add(l); setHidden(h); };
  const names = new Map(doc.entities.map((x) => [x.id, x.name]));
  const safeUrl = doc.meta.url && /^https?:\/\//i.test(doc.meta.url) ? doc.meta.url : null;
  return <div class="article-layout">
    <article aria-labelledby="doc-title">
      <header class="article-head">
        <h1 id="doc-title">{titleOf(doc.meta.title, doc.text)}</h1>
        <p class="meta">
          {doc.meta.published && <time>{doc.meta.published}</time>}
          {doc.meta.source && <span>{doc.meta.source}</span>}
          {safeUrl && <a href={safeUrl} rel="noopener noreferrer nofollow" target="_blank">original</a>}
          <span class="muted">id {doc.meta.id} · {doc.meta.language}</span>
        </p>
        <StoryLink docId={doc.meta.id} />
        <fieldset class="legend">
          <legend>Highlight</legend>
          {LAYERS.map((l) => <label key={l} class={`legend-item m-${l}`}><input type="checkbox" checked={!hidden.has(l)} onChange={() => toggle(l)} /> {LAYER_NAMES[l]}</label>)}
          <span class="legend-item"><span class="mk anon sample">anonymous</span></span>
          <span class="legend-item"><span class="mk hedged sample">hedged</span></span>
        </fieldset>
      </header>
      <Text doc={doc} hidden={hidden} />
    </article>
    <aside class="side" aria-label="Details and layers">
      <section class="panel" aria-live="polite">
        <h2>Details</h2>
        {sel ? <Selected doc={doc} sel={sel} /> : <p class="muted">Select a highlighted phrase (or Tab to it and press Enter) to see what the system read there and its evidence.</p>}
      </section>
      <section class="panel">
        <h2>Quotes <span class="count">{doc.quotes.length}</span></h2>
        <ul class="plain">
          {doc.quotes.map((q) => <li key={q.id} class={q.speaker.kind === 'anonymous' ? 'anon-row' : undefined}>
            <a href={href(['doc', doc.meta.id], { sel: `quote:${q.id}` })}>{q.speaker.entity ? names.get(q.speaker.entity) : q.speaker.span?.text ?? q.speaker.kind}</a> <SpeakerBadges q={q} />
            <div class="quote-text">{q.content.text.length > 160 ? `${q.content.text.slice(0, 158)}…` : q.content.text}</div>
          </li>)}
        </ul>
      </section>
      <section class="panel">
        <h2>Events <span class="count">{doc.events.length}</span></h2>
        <ul class="plain">
          {doc.events.map((e) => <li key={e.id}>
            <Badge kind="type">{e.type}</Badge> <a href={href(['doc', doc.meta.id], { sel: `event:${e.id}` })}>{e.trigger.text}</a> <Certainty certainty={e.modality.certainty} polarity={e.modality.polarity} />
            <div class="muted">{e.source ? actorName(e.source, names) : '—'} → {e.target ? actorName(e.target, names) : '—'} · <time>{e.time.value ?? '?'}</time></div>
          </li>)}
        </ul>
      </section>
      <section class="panel">
        <h2>Entities <span class="count">{doc.entities.length}</span></h2>
        <p class="chips">{doc.entities.map((e) => <a key={e.id} class="chip" href={href(['actor', e.name])}>{e.name} <span class="muted">{e.type}</span></a>)}</p>
      </section>
      <section class="panel">
        <h2>Times <span class="count">{doc.times.length}</span></h2>
        <ul class="plain">
          {doc.times.map((t) => <li key={t.id}><a href={href(['doc', doc.meta.id], { sel: `time:${t.id}` })}>{t.text}</a> → <time>{t.value}</time></li>)}
        </ul>
      </section>
    </aside>
  </div>;
}
