/**
 * What the team composer and STO matching read besides the introduction projection: people's
 * availability and STO role (one small query), needs, and who holds a skill (the skill or a
 * narrower one, through BROADER at any depth) at a minimum level — the same rule as introductions.
 */
import type { Db, Tx } from '../../db/driver.ts';
import { AppError } from '../../errors.ts';
import type { Projection } from '../../graph/store.ts';
import { modelOf } from '../../shared/kinds.ts';
import { DEFAULT_STO_CAPACITY, type Kind, type SkillModel, type StoRole } from '../../shared/model.ts';
import { findNode } from '../catalogue/nodes.ts';

export interface PersonFields {
  hoursPerMonth: number | null;
  takingRequests: boolean;
  stoRole: StoRole | null;
  stoCapacity: number;
  discoverable: boolean;
}

/** Person id → recorded fields, for people with any of them recorded. */
export async function personFields(db: Db): Promise<Map<string, PersonFields>> {
  const rows = await db.read((tx) => tx.run('teams-person-fields'));
  return new Map(
    rows.map((r) => [
      String(r.id),
      {
        hoursPerMonth: typeof r.hoursPerMonth === 'number' ? r.hoursPerMonth : null,
        takingRequests: r.takingRequests !== false,
        stoRole: (r.stoRole as StoRole | null) ?? null,
        stoCapacity: typeof r.stoCapacity === 'number' ? r.stoCapacity : DEFAULT_STO_CAPACITY,
        discoverable: r.discoverable !== false,
      },
    ]),
  );
}

export async function needsByOrganisation(db: Db): Promise<Map<string, { skillId: string; priority: number }[]>> {
  const rows = await db.read((tx) => tx.run('matching-needs'));
  const needs = new Map<string, { skillId: string; priority: number }[]>();
  for (const r of rows) {
    const list = needs.get(String(r.organisationId)) ?? [];
    list.push({ skillId: String(r.skillId), priority: Number(r.priority) });
    needs.set(String(r.organisationId), list);
  }
  return needs;
}

export interface Holding {
  personId: string;
  heldSkillId: string;
  level: number;
}

/** Skill id → (person id → their best qualifying holding: highest level, then lowest skill id). */
export function qualifyingHolders(p: Projection, skillId: string, minLevel: number): Map<string, Holding> {
  const skills = [skillId];
  for (let i = 0; i < skills.length; i++)
    for (const child of p.narrower.get(skills[i]) ?? []) if (!skills.includes(child)) skills.push(child);
  const best = new Map<string, Holding>();
  for (const heldSkillId of skills.sort()) {
    for (const [personId, level] of p.holders.get(heldSkillId) ?? []) {
      const index = p.graph.indexOf.get(personId);
      if (level < minLevel || index === undefined || p.graph.discoverable[index] !== 1) continue;
      const current = best.get(personId);
      if (!current || level > current.level) best.set(personId, { personId, heldSkillId, level });
    }
  }
  return best;
}

/** NOT_FOUND unless the node exists (and, for a person, is discoverable: hidden people are absent). */
export async function requireVisible(tx: Tx, kind: Kind, id: string, field: string): Promise<void> {
  const node = await findNode(tx, kind, id);
  if (!node || (kind === 'Person' && node.discoverable === false)) {
    throw new AppError('NOT_FOUND', `${field}: no ${kind.toLowerCase()} with id "${id}"`, field);
  }
}

/** Every skill with its broader skill's id and its number of discoverable holders. */
export async function skillHierarchy(
  db: Db,
): Promise<{ skill: SkillModel; broaderId: string | null; holders: number }[]> {
  const rows = await db.read((tx) => tx.run('teams-skill-hierarchy'));
  return rows.map((r) => ({
    skill: modelOf('Skill', r.skill as Record<string, never>) as SkillModel,
    broaderId: typeof r.broaderId === 'string' ? r.broaderId : null,
    holders: Number(r.holders),
  }));
}
