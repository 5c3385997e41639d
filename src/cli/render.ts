/** A readable Markdown summary of an annotated document: the situation picture for people. */
import type { Actor, Document, Modality, Quote } from '../document.js';

const esc = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function modality(m: Modality): string {
  const bits: string[] = [];
  if (m.polarity === 'negative') bits.push('negated');
  if (m.certainty !== 'asserted') bits.push(m.certainty);
  if (m.secrecy) bits.push('secret');
  return bits.join(', ') || 'asserted';
}

export function renderMarkdown(doc: Document): string {
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  const norp = new Set(doc.entities.filter((e) => e.type === 'NORP').map((e) => e.id));
  const actor = (a: Actor | null) => (a ? `${(a.entity && name.get(a.entity)) || a.text}${a.code ? ` (${a.code})` : ''}` : '—');
  const m = doc.meta;
  const out: string[] = [];
  out.push(`# ${esc(m.title ?? m.path ?? m.url ?? m.id)}`, '');
  out.push(`- id: \`${m.id}\``);
  out.push(`- published: ${m.published ?? 'unknown'} (${m.publishedFrom})`);
  if (m.source) out.push(`- source: ${esc(m.source)}`);
  if (m.url) out.push(`- url: ${m.url}`);
  if (m.path) out.push(`- file: ${m.path}${m.record ? ` (record ${m.record})` : ''}`);
  out.push(`- language: ${m.language}; ${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences, ${doc.tokens.length} tokens`);
  for (const w of m.warnings) out.push(`- warning: ${w}`);
  const section = (title: string, head: string[], rows: string[][]) => {
    if (!rows.length) return;
    out.push('', `## ${title}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
    for (const r of rows) out.push(`| ${r.map(esc).join(' | ')} |`);
  };
  section('Entities', ['name', 'type', 'country', 'roles', 'mentions', 'linked'], doc.entities.map((e) => [
    e.name, e.type, e.country ?? '', [...new Set(e.roles.map((r) => r.title))].join('; '), String(e.mentions.length), e.kbId ?? '',
  ]));
  section('Times', ['text', 'type', 'value', 'mod', 'inferred'], doc.times.map((t) => [
    t.text, t.type, t.value, t.mod ?? '', t.inferred.map((i) => `${i.what} by ${i.rule}`).join('; '),
  ]));
  section('Places', ['text', 'resolved to', 'country', 'lat, lon', 'confidence'], doc.places.map((p) => [
    p.text, p.name ?? `unresolved: ${p.reason}`, p.country ?? '', p.lat != null && p.lon != null ? `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : '', p.confidence.toFixed(2),
  ]));
  // a nationality names no speaker ("The Ukrainian delegation" resolves to the entity "Ukrainian"): the words are shown
  const speakerOf = (q: Quote) => (q.speaker.entity && !norp.has(q.speaker.entity) && name.get(q.speaker.entity)) || (q.speaker.antecedent && `${q.speaker.span?.text} (${q.speaker.antecedent.text})`) || q.speaker.span?.text || '—';
  const quote = new Map(doc.quotes.map((q) => [q.id, q]));
  const via = (id: string | null) => { const q = id ? quote.get(id) : undefined; return q ? `${q.id}: ${speakerOf(q)}` : ''; };
  section('Quotes', ['id', 'speaker', 'source kind', 'reported via', 'kind', 'cue', 'content', 'modality'], doc.quotes.map((q) => [
    q.id, speakerOf(q),
    [q.speaker.kind, q.speaker.anonymousKind, q.speaker.affiliation ? `of ${q.speaker.affiliation.span.text}` : ''].filter(Boolean).join(' '),
    via(q.via), q.kind, q.cue?.text ?? '', clip(q.content.text), modality(q.modality),
  ]));
  const place = new Map(doc.places.map((p) => [p.id, p]));
  section('Events', ['type', 'trigger', 'source', 'target', 'when', 'where', 'modality', 'reported via', 'evidence'], doc.events.map((e) => {
    const p = e.place ? place.get(e.place) : undefined;
    return [
      e.type + (e.mode ? `/${e.mode}` : ''), e.trigger.text, actor(e.source), actor(e.target), e.time.value === null ? (e.time.fromDct ? 'unknown (no dateline)' : '?') : `${e.time.value}${e.time.fromDct ? ' (dateline)' : ''}`,
      p ? p.name ?? p.text : '', modality(e.modality), via(e.reportedBy), clip(e.evidence.text),
    ];
  }));
  section('Stances', ['actor', 'proposition', 'position', 'modality', 'evidence'], doc.stances.map((s) => [
    actor(s.actor), s.proposition.label, s.position, modality(s.modality), clip(s.evidence.text),
  ]));
  return `${out.join('\n')}\n`;
}
