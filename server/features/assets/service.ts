/**
 * The assets API for one organisation: validates the question, checks the organisation (and
 * person) exist, asks the interactive worker, and names the answer. See docs/assets.md.
 */
import { z } from 'zod';
import type { Db } from '../../db/driver.ts';
import { badInput } from '../../errors.ts';
import { today } from '../../graph/snapshot.ts';
import { currentNetwork, type Current } from '../../graph/store.ts';
import { requireVisible } from '../../graph/visibility.ts';
import { Names } from '../../graph/names.ts';
import * as v from '../../shared/validation.ts';
import type { OrganisationAnswer } from './engine/engine.ts';
import { AssetsWorker } from './runner.ts';
import type { TrendPoint } from './engine/trend.ts';
import { yearlyDates } from './engine/trend.ts';

const workers = new WeakMap<Db, AssetsWorker>();
export const interactiveWorker = (db: Db): AssetsWorker =>
  workers.get(db) ?? workers.set(db, new AssetsWorker()).get(db)!;

const hopsSchema = z.number().int().min(1, 'must be from 1 to 3').max(3, 'must be from 1 to 3');
const pastDate = v.isoDate.refine((d) => d <= today(), 'must not be in the future');

/** The organisation's id, checked against the current network (NOT_FOUND when unknown), and that network. */
async function requireOrganisation(db: Db, raw: unknown): Promise<{ id: string; current: Current }> {
  const id = v.parse(v.id, raw, 'organisationId');
  const current = await currentNetwork(db);
  requireVisible(current.network, 'Organisation', id, 'organisationId');
  return { id, current };
}

function ask<T>(db: Db, current: Current, method: Parameters<AssetsWorker['call']>[1], args: object): Promise<T> {
  return interactiveWorker(db).call<T>(current, method, args);
}

export async function organisationAssets(
  db: Db,
  raw: { organisationId: string; hops?: number | null; skillIds?: readonly string[] | null; date?: string | null },
  texts = true,
) {
  const hops = v.parse(hopsSchema, raw.hops ?? 2, 'hops');
  const skillIds = v.parse(z.array(v.id).max(50, 'takes at most 50 skills'), raw.skillIds ?? [], 'skillIds');
  const date = raw.date == null ? undefined : v.parse(pastDate, raw.date, 'date');
  const { id: organisationId, current } = await requireOrganisation(db, raw.organisationId);
  const answer = await ask<OrganisationAnswer>(db, current, 'organisation', { organisationId, hops, skillIds, date });
  const names = await new Names(current.network)
    .organisations([organisationId, ...answer.risks.flatMap((r) => r.lostOrganisations)])
    .skills([
      ...answer.coverage.map((c) => c.skillId),
      ...answer.risks.flatMap((r) => [...r.lostSkills, ...r.lostNeeds]),
    ])
    .people([
      ...answer.coverage.flatMap((c) => [...c.paths.flat(), ...c.singlePoints]),
      ...answer.risks.flatMap((r) => [r.personId, ...r.samplePeople]),
    ])
    .load(db, texts);
  return {
    organisation: names.organisation(organisationId)!,
    date: answer.date,
    hops,
    members: answer.members,
    skillsInside: answer.skillsInside,
    reach: answer.byHops,
    bridgedSectors: answer.bridgedSectors,
    coverage: answer.coverage.flatMap((c) => {
      const skill = names.skill(c.skillId);
      if (!skill) return [];
      return [
        {
          ...c,
          skill,
          status: c.status.toUpperCase() as 'INSIDE',
          paths: c.paths.map((p) => names.all(p, names.person)),
          singlePoints: names.all(c.singlePoints, names.person),
        },
      ];
    }),
    risks: answer.risks.flatMap((r) => {
      const person = names.person(r.personId);
      if (!person) return [];
      return [
        {
          person,
          lostPeople: r.lostPeople,
          samplePeople: names.all(r.samplePeople, names.person),
          lostOrganisations: names.all(r.lostOrganisations, names.organisation),
          lostSkills: names.all(r.lostSkills, names.skill),
          lostNeeds: names.all(r.lostNeeds, names.skill),
        },
      ];
    }),
  };
}

interface ReachPeopleAnswer {
  totalCount: number;
  people: { personId: string; hops: number; path: string[] }[];
}

export async function assetsReachPeople(
  db: Db,
  raw: {
    organisationId: string;
    hops?: number | null;
    sector?: string | null;
    skillId?: string | null;
    first?: number | null;
  },
  texts = true,
) {
  const hops = v.parse(hopsSchema, raw.hops ?? 2, 'hops');
  const first = v.parse(
    z.number().int().min(1, 'must be from 1 to 100').max(100, 'must be from 1 to 100'),
    raw.first ?? 20,
    'first',
  );
  const skillId = raw.skillId == null ? undefined : v.parse(v.id, raw.skillId, 'skillId');
  const sector = raw.sector == null ? undefined : v.parse(v.sector, raw.sector, 'sector');
  const { id: organisationId, current } = await requireOrganisation(db, raw.organisationId);
  const answer = await ask<ReachPeopleAnswer>(db, current, 'reachPeople', {
    organisationId,
    hops,
    first,
    skillId,
    sector,
  });
  const names = await new Names(current.network).people(answer.people.flatMap((p) => p.path)).load(db, texts);
  return {
    totalCount: answer.totalCount,
    people: answer.people.flatMap((p) => {
      const person = names.person(p.personId);
      return person ? [{ person, hops: p.hops, path: names.all(p.path, names.person) }] : [];
    }),
  };
}

interface HandoverAnswer {
  personId: string;
  successorId: string | null;
  successorStrength: number | null;
  method: 'exact' | 'greedy';
  ratioBound: number;
  lowerBound: number;
  lostPeople: number;
  lostNeeds: string[];
  introductions: {
    contactId: string;
    memberId: string;
    contactStrength: number;
    restoresPeople: number;
    samplePeople: string[];
    organisationIds: string[];
    skillIds: string[];
    needIds: string[];
  }[];
}

export async function handoverPlan(
  db: Db,
  raw: { organisationId: string; personId: string; hops?: number | null },
  texts = true,
) {
  const hops = v.parse(hopsSchema, raw.hops ?? 2, 'hops');
  const personId = v.parse(v.id, raw.personId, 'personId');
  const { id: organisationId, current } = await requireOrganisation(db, raw.organisationId);
  const plan = await ask<HandoverAnswer | null>(db, current, 'handover', { organisationId, personId, hops });
  if (!plan) throw badInput('personId', `is not a current member of organisation "${organisationId}"`);
  const intros = plan.introductions;
  const names = await new Names(current.network)
    .people([
      plan.personId,
      ...(plan.successorId ? [plan.successorId] : []),
      ...intros.flatMap((i) => [i.contactId, i.memberId, ...i.samplePeople]),
    ])
    .organisations(intros.flatMap((i) => i.organisationIds))
    .skills([...plan.lostNeeds, ...intros.flatMap((i) => [...i.skillIds, ...i.needIds])])
    .load(db, texts);
  return {
    person: names.person(plan.personId)!,
    successor: plan.successorId ? (names.person(plan.successorId) ?? null) : null,
    successorStrength: plan.successorStrength,
    lostPeople: plan.lostPeople,
    lostNeeds: names.all(plan.lostNeeds, names.skill),
    method: plan.method.toUpperCase() as 'EXACT',
    ratioBound: plan.ratioBound,
    lowerBound: plan.lowerBound,
    introductions: intros.flatMap((i) => {
      const [contact, member] = [names.person(i.contactId), names.person(i.memberId)];
      if (!contact || !member) return [];
      return [
        {
          contact,
          member,
          contactStrength: i.contactStrength,
          restoresPeople: i.restoresPeople,
          samplePeople: names.all(i.samplePeople, names.person),
          restoresOrganisations: names.all(i.organisationIds, names.organisation),
          restoresSkills: names.all(i.skillIds, names.skill),
          restoresNeeds: names.all(i.needIds, names.skill),
        },
      ];
    }),
  };
}

export async function assetsTrend(
  db: Db,
  raw: { organisationId: string; hops?: number | null; dates?: readonly string[] | null },
): Promise<TrendPoint[]> {
  const hops = v.parse(hopsSchema, raw.hops ?? 2, 'hops');
  const datesSchema = z.array(pastDate).min(1, 'must list at least one date').max(10, 'takes at most 10 dates');
  const dates = raw.dates == null ? yearlyDates(today(), 5) : [...v.parse(datesSchema, raw.dates, 'dates')].sort();
  const { id: organisationId, current } = await requireOrganisation(db, raw.organisationId);
  return ask<TrendPoint[]>(db, current, 'trend', { organisationId, hops, dates: [...new Set(dates)] });
}
