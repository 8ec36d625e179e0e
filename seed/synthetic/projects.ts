/**
 * Projects from 2010 to 2026: each led by one organisation, with 0–2 partners and 3–10
 * participants, mostly from the lead organisation and its cluster, so that projects reinforce the
 * communities instead of cutting across them at random. NPOs lead most projects; big
 * organisations lead more than small ones, but only by the square root of their size.
 */
import type { ParticipationRow, ProjectOrganisationRow, ProjectRow, Sector } from '../../server/shared/dataset.ts';
import { LATEST_DAY, dateOf, dayOf } from './calendar.ts';
import type { Cluster, Layout } from './organisations.ts';
import { cumulativeOf, type Random } from './random.ts';

export interface ProjectsResult {
  projects: ProjectRow[];
  participations: ParticipationRow[];
  projectOrganisations: ProjectOrganisationRow[];
}

const LEAD_AFFINITY: Readonly<Record<Sector, number>> = {
  npo: 1.5,
  foundation: 1.2,
  community: 1,
  government: 1,
  academia: 1,
  other: 0.8,
  company: 0.6,
};
const PARTNER_COUNTS = cumulativeOf([30, 45, 25]);
const SUFFIXES = ['プロジェクト', '事業', 'プログラム', 'モデル事業', '連携事業'];
const MEMBER_ROLES = ['メンバー', 'メンバー', 'メンバー', 'コーディネーター', 'アドバイザー', 'ボランティア'];
const FIRST_DAY = dayOf('2010-01-01');
/** Some programmes run indefinitely, whatever their start. */
const OPEN_ENDED = 0.08;

export function buildProjects(
  random: Random,
  layout: Layout,
  personIds: readonly string[],
  people: number,
): ProjectsResult {
  const { organisations, orgPersonStart } = layout;
  const leadCumulative = cumulativeOf(
    organisations.map(
      (org, o) =>
        LEAD_AFFINITY[org.sector] * Math.sqrt((orgPersonStart[o + 1] as number) - (orgPersonStart[o] as number)),
    ),
  );
  const count = Math.max(1, Math.round(people / 20));
  const width = Math.max(5, String(count).length);
  const result: ProjectsResult = { projects: [], participations: [], projectOrganisations: [] };
  /** Someone from organisation o. */
  const memberOf = (o: number) => random.int(orgPersonStart[o] as number, (orgPersonStart[o + 1] as number) - 1);

  for (let j = 0; j < count; j++) {
    const projectId = `spj${String(j + 1).padStart(width, '0')}`;
    const lead = random.weightedIndex(leadCumulative);
    const cluster = layout.clusters[layout.orgCluster[lead] as number] as Cluster;

    const orgs = [lead];
    const partners = random.weightedIndex(PARTNER_COUNTS);
    for (let attempt = 0; orgs.length < partners + 1 && attempt < 10; attempt++) {
      // Partners are mostly neighbours in the cluster; sometimes a national funder or company.
      const local = cluster.orgEnd - cluster.orgStart > 1 && random.chance(0.75);
      const partner = local ? random.int(cluster.orgStart, cluster.orgEnd - 1) : random.weightedIndex(leadCumulative);
      if (!orgs.includes(partner)) orgs.push(partner);
    }
    orgs.forEach((o, i) =>
      result.projectOrganisations.push({
        projectId,
        organisationId: organisations[o]!.id,
        role: i === 0 ? 'lead' : 'partner',
      }),
    );

    // The leader and one or two colleagues, one person per partner, the rest from the cluster.
    const size = random.int(3, 10);
    const team: number[] = [memberOf(lead)];
    const wanted = [lead, lead, ...orgs.slice(1)];
    for (let attempt = 0; team.length < size && attempt < 60; attempt++) {
      const from = wanted[attempt];
      const person =
        from !== undefined
          ? memberOf(from)
          : random.chance(0.8)
            ? random.int(cluster.personStart, cluster.personEnd - 1)
            : random.int(0, people - 1);
      if (!team.includes(person)) team.push(person);
    }
    team.forEach((p, i) =>
      result.participations.push({
        projectId,
        personId: personIds[p] as string,
        role: i === 0 ? 'リーダー' : random.pick(MEMBER_ROLES),
      }),
    );

    // Starts spread evenly over 2010–2026; most projects last months, a few several years.
    const start = random.int(FIRST_DAY, LATEST_DAY - 30);
    const end = start + 90 + Math.floor(1735 * random.next() ** 2);
    const ongoing = end > LATEST_DAY || random.chance(OPEN_ENDED);
    const topic = random.pick(cluster.theme.topics);
    const suffix = random.pick(SUFFIXES);
    const year = dateOf(start).slice(0, 4);
    result.projects.push({
      id: projectId,
      name: `${organisations[lead]!.prefecture?.replace(/[都府県]$/, '') ?? ''}${topic}${suffix}（${year}）`,
      description: `${layout.shortNames[lead]}が中心となり、${cluster.theme.work}に取り組む${suffix}。`,
      start: dateOf(start),
      ...(ongoing ? {} : { end: dateOf(end) }),
    });
  }
  return result;
}
