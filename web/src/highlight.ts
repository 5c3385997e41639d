/**
 * The article view's marks: every layer item that points into the text (entity mentions, times,
 * places, quote contents, cues and speakers, event triggers), and the flat segments of the text
 * they cut it into, each knowing every mark that covers it. Rendered as text nodes only.
 */
import type { Document } from './api';

export type Layer = 'entity' | 'time' | 'place' | 'event' | 'actor' | 'speaker' | 'cue' | 'quote';
/** by priority: a segment covered by several marks links to the first */
export const LAYERS: Layer[] = ['entity', 'time', 'place', 'event', 'actor', 'speaker', 'cue', 'quote'];

export interface Mark {
  layer: Layer;
  /** the layer item's id (a quote's id for its content, cue and speaker) */
  id: string;
  start: number;
  end: number;
  label: string;
  anonymous: boolean;
  hedged: boolean;
}

export interface Segment { start: number; end: number; marks: Mark[] }

const uncertain = (c: string) => c !== 'asserted';

export function marksOf(doc: Document): Mark[] {
  const marks: Mark[] = [];
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const push = (layer: Layer, id: string, s: { start: number; end: number } | null, label: string, anonymous = false, hedged = false) => {
    if (s && s.end > s.start && s.end <= doc.text.length) marks.push({ layer, id, start: s.start, end: s.end, label, anonymous, hedged });
  };
  for (const m of doc.mentions) push('entity', m.entity, m, `${m.type} ${names.get(m.entity) ?? m.text}`);
  for (const t of doc.times) push('time', t.id, t, `${t.type} ${t.value}`);
  for (const p of doc.places) push('place', p.id, p, p.resolved ? `place ${p.name ?? p.text}${p.country ? `, ${p.country}` : ''}` : `place ${p.text} (unresolved)`);
  for (const q of doc.quotes) {
    const anon = q.speaker.kind === 'anonymous';
    const hedged = uncertain(q.modality.certainty);
    push('quote', q.id, q.content, `${q.kind} quote${anon ? ', anonymous source' : ''}${hedged ? `, ${q.modality.certainty}` : ''}`, anon, hedged);
    push('cue', q.id, q.cue, 'attribution cue', anon, hedged);
    push('speaker', q.id, q.speaker.span, `speaker (${q.speaker.kind}${q.speaker.anonymousKind ? `: ${q.speaker.anonymousKind}` : ''})`, anon, false);
  }
  for (const e of doc.events) {
    push('event', e.id, e.trigger, `event ${e.type}${uncertain(e.modality.certainty) ? `, ${e.modality.certainty}` : ''}`, false, uncertain(e.modality.certainty));
    for (const a of [e.source, e.target]) if (a) push('actor', actorName(a, names), a, `actor ${actorName(a, names)}${a.code ? ` (${a.code})` : ''}`);
  }
  return marks;
}

/** An event actor's name: its linked entity's name, else its words. */
export function actorName(a: { entity: string | null; text: string }, names: Map<string, string>): string {
  return (a.entity && names.get(a.entity)) || a.text;
}

/** Cut [0, length) at every mark boundary (and the extra cuts, e.g. paragraphs); each segment lists the marks covering it, by layer priority. */
export function segments(length: number, marks: Mark[], extraCuts: number[] = []): Segment[] {
  const cuts = new Set<number>([0, length, ...extraCuts]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= length).sort((a, b) => a - b);
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const active: Mark[] = [];
  const out: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    for (let j = active.length - 1; j >= 0; j--) if (active[j]!.end <= start) active.splice(j, 1);
    const covering = active.filter((m) => m.start <= start && m.end >= end);
    covering.sort((a, b) => LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer));
    out.push({ start, end, marks: covering });
  }
  return out;
}
