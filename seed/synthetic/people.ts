/**
 * People and their memberships. Everybody has a main organisation (from the layout); about 38 %
 * also hold a second membership, mostly inside their cluster: a current side role (board seat,
 * volunteering) or a former job, the overlaps that connect organisations. Former jobs carry an
 * `until`, which makes about 15 % of memberships past ones. No emails: benchmarks do not need
 * them and fake addresses would only invite confusion with real ones.
 */
import type { MembershipRow, OrganisationRow, PersonRow } from '../../server/shared/dataset.ts';
import { GIVEN_NAMES, OKINAWA_SURNAMES, SURNAMES, type NamePart } from '../demo/names.ts';
import { LATEST_DAY, dateOf, dayOf } from './calendar.ts';
import type { Cluster, Layout } from './organisations.ts';
import { OKINAWA } from './places.ts';
import type { Random } from './random.ts';
import { SECTOR_SPECS } from './sectors.ts';

export interface PeopleResult {
  people: PersonRow[];
  memberships: MembershipRow[];
}

const SECOND_MEMBERSHIP = 0.38;
const FORMER_JOB = 0.7;
const HIDDEN = 0.01;

/** Name triples are shared between people with the same name, not rebuilt per person. */
function nameCache(): (surname: NamePart, given: NamePart) => readonly [string, string, string] {
  const cache = new Map<string, readonly [string, string, string]>();
  return (surname, given) => {
    const key = `${surname[0]}|${given[0]}`;
    let names = cache.get(key);
    if (names === undefined) {
      names = [`${surname[0]} ${given[0]}`, `${surname[1]} ${given[1]}`, `${surname[2]} ${given[2]}`];
      cache.set(key, names);
    }
    return names;
  };
}

/** A random day in [from, to]; `from` when the range is empty. */
const dayBetween = (random: Random, from: number, to: number): number => (to <= from ? from : random.int(from, to));
const aprilFirst = (year: number): number => dayOf(`${year}-04-01`);

export function buildPeople(random: Random, layout: Layout, personIds: readonly string[]): PeopleResult {
  const names = nameCache();
  const people: PersonRow[] = [];
  const memberships: MembershipRow[] = [];
  const { organisations, orgPersonStart, founded } = layout;
  for (let o = 0; o < organisations.length; o++) {
    const organisation = organisations[o] as OrganisationRow;
    const spec = SECTOR_SPECS[organisation.sector];
    const cluster = layout.clusters[layout.orgCluster[o] as number] as Cluster;
    const okinawan = organisation.prefecture === OKINAWA;
    const start = orgPersonStart[o] as number;
    const foundedDay = aprilFirst(founded[o] as number);
    for (let p = start; p < (orgPersonStart[o + 1] as number); p++) {
      const personId = personIds[p] as string;
      const rank = p - start;
      // The first people of an organisation hold its senior titles; they have been there longest.
      const lead = rank < spec.leadRoles.length;
      const role = lead ? (spec.leadRoles[rank] as string) : random.pick(spec.staffRoles);
      const sinceDay = lead
        ? dayBetween(random, foundedDay, Math.min(foundedDay + 8 * 365, LATEST_DAY - 365))
        : dayBetween(random, Math.max(foundedDay, aprilFirst(2000)), LATEST_DAY - 30);
      memberships.push({ personId, organisationId: organisation.id, role, since: dateOf(sinceDay) });
      let bio = `${layout.shortNames[o]}の${role}として、${cluster.theme.work}に取り組んでいる。`;
      if (random.chance(SECOND_MEMBERSHIP)) {
        const side = secondMembership(random, layout, o, cluster, personId, sinceDay);
        if (side !== undefined) {
          memberships.push(side.membership);
          bio = side.past
            ? `${side.shortName}を経て、${layout.shortNames[o]}の${role}を務めている。`
            : `${layout.shortNames[o]}の${role}。${side.shortName}の${side.membership.role}も務める。`;
        }
      }
      const surnames = okinawan && random.chance(0.7) ? OKINAWA_SURNAMES : SURNAMES;
      const [name, nameKana, nameLatin] = names(random.pick(surnames), random.pick(GIVEN_NAMES));
      people.push({ id: personId, name, nameKana, nameLatin, bio, discoverable: !random.chance(HIDDEN) });
    }
  }
  return { people, memberships };
}

interface SideMembership {
  membership: MembershipRow;
  past: boolean;
  shortName: string;
}

/** A side role or former job, 75 % in the person's own cluster; none if there is nowhere to go. */
function secondMembership(
  random: Random,
  layout: Layout,
  own: number,
  cluster: Cluster,
  personId: string,
  mainSinceDay: number,
): SideMembership | undefined {
  const count = layout.organisations.length;
  const local = cluster.orgEnd - cluster.orgStart > 1 && random.chance(0.75);
  const target = local ? random.int(cluster.orgStart, cluster.orgEnd - 1) : random.int(0, count - 1);
  if (target === own) return undefined;
  const organisation = layout.organisations[target] as OrganisationRow;
  const spec = SECTOR_SPECS[organisation.sector];
  const targetFounded = aprilFirst(layout.founded[target] as number);
  const shortName = layout.shortNames[target] as string;
  // A former job ends before the current one starts, so it needs a year of room before that.
  const latestFormerStart = mainSinceDay - 366;
  if (random.chance(FORMER_JOB) && latestFormerStart > targetFounded) {
    const since = dayBetween(random, Math.max(targetFounded, mainSinceDay - 15 * 365), latestFormerStart);
    const until = dayBetween(random, since + 180, Math.min(since + 8 * 365, mainSinceDay - 1));
    const role = random.pick(spec.staffRoles);
    const membership = { personId, organisationId: organisation.id, role, since: dateOf(since), until: dateOf(until) };
    return { membership, past: true, shortName };
  }
  const since = dayBetween(random, Math.max(targetFounded, mainSinceDay), LATEST_DAY);
  const role = random.pick(spec.sideRoles);
  return {
    membership: { personId, organisationId: organisation.id, role, since: dateOf(since) },
    past: false,
    shortName,
  };
}
