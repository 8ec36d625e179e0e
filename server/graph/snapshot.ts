/**
 * The network as read from Neo4j, once, for every engine: plain rows with their dates, so the one
 * date rule (network.ts) can compile the warm graph of any day from them, and the names answers
 * show (names.ts), so that an answer needs no read. Long texts (bios, project descriptions) stay
 * in the database and are read only when asked for (search holds descriptions' normalised words). Ties of every visibility arrive; only PUBLIC
 * ones are compiled into the shared network (network.ts), the others are per-viewer (sight.ts). Rows are plain data
 * (cloneable, packable for worker threads: share.ts); repeated strings (ids, dates) are one string.
 */
import { DEFAULT_STO_CAPACITY, type StoRole } from '../shared/model.ts';
import type { TieTable } from './tie-table.ts';

export interface PersonFields {
  hoursPerMonth: number | null;
  takingRequests: boolean;
  stoRole: StoRole | null;
  stoCapacity: number;
}

export interface Snapshot {
  /** The day "now" is measured from (YYYY-MM-DD). */
  today: string;
  people: PersonRow[];
  /** Availability and STO fields of the people who have any recorded (everyone else: defaults). */
  fields: Record<string, PersonFields>;
  /** Declared ties of every visibility, column by column (tie-table.ts). */
  ties: TieTable;
  projects: ProjectRow[];
  organisations: OrganisationRow[];
  /** Every membership, past and future ones included. */
  memberships: { personId: string; organisationId: string; since?: string; until?: string; role?: string }[];
  skills: SkillRow[];
  /** [personId, skillId, level]. */
  holdings: [string, string, number][];
  needs: { organisationId: string; skillId: string; priority: number }[];
}

export interface PersonRow {
  id: string;
  discoverable: boolean;
  /** Absent only in rows built by tests that never name anyone. */
  name?: string;
  nameKana?: string;
  nameLatin?: string;
}

export interface TieRow {
  a: string;
  b: string;
  strength: number;
  lastContact?: string;
  visibility: 'public' | 'organisation' | 'private';
  /** The declared context; with an English version, both packed into one text (`packContext`). */
  context?: string;
}

/**
 * A tie's context and its English version as one text, so the compiled graph keeps one dictionary
 * of contexts (compile.ts, share.ts, recompile.ts carry it unchanged) and only explain.ts unpacks
 * it. The separator is a control character, which validation refuses in stored text, so it cannot
 * occur in either part.
 */
const CONTEXT_SEPARATOR = '\u001f';

export function packContext(context: string | undefined, contextEn: string | undefined): string | undefined {
  if (contextEn === undefined) return context;
  return `${context ?? ''}${CONTEXT_SEPARATOR}${contextEn}`;
}

export function unpackContext(packed: string | null): { context: string | null; contextEn: string | null } {
  const at = packed === null ? -1 : packed.indexOf(CONTEXT_SEPARATOR);
  if (at < 0) return { context: packed, contextEn: null };
  return { context: packed!.slice(0, at) || null, contextEn: packed!.slice(at + 1) || null };
}

export interface ProjectRow {
  id: string;
  name?: string;
  nameEn?: string;
  start?: string;
  end?: string;
  participants: string[];
  /** Each participant's role ('' when none), parallel to `participants`; absent: no roles. */
  roles?: string[];
  /**
   * The description and its English version, normalised for search (shared/text.ts `normalise`),
   * which matches words in them; the texts themselves are read when an answer shows them.
   */
  words?: string;
  /** Organisations that led the project or partnered in it (absent: none); the explorer draws them. */
  organisations?: [string, 'LED' | 'PARTNERED_IN'][];
}

export interface OrganisationRow {
  id: string;
  sector: string;
  name?: string;
  nameKana?: string;
  nameEn?: string;
  prefecture?: string;
  url?: string;
}

export interface SkillRow {
  id: string;
  broader?: string;
  nameJa?: string;
  nameEn?: string;
  category?: string;
}

export const DEFAULT_FIELDS: PersonFields = {
  hoursPerMonth: null,
  takingRequests: true,
  stoRole: null,
  stoCapacity: DEFAULT_STO_CAPACITY,
};

/** Today in UTC, YYYY-MM-DD: the day every "now" in the network is measured from. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * FNV-1a over every value the engines compute with: a full reload that read the same data keeps
 * its version (a reload after Cypher by hand that changed nothing the network holds must not make
 * the workers recompile a national network or mark finished analyses stale). Labels — names, tie
 * contexts, roles — are left out: no computation reads them (names.ts does, from the current
 * network), and they never cross to the workers (share.ts).
 */
export function fingerprint(data: Snapshot): string {
  let h = 0x811c9dc5;
  const mix = (...values: unknown[]) => {
    for (const value of values) {
      const text = String(value);
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      h = Math.imul(h ^ 0x1f, 0x01000193); // field separator
    }
  };
  mix(data.today);
  for (const p of data.people) mix(p.id, p.discoverable);
  for (const [id, f] of Object.entries(data.fields).sort(([a], [b]) => (a < b ? -1 : 1)))
    mix(id, f.hoursPerMonth, f.takingRequests, f.stoRole, f.stoCapacity);
  const { ties } = data;
  for (let i = 0; i < ties.length; i++)
    mix(ties.a(i), ties.b(i), ties.columns.strength[i], ties.lastContact(i), ties.visibility(i));
  for (const p of data.projects) mix(p.id, p.start, p.end, [...p.participants].sort().join('|'));
  for (const o of data.organisations) mix(o.id, o.sector);
  for (const m of data.memberships) mix(m.personId, m.organisationId, m.since, m.until, m.role);
  for (const k of data.skills) mix(k.id, k.broader);
  for (const [p, k, level] of data.holdings) mix(p, k, level);
  for (const n of data.needs) mix(n.organisationId, n.skillId, n.priority);
  return `${(h >>> 0).toString(16)}:${data.people.length}:${data.ties.length}`;
}
