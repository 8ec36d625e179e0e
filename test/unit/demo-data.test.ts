/**
 * The demo dataset is what every screenshot, integration test and first-time user sees, so its
 * shape is pinned here: sizes, referential integrity, valid dates and ranges, kana readings,
 * consent flags, the STO scenario, the named fixtures, and that it is the same on every build.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Dataset, Sector } from '../../server/shared/dataset.ts';
import { DEMO_FIXTURES, buildDemoDataset, demoDataset as d } from '../../seed/demo/index.ts';

const SECTORS: Sector[] = ['npo', 'government', 'company', 'foundation', 'academia', 'community', 'other'];
const HIRAGANA_READING = /^[\u3041-\u3096ー]+( [\u3041-\u3096ー]+)*$/;
const IT_SKILLS = new Set(d.skills.filter((s) => s.category === 'it').map((s) => s.id));

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, day));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === day;
}
const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const ids = <T extends { id: string }>(rows: readonly T[]): Set<string> => new Set(rows.map((r) => r.id));
const isScore = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 5;
const countBy = <T>(rows: readonly T[], key: (row: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
};

const people = ids(d.people);
const organisations = ids(d.organisations);
const skills = ids(d.skills);
const projects = ids(d.projects);
const sectorOf = new Map(d.organisations.map((o) => [o.id, o.sector]));
const stoIds = new Set<string>(DEMO_FIXTURES.stoIds);

describe('demo dataset: size', () => {
  it('has enough of every kind', () => {
    expect(d.people.length).toBeGreaterThanOrEqual(150);
    expect(d.organisations.length).toBeGreaterThanOrEqual(32);
    expect(d.skills.length).toBeGreaterThanOrEqual(64);
    expect(d.projects.length).toBeGreaterThanOrEqual(44);
    expect(d.ties.length).toBeGreaterThanOrEqual(600);
    expect(d.ties.length).toBeLessThanOrEqual(900);
    expect(DEMO_FIXTURES.stoIds.length).toBeGreaterThanOrEqual(3);
    expect(DEMO_FIXTURES.hiddenPersonIds.length).toBeGreaterThanOrEqual(4);
    expect(DEMO_FIXTURES.privateTies.length).toBeGreaterThanOrEqual(5);
    expect(DEMO_FIXTURES.foreignResidentIds.length).toBeGreaterThanOrEqual(6);
  });

  it('covers every sector and several prefectures, with big and small organisations', () => {
    expect(new Set(d.organisations.map((o) => o.sector))).toEqual(new Set(SECTORS));
    expect(new Set(d.organisations.map((o) => o.prefecture)).size).toBeGreaterThanOrEqual(8);
    const sizes = [...countBy(d.memberships, (m) => m.organisationId).values()];
    expect(sizes.some((n) => n >= 10)).toBe(true);
    expect(sizes.some((n) => n <= 3)).toBe(true);
  });
});

describe('demo dataset: identity and references', () => {
  it('has unique, well-formed ids per kind', () => {
    const kinds: readonly (readonly { id: string }[])[] = [d.people, d.organisations, d.skills, d.projects];
    for (const rows of kinds) expect(ids(rows).size).toBe(rows.length);
    for (const p of d.people) expect(p.id).toMatch(/^p\d{3}$/);
    for (const o of d.organisations) expect(o.id).toMatch(/^o\d{2}$/);
    for (const s of d.skills) expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('resolves every reference', () => {
    for (const m of d.memberships) expect(people.has(m.personId) && organisations.has(m.organisationId)).toBe(true);
    for (const h of d.skillHoldings) expect(people.has(h.personId) && skills.has(h.skillId)).toBe(true);
    for (const p of d.participations) expect(projects.has(p.projectId) && people.has(p.personId)).toBe(true);
    for (const t of d.ties) expect(people.has(t.personId) && people.has(t.otherPersonId)).toBe(true);
    for (const po of d.projectOrganisations)
      expect(projects.has(po.projectId) && organisations.has(po.organisationId)).toBe(true);
    for (const n of d.needs) expect(organisations.has(n.organisationId) && skills.has(n.skillId)).toBe(true);
    for (const s of d.skills) if (s.broader !== undefined) expect(skills.has(s.broader)).toBe(true);
  });

  it('has no duplicate relationship rows', () => {
    expect(new Set(d.skillHoldings.map((h) => `${h.personId}|${h.skillId}`)).size).toBe(d.skillHoldings.length);
    expect(new Set(d.participations.map((p) => `${p.projectId}|${p.personId}`)).size).toBe(d.participations.length);
    expect(new Set(d.memberships.map((m) => `${m.personId}|${m.organisationId}`)).size).toBe(d.memberships.length);
    expect(new Set(d.needs.map((n) => `${n.organisationId}|${n.skillId}`)).size).toBe(d.needs.length);
  });
});

describe('demo dataset: skills', () => {
  const broader = new Map(d.skills.map((s) => [s.id, s.broader]));

  it('forms an acyclic hierarchy at most three levels deep', () => {
    for (const s of d.skills) {
      const seen = new Set<string>();
      for (let id: string | undefined = s.id; id !== undefined; id = broader.get(id)) {
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
      expect(seen.size).toBeLessThanOrEqual(3);
    }
  });

  it('contains the skills the product scenarios search for, under the right parents', () => {
    const parents = { crm: 'it', salesforce: 'crm', 'grant-writing': 'fundraising', 'npo-accounting': 'accounting' };
    for (const [id, parent] of Object.entries(parents)) expect(broader.get(id)).toBe(parent);
    expect(broader.get('data-protection-law')).toBe('law');
    expect(['it', 'no-code']).toContain(broader.get('kintone'));
    const required = 'data-analysis web-development crowdfunding accounting law accessibility pr social-media';
    const moreRequired = 'disaster-relief childcare elderly-care volunteer-management project-management';
    for (const id of `${required} ${moreRequired}`.split(' ')) expect(skills.has(id), id).toBe(true);
    for (const s of d.skills) expect(s.nameJa && s.nameEn && s.category).toBeTruthy();
  });
});

describe('demo dataset: values and dates', () => {
  it('keeps strengths, levels and priorities integers from 1 to 5', () => {
    for (const t of d.ties) expect(isScore(t.strength)).toBe(true);
    for (const h of d.skillHoldings) expect(isScore(h.level)).toBe(true);
    for (const n of d.needs) expect(isScore(n.priority)).toBe(true);
    expect(new Set(d.ties.map((t) => t.strength)).size).toBe(5);
  });

  it('uses real calendar dates in ordered ranges', () => {
    expect(isCalendarDate('2024-02-29') && !isCalendarDate('2023-02-29')).toBe(true);
    for (const p of d.projects) {
      expect(isCalendarDate(p.start ?? '')).toBe(true);
      if (p.end !== undefined) expect(isCalendarDate(p.end) && (p.start ?? '') <= p.end).toBe(true);
      expect(p.start! >= '2016-01-01' && p.start! <= '2026-12-31').toBe(true);
    }
    expect(d.projects.some((p) => p.end === undefined)).toBe(true);
    for (const m of d.memberships) {
      expect(isCalendarDate(m.since ?? '')).toBe(true);
      if (m.until !== undefined) expect(isCalendarDate(m.until) && m.since! <= m.until).toBe(true);
    }
    expect(d.memberships.some((m) => m.until !== undefined)).toBe(true);
    for (const t of d.ties) {
      expect(isCalendarDate(t.lastContact ?? '')).toBe(true);
      expect(t.lastContact! >= '2018-01-01' && t.lastContact! <= '2026-11-01').toBe(true);
    }
  });
});

describe('demo dataset: people and organisations', () => {
  it('gives every person a hiragana reading, a Latin name, a bio and an example email', () => {
    for (const p of d.people) {
      expect(p.nameKana, p.id).toMatch(HIRAGANA_READING);
      expect(p.nameLatin, p.id).toMatch(/^[A-Za-z]+( [A-Za-z]+)+$/);
      expect(p.bio, p.id).toMatch(/^[^。]*[\u3040-\u30ff\u4e00-\u9fff][^。]*。$/);
      expect(p.email, p.id).toMatch(/^[a-z0-9.]+@example\.(org|jp)$/);
    }
    expect(new Set(d.people.map((p) => p.email)).size).toBe(d.people.length);
    expect(new Set(d.people.map((p) => p.name)).size).toBe(d.people.length);
    const japanese = d.people.filter((p) => !DEMO_FIXTURES.foreignResidentIds.includes(p.id as never));
    for (const p of japanese) expect(p.name.split(' ')).toHaveLength(2);
  });

  it('gives every organisation a hiragana reading, a prefecture and an example URL', () => {
    for (const o of d.organisations) {
      expect(o.nameKana, o.id).toMatch(HIRAGANA_READING);
      expect(o.prefecture, o.id).toMatch(/^(北海道|東京都|大阪府|京都府|.{2,3}県)$/);
      expect(o.url, o.id).toMatch(/^https:\/\/[a-z0-9-]+\.example\.jp$/);
    }
  });

  it('gives everyone 1–3 memberships (STOs up to 4)', () => {
    const counts = countBy(d.memberships, (m) => m.personId);
    for (const p of d.people) {
      const n = counts.get(p.id) ?? 0;
      expect(n, p.id).toBeGreaterThanOrEqual(1);
      expect(n, p.id).toBeLessThanOrEqual(stoIds.has(p.id) ? 4 : 3);
    }
  });

  it('has STOs serving 3–4 NPOs each, with IT skills', () => {
    for (const id of DEMO_FIXTURES.stoIds) {
      const served = d.memberships.filter((m) => m.personId === id && m.role === DEMO_FIXTURES.stoRole);
      expect(served.length).toBeGreaterThanOrEqual(3);
      expect(served.length).toBeLessThanOrEqual(4);
      for (const m of served) expect(sectorOf.get(m.organisationId)).toBe('npo');
      expect(d.skillHoldings.some((h) => h.personId === id && IT_SKILLS.has(h.skillId))).toBe(true);
      expect(d.people.find((p) => p.id === id)?.bio).toContain('STO');
    }
    const stoMembers = new Set(d.memberships.filter((m) => m.role === DEMO_FIXTURES.stoRole).map((m) => m.personId));
    expect(stoMembers).toEqual(stoIds);
  });

  it('hides exactly the people who did not opt in', () => {
    const hidden = d.people.filter((p) => p.discoverable === false).map((p) => p.id);
    expect(new Set(hidden)).toEqual(new Set(DEMO_FIXTURES.hiddenPersonIds));
    for (const p of d.people) expect(typeof p.discoverable).toBe('boolean');
  });

  it('gives every person 1–5 skills and every NPO 1–4 needs', () => {
    const holdings = countBy(d.skillHoldings, (h) => h.personId);
    for (const p of d.people) expect(holdings.get(p.id) ?? 0).toBeGreaterThanOrEqual(1);
    for (const n of holdings.values()) expect(n).toBeLessThanOrEqual(5);
    const needs = countBy(d.needs, (n) => n.organisationId);
    for (const o of d.organisations.filter((org) => org.sector === 'npo')) {
      expect(needs.get(o.id) ?? 0, o.id).toBeGreaterThanOrEqual(1);
      expect(needs.get(o.id) ?? 0, o.id).toBeLessThanOrEqual(4);
    }
  });
});

describe('demo dataset: projects', () => {
  it('has one lead, 0–3 partners and 3–8 participants per project', () => {
    for (const p of d.projects) {
      const orgs = d.projectOrganisations.filter((po) => po.projectId === p.id);
      expect(
        orgs.filter((po) => po.role === 'lead'),
        p.id,
      ).toHaveLength(1);
      expect(orgs.filter((po) => po.role === 'partner').length, p.id).toBeLessThanOrEqual(3);
      expect(new Set(orgs.map((po) => po.organisationId)).size, p.id).toBe(orgs.length);
      const team = d.participations.filter((pa) => pa.projectId === p.id);
      expect(team.length, p.id).toBeGreaterThanOrEqual(3);
      expect(team.length, p.id).toBeLessThanOrEqual(8);
      expect(team.every((pa) => (pa.role ?? '').length > 0)).toBe(true);
    }
  });
});

describe('demo dataset: ties', () => {
  it('has no self-ties and at most one tie per unordered pair', () => {
    for (const t of d.ties) expect(t.personId).not.toBe(t.otherPersonId);
    expect(new Set(d.ties.map((t) => pairKey(t.personId, t.otherPersonId))).size).toBe(d.ties.length);
  });

  it('has visibilities, provenance and Japanese contexts', () => {
    const visibility = countBy(d.ties, (t) => t.visibility ?? 'public');
    expect(visibility.get('public')! > d.ties.length / 2).toBe(true);
    expect(visibility.get('organisation') ?? 0).toBeGreaterThan(0);
    const privates = d.ties.filter((t) => t.visibility === 'private').map((t) => pairKey(t.personId, t.otherPersonId));
    expect(new Set(privates)).toEqual(new Set(DEMO_FIXTURES.privateTies.map(([a, b]) => pairKey(a, b))));
    for (const t of d.ties) {
      expect(t.source).toBe('demo');
      expect(t.context).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('has connectors whose ties span sectors', () => {
    const degree = countBy(
      d.ties.flatMap((t) => [t, { ...t, personId: t.otherPersonId }]),
      (t) => t.personId,
    );
    const median = [...degree.values()].sort((a, b) => a - b)[Math.floor(degree.size / 2)]!;
    for (const id of DEMO_FIXTURES.connectorIds) expect(degree.get(id)!).toBeGreaterThan(2 * median);
  });
});

describe('demo dataset: fixtures', () => {
  it('match the built data', () => {
    const byId = new Map(d.people.map((p) => [p.id, p]));
    for (const fixture of [DEMO_FIXTURES.aPersonWithKana, DEMO_FIXTURES.aForeignResident]) {
      expect(byId.get(fixture.id)).toMatchObject(fixture);
    }
    expect(d.organisations.find((o) => o.id === DEMO_FIXTURES.anOrganisation.id)).toMatchObject(
      DEMO_FIXTURES.anOrganisation,
    );
    expect(d.skills.find((s) => s.id === DEMO_FIXTURES.narrowerSkill)?.broader).toBe(DEMO_FIXTURES.skillWithNarrower);
    const needs = d.needs.filter((n) => n.organisationId === DEMO_FIXTURES.npoWithNeeds).map((n) => n.skillId);
    expect(needs).toEqual([...DEMO_FIXTURES.npoNeedSkills]);
    expect(sectorOf.get(DEMO_FIXTURES.npoWithNeeds)).toBe('npo');
    const project = DEMO_FIXTURES.aProject;
    expect(d.projects.find((p) => p.id === project.id)?.name).toBe(project.name);
    expect(d.projectOrganisations).toContainEqual({
      projectId: project.id,
      organisationId: project.lead,
      role: 'lead',
    });
    expect(d.participations).toContainEqual({ projectId: project.id, personId: project.leader, role: 'リーダー' });
    expect(d.projects.find((p) => p.id === DEMO_FIXTURES.anOngoingProject)?.end).toBeUndefined();
    for (const id of DEMO_FIXTURES.foreignResidentIds) expect(byId.get(id)?.nameLatin).toBeTruthy();
  });
});

describe('demo dataset: determinism', () => {
  it('is identical on every build', () => {
    const first: Dataset = buildDemoDataset();
    const second: Dataset = buildDemoDataset();
    expect(second).toEqual(first);
    expect(first).toEqual(d);
    expect(first.people).not.toBe(second.people);
  });

  it('is identical when the module is imported afresh', async () => {
    vi.resetModules();
    const fresh = await import('../../seed/demo/index.ts');
    expect(fresh.demoDataset).toEqual(d);
  });
});
