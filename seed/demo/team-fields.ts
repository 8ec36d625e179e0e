/**
 * What the team composer and STO–NPO matching need beyond the rest of the demo (hand-written):
 * the four STOs and a few STO candidates with their capacity, and the hours some experts can give
 * (or that they are not taking requests). Everyone else has no stated hours and takes requests.
 */
import type { PersonRow } from '../../server/shared/dataset.ts';

/** Ids the tests rely on, written out literally (see fixtures.ts for why). */
export const TEAM_FIXTURES = {
  /** STOs and their recorded capacity (p004 serves four NPOs; the others three). */
  stos: { p003: 3, p004: 4, p005: 3, p006: undefined },
  /** STO candidates and their capacity (undefined: the default, 3). */
  stoCandidates: { p022: 2, p099: 3, p104: undefined },
  /** An expert who holds sought-after IT skills but is not taking requests. */
  notTakingRequests: 'p103',
} as const;

const HOURS: Readonly<Record<string, number>> = {
  p003: 12,
  p004: 16,
  p005: 10,
  p006: 12,
  p016: 10,
  p022: 8,
  p096: 4,
  p099: 6,
  p101: 8,
  p104: 6,
  p111: 12,
  p149: 6,
};

export function applyTeamFields(people: PersonRow[]): void {
  const byId = new Map(people.map((p) => [p.id, p]));
  const person = (id: string) => {
    const p = byId.get(id);
    if (!p) throw new Error(`demo team fields: no person ${id}`);
    return p;
  };
  for (const [id, hours] of Object.entries(HOURS)) person(id).hoursPerMonth = hours;
  person(TEAM_FIXTURES.notTakingRequests).takingRequests = false;
  const roles = [
    ['sto', TEAM_FIXTURES.stos],
    ['sto_candidate', TEAM_FIXTURES.stoCandidates],
  ] as const;
  for (const [role, list] of roles) {
    for (const [id, capacity] of Object.entries(list)) {
      const p = person(id);
      p.stoRole = role;
      if (capacity !== undefined) p.stoCapacity = capacity;
    }
  }
}
