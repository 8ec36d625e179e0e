/**
 * Maps an import-shaped Dataset (demo, synthetic generator, files) to the engine's input, the way
 * the database layer will: people default to discoverable, a tie without visibility is public,
 * and an organisation's current members are those whose membership has no `until` or an `until`
 * strictly after `today` (docs: "until in the future"; a membership ending today counts as ended).
 * Benchmarks and tests share this one adapter.
 */
import type { Dataset } from '../../server/shared/dataset.ts';
import type { IntroductionInput } from '../../server/graph/evidence.ts';

export function inputFromDataset(dataset: Dataset, today: string): IntroductionInput {
  const participants = new Map<string, string[]>(dataset.projects.map((p) => [p.id, []]));
  for (const row of dataset.participations) participants.get(row.projectId)?.push(row.personId);
  const members = new Map<string, string[]>(dataset.organisations.map((o) => [o.id, []]));
  for (const row of dataset.memberships) {
    if (row.until === undefined || row.until > today) members.get(row.organisationId)?.push(row.personId);
  }
  return {
    today,
    people: dataset.people.map((p) => ({ id: p.id, discoverable: p.discoverable !== false })),
    knows: dataset.ties.map((t) => ({
      a: t.personId,
      b: t.otherPersonId,
      strength: t.strength,
      ...(t.lastContact === undefined ? {} : { lastContact: t.lastContact }),
      visibility: t.visibility ?? 'public',
    })),
    projects: dataset.projects.map((p) => ({
      id: p.id,
      ...(p.end === undefined ? {} : { end: p.end }),
      participants: participants.get(p.id) ?? [],
    })),
    organisations: dataset.organisations.map((o) => ({ id: o.id, currentMembers: members.get(o.id) ?? [] })),
  };
}
