/**
 * An import-shaped Dataset (demo, synthetic generator) as the assets computations read it from
 * the database: private ties left out, people discoverable unless marked otherwise. Tests compare
 * API answers with answers computed from this, and the benchmark uses it to time the engine alone.
 */
import type { Dataset } from '../../server/shared/dataset.ts';
import type { AssetsData } from '../../server/graph/network.ts';

const opt = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : { [key]: value });

export function assetsDataFromDataset(dataset: Dataset, today: string): AssetsData {
  const participants = new Map<string, string[]>(dataset.projects.map((p) => [p.id, []]));
  for (const row of dataset.participations) participants.get(row.projectId)?.push(row.personId);
  return {
    today,
    people: dataset.people.map((p) => ({ id: p.id, discoverable: p.discoverable !== false })),
    ties: dataset.ties
      .filter((t) => t.visibility !== 'private')
      .map((t) => ({
        a: t.personId,
        b: t.otherPersonId,
        strength: t.strength,
        visibility: t.visibility === 'organisation' ? 'organisation' : 'public',
        ...opt('lastContact', t.lastContact),
      })),
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
    })),
    skills: dataset.skills.map((s) => ({ id: s.id, ...opt('broader', s.broader) })),
    holdings: dataset.skillHoldings.map((h) => [h.personId, h.skillId, h.level]),
    needs: dataset.needs.map((n) => ({ organisationId: n.organisationId, skillId: n.skillId, priority: n.priority })),
  };
}
