/**
 * Generated people and their memberships: the hand-written key people plus enough generated
 * people to fill every organisation to its profile size, each with a main affiliation and, for
 * some, a second or third role (board seat, volunteering, a former job) at a collaborating
 * organisation — the overlaps that make the network worth exploring.
 */
import type { MembershipRow, OrganisationRow, PersonRow, Sector } from '../../server/shared/dataset.ts';
import { addDays, maxDate, randomDate } from './dates.ts';
import type { KeyPerson } from './key-people.ts';
import { GIVEN_NAMES, OKINAWA_SURNAMES, SURNAMES, type NamePart } from './names.ts';
import { profileOf } from './organisations.ts';
import type { Random } from './random.ts';

export const PEOPLE_TOTAL = 160;

export interface PeopleResult {
  people: PersonRow[];
  memberships: MembershipRow[];
  /** personId → organisationId of the main affiliation (absent for full-time-freelance STOs). */
  mainOrganisation: Map<string, string>;
}

interface Context {
  random: Random;
  organisations: ReadonlyMap<string, OrganisationRow>;
  collaborators: ReadonlyMap<string, ReadonlySet<string>>;
  usedNames: Set<string>;
  usedEmails: Set<string>;
}

/** Titles for a side role, by the sector of the organisation where it is held. */
const SIDE_ROLES: Readonly<Record<Sector, readonly string[]>> = {
  npo: ['理事', 'ボランティア', 'ボランティア', 'プロボノ', '監事'],
  government: ['審議会委員'],
  company: ['アドバイザー'],
  foundation: ['評議員', '選考委員'],
  academia: ['客員研究員'],
  community: ['会員', 'メンバー'],
  other: ['ボランティア', '組合員'],
};

const PARTICIPANT_ROLES = new Set(['ボランティア', '会員', '組合員', 'メンバー', '運営メンバー']);

export function buildPeople(
  random: Random,
  keyPeople: readonly KeyPerson[],
  organisations: readonly OrganisationRow[],
  collaborators: ReadonlyMap<string, ReadonlySet<string>>,
): PeopleResult {
  const ctx: Context = {
    random,
    organisations: new Map(organisations.map((o) => [o.id, o])),
    collaborators,
    usedNames: new Set(keyPeople.map((k) => k.person.name)),
    usedEmails: new Set(keyPeople.flatMap((k) => (k.person.email === undefined ? [] : [k.person.email]))),
  };
  const people: PersonRow[] = keyPeople.map((k) => k.person);
  const memberships: MembershipRow[] = keyPeople.flatMap((k) =>
    k.memberships.map((m) => ({ personId: k.person.id, ...m })),
  );
  const mainOrganisation = new Map<string, string>();
  for (const k of keyPeople) {
    const main = k.memberships.find((m) => m.role !== 'STO');
    if (main !== undefined) mainOrganisation.set(k.person.id, main.organisationId);
  }

  const takenLeadRoles = new Set(memberships.map((m) => `${m.organisationId}:${m.role ?? ''}`));
  let next = keyPeople.length + 1;
  for (const organisationId of openSlots(organisations, mainOrganisation, keyPeople.length)) {
    const id = `p${String(next++).padStart(3, '0')}`;
    const organisation = ctx.organisations.get(organisationId) as OrganisationRow;
    const main = mainMembership(ctx, id, organisation, takenLeadRoles);
    const side = sideMemberships(ctx, id, organisation, main);
    people.push(generatedPerson(ctx, id, organisation, main, side));
    memberships.push(main, ...side);
    mainOrganisation.set(id, organisationId);
  }
  return { people, memberships, mainOrganisation };
}

/** One entry per generated person, naming their organisation, so every org reaches its size. */
function openSlots(
  organisations: readonly OrganisationRow[],
  mainOrganisation: ReadonlyMap<string, string>,
  keyCount: number,
): string[] {
  const keyMains = [...mainOrganisation.values()];
  const slots = organisations.flatMap((o) => {
    const open = profileOf(o.id).size - keyMains.filter((id) => id === o.id).length;
    return Array.from({ length: Math.max(0, open) }, () => o.id);
  });
  if (slots.length !== PEOPLE_TOTAL - keyCount) {
    throw new Error(`organisation sizes give ${slots.length + keyCount} people, expected ${PEOPLE_TOTAL}`);
  }
  return slots;
}

function mainMembership(
  ctx: Context,
  personId: string,
  organisation: OrganisationRow,
  takenLeadRoles: Set<string>,
): MembershipRow {
  const profile = profileOf(organisation.id);
  const leadRole = profile.leadRoles.find((role) => !takenLeadRoles.has(`${organisation.id}:${role}`));
  const founded = `${profile.founded}-04-01`;
  if (leadRole !== undefined) {
    takenLeadRoles.add(`${organisation.id}:${leadRole}`);
    // Senior people have usually been there since the early years.
    const since = randomDate(ctx.random, founded, `${Math.min(profile.founded + 6, 2022)}-03-31`);
    return { personId, organisationId: organisation.id, role: leadRole, since };
  }
  const earliest = profile.founded < 2008 ? '2008-04-01' : founded;
  const since = randomDate(ctx.random, earliest, '2025-10-01');
  return { personId, organisationId: organisation.id, role: ctx.random.pick(profile.staffRoles), since };
}

/** 0–2 extra memberships: a side role at a collaborating organisation and/or a former job. */
function sideMemberships(
  ctx: Context,
  personId: string,
  organisation: OrganisationRow,
  main: MembershipRow,
): MembershipRow[] {
  const side: MembershipRow[] = [];
  const used = new Set([organisation.id]);
  if (ctx.random.chance(0.4)) {
    const target = sideOrganisation(ctx, organisation.id, used);
    if (target !== undefined) {
      used.add(target.id);
      const earliest = maxDate(main.since ?? '2012-04-01', `${profileOf(target.id).founded}-04-01`);
      const since = randomDate(ctx.random, maxDate(earliest, '2012-04-01'), '2025-12-01');
      side.push({ personId, organisationId: target.id, role: ctx.random.pick(SIDE_ROLES[target.sector]), since });
    }
  }
  const mainSince = main.since ?? '2015-04-01';
  if (ctx.random.chance(0.18) && mainSince >= '2012-04-01') {
    const until = addDays(mainSince, -1);
    const since = addDays(until, -ctx.random.int(700, 2900));
    const former = formerEmployer(ctx, organisation, used, Number(since.slice(0, 4)));
    if (former !== undefined) {
      side.push({
        personId,
        organisationId: former.id,
        role: ctx.random.pick(profileOf(former.id).staffRoles),
        since,
        until,
      });
    }
  }
  return side;
}

/** Side roles mostly go to organisations that already worked with the person's own. */
function sideOrganisation(ctx: Context, ownId: string, used: ReadonlySet<string>): OrganisationRow | undefined {
  const partners = [...(ctx.collaborators.get(ownId) ?? [])].filter((id) => !used.has(id));
  const npos = [...ctx.organisations.values()].filter((o) => o.sector === 'npo' && !used.has(o.id));
  const pool = partners.length > 0 && ctx.random.chance(0.75) ? partners.map((id) => ctx.organisations.get(id)) : npos;
  const candidates = pool.filter((o): o is OrganisationRow => o !== undefined);
  return candidates.length === 0 ? undefined : ctx.random.pick(candidates);
}

/** People change jobs within their field more often than across it. */
function formerEmployer(
  ctx: Context,
  own: OrganisationRow,
  used: ReadonlySet<string>,
  sinceYear: number,
): OrganisationRow | undefined {
  const all = [...ctx.organisations.values()].filter(
    (o) => !used.has(o.id) && o.sector !== 'community' && profileOf(o.id).founded < sinceYear,
  );
  const sameSector = all.filter((o) => o.sector === own.sector);
  const pool = sameSector.length > 0 && ctx.random.chance(0.6) ? sameSector : all;
  return pool.length === 0 ? undefined : ctx.random.pick(pool);
}

function generatedPerson(
  ctx: Context,
  id: string,
  organisation: OrganisationRow,
  main: MembershipRow,
  side: readonly MembershipRow[],
): PersonRow {
  const [family, given] = uniqueName(ctx, organisation.prefecture === '沖縄県');
  const domain = ['npo', 'community', 'foundation', 'other'].includes(organisation.sector)
    ? 'example.org'
    : 'example.jp';
  return {
    id,
    name: `${family[0]} ${given[0]}`,
    nameKana: `${family[1]} ${given[1]}`,
    nameLatin: `${family[2]} ${given[2]}`,
    bio: bioFor(ctx, organisation, main, side),
    email: uniqueEmail(ctx, `${given[2]}.${family[2]}`.toLowerCase(), domain),
    discoverable: true,
  };
}

function uniqueName(ctx: Context, okinawan: boolean): [NamePart, NamePart] {
  for (;;) {
    const surnames = okinawan && ctx.random.chance(0.7) ? OKINAWA_SURNAMES : SURNAMES;
    const family = ctx.random.pick(surnames);
    const given = ctx.random.pick(GIVEN_NAMES);
    const name = `${family[0]} ${given[0]}`;
    if (!ctx.usedNames.has(name)) {
      ctx.usedNames.add(name);
      return [family, given];
    }
  }
}

function uniqueEmail(ctx: Context, local: string, domain: string): string {
  for (let n = 1; ; n++) {
    const email = `${local}${n === 1 ? '' : n}@${domain}`;
    if (!ctx.usedEmails.has(email)) {
      ctx.usedEmails.add(email);
      return email;
    }
  }
}

/** Bios read "NPO法人こどもごはんネット東京", without the space kept in the org name. */
function bioName(organisation: OrganisationRow): string {
  return organisation.name.replace(
    /^(NPO法人|一般社団法人|公益財団法人|一般財団法人|社会福祉法人|生活協同組合) /,
    '$1',
  );
}

function bioFor(
  ctx: Context,
  organisation: OrganisationRow,
  main: MembershipRow,
  side: readonly MembershipRow[],
): string {
  const work = profileOf(organisation.id).work;
  const who = `${bioName(organisation)}の${main.role ?? 'メンバー'}`;
  const current = side.find((m) => m.until === undefined);
  const former = side.find((m) => m.until !== undefined);
  if (current !== undefined) {
    const other = ctx.organisations.get(current.organisationId) as OrganisationRow;
    return `${who}として${work}に取り組みながら、${bioName(other)}の${current.role ?? 'メンバー'}も務めている。`;
  }
  if (former !== undefined) {
    const other = ctx.organisations.get(former.organisationId) as OrganisationRow;
    return `${bioName(other)}での勤務を経て、${who}として${work}に携わっている。`;
  }
  if (PARTICIPANT_ROLES.has(main.role ?? '')) return `${who}として${work}に参加している。`;
  return ctx.random.pick([`${who}として、${work}に取り組んでいる。`, `${who}で、${work}を担当している。`]);
}
