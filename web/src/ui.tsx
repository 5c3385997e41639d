/** Small shared pieces: badges for anonymous and hedged statements, loading and error lines, day formatting. */
import type { ComponentChildren } from 'preact';
import type { Quote } from './api';

export function Badge({ kind, children, title }: { kind: string; children: ComponentChildren; title?: string }) {
  return <span class={`badge badge-${kind}`} title={title}>{children}</span>;
}

export function Certainty({ certainty, polarity }: { certainty: string; polarity?: string }) {
  return <>
    {certainty !== 'asserted' && <Badge kind="hedged" title={`certainty: ${certainty}`}>{certainty}</Badge>}
    {polarity === 'negative' && <Badge kind="negative">negated</Badge>}
  </>;
}

export function SpeakerBadges({ q }: { q: Quote }) {
  return <>
    {q.speaker.kind === 'anonymous' && <Badge kind="anon" title="the source is not named">anonymous{q.speaker.anonymousKind ? ` · ${q.speaker.anonymousKind}` : ''}</Badge>}
    {q.speaker.kind !== 'anonymous' && q.speaker.kind !== 'person' && <Badge kind="kind">{q.speaker.kind}</Badge>}
    <Certainty certainty={q.modality.certainty} polarity={q.modality.polarity} />
    {q.modality.secrecy && <Badge kind="secret">secrecy</Badge>}
  </>;
}

export function Status({ loading, error, empty }: { loading?: boolean; error?: string | null; empty?: string | false }) {
  if (error) return <p class="status error" role="alert">{error}</p>;
  if (loading) return <p class="status" aria-live="polite">Loading…</p>;
  if (empty) return <p class="status">{empty}</p>;
  return null;
}

/** A document's display title: its title, else the start of its text. */
export function titleOf(title: string | null, text?: string): string {
  if (title) return title;
  const first = (text ?? '').trim().split(/\n/)[0] ?? '';
  return first.length > 90 ? `${first.slice(0, 88)}…` : first || '(untitled)';
}

/** The day an event happened as far as the text tells: its normalized time value, else the publication day. */
export function eventDay(value: string | null, published: string | null): string {
  if (value && /^\d{4}(-\d{2}(-\d{2})?)?/.test(value)) return /^\d{4}(-\d{2}(-\d{2})?)?/.exec(value)![0];
  return published?.slice(0, 10) ?? 'unknown';
}

/** The sentence (evidence) with the part [start, end) in bold, as text nodes. */
export function Evidence({ evidence, start, end }: { evidence: { start: number; end: number; text: string }; start?: number; end?: number }) {
  if (start === undefined || end === undefined || start < evidence.start || end > evidence.end) return <q class="evidence">{evidence.text}</q>;
  const a = start - evidence.start;
  const b = end - evidence.start;
  return <q class="evidence">{evidence.text.slice(0, a)}<strong>{evidence.text.slice(a, b)}</strong>{evidence.text.slice(b)}</q>;
}
