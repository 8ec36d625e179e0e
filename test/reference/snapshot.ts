/**
 * An import-shaped Dataset (demo, synthetic generator, fixtures) as the graph store reads it from
 * the database (server/graph/load.ts): private ties left out, people discoverable unless marked
 * otherwise, every membership with its dates and role. Tests compare API answers with answers
 * computed from this, and benchmarks use it to time the engines alone.
 */
import { compileNetwork } from '../../server/graph/network.ts';
import { DEFAULT_FIELDS, type PersonFields, type Snapshot } from '../../server/graph/snapshot.ts';
import { assetsNetwork, type AssetsNetwork } from '../../server/features/assets/engine/warm-network.ts';
import type { Dataset } from '../../server/shared/dataset.ts';
import { TieTable } from '../../server/graph/tie-table.ts';

const opt = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : { [key]: value });

export function snapshotFromDataset(dataset: Dataset, today: string): Snapshot {
  const participants = new Map<string, string[]>(dataset.projects.map((p) => [p.id, []]));
  for (const row of dataset.participations) participants.get(row.projectId)?.push(row.personId);
  const fields: Record<string, PersonFields> = {};
  for (const p of dataset.people) {
    if (p.hoursPerMonth !== undefined || p.takingRequests === false || p.stoRole !== undefined) {
      fields[p.id] = {
        hoursPerMonth: p.hoursPerMonth ?? null,
        takingRequests: p.takingRequests !== false,
        stoRole: p.stoRole ?? null,
        stoCapacity: p.stoCapacity ?? DEFAULT_FIELDS.stoCapacity,
      };
    }
  }
  return {
    today,
    people: dataset.people.map((p) => ({ id: p.id, discoverable: p.discoverable !== false })),
    fields,
    ties: TieTable.from(
      dataset.ties
        .filter((t) => t.visibility !== 'private')
        .map((t) => ({
          a: t.personId,
          b: t.otherPersonId,
          strength: t.strength,
          visibility: t.visibility === 'organisation' ? 'organisation' : 'public',
          ...opt('lastContact', t.lastContact),
        })),
    ),
    projects: dataset.projects
      .filter((p) => (participants.get(p.id) ?? []).length > 0)
      .map((p) => ({
        id: p.id,
        participants: participants.get(p.id)!,
        ...opt('start', p.start),
        ...opt('end', p.end),
      })),
    organisations: dataset.organisations.map((o) => ({ id: o.id, sector: o.sector })),
    memberships: dataset.memberships.map((m) => ({
      personId: m.personId,
      organisationId: m.organisationId,
      ...opt('since', m.since),
      ...opt('until', m.until),
      ...opt('role', m.role),
    })),
    skills: dataset.skills.map((s) => ({ id: s.id, ...opt('broader', s.broader) })),
    holdings: dataset.skillHoldings.map((h) => [h.personId, h.skillId, h.level]),
    needs: dataset.needs.map((n) => ({ organisationId: n.organisationId, skillId: n.skillId, priority: n.priority })),
  };
}

/** The assets view of the network of `date` (default: the snapshot's today). */
export const assetsNetworkOn = (snapshot: Snapshot, date?: string): AssetsNetwork =>
  assetsNetwork(compileNetwork(snapshot, date));
