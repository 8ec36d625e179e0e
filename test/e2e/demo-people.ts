/** People of the demo network that the browser tests ask about, chosen from the dataset itself. */
import { demoDataset } from '../../seed/demo/index.ts';

/** 田中 花子, who asks for introductions in the browser tests. */
export const SOURCE = 'p001';

/**
 * Someone two steps from the source: no declared tie, project or organisation in common with her,
 * but a declared (non-private) tie with someone she knows. Chosen by id among people whose name
 * is unique, so the search finds exactly them.
 */
export function strangerTwoStepsAway(): { id: string; name: string } {
  const { people, ties, participations, memberships } = demoDataset;
  const orgs = new Set(memberships.filter((m) => m.personId === SOURCE).map((m) => m.organisationId));
  const colleagues = new Set(memberships.filter((m) => orgs.has(m.organisationId)).map((m) => m.personId));
  const projects = new Set(participations.filter((p) => p.personId === SOURCE).map((p) => p.projectId));
  const coworkers = new Set(participations.filter((p) => projects.has(p.projectId)).map((p) => p.personId));
  const tied = (id: string, usable: boolean) =>
    new Set(
      ties
        .filter((t) => !usable || t.visibility !== 'private')
        .flatMap((t) => (t.personId === id ? [t.otherPersonId] : t.otherPersonId === id ? [t.personId] : [])),
    );
  const friends = tied(SOURCE, true);
  const anyTie = tied(SOURCE, false);
  const names = new Map<string, number>();
  for (const p of people) names.set(p.name, (names.get(p.name) ?? 0) + 1);
  const stranger = people
    .filter((p) => p.id !== SOURCE && p.discoverable !== false && names.get(p.name) === 1)
    .filter((p) => !anyTie.has(p.id) && !colleagues.has(p.id) && !coworkers.has(p.id))
    .find((p) => [...tied(p.id, true)].some((id) => friends.has(id)));
  if (!stranger) throw new Error('the demo network has no one exactly two declared ties from p001');
  return stranger;
}
