/**
 * The stored side of matching, read from Neo4j. An organisation's import sees the people its
 * owner may see; an administrator's (or the CLI's) everyone.
 */
import type { Db } from '../../../db/driver.ts';
import { today } from '../../../graph/snapshot.ts';
import type { OrgRecord, PersonRecord, SkillRecord } from './matcher.ts';
import type { MatchKind, MatchLookup } from './resolve.ts';

const CHUNK = 10_000;

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

async function chunked<T>(ids: string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await read(ids.slice(i, i + CHUNK))));
  return out;
}

export interface MatchViewer {
  organisationId: string;
  personId: string | null;
}

/** `viewer`: the organisation an import is for and the importing account's person; none: everyone. */
export function dbMatchLookup(db: Db, viewer?: MatchViewer): MatchLookup {
  return {
    async existing(kind: MatchKind, ids: string[]) {
      const rows = await chunked(ids, (chunk) =>
        db.read((tx) => tx.run('match-existing', { ids: chunk }, { label: kind })),
      );
      return new Set(rows.map((r) => String(r.id)));
    },
    async aliases(kind: MatchKind, ids: string[]) {
      const rows = await chunked(ids, (chunk) =>
        db.read((tx) => tx.run('match-aliases', { ids: chunk }, { label: kind })),
      );
      return new Map(rows.map((r) => [String(r.alias), String(r.id)]));
    },
    async organisations(): Promise<OrgRecord[]> {
      const rows = await db.read((tx) => tx.run('match-organisations'));
      return rows.map((r) => ({
        id: String(r.id),
        name: String(r.name ?? ''),
        nameKana: text(r.nameKana),
        nameEn: text(r.nameEn),
        prefecture: text(r.prefecture),
      }));
    },
    async skills(): Promise<SkillRecord[]> {
      const rows = await db.read((tx) => tx.run('match-skills'));
      return rows.map((r) => ({ id: String(r.id), nameJa: text(r.nameJa), nameEn: text(r.nameEn) }));
    },
    async people(): Promise<PersonRecord[]> {
      const rows = await db.read((tx) =>
        tx.run('match-people', {
          everyone: !viewer,
          viewerPerson: viewer?.personId ?? null,
          viewerEditorOrganisations: viewer ? [viewer.organisationId] : [],
          today: today(),
        }),
      );
      return rows.map((r) => ({
        id: String(r.id),
        name: String(r.name ?? ''),
        nameKana: text(r.nameKana),
        nameLatin: text(r.nameLatin),
        email: text(r.email),
        organisations: (r.organisations as unknown[]).map(String),
      }));
    },
  };
}
