/** The tagger's label set: BIO over the four CoNLL types. Label ids index weight rows. */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof TYPES)[number];

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const N_LABELS = LABELS.length;
export const O = 0;

/** Label id of B-type / I-type for a type index (0..3). */
export const bOf = (t: number): number => 1 + 2 * t;
export const iOf = (t: number): number => 2 + 2 * t;
/** Type index (0..3) of a label id, or -1 for O. */
export const typeOf = (label: number): number => (label === O ? -1 : (label - 1) >> 1);
export const isInside = (label: number): boolean => label !== O && (label - 1) % 2 === 1;

const LABEL_ID = new Map<string, number>(LABELS.map((l, i) => [l, i]));
export function labelId(label: string): number {
  const id = LABEL_ID.get(label);
  if (id === undefined) throw new Error(`unknown NER label ${label}`);
  return id;
}

/** May `label` follow `prev` under BIO (I-X only after B-X or I-X)? */
export function allowed(prev: number, label: number): boolean {
  if (!isInside(label)) return true;
  return prev !== O && typeOf(prev) === typeOf(label);
}

/**
 * Tags as written in a corpus (IOB1 or IOB2, any type names) to BIO2 label ids over our four
 * types; `mapType` maps a corpus type to ours (null drops it to O).
 */
export function toBio2(tags: string[], mapType: (t: string) => NerType | null = (t) => (TYPES as readonly string[]).includes(t) ? (t as NerType) : null): number[] {
  const out: number[] = [];
  let prevType: string | null = null;
  for (const tag of tags) {
    if (tag === 'O' || tag === '-' || tag === '') { out.push(O); prevType = null; continue; }
    const m = /^([BIES])-(.+)$/.exec(tag);
    const pref = m ? m[1]! : 'I';
    const raw = m ? m[2]! : tag;
    const ty = mapType(raw);
    if (!ty) { out.push(O); prevType = null; continue; }
    const t = TYPES.indexOf(ty);
    const begins = pref === 'B' || pref === 'S' || prevType !== raw;
    out.push(begins ? bOf(t) : iOf(t));
    prevType = pref === 'E' || pref === 'S' ? null : raw;
  }
  return out;
}
