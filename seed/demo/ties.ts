/**
 * Declared KNOWS ties. Most are between colleagues and between people who shared a project; a
 * few connectors bridge sectors; a sprinkling of weak ties (met at a conference …) keeps the graph
 * from being a set of islands. Each unordered pair appears at most once and private visibility is
 * reserved for the hand-written key ties, so tests can name every private tie.
 */
import type {
  MembershipRow,
  OrganisationRow,
  ParticipationRow,
  Sector,
  TieRow,
  Visibility,
} from '../../server/shared/dataset.ts';
import { DEMO_EARLIEST_CONTACT, DEMO_LATEST_DATE, addDays, maxDate, minDate, randomDate } from './dates.ts';
import type { ProjectSpec } from './projects.ts';
import type { Random } from './random.ts';

export const CONNECTOR_IDS = ['p001', 'p007', 'p008', 'p009', 'p022'] as const;
const TARGET_TIES = 840;
const BRIDGES_PER_CONNECTOR = 14;

const STRONG = [
  [2, 2],
  [3, 4],
  [4, 3],
  [5, 2],
] as const;
const MEDIUM = [
  [1, 1],
  [2, 3],
  [3, 4],
  [4, 2],
  [5, 1],
] as const;
const WEAK = [
  [1, 3],
  [2, 4],
  [3, 2],
] as const;

const WEAK_CONTEXTS = [
  'NPOカンファレンスで知り合った',
  '勉強会で名刺交換した',
  '地域の防災訓練で知り合った',
  '大学の同級生',
  'SNSでつながった',
  '中間支援センターの紹介で知り合った',
  '助成金の報告会で知り合った',
  'プロボノ説明会で出会った',
  '社会起業家の交流会で知り合った',
  '子育て中の親どうしの知り合い',
];
const SECTOR_CONTEXT: Readonly<Record<Sector, (org: string) => string>> = {
  npo: (org) => `${org}で一緒に活動`,
  government: (org) => `${org}の同僚`,
  company: (org) => `${org}の同僚`,
  foundation: (org) => `${org}の同僚`,
  academia: (org) => `同じ大学の研究室（${org}）`,
  community: (org) => `${org}の活動仲間`,
  other: (org) => `${org}で一緒に働いている`,
};

export interface TieInputs {
  keyTies: readonly TieRow[];
  memberships: readonly MembershipRow[];
  organisations: readonly OrganisationRow[];
  participations: readonly ParticipationRow[];
  projects: readonly ProjectSpec[];
  mainOrganisation: ReadonlyMap<string, string>;
  collaborators: ReadonlyMap<string, ReadonlySet<string>>;
  personIds: readonly string[];
}

/** Collects ties, refusing self-ties and a second tie for the same unordered pair. */
class TieCollector {
  readonly rows: TieRow[] = [];
  private readonly pairs = new Set<string>();

  has(a: string, b: string): boolean {
    return this.pairs.has(a < b ? `${a}|${b}` : `${b}|${a}`);
  }

  add(row: TieRow): boolean {
    if (row.personId === row.otherPersonId || this.has(row.personId, row.otherPersonId)) return false;
    const [a, b] = [row.personId, row.otherPersonId];
    this.pairs.add(a < b ? `${a}|${b}` : `${b}|${a}`);
    this.rows.push(row);
    return true;
  }
}

export function buildTies(random: Random, inputs: TieInputs): TieRow[] {
  const ties = new TieCollector();
  for (const tie of inputs.keyTies) ties.add(tie);
  addColleagueTies(random, inputs, ties);
  addProjectTies(random, inputs, ties);
  addBridgeTies(random, inputs, ties);
  addWeakTies(random, inputs, ties);
  return ties.rows;
}

function tie(
  random: Random,
  a: string,
  b: string,
  strength: number,
  lastContact: string,
  context: string,
  orgShare = 0.08,
): TieRow {
  const visibility: Visibility = random.chance(orgShare) ? 'organisation' : 'public';
  return { personId: a, otherPersonId: b, strength, lastContact, context, visibility, source: 'demo' };
}

/** A contact date inside [from, to], clamped to the demo's recorded range (2018 → "now"). */
function contactDate(random: Random, from: string, to: string): string {
  const start = maxDate(from, DEMO_EARLIEST_CONTACT);
  const end = minDate(maxDate(to, addDays(start, 180)), DEMO_LATEST_DATE);
  return randomDate(random, minDate(start, end), end);
}

/** Colleagues: dense in small organisations, sparser in big ones; only if their tenures overlap. */
function addColleagueTies(random: Random, inputs: TieInputs, ties: TieCollector): void {
  for (const organisation of inputs.organisations) {
    const members = inputs.memberships.filter((m) => m.organisationId === organisation.id);
    const probability = Math.min(0.9, Math.max(0.3, 4.5 / Math.max(1, members.length - 1)));
    const short = organisation.name.replace(
      /^(NPO法人|一般社団法人|公益財団法人|一般財団法人|社会福祉法人|生活協同組合) ?/,
      '',
    );
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i] as MembershipRow, members[j] as MembershipRow];
        const from = maxDate(a.since ?? '2010-01-01', b.since ?? '2010-01-01');
        const to = minDate(a.until ?? DEMO_LATEST_DATE, b.until ?? DEMO_LATEST_DATE);
        if (from > to || !random.chance(probability)) continue;
        const past = a.until !== undefined || b.until !== undefined;
        const sto = a.role === 'STO' || b.role === 'STO';
        const context = past
          ? `${short}の元同僚`
          : sto
            ? `${short}のSTOとして支援`
            : SECTOR_CONTEXT[organisation.sector](short);
        const last = past ? contactDate(random, to, addDays(to, 900)) : contactDate(random, from, DEMO_LATEST_DATE);
        ties.add(tie(random, a.personId, b.personId, random.weighted(past ? WEAK : STRONG), last, context, 0.18));
      }
    }
  }
}

/** Project co-workers: a little under half of each team's pairs declare a tie, dated around the project. */
function addProjectTies(random: Random, inputs: TieInputs, ties: TieCollector): void {
  for (const project of inputs.projects) {
    const team = inputs.participations.filter((p) => p.projectId === project.id).map((p) => p.personId);
    const year = project.start.slice(0, 4);
    for (let i = 0; i < team.length; i++) {
      for (let j = i + 1; j < team.length; j++) {
        if (!random.chance(0.45)) continue;
        const last = contactDate(random, project.start, addDays(project.end ?? DEMO_LATEST_DATE, 730));
        const context = `${year}年の「${project.name}」で協働`;
        ties.add(tie(random, team[i] as string, team[j] as string, random.weighted(MEDIUM), last, context));
      }
    }
  }
}

function sectorOf(inputs: TieInputs, personId: string): Sector | undefined {
  const main = inputs.mainOrganisation.get(personId);
  return inputs.organisations.find((o) => o.id === main)?.sector;
}

/** Connectors know people in other sectors, preferring organisations their own works with. */
function addBridgeTies(random: Random, inputs: TieInputs, ties: TieCollector): void {
  for (const connector of CONNECTOR_IDS) {
    const ownSector = sectorOf(inputs, connector);
    const ownOrgs = inputs.memberships.filter((m) => m.personId === connector).map((m) => m.organisationId);
    const near = new Set(ownOrgs.flatMap((id) => [...(inputs.collaborators.get(id) ?? [])]));
    const candidates = inputs.personIds.filter((id) => id !== connector && sectorOf(inputs, id) !== ownSector);
    const weightedCandidates = candidates.map(
      (id) => [id, near.has(inputs.mainOrganisation.get(id) ?? '') ? 3 : 1] as const,
    );
    let added = 0;
    for (let attempt = 0; added < BRIDGES_PER_CONNECTOR && attempt < 200; attempt++) {
      const other = random.weighted(weightedCandidates);
      const context = random.pick([
        'セクターを越えた勉強会で知り合った',
        '協働フォーラムで紹介された',
        '審議会の委員として同席',
        ...WEAK_CONTEXTS,
      ]);
      if (
        ties.add(
          tie(
            random,
            connector,
            other,
            random.weighted(MEDIUM),
            contactDate(random, '2018-01-01', DEMO_LATEST_DATE),
            context,
          ),
        )
      )
        added++;
    }
  }
}

/** Weak ties up to the target count, half of them between people of the same prefecture. */
function addWeakTies(random: Random, inputs: TieInputs, ties: TieCollector): void {
  const prefectureOf = new Map(
    inputs.personIds.map((id) => {
      const orgId =
        inputs.mainOrganisation.get(id) ?? inputs.memberships.find((m) => m.personId === id)?.organisationId;
      return [id, inputs.organisations.find((o) => o.id === orgId)?.prefecture ?? ''] as const;
    }),
  );
  for (let attempt = 0; ties.rows.length < TARGET_TIES && attempt < 20_000; attempt++) {
    const a = random.pick(inputs.personIds);
    const b = random.pick(inputs.personIds);
    if (random.chance(0.5) && prefectureOf.get(a) !== prefectureOf.get(b)) continue;
    const last = contactDate(random, '2018-01-01', DEMO_LATEST_DATE);
    ties.add(tie(random, a, b, random.weighted(WEAK), last, random.pick(WEAK_CONTEXTS)));
  }
}
