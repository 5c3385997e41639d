/**
 * Cross-document entities: one entity per real-world person, organization or place across
 * articles. Linked by knowledge-base id when the entities layer has one; otherwise by type and
 * normalized name, and a person named by surname alone joins the person of the same story whose
 * full name ends with it. Each entity keeps its first mentions (bounded) and counts the rest.
 */
import type { Document, EntityType } from '../document.js';

export interface EntityMentionRef { doc: string; start: number; end: number; text: string }

export interface StoryEntity {
  id: string;
  type: EntityType;
  name: string;
  kbId: string | null;
  aliases: string[];
  /** documents mentioning it */
  docs: number;
  /** mentions across documents */
  mentionCount: number;
  /** the first mentions (at most MAX_KEPT) with offsets into their documents */
  mentions: EntityMentionRef[];
}

const MAX_KEPT = 25;
const MAX_ALIASES = 12;

export function normName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A document's entities as (name, type, kbId, mentions), from its entities layer or, when it has none, capitalized names. */
export function documentEntities(doc: Readonly<Document>): { name: string; type: EntityType; kbId: string | null; aliases: string[]; mentions: EntityMentionRef[] }[] {
  if (doc.entities.length) {
    const byId = new Map(doc.mentions.map((m) => [m.id, m]));
    return doc.entities.map((e) => ({
      name: e.name, type: e.type, kbId: e.kbId, aliases: e.aliases,
      mentions: e.mentions.map((id) => byId.get(id)).filter((m): m is NonNullable<typeof m> => !!m)
        .map((m) => ({ doc: doc.meta.id, start: m.start, end: m.end, text: m.text })),
    }));
  }
  // fallback: runs of capitalized words not opening a sentence (type unknown: MISC)
  const found = new Map<string, EntityMentionRef[]>();
  const re = /\b\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|de\s+|al-)?\p{Lu}[\p{L}'’.-]*){0,4}/gu;
  const text = doc.text.slice(0, 30000);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    let start = m.index; let surface = m[0].replace(/['’]s$|[.'’-]+$/u, '');
    if (start === 0 || /[.!?\n:"“]\s*$/.test(before)) {
      // sentence-initial: drop the first word unless the run has more than one
      const sp = surface.indexOf(' ');
      if (sp < 0) continue;
      start += sp + 1; surface = surface.slice(sp + 1);
    }
    if (surface.length < 3 || surface.length > 60 || /^(?:The|A|An|He|She|It|We|They|I|This|That|In|On|At|But|And|Mr|Mrs|Ms|Dr)$/.test(surface)) continue;
    const key = surface;
    const list = found.get(key) ?? [];
    list.push({ doc: doc.meta.id, start, end: start + surface.length, text: surface });
    found.set(key, list);
  }
  return [...found].map(([name, mentions]) => ({ name, type: 'MISC' as EntityType, kbId: null, aliases: [], mentions }));
}

export class EntityRegistry {
  readonly entities = new Map<string, StoryEntity>();
  private byKey = new Map<string, string>();
  private bySurname = new Map<string, string[]>();
  private next = 0;
  readonly dirty = new Set<string>();

  /**
   * Resolve a document's entities: returns the distinct cross-document ids, and for each entity
   * of the document's entities layer (by its id) the cross-document id it resolved to.
   */
  addDocument(doc: Readonly<Document>, storyPeople: (id: string) => boolean): { ids: string[]; byDocEntity: Map<string, string> } {
    const out: string[] = [];
    const byDocEntity = new Map<string, string>();
    const found = documentEntities(doc);
    for (let k = 0; k < found.length; k++) {
      const e = found[k]!;
      const norm = normName(e.name);
      if (!norm) continue;
      let id = e.kbId ? this.byKey.get(`kb:${e.kbId}`) : undefined;
      id ??= this.byKey.get(`${e.type}:${norm}`);
      if (!id && e.type === 'PER' && !norm.includes(' ')) id = (this.bySurname.get(norm) ?? []).find(storyPeople);
      if (!id && e.type === 'MISC') id = this.byKey.get(`any:${norm}`);
      let ent = id ? this.entities.get(id) : undefined;
      if (!ent) {
        ent = { id: `n${(this.next++).toString(36)}`, type: e.type, name: e.name, kbId: e.kbId, aliases: [], docs: 0, mentionCount: 0, mentions: [] };
        this.entities.set(ent.id, ent);
        this.index(ent);
      }
      if (ent.type === 'MISC' && e.type !== 'MISC') { ent.type = e.type; this.index(ent); }
      if (e.kbId && !ent.kbId) { ent.kbId = e.kbId; this.index(ent); }
      for (const a of [e.name, ...e.aliases]) {
        if (a !== ent.name && !ent.aliases.includes(a) && ent.aliases.length < MAX_ALIASES) ent.aliases.push(a);
      }
      if (e.name.length > ent.name.length && ent.type === 'PER' && e.name.endsWith(ent.name)) ent.name = e.name;
      ent.docs++;
      ent.mentionCount += e.mentions.length;
      for (const m of e.mentions) if (ent.mentions.length < MAX_KEPT) ent.mentions.push(m);
      this.byKey.set(`${e.type}:${norm}`, ent.id);
      this.dirty.add(ent.id);
      if (!out.includes(ent.id)) out.push(ent.id);
      const docEntity = doc.entities.length ? doc.entities[k]?.id : undefined;
      if (docEntity) byDocEntity.set(docEntity, ent.id);
    }
    return { ids: out, byDocEntity };
  }

  private index(ent: StoryEntity): void {
    const norm = normName(ent.name);
    this.byKey.set(`${ent.type}:${norm}`, ent.id);
    this.byKey.set(`any:${norm}`, ent.id);
    if (ent.kbId) this.byKey.set(`kb:${ent.kbId}`, ent.id);
    if (ent.type === 'PER' && norm.includes(' ')) {
      const surname = norm.slice(norm.lastIndexOf(' ') + 1);
      const l = this.bySurname.get(surname) ?? [];
      if (!l.includes(ent.id)) l.push(ent.id);
      this.bySurname.set(surname, l);
    }
  }

  restore(ent: StoryEntity): void {
    this.entities.set(ent.id, ent);
    this.index(ent);
    for (const a of ent.aliases) this.byKey.set(`${ent.type}:${normName(a)}`, ent.id);
    const n = parseInt(ent.id.slice(1), 36);
    if (n >= this.next) this.next = n + 1;
  }
}
