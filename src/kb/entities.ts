/**
 * Knowledge-base entries other than countries: international organizations, government bodies,
 * companies and media (resources/en/kb/orgs.json), armed groups, movements and parties with a home
 * country (groups.json), people with their offices over time (people.json: office-holders of
 * today and the recent past; people-past.json: former leaders since about 1975), and user additions from a YAML/JSON file named by
 * $SITREP_KB_EXTRA or `addKbFile(path)` (same entry format; see resources/en/kb/README.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { resourcesDir } from '../util/datasets.js';

export const KbRoleSchema = z.object({
  /** normalized office: head-of-state, head-of-government, foreign-minister, defence-minister, ... */
  office: z.string(),
  /** the title as usually written ("Prime Minister", "Foreign Secretary") */
  title: z.string(),
  /** ISO alpha-2 of the country the office belongs to, or null (an IGO office) */
  country: z.string().nullable().default(null),
  /** the organization the office belongs to (kb id), for IGO offices */
  org: z.string().nullable().default(null),
  /** YYYY-MM-DD (or YYYY-MM, YYYY); null = unknown */
  start: z.string().nullable().default(null),
  /** null = still in office (as far as the KB knows) */
  end: z.string().nullable().default(null),
}).strict();
export type KbRole = z.infer<typeof KbRoleSchema>;

export const KbEntrySchema = z.object({
  /** short id, unique within its kind ("keir-starmer", "nato") */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  type: z.enum(['PER', 'ORG', 'LOC', 'GPE', 'NORP', 'MISC']),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  country: z.string().nullable().default(null),
  /** government, military, business, media, igo, civil-society, party, ... */
  sector: z.string().nullable().default(null),
  roles: z.array(KbRoleSchema).default([]),
  /** for a government body or armed force: its generic kind (a key of bodies.tsv) */
  body: z.string().nullable().default(null),
  // an unknown key is an error, not silently dropped: a misspelt "alias" or a broken name
  // ("name":"Foreign","Commonwealth and Development Office":null) would lose data unseen
}).strict();
export type KbEntryInput = z.input<typeof KbEntrySchema>;
export type KbEntry = z.infer<typeof KbEntrySchema> & { kbId: string };

const KIND: Record<KbEntry['type'], string> = { PER: 'person', ORG: 'org', LOC: 'place', GPE: 'place', NORP: 'group', MISC: 'misc' };

/** The built-in entry files of resources/en/kb/, in load order (a later entry with the same id wins). */
const BUILT_IN = ['orgs.json', 'groups.json', 'people-past.json', 'people.json'];

let entries: KbEntry[] | null = null;
const extraFiles: string[] = [];
let listeners: (() => void)[] = [];

function parseFile(file: string): KbEntry[] {
  const text = readFileSync(file, 'utf8');
  // YAML only for user files: the parser is loaded on first use (built-in data is JSON, fast to load)
  const data: unknown = file.endsWith('.json') ? JSON.parse(text) : (createRequire(import.meta.url)('yaml') as { parse: (t: string) => unknown }).parse(text);
  const list = Array.isArray(data) ? data : (data as { entries?: unknown[] } | null)?.entries ?? [];
  return list.map((raw, i) => {
    const r = KbEntrySchema.safeParse(raw);
    if (!r.success) throw new Error(`${file}: entry ${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return { ...r.data, kbId: `sitrep:${KIND[r.data.type]}/${r.data.id}` };
  });
}

/** Every KB entry (built-in files, then $SITREP_KB_EXTRA, then files added with addKbFile). */
export function allKbEntries(): readonly KbEntry[] {
  if (entries) return entries;
  const dir = join(resourcesDir('en'), 'kb');
  const files = BUILT_IN.map((f) => join(dir, f)).filter((f) => existsSync(f));
  const env = process.env.SITREP_KB_EXTRA;
  if (env) for (const f of env.split(':').filter(Boolean)) files.push(f);
  files.push(...extraFiles);
  const byId = new Map<string, KbEntry>();
  for (const f of files) {
    if (!existsSync(f)) throw new Error(`knowledge-base file not found: ${f}`);
    for (const e of parseFile(f)) byId.set(e.kbId, e); // later files override earlier ones
  }
  entries = [...byId.values()];
  return entries;
}

/** Add a user KB file (YAML or JSON list of entries); entries with an existing id replace it. */
export function addKbFile(path: string): void {
  extraFiles.push(path);
  entries = null;
  for (const l of listeners) l();
}

/** Called when the entry list changes (indexes rebuild themselves). */
export function onKbChange(fn: () => void): void {
  listeners.push(fn);
}

/** Test hook: forget added files. */
export function resetKbFiles(): void {
  extraFiles.length = 0;
  entries = null;
  for (const l of listeners) l();
}

/** Is the role held on `date` (YYYY-MM-DD)? Unknown bounds count as open. */
export function roleActive(role: KbRole, date: string | null | undefined): boolean {
  if (!date) return role.end === null;
  const d = date.slice(0, 10);
  if (role.start && role.start.slice(0, d.length) > d) return false;
  if (role.end && role.end < d) return false;
  return true;
}
