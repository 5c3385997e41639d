/**
 * Publication dates from metadata: accept ISO dates and date-times and the RFC 822/2822 dates of
 * RSS, and reject absurd ones (the calendar must hold the day; years 1900-2100).
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function validYmd(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Normalize a publication date to YYYY-MM-DD (when only a day is known) or a full ISO date-time
 * with its offset kept as UTC. Returns null for anything that is not a real date.
 */
export function normalizePublished(input: string | null | undefined): string | null {
  if (input == null) return null;
  const s = String(input).trim();
  if (!s) return null;
  const m = ISO_DATE.exec(s);
  if (m) return validYmd(+m[1]!, +m[2]!, +m[3]!) ? s : null;
  // ISO date-time: keep the local date and time the source gave, and its offset
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (iso) {
    if (!validYmd(+iso[1]!, +iso[2]!, +iso[3]!) || +iso[4]! > 23 || +iso[5]! > 59) return null;
    const off = iso[7] ? (iso[7].toUpperCase() === 'Z' ? 'Z' : iso[7].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : '';
    return `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${off}`;
  }
  // RFC 2822 (RSS) and other forms Date.parse knows: convert to the source's own offset
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const offM = /([+-])(\d{2}):?(\d{2})$/.exec(s);
  const offMin = offM ? (offM[1] === '-' ? -1 : 1) * (+offM[2]! * 60 + +offM[3]!) : 0;
  const local = new Date(t + offMin * 60000);
  if (local.getUTCFullYear() < 1900 || local.getUTCFullYear() > 2100) return null;
  const hasTime = /\d{1,2}:\d{2}/.test(s);
  const day = local.toISOString().slice(0, 10);
  if (!hasTime) return day;
  const off = offM ? `${offM[1]}${offM[2]}:${offM[3]}` : 'Z';
  return `${day}T${local.toISOString().slice(11, 19)}${off}`;
}

/** The calendar day (YYYY-MM-DD) of a normalized published value. */
export function publishedDay(published: string | null): string | null {
  return published ? published.slice(0, 10) : null;
}
