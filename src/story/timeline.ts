/**
 * A story's timeline: its merged events in order of when they happened (the event's date, not
 * the publication date; undated events are listed apart), each with its certainty, number of
 * independent sources and the evidence from each document; and each actor's stances per
 * proposition over time, with the changes marked. Exports as JSON, CSV and Markdown.
 */
import type { StoryEngine, StoryEvent } from './engine.js';

export interface TimelineEvidence {
  doc: string;
  published: string | null;
  title: string | null;
  where: string | null;
  /** trigger offsets into the document's text */
  start: number;
  end: number;
  trigger: string;
  sentence: string;
  certainty: string;
  polarity: string;
  /** true when this document is a copy of another */
  copy: boolean;
}

export interface TimelineEntry {
  event: string;
  date: string | null;
  label: string;
  type: string | null;
  certainty: string;
  sources: number;
  reports: number;
  actors: string[];
  evidence: TimelineEvidence[];
}

export interface StanceChange { date: string | null; position: string; doc: string; evidence: string; changed: boolean }
export interface StanceLine { actor: string; proposition: string; label: string; positions: StanceChange[] }

export interface Timeline {
  story: string;
  title: string;
  first: string | null;
  last: string | null;
  documents: number;
  sources: number;
  keyActors: { id: string; name: string; type: string; documents: number }[];
  events: TimelineEntry[];
  undated: TimelineEntry[];
  stances: StanceLine[];
}

export function buildTimeline(engine: StoryEngine, storyId: string): Timeline | null {
  const story = engine.stories.get(storyId);
  if (!story) return null;
  const entry = (ev: StoryEvent): TimelineEntry => ({
    event: ev.id, date: ev.date, label: ev.label, type: ev.type, certainty: ev.certainty, sources: ev.sources, reports: ev.evidence.length,
    actors: ev.actors.map((a) => engine.entities.entities.get(a)?.name ?? a),
    evidence: ev.evidence.map((e) => {
      const d = engine.docs.get(e.doc);
      return { doc: e.doc, published: d?.published ?? null, title: d?.title ?? null, where: d?.url ?? d?.path ?? null, start: e.start, end: e.end,
        trigger: e.text, sentence: e.sentence.text.replace(/\s+/g, ' ').trim(), certainty: e.certainty, polarity: e.polarity, copy: !!d?.copy };
    }),
  });
  const firstSeen = (ev: StoryEvent) => Math.min(...ev.evidence.map((e) => engine.docs.get(e.doc)?.seq ?? Infinity));
  const evs = story.events.map((id) => engine.events.get(id)).filter((e): e is StoryEvent => !!e);
  const dated = evs.filter((e) => e.date).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : firstSeen(a) - firstSeen(b)));
  const undated = evs.filter((e) => !e.date);
  const lines = new Map<string, StanceLine>();
  const stances = [...story.stances].sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0));
  for (const s of stances) {
    const actorKey = s.entity ?? s.actor.toLowerCase();
    const key = `${actorKey}|${s.proposition}`;
    const line = lines.get(key) ?? { actor: s.entity ? engine.entities.entities.get(s.entity)?.name ?? s.actor : s.actor, proposition: s.proposition, label: s.label, positions: [] };
    const prev = line.positions[line.positions.length - 1];
    line.positions.push({ date: s.date, position: s.position, doc: s.doc, evidence: s.evidence.text, changed: !!prev && prev.position !== s.position });
    lines.set(key, line);
  }
  return {
    story: story.id, title: story.title, first: story.first, last: story.last, documents: story.docs.length, sources: story.originals,
    keyActors: engine.keyActors(story).map((e) => ({ id: e.id, name: e.name, type: e.type, documents: story.entityCounts[e.id] ?? 0 })),
    events: dated.map(entry), undated: undated.map(entry), stances: [...lines.values()],
  };
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per piece of evidence: the event's columns repeat on each. */
export function timelineCsv(t: Timeline): string {
  const head = ['date', 'event', 'label', 'type', 'certainty', 'sources', 'doc', 'published', 'where', 'start', 'end', 'sentence'];
  const rows = [head.join(',')];
  for (const e of t.events) {
    for (const ev of e.evidence) {
      rows.push([e.date, e.event, e.label, e.type, e.certainty, e.sources, ev.doc, ev.published, ev.where, ev.start, ev.end, ev.sentence].map(csvCell).join(','));
    }
  }
  return `${rows.join('\n')}\n`;
}

function mdEscape(s: string): string {
  return s.replace(/([\\`*_[\]|<>])/g, '\\$1');
}

export function timelineMarkdown(t: Timeline): string {
  const out: string[] = [`# ${mdEscape(t.title || t.story)}`, '',
    `Story ${t.story}: ${t.documents} document(s), ${t.sources} independent source(s), ${t.first ?? '?'} to ${t.last ?? '?'}.`, ''];
  if (t.keyActors.length) out.push(`Key actors: ${t.keyActors.map((a) => mdEscape(a.name)).join(', ')}`, '');
  out.push('## Timeline', '');
  if (!t.events.length) out.push('No dated events.');
  for (const e of t.events) {
    const first = e.evidence[0];
    out.push(`- **${e.date}** ${mdEscape(e.label)}${e.type ? ` (${e.type})` : ''}: ${e.certainty}, ${e.sources} source(s)`);
    if (first) out.push(`  - "${mdEscape(first.sentence.slice(0, 300))}" (${mdEscape(first.title ?? first.where ?? first.doc)}${first.published ? `, ${first.published}` : ''})`);
  }
  if (t.stances.length) {
    out.push('', '## Stances over time', '');
    for (const l of t.stances) {
      out.push(`- ${mdEscape(l.actor)} on ${mdEscape(l.label)}: ${l.positions.map((p) => `${p.changed ? '**' : ''}${p.position}${p.changed ? '**' : ''} (${p.date ?? '?'})`).join(' → ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}
